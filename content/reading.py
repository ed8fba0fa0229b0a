"""Read a file the user picked into plain text (\\n line ends), or refuse it with a Chinese message.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes("标题\\r\\n正文。".encode("gb18030"))
    >>> read_document(p)
    '标题\\n正文。'

Supported: text and Markdown in UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK;
.docx (Word); .pdf with a text layer. Everything else raises content.model.BadInput.
"""
from __future__ import annotations

import re
from pathlib import Path

from content.model import BadInput
from content.pdf_text import read_pdf
from content.text_cleanup import clean_text

MAX_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 64 * 1024
# Share of control bytes above which a file is binary rather than text.
BINARY_CONTROL_SHARE = 0.05
# Share of decoded characters that must be ordinary (CJK, ASCII, punctuation)
# for a GB18030 decoding to be believed.
PLAUSIBLE_SHARE = 0.9

_SAVE_AS_DOCX = "请在 Word 或 WPS 中另存为 .docx 后再导入"
REFUSED_SUFFIXES = {
    ".doc": f"是旧版 Word 文档（.doc），{_SAVE_AS_DOCX}",
    ".wps": f"是 WPS 文字文档（.wps），{_SAVE_AS_DOCX}",
    ".rtf": f"是 RTF 文档，{_SAVE_AS_DOCX}",
    ".odt": f"是 OpenDocument 文档，{_SAVE_AS_DOCX}",
    ".xls": "是表格文件，不能作为文章导入", ".xlsx": "是表格文件，不能作为文章导入",
    ".et": "是表格文件，不能作为文章导入", ".csv": "是表格文件，不能作为文章导入",
    ".ppt": "是演示文稿，不能作为文章导入", ".pptx": "是演示文稿，不能作为文章导入",
    ".dps": "是演示文稿，不能作为文章导入",
    ".zip": "是压缩包，请先解压再导入其中的文件", ".rar": "是压缩包，请先解压再导入其中的文件",
    ".7z": "是压缩包，请先解压再导入其中的文件",
    ".jpg": "是图片，无法读出文字", ".jpeg": "是图片，无法读出文字", ".png": "是图片，无法读出文字",
    ".gif": "是图片，无法读出文字", ".bmp": "是图片，无法读出文字", ".tif": "是图片，无法读出文字",
    ".tiff": "是图片，无法读出文字",
}
_ORDINARY = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u0020-\u007e\s\u3000-\u303f\uff00-\uffef\u2000-\u206f"
                       r"\u00b7\u00d7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff]")


def read_document(path: Path) -> str:
    """The text of a .txt/.md/.docx/.pdf file with line ends normalised to \\n."""
    path = Path(path)
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise BadInput(f"“{path.name}”{REFUSED_SUFFIXES[suffix]}")
    if suffix == ".docx":
        from content.docx_text import read_docx  # deferred: python-docx loads lxml
        text = read_docx(path)
    elif suffix == ".pdf":
        text = read_pdf(path)
    else:
        text = decode_text(path.read_bytes(), path.name)
    text = clean_text(text)
    if not text.strip():
        raise BadInput(f"文件是空的：{path.name}（没有可以导入的文字）")
    return text


def _check_file(path: Path) -> None:
    """Refuse what is not a readable, non-empty, not-too-large file — before reading any of it."""
    if not path.exists():
        raise BadInput(f"找不到文件：{path}")
    if path.is_dir():
        raise BadInput(f"“{path.name}”是一个文件夹，请选择其中的文件")
    if not path.is_file():
        raise BadInput(f"“{path.name}”不是普通文件，无法导入")
    size = path.stat().st_size
    if size == 0:
        raise BadInput(f"文件是空的：{path.name}")
    if size > MAX_BYTES:
        raise BadInput(f"文件太大：{path.name}（{size / 1024 / 1024:.0f} MB），最多可导入 50 MB 的文件")


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 and b != 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    # bytes.translate deletes the ordinary bytes in C; what is left are the control bytes
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls > len(head) * BINARY_CONTROL_SHARE


def _plausible(text: str) -> bool:
    sample = text[:SNIFF_BYTES]
    return not sample or len(_ORDINARY.findall(sample)) >= len(sample) * PLAUSIBLE_SHARE


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else GB18030; BadInput for binary or undecodable bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInput(f"无法识别文件“{name}”的文字编码") from exc
    if _looks_binary(data):
        raise BadInput(f"“{name}”不是文本文件（看起来是二进制文件），无法导入")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" or _plausible(text):
            return text
    raise BadInput(f"无法识别文件“{name}”的文字编码：请另存为 UTF-8 或 GBK 编码的文本后再导入")

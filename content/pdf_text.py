"""Text out of a PDF's text layer, with hard-wrapped lines joined back into paragraphs.

    >>> rewrap_lines(["标题", "====", "第一段很长的一行文字被硬", "换行切断了。", "第二段。"])
    ['标题', '第一段很长的一行文字被硬换行切断了。', '第二段。']
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from content.cjk_text import is_terminated, join_fragments
from content.model import BadInput

_SEPARATOR = re.compile(r"^\s*[=\-_*~—–·.]{3,}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?(?:\s*[-—–])?\s*$")
# A line much shorter than the page's full lines ends its paragraph (or is a heading).
SHORT_LINE_RATIO = 0.7


def _full_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines)
    return lengths[int(len(lengths) * 0.75)] if lengths else 0


def rewrap_lines(lines: list[str]) -> list[str]:
    """Join a line to the next unless it ends a sentence, is short, or a separator follows."""
    lines = [line.strip() for line in lines if not _PAGE_NUMBER.match(line)]
    width = _full_width([line for line in lines if line])
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line or _SEPARATOR.match(line):
            if current:
                paragraphs.append(join_fragments(*current))
            current = []
            continue
        current.append(line)
        if is_terminated(line) or len(line) < width * SHORT_LINE_RATIO:
            paragraphs.append(join_fragments(*current))
            current = []
    if current:
        paragraphs.append(join_fragments(*current))
    return paragraphs


def _page_texts(path: Path) -> list[str]:
    import pypdf  # deferred: only PDF imports pay for it
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    name = path.name
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadInput(f"“{name}”是加密的 PDF，需要密码，无法导入")
        return [page.extract_text() or "" for page in reader.pages]
    except BadInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError,
            IndexError, RecursionError, NotImplementedError, AssertionError) as exc:
        raise BadInput(f"无法读取 PDF 文件“{name}”：文件可能已损坏") from exc


def read_pdf(path: Path) -> str:
    """Paragraphs of a text-layer PDF, one per line; BadInput for scans and broken files."""
    pages = _page_texts(path)
    lines = [line for text in pages for line in text.replace("\r", "\n").split("\n")]
    if not any(line.strip() for line in lines):
        raise BadInput(f"“{path.name}”：这个 PDF 没有文字层（可能是扫描件），无法导入")
    return "\n\n".join(rewrap_lines(lines))

"""Text out of a PDF's text layer, with hard-wrapped lines joined back into paragraphs."""
from __future__ import annotations

import logging
from pathlib import Path

from content.line_wrap import rewrap_lines
from content.model import BadInput


def _page_texts(path: Path) -> list[str]:
    import pypdf  # deferred: only PDF imports pay for it
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    name = path.name
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadInput(f"“{name}”是加密的 PDF，需要密码，无法导入")
        return [page.extract_text() or "" for page in reader.pages]
    except BadInput:
        raise
    except (PyPdfError, DependencyError, ValueError, KeyError, TypeError, OSError, AttributeError,
            IndexError, RecursionError, NotImplementedError, AssertionError) as exc:
        raise BadInput(f"无法读取 PDF 文件“{name}”：文件可能已损坏") from exc


def read_pdf(path: Path) -> str:
    """Paragraphs of a text-layer PDF, one per line; BadInput for scans and broken files."""
    pages = _page_texts(path)
    lines = [line for text in pages for line in text.replace("\r", "\n").split("\n")]
    if not any(line.strip() for line in lines):
        raise BadInput(f"“{path.name}”：这个 PDF 没有文字层（可能是扫描件），无法导入")
    return "\n\n".join(rewrap_lines(lines))

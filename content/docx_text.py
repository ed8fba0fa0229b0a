"""Text of a Word .docx: paragraphs and table cells in document order, headings marked "## ".

    >>> heading_prefix("Heading 2"), heading_prefix("Title"), heading_prefix("Normal")
    ('## ', '# ', '')
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from content.model import BadInput

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)?", re.I)


def heading_prefix(style_name: str) -> str:
    """Markdown prefix for a paragraph style: Title → "# ", Heading n → "## "."""
    name = (style_name or "").strip()
    if name.lower() == "title":
        return "# "
    return "## " if _HEADING_STYLE.match(name) else ""


# Office documents often make headings by bolding a short paragraph instead of a style.
BOLD_HEADING_MAX = 60


def _all_bold(paragraph) -> bool:
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    runs = [r for r in paragraph.runs if r.text.strip()]
    # run.bold is None when the run inherits boldness from the paragraph style
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


def _paragraph_line(paragraph) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    style = paragraph.style.name if paragraph.style is not None else ""
    prefix = heading_prefix(style)
    if not prefix and len(text) <= BOLD_HEADING_MAX and _all_bold(paragraph):
        return f"**{text}**"
    return prefix + text


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats across the columns it spans
                continue
            seen.add(id(cell._tc))
            lines.extend(p.text.strip() for p in cell.paragraphs if p.text.strip())
    return lines


def _body_lines(document) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_line(Paragraph(child, document)))
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
    return [line for line in lines if line]


def read_docx(path: Path) -> str:
    name = path.name
    if not zipfile.is_zipfile(path):
        raise BadInput(f"“{name}”不是有效的 .docx 文件（文件已损坏，或是改了扩展名的其他文件）")
    import docx  # deferred: python-docx loads lxml

    try:
        document = docx.Document(str(path))
        return "\n\n".join(_body_lines(document))
    except Exception as exc:  # python-docx raises many kinds (KeyError, lxml errors…) for a broken package
        raise BadInput(f"无法读取 Word 文件“{name}”：文件可能已损坏") from exc

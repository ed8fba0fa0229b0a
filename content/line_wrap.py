"""Hard-wrapped text (PDF text layers, text pasted out of a PDF): lines joined back into paragraphs.

    >>> rewrap_lines(["标题", "====", "第一段很长的一行文字被硬", "换行切断了。", "第二段。"])
    ['标题', '第一段很长的一行文字被硬换行切断了。', '第二段。']
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import NON_INITIAL, is_terminated, join_fragments

_SEPARATOR = re.compile(r"^\s*[=\-_*~—–·.]{3,}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?(?:\s*[-—–])?\s*$")
# A line much shorter than the text's full lines ends its paragraph (or is a heading).
SHORT_LINE_RATIO = 0.7
# Wrapped text: most lines are "full" (near the common width) and most full lines stop mid-sentence.
FULL_LINE_RATIO = 0.9
WRAPPED_SHARE = 0.5
MIN_WRAPPED_LINES = 8
WRAP_WIDTH_RANGE = (15, 120)


def _full_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines)
    return lengths[int(len(lengths) * 0.75)] if lengths else 0


def looks_hard_wrapped(lines: list[str]) -> bool:
    lines = [line.strip() for line in lines if line.strip()]
    width = _full_width(lines)
    if len(lines) < MIN_WRAPPED_LINES or not WRAP_WIDTH_RANGE[0] <= width <= WRAP_WIDTH_RANGE[1]:
        return False
    full = [line for line in lines if len(line) >= width * FULL_LINE_RATIO]
    open_ended = [line for line in full if not is_terminated(line)]
    return len(full) >= len(lines) * WRAPPED_SHARE and len(open_ended) >= len(full) * WRAPPED_SHARE


def rewrap_lines(lines: list[str], standalone: Callable[[str], bool] = lambda line: False,
                 opener: Callable[[str], bool] = lambda line: False) -> list[str]:
    """Join a line to the next unless it ends a sentence, is short, or a blank/separator follows.

    `standalone` marks lines that are never joined (headings, bylines…); `opener`
    marks lines that start a new paragraph but may wrap onto the next lines (bullets).
    """
    lines = [line.strip() for line in lines if not _PAGE_NUMBER.match(line)]
    width = _full_width([line for line in lines if line])
    paragraphs: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            paragraphs.append(join_fragments(*current))
            current.clear()

    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line or _SEPARATOR.match(line):
            flush()
        elif standalone(line):
            flush()
            paragraphs.append(line)
        else:
            if opener(line):
                flush()
            current.append(line)
            # a next line opening with "，" or "》" continues this one whatever its end
            if (is_terminated(line) or len(line) < width * SHORT_LINE_RATIO) and nxt[:1] not in NON_INITIAL:
                flush()
    flush()
    return paragraphs

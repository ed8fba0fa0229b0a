"""Whole-line paging of a presenter slide that is taller than the screen.

A slide that does not fit (one paragraph longer than the screen, say) is shown a
screenful at a time. Every screenful starts just above a line and ends under the
last line that shows whole; what lies below is hidden until the next screenful,
so the wall never shows a line cut through the middle."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument


@dataclass(frozen=True)
class Line:
    top: float      # where the characters start, in document coordinates
    bottom: float   # where they end


def document_lines(doc: QTextDocument) -> list[Line]:
    """Every laid-out line of text, top to bottom (blocks inside frames included)."""
    layout = doc.documentLayout()
    lines = []
    block = doc.begin()
    while block.isValid():
        if block.length() > 1:  # an empty block draws nothing
            top = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                lines.append(Line(top + line.y(), top + line.y() + line.height()))
        block = block.next()
    lines.sort(key=lambda line: line.top)
    return lines


def first_cut_line(lines: list[Line], top: float, height: float) -> int | None:
    """The first line that does not show whole in [top, top + height], if any."""
    for index, line in enumerate(lines):
        if line.bottom > top + height + 0.5:
            return index
    return None


def next_page_top(lines: list[Line], top: float, height: float, room: float) -> float | None:
    """Where the screenful after the one starting at top starts; None when nothing is below.

    The new screenful begins room above its first line (readings are drawn there),
    but never above the end of the line before, which was shown already."""
    cut = first_cut_line(lines, top, height)
    if cut is None:
        return None
    start = lines[cut].top - room
    if cut > 0:
        start = max(start, lines[cut - 1].bottom)
    return max(start, top + 1)


def page_tops(lines: list[Line], height: float, room: float) -> list[float]:
    """The tops of the screenfuls → steps through, the first at 0."""
    tops = [0.0]
    while len(tops) < 1000:
        following = next_page_top(lines, tops[-1], height, room)
        if following is None:
            break
        tops.append(following)
    return tops


def page_after(tops: list[float], value: float) -> float | None:
    index = bisect.bisect_right(tops, value + 0.5)
    return tops[index] if index < len(tops) else None


def page_before(tops: list[float], value: float) -> float | None:
    index = bisect.bisect_left(tops, value - 0.5)
    return tops[index - 1] if index > 0 else None


def hidden_from(lines: list[Line], top: float, height: float) -> float | None:
    """Viewport height under which nothing may show (the cut line and what follows); None if all fits."""
    cut = first_cut_line(lines, top, height)
    if cut is None:
        return None
    shown = [line.bottom for line in lines[:cut] if line.top >= top - 0.5]
    return (max(shown) if shown else lines[cut].top) - top

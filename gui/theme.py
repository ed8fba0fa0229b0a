"""Colours, type sizes and Chinese labels shared by the screens.

    >>> kind_label(TermKind.SLOGAN)
    '提法'
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from content.model import TermKind

DEFAULT_BODY_PX = 18
MIN_BODY_PX = 14
MAX_BODY_PX = 40
PRESENTER_BODY_PX = 44

# Pale backgrounds keep long reading calm; each kind gets its own hue so a
# reader can tell a slogan from a place at a glance.
KIND_COLOURS = {
    TermKind.SLOGAN: "#fbe3a4",
    TermKind.CONCEPT: "#cfe3fa",
    TermKind.DOCUMENT: "#e2d5f5",
    TermKind.PLACE: "#cdeccf",
    TermKind.FIGURE: "#f8d3cd",
    TermKind.OTHER: "#a8e0e6",   # clear, not grey: a term the learner adds herself is of this kind
}

# Stronger hues for the dark presenter background.
PRESENTER_KIND_COLOURS = {
    TermKind.SLOGAN: "#ffd866",
    TermKind.CONCEPT: "#8cc4ff",
    TermKind.DOCUMENT: "#c9a8ff",
    TermKind.PLACE: "#8fe39a",
    TermKind.FIGURE: "#ff9f8f",
    TermKind.OTHER: "#7fd8e2",
}

PAPER = "#fbfaf6"
INK = "#222222"
MUTED = "#6b6b6b"
CORE_BOX = "#f3efe3"
CORE_BORDER = "#c9b98f"
PRESENTER_PAPER = "#15171c"
PRESENTER_INK = "#f4f1e8"
SEARCH_HIT = "#ffab52"   # orange: a found place must stand out on a yellow 提法 too
PINYIN_INK = "#8a3b12"

_KIND_LABELS = {
    TermKind.SLOGAN: "提法",
    TermKind.CONCEPT: "概念",
    TermKind.DOCUMENT: "文件",
    TermKind.PLACE: "地名",
    TermKind.FIGURE: "数据",
    TermKind.OTHER: "其他",
}


def kind_label(kind: TermKind) -> str:
    return QCoreApplication.translate("TermKind", _KIND_LABELS[kind])


def clamp_body_px(px: int) -> int:
    return max(MIN_BODY_PX, min(MAX_BODY_PX, int(px)))


def ui_px_for(body_px: int) -> int:
    """The interface's text size for the article's: A+/A− enlarge both, the interface by half as much
    (16 px at the default 18 px article, at most 26 px)."""
    return max(16, min(26, 16 + round((clamp_body_px(body_px) - DEFAULT_BODY_PX) / 2)))

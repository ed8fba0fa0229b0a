"""How the reading screen shares its width: the outline, the article and the term panel.

    outline, article, panel = share_widths(1240, article_min=1000, outline_wish=250, panel_open=True)

At the largest type on a 1366×768 screen the outline had grown to ~410 px and the article was left
16 characters a line (10 with the term panel). The article comes first: the outline keeps a modest
width and gives way (down to nothing) before the article drops below ARTICLE_MIN_CHARS a line.
"""
from __future__ import annotations

from gui.ui_style import UI_PX

ARTICLE_MIN_CHARS = 24
OUTLINE_DEFAULT_PX = 250
OUTLINE_MIN_PX = 160
OUTLINE_MAX_PX = 280
PANEL_PX = 340          # the term panel's width when there is room (at most a third of the reading area)
PANEL_MIN_PX = 240
FOLD_SLACK_PX = 48      # the article may fall this short (a character at the largest type) before the outline folds


def panel_wish(ui_px: int) -> int:
    """The term panel's width for the interface's type: it grows with the text it holds (at 26 px the
    panel of 340 px had cut its close button and its facts).

        >>> panel_wish(16), panel_wish(26)
        (340, 552)
    """
    return PANEL_PX * max(ui_px, UI_PX) // UI_PX


def share_widths(total: int, article_min: int, outline_wish: int, panel_open: bool,
                 panel_px: int = PANEL_PX) -> tuple[int, int, int]:
    """(outline, article, panel) for a reading area `total` px wide; 0 is a collapsed pane. panel_px:
    the panel's width when there is room (panel_wish of the interface's type)."""
    outline = max(OUTLINE_MIN_PX, min(outline_wish or OUTLINE_DEFAULT_PX, OUTLINE_MAX_PX, total // 4))
    panel = min(panel_px, total // 3) if panel_open else 0
    short = article_min + outline + panel - total
    if short > 0:                          # first the outline narrows to its least
        cut = min(short, outline - OUTLINE_MIN_PX)
        outline, short = outline - cut, short - cut
    if short > 0 and panel_open:           # then the panel, to a width its words still fit in
        cut = min(short, max(0, panel - PANEL_MIN_PX))
        panel, short = panel - cut, short - cut
    if short > FOLD_SLACK_PX:              # then the outline folds away (dragged back out by its edge)
        outline = 0
    return outline, max(0, total - outline - panel), panel

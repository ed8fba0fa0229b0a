"""The reader's three columns (outline, article, term panel) in their splitter, and the width shared
among them as the window, the type size and the panel change (the rule is gui.reader_widths).

    columns = ReaderColumns(page, splitter, outline, view, panel, body_px=lambda: settings.body_px)
    columns.fit()     # after a resize or a new type size, or when the panel is shown
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from gui.reader_view import ReaderView
from gui.reader_widths import ARTICLE_MIN_CHARS, OUTLINE_DEFAULT_PX, PANEL_PX, panel_wish, share_widths
from gui.theme import ui_px_for


class ReaderColumns(QObject):
    def __init__(self, page: QWidget, splitter: QSplitter, outline: QWidget, view: ReaderView, panel: QWidget,
                 body_px: Callable[[], int]):
        super().__init__(page)
        self.page, self.splitter, self.view, self.panel = page, splitter, view, panel
        self._body_px = body_px
        self._outline_wish = 0     # the outline's width as the user left it (0: not known yet)
        for widget in (outline, view, panel):
            splitter.addWidget(widget)
        # a narrower window (or larger type) takes room from all three, not only from the article
        for index, stretch in enumerate((1, 4, 1)):
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([OUTLINE_DEFAULT_PX, 900, PANEL_PX])
        splitter.setCollapsible(1, False)
        splitter.splitterMoved.connect(self._dragged)
        panel.installEventFilter(self)   # a hidden panel gives its width back to the article

    def fit(self) -> None:
        """The article keeps ARTICLE_MIN_CHARS a line where it can, the outline stays modest and folds
        away first, the panel takes at most a third."""
        sizes = self.splitter.sizes()
        if not self._outline_wish and sizes[0] > 0:
            self._outline_wish = sizes[0]   # as restored from the last session
        total = sum(sizes) if sum(sizes) > 0 else self.splitter.width()
        article_min = self.view.width_for_chars(ARTICLE_MIN_CHARS, self._body_px())
        widths = share_widths(total, article_min, self._outline_wish, self.panel.isVisibleTo(self.page),
                              panel_wish(ui_px_for(self._body_px())))
        if list(widths) != sizes:
            self.splitter.setSizes(list(widths))

    def _dragged(self, _pos: int, _index: int) -> None:
        outline = self.splitter.sizes()[0]
        if outline > 0:
            self._outline_wish = outline

    def eventFilter(self, watched, event) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.Hide:
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)

"""Going from article to article in the reader, and back.

也出现在 opens the other article at the term's first use, marked; 返回上一篇 (Alt+←) comes back to the
article she came from, at the place she was; an article opened again opens where she was reading;
leaving F5 (Esc) shows the part that was on the projector."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.reader_history import ReaderHistory, first_occurrence
from gui.reader_outline import TOP, section_at
from gui.reader_toolbar import SteadyButton


class ReaderJumps:
    def __init__(self, page):
        self.page = page
        self.history = ReaderHistory()
        self.back_action = QAction(page.tr("← 返回上一篇"), page)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        # the window's: after a jump the focus may be in the navigation list (the panel it was in is gone);
        # a hidden reader page's action does not fire
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(self.go_back)
        page.addAction(self.back_action)
        self.back_button = SteadyButton()
        self.back_button.setDefaultAction(self.back_action)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_button.hide()

    def section_of(self, place) -> int:
        if place is None or place[0] is None:
            return TOP
        return section_at(self.page.layout_info.section_starts, place[0])

    def open_other(self, article_id: int) -> None:
        """也出现在: the other article at the term's first use, marked, with the way back offered."""
        page = self.page
        if article_id == page.article_id:
            return   # already here: not a step to come back from
        term = page.panel.term.term if page.panel.term is not None else None
        here = (page.article_id, page.article.title if page.article is not None else "", page.view.reading_place())
        page.article_requested.emit(article_id)
        if page.article_id != article_id or here[0] is None:
            return   # not opened (deleted meanwhile)
        self.history.went_on_from(*here)
        self._offer_back()
        page.view.setFocus()   # the 也出现在 list it came from is hidden with the panel
        found = first_occurrence(page.article, term) if term else None
        if found is not None:
            page.go_to_place(*found)
            page.outline.mark(found[0])

    def go_back(self) -> None:
        """返回上一篇: the article she came from, at the place she was reading."""
        page = self.page
        while (entry := self.history.back()) is not None:
            article_id, _title, place = entry
            page.article_requested.emit(article_id)
            if page.article_id == article_id:
                page.view.restore_place(place)
                page.outline.mark(self.section_of(place))
                break
        self._offer_back()

    def _offer_back(self) -> None:
        title = self.history.previous_title()
        self.back_button.setVisible(title is not None)
        self.back_action.setEnabled(title is not None)
        if title is not None:
            self.back_action.setToolTip(self.page.tr("回到《%1》刚才读到的地方 (Alt+←)").replace("%1", title))

    def back_from_presenter(self, article_id: int | None, place: tuple[int, int] | None) -> None:
        """Esc from F5: the part last on the projector, its heading on the reading line when it opens a section."""
        page = self.page
        if article_id != page.article_id or page.layout_info is None:
            return
        if place is None or place[1] == 0:
            page.go_to_section(TOP if place is None else place[0])
        else:
            page.go_to_place(place[0], place[1], 0, 0)
        page.outline.mark(TOP if place is None else place[0])

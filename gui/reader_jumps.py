"""Going from article to article in the reader, and back.

也出现在 opens the other article at the term's first use, marked; 返回上一篇 (Alt+←) comes back to the
article she came from, at the place she was; an article opened again opens where she was reading;
leaving F5 (Esc) shows the part that was on the projector; after 查看原文 from a study page,
← 返回练习 (StudyReturn) brings that page back (ux report 8, P11)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from gui.reader_history import ReaderHistory, first_occurrence
from gui.reader_outline import TOP, section_at
from gui.reader_toolbar import SteadyButton


PLACE_KEY = "reader_place"   # settings: "article id:document position" read when the app was closed


class ReaderJumps:
    def __init__(self, page):
        self.page = page
        self.history = ReaderHistory()
        self._saved = _parse_place(page.settings.window_state(PLACE_KEY))
        self.pending: tuple | None = None   # a place to go to once the page is on screen
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

    def place_for(self, article_id: int) -> tuple | None:
        """Where she was in an article: read earlier in this session, or when the app was last closed."""
        place = self.history.place_of(article_id)
        if place is None and self._saved is not None and self._saved[0] == article_id:
            place = (self._saved[1], None)
        return place

    def restore(self, place: tuple) -> None:
        """Go back to a place; a hidden page (opened from the library) waits until it is shown: its text
        is laid out for the real width only then, and a place found before would be lost."""
        if self.page.isVisible():
            self.page.view.restore_place(place)
        else:
            self.pending = place

    def shown(self) -> None:
        if self.pending is not None:
            place, self.pending = self.pending, None
            self.page.view.restore_place(place)
            self.page.outline.mark(self.section_of(place))

    def save_place(self) -> None:
        """The app is closing: remember the place in the open article for the next start."""
        page = self.page
        if page.article_id is None or page.layout_info is None:
            return
        position = page.view.reading_place()[0]
        value = f"{page.article_id}:{-1 if position is None else position}"
        # the settings keep bytes under window/: a reading place is the reader window's state too
        page.settings.set_window_state(PLACE_KEY, QByteArray(value.encode("ascii")))

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

    def forget(self, article_id: int) -> None:
        """The article was deleted: no way back to it, and its place is not handed to a later article
        that gets its id (the library reuses the highest id)."""
        self.history.forget(article_id)
        if self._saved is not None and self._saved[0] == article_id:
            self._saved = None
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
            page.show_paragraph(place[0], place[1])
        page.outline.mark(TOP if place is None else place[0])


def _parse_place(value: QByteArray | None) -> tuple[int, int | None] | None:
    try:
        article_id, position = bytes(value.data()).decode("ascii").split(":")
        return int(article_id), (int(position) if int(position) >= 0 else None)
    except (AttributeError, ValueError):
        return None


class StudyReturn:
    """The reader's button back to the study page (练习, 测验成绩, 复习, 错题本) that opened a source; it
    goes once used or once the reader is left."""

    def __init__(self, page):
        self.button = QToolButton(page)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.hide()
        self.button.clicked.connect(self._go)
        self._go_to: Callable[[], None] | None = None

    def offer(self, label: str, go: Callable[[], None]) -> None:
        self._go_to = go
        self.button.setText(label)
        self.button.show()

    def withdraw(self) -> None:
        self._go_to = None
        self.button.hide()

    def _go(self) -> None:
        go = self._go_to
        self.withdraw()
        if go is not None:
            go()

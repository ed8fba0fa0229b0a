"""What the study pages (复习, 练习, 测验, 错题本) share: their objects, the current learner, 查看原文.

    class PracticePage(StudyPage): ...
    PracticePage(store, library, rng=random.Random(7))
"""
from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from gui.messages import Messages
from gui.study_widgets import STUDY_STYLE, study_style
from gui.ui_style import UI_PX
from quiz.practice import make_questions


class StudyPage(QWidget):
    """A page over one learner's LearningStore and the library; randomness comes in as ``rng``."""

    source_requested = Signal(int, int, int, int)   # article_id, section, paragraph, start

    def __init__(self, store, library, rng: random.Random | None = None, parent: QWidget | None = None,
                 messages: Messages | None = None):
        super().__init__(parent)
        self.messages = messages or Messages(self)
        self.store = store
        self.library = library
        self.rng = rng or random.Random()
        self.profile_id = store.ensure_profile()
        self.ui_px = UI_PX
        self.setStyleSheet(STUDY_STYLE)

    PAGE_MARGINS = (24, 18, 24, 18)

    def _stack_pages(self, pages: list[QWidget], margins: tuple[int, int, int, int] = PAGE_MARGINS) -> None:
        """Fill the page with a QStackedWidget of `pages` (self.stack); the first is shown."""
        self.stack = QStackedWidget()
        for page in pages:
            self.stack.addWidget(page)
        self.stack.currentChanged.connect(self._size_to_current)
        self._size_to_current()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        layout.addWidget(self.stack)

    def _size_to_current(self, *_args) -> None:
        """The page asks only for the room its shown screen needs: a stack asks for its largest screen,
        so the short 练习 end screen kept the last question's height and the window grew a scroll bar."""
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def set_ui_px(self, ui_px: int) -> None:
        """Follow the interface size (A+/A−); study text stays a step larger than the rest."""
        self.ui_px = ui_px
        self.setStyleSheet(study_style(ui_px))

    def set_reading_article(self, article_id: int | None) -> None:
        """The article open in the reader is ticked when the learner has ticked none."""
        picker = getattr(self, "picker", None)
        if picker is not None:
            picker.preferred = article_id

    def request_source(self, article_id: int | None, source: dict | None) -> None:
        """Ask the main window to open this place in the reader (nothing when there is no article)."""
        if article_id is None:
            return
        src = source or {}
        self.source_requested.emit(int(article_id), int(src.get("section", 0)),
                                   int(src.get("paragraph", 0)), int(src.get("start", 0)))


def picked_questions(library, article_ids: list[int], count: int, rng, seen=()) -> tuple[list[dict], str]:
    """Questions from the ticked library articles, or none and the reason to show the learner; the
    questions of `seen` (met lately) only when the articles offer too few others."""
    if not article_ids:
        return [], "请先勾选至少一篇文章。"
    questions = make_questions([(aid, library.get_article(aid)) for aid in article_ids], count, rng, seen=seen)
    return questions, "" if questions else "这些文章暂时出不了题，请换几篇文章试试。"

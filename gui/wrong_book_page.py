"""错题本: wrong answers grouped by article; practise them again, take one out, export to Excel."""
from __future__ import annotations

import html
import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QSplitter, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from content.model import BadInput
from gui.file_dialogs import ask_save_path
from gui.messages import Messages
from gui.practice_page import PracticePage
from gui.study_page import StudyPage
from gui.study_widgets import big_button, label, marked_html
from quiz.answer_check import display_answer
from quiz.answer_log import AnswerMode
from quiz.learning_store import LearningStore, from_iso
from quiz.question_data import lettered
from quiz.questions import QuestionType
from quiz.wrong_book import OTHER_ARTICLE, WrongBook, WrongItem, given_text

ITEM_ROLE = Qt.ItemDataRole.UserRole


class WrongBookPage(StudyPage):
    """The current profile's 错题本. ``WrongBookPage(store, library)``."""

    def __init__(self, store: LearningStore, library, rng: random.Random | None = None,
                 messages: Messages | None = None, parent: QWidget | None = None):
        super().__init__(store, library, rng, parent)
        self.messages = messages or Messages(self)
        self.practice = PracticePage(store, library, self.rng)
        self.practice.closed.connect(self.show_book)
        self.practice.source_requested.connect(self.source_requested)
        self._stack_pages([self._build_book(), self.practice], margins=(0, 0, 0, 0))
        self.refresh()

    def _build_book(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(24, 18, 24, 18)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("错题本"), "title", wrap=False))
        self.total = label("", "muted", wrap=False)
        top.addWidget(self.total, 1)
        self.export_button = big_button(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        box.addLayout(top)
        box.addWidget(label(self.tr("答错的题都在这里。连续答对 {0} 次后自动移出。").format(self._exit_streak()), "muted"))
        split = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("题目"), self.tr("错")])
        self.tree.setColumnWidth(0, 420)
        self.tree.currentItemChanged.connect(self._show_item)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda _url: self.open_source())
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([480, 640])
        box.addWidget(split, 1)
        row = QHBoxLayout()
        self.remove_button = big_button(self.tr("移出错题本"))
        self.remove_button.clicked.connect(self.remove_current)
        self.practice_article_button = big_button(self.tr("练这篇文章的错题"))
        self.practice_article_button.clicked.connect(lambda: self.practise(self._current_article()))
        self.practice_all_button = big_button(self.tr("全部错题再练一遍"), primary=True)
        self.practice_all_button.clicked.connect(lambda: self.practise(None))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.practice_article_button)
        row.addWidget(self.practice_all_button)
        box.addLayout(row)
        return page

    # -- state ------------------------------------------------------------------------------
    def book(self) -> WrongBook:
        return WrongBook(self.store, self.profile_id)

    def _exit_streak(self) -> int:
        from quiz.profiles import Profiles
        return Profiles(self.store).get(self.profile_id).wrong_exit_streak

    def set_ui_px(self, ui_px: int) -> None:
        """The embedded 错题重练 has its own style sheet: it follows the size too, or it stays small."""
        super().set_ui_px(ui_px)
        self.practice.set_ui_px(ui_px)

    def set_profile(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.practice.set_profile(profile_id)
        self.show_book()

    def titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.library.list_articles()} if self.library else {}

    def refresh(self) -> None:
        titles = self.titles()
        self.tree.clear()
        groups = self.book().grouped()
        for article_id, items in groups:
            parent = QTreeWidgetItem([titles.get(article_id, OTHER_ARTICLE), str(len(items))])
            parent.setData(0, ITEM_ROLE, ("article", article_id))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for item in items:
                child = QTreeWidgetItem([item.question.get("stem", ""), str(item.wrong_count)])
                child.setData(0, ITEM_ROLE, ("item", item))
                child.setToolTip(0, item.question.get("stem", ""))
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
        count = sum(len(items) for _, items in groups)
        self.total.setText(self.tr("共 {0} 道").format(count))
        for button in (self.practice_all_button, self.export_button):
            button.setEnabled(count > 0)
        self.detail.setHtml(self.tr("<p>错题本是空的。练习和测验中答错的题会自动出现在这里。</p>") if not count else "")
        if count:
            self.tree.setCurrentItem(self.tree.topLevelItem(0).child(0))

    def show_book(self) -> None:
        self.refresh()
        self.stack.setCurrentIndex(0)

    def current_item(self) -> WrongItem | None:
        node = self.tree.currentItem()
        data = node.data(0, ITEM_ROLE) if node else None
        return data[1] if data and data[0] == "item" else None

    def _current_article(self) -> int | None:
        node = self.tree.currentItem()
        data = node.data(0, ITEM_ROLE) if node else None
        if not data:
            return None
        return data[1] if data[0] == "article" else data[1].article_id

    def _show_item(self, *_args) -> None:
        item = self.current_item()
        self.remove_button.setEnabled(item is not None)
        self.practice_article_button.setEnabled(self._current_article() is not None)
        if item is not None:
            self.detail.setHtml(item_html(item))

    # -- actions ----------------------------------------------------------------------------
    def practise(self, article_id: int | None) -> bool:
        questions = self.book().questions(article_id)
        self.rng.shuffle(questions)
        if not self.practice.start_questions(questions, AnswerMode.WRONG_BOOK):
            return False
        self.stack.setCurrentIndex(1)
        return True

    def remove_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.book().remove(item.id)
            self.refresh()

    def export(self, path: str | None = None) -> str | None:
        if path is None:
            path = ask_save_path(self, self.tr("导出错题本"), self.tr("错题本.xlsx"), self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            self.book().export_xlsx(path, self.titles())
        except BadInput as exc:
            self.messages.warn(self.tr("无法导出"), str(exc))
            return None
        self.total.setText(self.tr("已导出到 {0}").format(path))
        return path

    def open_source(self) -> None:
        item = self.current_item()
        if item:
            self.request_source(item.article_id, item.question.get("source"))


def item_html(item: WrongItem) -> str:
    q = item.question
    choices = (q.get("options") or []) if q["type"] in ("single_choice", "multiple_choice") else []
    options = "".join(f"<br>　{html.escape(o)}" for o in lettered(choices))
    when = from_iso(item.last_wrong_at).astimezone().strftime("%Y-%m-%d %H:%M")
    link = ' <a href="source">查看原文</a>' if item.article_id is not None else ""
    return (f'<div><p style="color:#666">{QuestionType(q["type"]).label}　'
            f'答错 {item.wrong_count} 次　最近：{when}　已连续答对 {item.streak} 次</p>'
            f'<p><b>{html.escape(q.get("stem", ""))}</b>{options}</p>'
            f'<p>我的答案：<span style="color:#c0392b">{html.escape(given_text(item))}</span><br>'
            f'正确答案：<b>{html.escape(display_answer(q))}</b></p>'
            f'<p style="background:#f3efe3">出处：{marked_html(q.get("explanation", ""))}{link}</p></div>')

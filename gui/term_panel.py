"""Side panel for one key term: its reading, where it occurs, and what to do with it."""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QToolButton, QVBoxLayout, QWidget)

from content.model import Article, KeyTerm
from gui.fonts import pinyin_css_families, pinyin_font
from gui.theme import MUTED, kind_label


def occurrence_context(text: str, start: int, end: int, width: int = 16) -> str:
    """The words around an occurrence, the term in 【】, for the occurrence list."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return (("…" if start > width else "") + before + "【" + text[start:end] + "】" + after
            + ("…" if end + width < len(text) else ""))


class TermPanel(QFrame):
    occurrence_chosen = Signal(int)       # index into the term's occurrences
    remove_requested = Signal(str)
    flashcard_requested = Signal(str)
    article_chosen = Signal(int)          # another article using the term
    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("TermPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.term: KeyTerm | None = None
        self.title = QLabel()
        self.title.setObjectName("TermTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # every label wraps: a long term's pinyin on one line made the panel take most of a 1366 px
        # screen and left the article a column of one character
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        self.reading.setFont(pinyin_font(self.reading.font()))
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.occurrences = QListWidget()
        self.occurrences.setObjectName("Occurrences")
        self.occurrences.setWordWrap(True)
        self.others = QListWidget()
        self.others.setWordWrap(True)
        for box in (self.occurrences, self.others):  # the items wrap: a sideways bar only hides a row
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self.tr("移出重点词"))
        self.card_button = QPushButton(self.tr("制作卡片"))
        self._build()
        self.occurrences.itemActivated.connect(self._occurrence_activated)
        self.occurrences.itemClicked.connect(self._occurrence_activated)
        self.others.itemActivated.connect(self._other_activated)   # a double-click, or Return (once each)
        self.remove_button.clicked.connect(lambda: self.term and self.remove_requested.emit(self.term.term))
        self.card_button.clicked.connect(lambda: self.term and self.flashcard_requested.emit(self.term.term))

    def _build(self) -> None:
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("关闭 (Esc)"))
        close.clicked.connect(self.close_requested)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QVBoxLayout()  # one above the other: side by side at large type they widen the panel
        buttons.setContentsMargins(9, 0, 9, 0)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.remove_button)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addLayout(head)
        box.addWidget(self.reading)
        box.addWidget(self.facts)
        where = QLabel(self.tr("在正文中的位置（点击跳转）"))
        where.setWordWrap(True)
        box.addWidget(where)
        box.addWidget(self.occurrences, 3)
        box.addWidget(QLabel(self.tr("也出现在（双击打开）")))
        box.addWidget(self.others, 1)
        # the panel scrolls inside itself, its two buttons kept in sight below: at the largest type its
        # lists were taller than a 768 px screen, pushed 制作卡片 off the bottom and gave the whole window
        # a scroll bar
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 6)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(buttons)

    def show_term(self, article: Article, term: KeyTerm, others: list[tuple[int, str]],
                  added: bool = False) -> None:
        """added: the learner made it a key term herself (its kind then says so, not 其他)."""
        self.term = term
        self.title.setText(term.term)
        self.reading.setText(term.pinyin)
        self.reading.setVisible(bool(term.pinyin))
        kind = self.tr("自己加的重点词") if added else kind_label(term.kind)
        count = article.mentions(term.term)
        self.facts.setText(f"{kind} · {mention_text(self.tr, article, term.term, count=count)}")
        texts = {(s, p): t for s, p, t in article.iter_paragraphs()}
        self.occurrences.clear()
        for occ in term.occurrences:
            text = texts.get((occ.section, occ.paragraph), "")
            self.occurrences.addItem(QListWidgetItem(occurrence_context(text, occ.start, occ.end)))
        elsewhere = count - len(term.occurrences)
        if elsewhere > 0:  # the count takes in the title, 核心提示 and headings; the list holds the body's uses
            note = QListWidgetItem(self.tr("（正文中没有，只出现在标题、核心提示或小标题里）") if not term.occurrences
                                   else self.tr("（另有 %1 次在标题、核心提示或小标题里）").replace("%1", str(elsewhere)))
            note.setFlags(Qt.ItemFlag.NoItemFlags)  # nothing to jump to
            self.occurrences.addItem(note)
        self.others.clear()
        for article_id, title in others:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            self.others.addItem(item)
        if not others:
            self.others.addItem(QListWidgetItem(self.tr("（文库中其他文章没有用到）")))

    def _occurrence_activated(self, item: QListWidgetItem) -> None:
        row = self.occurrences.row(item)
        if self.term is not None and row < len(self.term.occurrences):  # not the "only in 核心提示" note
            self.occurrence_chosen.emit(row)

    def _other_activated(self, item: QListWidgetItem) -> None:
        article_id = item.data(Qt.ItemDataRole.UserRole)
        if article_id is not None:
            self.article_chosen.emit(int(article_id))


def mention_text(tr, article: Article, term: str, short: bool = False, count: int | None = None) -> str:
    """本文出现 N 次 as the reader marks it; for a term marked nowhere in the text, where it stands
    (科技强区 only in the title, 十五五 only inside “十五五”时期), not "0 次". `short`: for a table cell;
    `count`: article.mentions(term), when the caller has it."""
    count = article.mentions(term) if count is None else count
    if count:
        return tr("%1 次").replace("%1", str(count)) if short else tr("本文出现 %1 次").replace("%1", str(count))
    where = (tr("只在标题中") if term in article.title else tr("只在副标题中") if term in article.subtitle
             else tr("只在更长的重点词里"))
    return where if short else where + tr("出现")


def term_card_html(article: Article, term: KeyTerm, others: list[tuple[int, str]],
                   tr: Callable[[str], str]) -> str:
    """The reader's hover card of a term, rich text with every piece of article text escaped."""
    lines = [f"<b style='font-size:large'>{html.escape(term.term)}</b>"]
    if term.pinyin:
        lines.append(f"<span style=\"font-family: {pinyin_css_families()}\">{html.escape(term.pinyin)}</span>")
    lines.append(html.escape(f"{kind_label(term.kind)} · {mention_text(tr, article, term.term)}"))
    if others:
        titles = "、".join(f"《{html.escape(t)}》" for _, t in others[:5])
        more = tr("等 %1 篇").replace("%1", str(len(others))) if len(others) > 5 else ""
        lines.append(html.escape(tr("其他文章：")) + titles + html.escape(more))
    else:
        lines.append(html.escape(tr("文库中其他文章没有用到")))
    lines.append(f"<span style='color:{MUTED}'>{html.escape(tr('点击查看全部位置'))}</span>")
    return "<br>".join(lines)

"""本文重点词: every key term of the open article in one list, to look one up or take it out, also the
terms the text marks nowhere (said only in the title, or added by hand and since reworded).

    terms = ArticleTermList(page)        # the reader page's: 阅读 → 本文重点词一览 (Ctrl+L), toolbar 本文重点词
    terms.show()                         # the dialog, made once, filled from the page's article
    terms.refresh()                      # after a new analysis or a removal (while it is open)
    terms.look_up("六张网")               # the term's panel, its first mark in the body in sight
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from content.model import Article, TermKind
from gui.fonts import pinyin_font
from gui.reader_notices import show_for_a_while
from gui.term_panel import mention_text
from quiz.term_cloze import TERM_KIND_LABELS

COLUMNS = ("重点词", "拼音", "类别", "本文出现")


class TermListDialog(QDialog):
    term_chosen = Signal(str)       # a term's text (the list may be older than the article's terms)
    remove_requested = Signal(str)  # a term's text
    undo_requested = Signal()       # put back the term taken out last

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("本文重点词"))
        self.setMinimumSize(640, 480)
        self.terms: list[str] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):  # the reading takes what is left (the term's width is capped)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.Interactive if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._choose(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.show_button = QPushButton(self.tr("在文中查看"))
        self.remove_button = QPushButton(self.tr("移出重点词"))
        self.undo_button = QPushButton(self.tr("撤销移出"))
        self.undo_button.clicked.connect(self.undo_requested)
        close = QPushButton(self.tr("关闭"))
        self.show_button.clicked.connect(lambda: self._choose(self.table.currentRow()))
        self.show_button.setDefault(True)  # Enter on a row looks it up
        self.remove_button.clicked.connect(self._remove)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def fill(self, article: Article, analysed: bool = True, undoable: str | None = None) -> None:
        """analysed: False while the article's key terms are still being found (the list fills then);
        undoable: the term 撤销移出 would put back."""
        self.terms = [k.term for k in article.key_terms]
        if not analysed and not self.terms:
            self.intro.setText(self.tr("正在找出《%1》的重点词，请稍候……").replace("%1", article.title))
        else:
            self.intro.setText(self.tr("《%1》共有 %2 个重点词，按重要程度排列（自己添加的在最前）。双击一行"
                                       "或按回车可在文中查看；选中后可移出（移出后重新分析也不再出现）。")
                               .replace("%1", article.title).replace("%2", str(len(self.terms))))
        self.undo_button.setEnabled(undoable is not None)
        self.undo_button.setToolTip(self.tr("放回刚移出的%1（Ctrl+Z）").replace("%1", undoable or ""))
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)  # after a removal no other row stands chosen for the next click
        self.table.setRowCount(len(article.key_terms))
        for row, key in enumerate(article.key_terms):
            kind = key.kind if isinstance(key.kind, TermKind) else TermKind.OTHER
            cells = (key.term, key.pinyin, TERM_KIND_LABELS.get(kind) or self.tr("其他"),
                     mention_text(self.tr, article, key.term, short=True))  # as the term's panel counts
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long term or reading cut short shows whole on hover
                if column == 1:
                    item.setFont(pinyin_font(self.table.font()))  # a face with every tone letter (ǎ)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self._fit_term_column()
        self.table.scrollToTop()  # the most important terms first, whatever was scrolled before
        self._selection_changed()

    def showEvent(self, event) -> None:
        """Most of the reading screen, at whatever type size the reader has now."""
        parent = self.parentWidget()
        if parent is not None:
            self.resize(max(640, parent.width() * 9 // 10), max(480, parent.height() * 9 // 10))
        super().showEvent(event)
        self._fit_term_column()

    def _fit_term_column(self) -> None:
        """The term column as wide as its terms, but at most two fifths of the table: a long document
        title must not squeeze the readings out."""
        self.table.resizeColumnToContents(0)
        cap = max(120, self.table.viewport().width() * 2 // 5)
        if self.table.columnWidth(0) > cap:
            self.table.setColumnWidth(0, cap)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete on a chosen row takes it out, Ctrl+Z puts the last one back (the table passes these
        keys on to the dialog)."""
        if event.key() == Qt.Key.Key_Delete and self.table.selectedItems():
            self._remove()
        elif event.matches(QKeySequence.StandardKey.Undo) and self.undo_button.isEnabled():
            self.undo_requested.emit()
        else:
            super().keyPressEvent(event)

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selectedItems())
        self.show_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.terms):
            self.term_chosen.emit(self.terms[row])
            self.accept()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.terms):
            self.remove_requested.emit(self.terms[row])


class ArticleTermList:
    """The reader page's 本文重点词: one dialog, filled again from the page's article each time."""

    def __init__(self, page):
        self.page = page
        self.dialog: TermListDialog | None = None

    def show(self) -> None:
        page = self.page
        if page.article is None:
            show_for_a_while(page.status, page.tr("请先在文库里打开一篇文章。"))
            return
        if self.dialog is None:
            self.dialog = TermListDialog(page)
            self.dialog.term_chosen.connect(self.look_up)
            self.dialog.remove_requested.connect(page.remove_term)  # the page's reload fills the list again
            self.dialog.undo_requested.connect(page.edits.undo)
        self._fill()
        self.dialog.open()

    def refresh(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self._fill()

    def look_up(self, term: str) -> None:
        """The term's panel, and its first mark in the body (else in the title or a heading) in sight."""
        page = self.page
        terms = page.article.key_terms if page.article is not None else []
        index = next((i for i, k in enumerate(terms) if k.term == term), None)
        if index is None:
            show_for_a_while(page.status, page.tr("“%1”已不在本文的重点词里。").replace("%1", term))
            return
        page.show_term(index)
        spans = [s for s in page.layout_info.term_spans if s.term_index == index]
        span = next((s for s in spans if s.section >= 0 and s.paragraph >= 0), spans[0] if spans else None)
        if span is not None:
            page.keep_in_sight(span.start)

    def _fill(self) -> None:
        page = self.page
        self.dialog.fill(page.article, page.lib.has_analysis(page.article_id), page.edits.last_removed())

"""本文重点词: every key term of the open article in one list, to look one up or take it out, also the
terms the text marks nowhere (said only in the title, or added by hand and since reworded).

    dialog = TermListDialog(page)        # 阅读 → 本文重点词一览 (Ctrl+L), or the toolbar's 本文重点词
    dialog.fill(article)                 # again after each change
    dialog.term_chosen.connect(page.show_term_in_text)  # the term's text
    dialog.remove_requested.connect(page.remove_term)   # the term's text
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from content.model import Article, TermKind
from gui.fonts import pinyin_font
from quiz.term_cloze import TERM_KIND_LABELS

COLUMNS = ("重点词", "拼音", "类别", "正文中出现")


class TermListDialog(QDialog):
    term_chosen = Signal(str)       # a term's text (the list may be older than the article's terms)
    remove_requested = Signal(str)  # a term's text

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("本文重点词"))
        self.setMinimumSize(640, 480)
        if parent is not None:  # most of the reading screen: forty terms with their readings, whole
            self.resize(max(640, parent.width() * 3 // 4), max(480, parent.height() * 4 // 5))
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
        for column in range(len(COLUMNS)):  # the reading takes what is left; every column shows whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._choose(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.show_button = QPushButton(self.tr("在文中查看"))
        self.remove_button = QPushButton(self.tr("移出重点词"))
        close = QPushButton(self.tr("关闭"))
        self.show_button.clicked.connect(lambda: self._choose(self.table.currentRow()))
        self.remove_button.clicked.connect(self._remove)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def fill(self, article: Article, analysed: bool = True) -> None:
        """analysed: False while the article's key terms are still being found (the list fills then)."""
        self.terms = [k.term for k in article.key_terms]
        if not analysed and not self.terms:
            self.intro.setText(self.tr("正在找出《%1》的重点词，请稍候……").replace("%1", article.title))
        else:
            self.intro.setText(self.tr("《%1》共有 %2 个重点词，按重要程度排列。双击一行可在文中查看；"
                                       "选中后可移出（移出后重新分析也不再出现）。")
                               .replace("%1", article.title).replace("%2", str(len(self.terms))))
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)  # after a removal no other row stands chosen for the next click
        self.table.setRowCount(len(article.key_terms))
        for row, key in enumerate(article.key_terms):
            kind = key.kind if isinstance(key.kind, TermKind) else TermKind.OTHER
            cells = (key.term, key.pinyin, TERM_KIND_LABELS.get(kind) or self.tr("其他"),
                     self.tr("%1 次").replace("%1", str(key.count)) if key.count else self.tr("仅在标题或提示中"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setFont(pinyin_font(self.table.font()))  # a face with every tone letter (ǎ)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self._selection_changed()

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

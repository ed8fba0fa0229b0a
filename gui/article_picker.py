"""The article list and question count with which 练习 and 测验 begin."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget

from gui.study_widgets import label


class ArticlePicker(QWidget):
    """A checkable list of the library's articles and a question count, for practice and exams."""

    def __init__(self, library, count: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.preferred: int | None = None    # ticked when nothing else is: the article being read
        self.list = QListWidget()
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.count.setValue(count)
        self.count.setSuffix(" 题")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label("选择文章（可多选）："))
        layout.addWidget(self.list, 1)
        self.options_row = QHBoxLayout()
        self.options_row.addWidget(QLabel("题目数量："))
        self.options_row.addWidget(self.count)
        self.options_row.addStretch(1)
        layout.addLayout(self.options_row)

    def refresh(self) -> None:
        checked = set(self.article_ids()) or ({self.preferred} if self.preferred is not None else set())
        self.list.clear()
        for summary in self.library.list_articles() if self.library else []:
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def article_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, article_ids) -> None:
        wanted = set(article_ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

"""排序's answer list: its items dragged into order, every row in view."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QWidget


class OrderList(QListWidget):
    """排序's list, as tall as its rows (a guess of 40 px a row showed 5½ of 6 rows, fewer at large
    type); an item longer than the line wraps instead of scrolling sideways."""

    MOST_ROWS = 10      # a longer list scrolls rather than push the buttons off the screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_rows(self) -> None:
        self.executeDelayedItemsLayout()     # the rows as laid out, wrapped at this width
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(min(self.count(), self.MOST_ROWS)))
        height = rows + 2 * self.frameWidth() + 4
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height if self.count() <= self.MOST_ROWS else 16777215)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name): a new width wraps the rows anew
        super().resizeEvent(event)
        self.fit_rows()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_rows()

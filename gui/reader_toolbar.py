"""Pieces of the reading screen that keep still while the type grows.

    SteadyButton()                 # a toolbar button as wide as at the largest type, from the start
    NoticeLabel()                  # a line of notes that takes no room while it has nothing to say
    ReaderSplitter(on_resized)     # a QSplitter that lets its owner share the width after each resize
    UndoNotice()                   # "已移出“X”。 [撤销]": a correction said, with its way back
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QToolButton, QWidget

from gui.theme import MAX_BODY_PX, ui_px_for


class SteadyButton(QToolButton):
    """Sized for the largest interface type and the longest label it has shown, so neither A+/A− nor a
    label that changes (拼音：注了3字 → 拼音) moves the buttons after it: a user with tired eyes clicks
    A+ five times at one place (it had moved onto 拼音, then onto A−)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._widest = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self.text()
        if self.fontMetrics().horizontalAdvance(text) > self.fontMetrics().horizontalAdvance(self._widest):
            self._widest = text
        chrome = hint.width() - self.fontMetrics().horizontalAdvance(text)
        largest = QFont(self.font())
        largest.setPixelSize(max(ui_px_for(MAX_BODY_PX), self.font().pixelSize()))
        width = chrome + QFontMetrics(largest).horizontalAdvance(self._widest)
        return QSize(max(hint.width(), width), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class NoticeLabel(QLabel):
    """The reader's notes (字号已经最大了, 拼音已隐藏…), on their own line under the toolbar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ReaderStatus")
        self.setWordWrap(True)   # a long notice wraps instead of widening the window
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class ReaderSplitter(QSplitter):
    def __init__(self, on_resized: Callable[[], None], parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._on_resized = on_resized

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._on_resized()

    def sizeHint(self) -> QSize:
        """No taller than it must be: the page wraps its notes, so the scroll area it sits in asks its
        height for a width, which added the term panel's full height and gave the window a scroll bar."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


UNDO_SHOWN_MS = 60_000   # long enough to notice a wrong click and take it back, unhurried


class UndoNotice(QWidget):
    """A line under the toolbar saying what a correction did, with a 撤销 button; it goes by itself
    after UNDO_SHOWN_MS, when undone, or when cleared (another article opened)."""
    undo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("UndoNotice")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # the text quotes a term from the article
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("撤销"))
        self.button.setToolTip(self.tr("恢复刚才的改动 (Ctrl+Z)"))
        self.button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SHOWN_MS)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        # a wrapping label asks for little width: give it its text's, up to most of the line
        room = (self.parentWidget().width() if self.parentWidget() is not None else 800) - 4 * self.button.sizeHint().width()
        self.label.setMinimumWidth(max(0, min(self.label.fontMetrics().horizontalAdvance(text) + 8, room)))
        self.show()
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.label.setText("")
        self.hide()

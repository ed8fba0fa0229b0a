"""The navigation list beside the stack of pages. A page may be registered as a factory taking the
window, built the first time it is shown; each page sits in a scroll area of its own.

    pages = PageStack(window, messages, page_built=window_wires_page)
    window.setCentralWidget(pages)
    pages.add("review", "复习", ReviewPage(...), "Ctrl+3")   # or a factory: lambda window: ReviewPage(...)
    pages.show_page("review")     # False: the page on screen may not be left, or review's failed to build
    pages.current_key()           # "review"
"""
from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QScrollArea,
                               QStackedWidget, QWidget)

from gui.messages import Messages
from gui.page_factories import page_failed_message


class PageStack(QWidget):
    def __init__(self, window: QMainWindow, messages: Messages, page_built: Callable[[QWidget], None]):
        super().__init__()
        self._window = window
        self._messages = messages
        self._page_built = page_built   # the window wires each page as it is built
        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(120)
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.holders: dict[str, QScrollArea] = {}   # key -> the scroll area the page sits in
        self.pages: dict[str, QWidget] = {}
        self._factories: dict = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)

    def add(self, key: str, title: str, page, shortcut: str | None = None) -> None:
        if isinstance(page, QWidget):
            self._add_built(key, page)
        else:
            self._factories[key] = page
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setSizeHint(QSize(110, 52))
        if shortcut:
            item.setToolTip(f"{title} ({shortcut})")
            action = QAction(title, self._window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self._window.show_page(key))
            self._window.addAction(action)
        self.nav.addItem(item)

    def _add_built(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        # a page whose least size at large type exceeds the screen scrolls, instead of widening the window
        # past a 1366×768 laptop's edge (the contest's host buttons did, cutting every page off)
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(widget)
        self.holders[key] = holder
        self.stack.addWidget(holder)
        self._page_built(widget)

    def page(self, key: str) -> QWidget | None:
        """The page for key, built now if it was registered with a factory. A page that fails to
        build is explained to the user and returns None; its factory stays, so the next click retries."""
        if key not in self.pages:
            try:
                widget = self._factories[key](self._window)
            except Exception as exc:  # noqa: BLE001 -- any bug in a page must not leave a dead button
                traceback.print_exc()
                self._messages.warn(self.tr("页面打不开"), page_failed_message(exc))
                return None
            del self._factories[key]
            self._add_built(key, widget)
        return self.pages[key]

    def show_page(self, key: str) -> bool:
        here = self.current_key()
        leaving = self.pages.get(here) if key != here else None
        if leaving is not None and hasattr(leaving, "may_leave") and not leaving.may_leave():
            self._select_nav(here)  # a contest under way: the host chose to stay
            return False
        if self.page(key) is None:
            self._select_nav(self.current_key())
            return False
        self.stack.setCurrentWidget(self.holders[key])
        self._select_nav(key)
        return True

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def current_key(self) -> str:
        for key, holder in self.holders.items():
            if holder is self.stack.currentWidget():
                return key
        return ""

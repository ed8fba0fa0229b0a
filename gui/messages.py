"""Message boxes behind one small object, so tests can answer them without a modal loop."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str, yes_label: str = "确定", no_label: str = "取消") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent)
        box.button(QMessageBox.StandardButton.Yes).setText(yes_label)
        box.button(QMessageBox.StandardButton.No).setText(no_label)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

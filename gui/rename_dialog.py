"""Renaming an article: one line for the new title, prefilled with the current one.

    new_title = RenameDialog.get_title("① 现在，我代表国务院……", parent)   # None when cancelled
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from content.library import RENAMED_TITLE_MAX

EDIT_WIDTH_CHARS = 32    # a typical title fits without scrolling, at any interface size


class RenameDialog(QDialog):
    def __init__(self, current: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("重命名文章"))
        self.old_label = QLabel(self.tr("原标题：%1").replace("%1", current))
        self.old_label.setWordWrap(True)
        self.old_label.setStyleSheet("color: #555;")
        self.title_edit = QLineEdit(current)
        self.title_edit.setMaxLength(RENAMED_TITLE_MAX)
        self.title_edit.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("重命名"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(QLabel(self.tr("新标题：")))
        box.addWidget(self.title_edit)
        box.addWidget(self.old_label)
        box.addWidget(buttons)
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for a title in the current interface type size, never wider than the screen."""
        self.ensurePolished()
        self.title_edit.ensurePolished()
        wanted = self.title_edit.fontMetrics().horizontalAdvance("国" * EDIT_WIDTH_CHARS) + 40
        screen = self.screen().availableGeometry().width() if self.screen() is not None else wanted
        self.title_edit.setMinimumWidth(min(wanted, screen - 120))

    def title(self) -> str:
        return self.title_edit.text().strip()

    @classmethod
    def get_title(cls, current: str, parent=None) -> str | None:
        """The new title when the user pressed 重命名, None when cancelled."""
        dialog = cls(current, parent)
        try:
            return dialog.title() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

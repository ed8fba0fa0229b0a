"""Paste-import: text copied from a web page or a document goes straight into the library."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout)


class PasteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("粘贴导入"))
        self.resize(820, 620)
        self.name_edit = QLineEdit(self.tr("粘贴的文本"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("把整版或一篇文章的文字粘贴在这里（Ctrl+V）。\n标题、作者、核心提示和小标题会自动识别。"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text_edit.toPlainText().strip())))
        form = QFormLayout()
        form.addRow(self.tr("来源名称："), self.name_edit)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("文章文字：")))
        box.addWidget(self.text_edit, 1)
        box.addWidget(buttons)
        self.text_edit.setFocus()  # Ctrl+V, as the placeholder says, goes into the text box

    def values(self) -> tuple[str, str]:
        name = self.name_edit.text().strip() or self.tr("粘贴的文本")
        return self.text_edit.toPlainText(), name

    @classmethod
    def get_text(cls, parent=None) -> tuple[str, str] | None:
        """(text, source name) when the user pressed 导入, None when cancelled."""
        dialog = cls(parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

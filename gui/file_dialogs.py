"""Open and save dialogs that start in the user's own folders (文档, else 桌面), not the folder the app
was started from.

    path = ask_save_path(window, "导出错题本", "错题本.xlsx", "Excel 工作簿 (*.xlsx)")   # "" if cancelled
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_FOLDERS = (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.DesktopLocation)


def user_folder() -> Path:
    """The user's 文档 folder if it exists, else the desktop, else the home folder."""
    for location in _FOLDERS:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def start_path(file_name: str) -> str:
    """Where a save dialog opens: a bare name goes into user_folder(); a full path is kept."""
    path = Path(file_name)
    return str(path if path.is_absolute() else user_folder() / path)


# qtbase_zh_CN leaves these two labels of Qt's own (non-native) file dialog in English
_LABELS = {QFileDialog.DialogLabel.LookIn: "查找范围：", QFileDialog.DialogLabel.FileType: "文件类型："}


def file_dialog(parent: QWidget | None, caption: str, start: str, pattern: str,
                mode: QFileDialog.FileMode, saving: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, caption, start, pattern)
    dialog.setFileMode(mode)
    if parent is not None:  # at large type the default size cut file names to a few characters
        room = parent.window().size()
        dialog.resize(max(dialog.width(), room.width() * 4 // 5), max(dialog.height(), room.height() * 4 // 5))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen)
    for which, text in _LABELS.items():
        dialog.setLabelText(which, text)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def ask_save_path(parent: QWidget | None, caption: str, file_name: str, pattern: str) -> str:
    """A bare file name starts in the folder of the last save, when the window remembers one."""
    settings = _settings_of(parent)
    last = settings.save_folder if settings is not None else None
    start = str(Path(last) / file_name) if last and Path(last).is_dir() and not Path(file_name).is_absolute() \
        else start_path(file_name)
    chosen = _run(file_dialog(parent, caption, start, pattern, QFileDialog.FileMode.AnyFile, True))
    if chosen and settings is not None:
        settings.save_folder = str(Path(chosen[0]).parent)
    return chosen[0] if chosen else ""


def _settings_of(parent: QWidget | None):
    """The main window's AppSettings, when the dialog's parent belongs to it, also from inside a
    dialog of its own (出试卷, 导出学习台账: their window is the dialog, the main window its parent)."""
    widget = parent
    while widget is not None:
        window = widget.window()
        settings = getattr(window, "settings", None)
        if settings is not None and hasattr(settings, "save_folder"):
            return settings
        widget = window.parentWidget()
    return None


def ask_open_path(parent: QWidget | None, caption: str, pattern: str) -> str:
    chosen = _run(file_dialog(parent, caption, str(user_folder()), pattern, QFileDialog.FileMode.ExistingFile))
    return chosen[0] if chosen else ""


def ask_open_paths(parent: QWidget | None, caption: str, pattern: str, start: str | None = None) -> list[str]:
    """start: a folder to open in (the last one used), if it still exists; else user_folder()."""
    folder = start if start and Path(start).is_dir() else str(user_folder())
    return _run(file_dialog(parent, caption, folder, pattern, QFileDialog.FileMode.ExistingFiles))

"""Starts the window: builds the objects (library, settings, window) and hands them in.

    run_app(["--data-dir", "/tmp/xueer"])   # what `python main.py --data-dir DIR` does
"""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from content.paths import data_dir_from, ensure_data_dir, named_data_dir
from gui.fonts import MISSING_FONT_MESSAGE, preferred_chinese_family
from gui.pyside_guard import guard_none_refcount
from gui.settings import APPLICATION, ORGANISATION, AppSettings, qsettings_for
from gui.single_instance import InstanceGuard, ask_to_open_here, tell_already_running
from gui.theme import ui_px_for
from gui.ui_style import UI_PX, app_stylesheet, apply_ui_size  # noqa: F401 (app_stylesheet: for scripts)

ALREADY_RUNNING_EXIT = 1       # the second start's exit code: nothing was opened
BACKGROUND_DELAY_MS = 400   # let the first window paint before jieba competes for the CPU


def parse_data_dir(argv: list[str]) -> str | None:
    parser = argparse.ArgumentParser(prog="xueer", add_help=False)
    parser.add_argument("--data-dir")
    known, _ = parser.parse_known_args(argv)
    return known.data_dir


def make_application() -> QApplication:
    guard_none_refcount()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "xueer"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("学而")
    install_qt_translations(app)
    return app


def install_qt_translations(app: QApplication) -> bool:
    """Qt's own texts (OK, Cancel, Open, File name, the file dialog's labels) in Chinese, from the
    qtbase_zh_CN catalogue shipped with PySide6. The translator is kept on the app, which owns it."""
    if getattr(app, "qt_translator", None) is not None:
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
        return False
    app.installTranslator(translator)
    app.qt_translator = translator
    return True


def check_fonts(app: QApplication) -> str:
    """Use the best installed Chinese font; without one, say so plainly (in English too)."""
    family = preferred_chinese_family()
    if family is None:
        print(MISSING_FONT_MESSAGE, file=sys.stderr)
        QMessageBox.warning(None, "学而 Xue'er", MISSING_FONT_MESSAGE)
        return ""
    font = QFont(family)
    font.setPixelSize(UI_PX)
    app.setFont(font)
    return family


def import_store_quickly() -> None:
    """Import sqlite-utils without numpy: it loads numpy (0.4-0.6 s) only to store numpy values,
    which the app never does. numpy stays importable for anyone who needs it later."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # makes sqlite-utils' optional `import numpy` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


def _left_over_lock_taken(guard: InstanceGuard) -> bool:
    """A copy answered: it came to the front and the user is told. Nobody answered: the lock may be a
    leftover (another computer crashed with the folder open); the user may open the folder here."""
    if guard.answered or not ask_to_open_here(guard):
        if guard.answered:
            tell_already_running(guard)
        return False
    if guard.take_over():
        return True
    tell_already_running(guard)
    return False


def start_app(argv: list[str], settings: AppSettings | None = None):
    """Everything up to a shown window; run_app then enters the event loop. Returns (app, window);
    window is None when another copy already has this data folder open (the user has been told)."""
    app = make_application()
    family = check_fonts(app)
    named = named_data_dir(parse_data_dir(argv))
    data_dir = ensure_data_dir(named or data_dir_from())
    guard = InstanceGuard(data_dir, app)
    if not guard.acquire() and not _left_over_lock_taken(guard):  # before the library or preferences
        return app, None
    settings = settings or AppSettings(qsettings_for(named))
    apply_ui_size(app, ui_px_for(settings.body_px), family)
    import_store_quickly()
    from content.library import Library
    from gui.main_window import MainWindow
    lib = Library.open(data_dir)
    sample = None
    if lib.is_empty():  # the importer (page parser and all) is only loaded when there is work for it
        from content.importer import ensure_sample
        sample = ensure_sample(lib)
    window = MainWindow(lib, data_dir, settings, restyle=lambda px: apply_ui_size(app, px, family))
    window.reader_page.family = family
    window.open_first(sample.article_ids[0] if sample is not None and sample.ok and sample.article_ids else None)
    window.show()
    guard.watch(window)
    window.instance_guard = guard   # released by close_app, after the library is closed
    QTimer.singleShot(BACKGROUND_DELAY_MS, window, window.start_background)
    return app, window


def close_app(window) -> None:
    """After the window has closed: close the library, then let another start open the folder."""
    window.lib.close()
    window.instance_guard.release()


def run_app(argv: list[str]) -> int:
    app, window = start_app(argv)
    if window is None:
        return ALREADY_RUNNING_EXIT
    code = app.exec()
    close_app(window)
    return code

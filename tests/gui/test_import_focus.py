"""After an import (and its dialogs) the main window is active again, so Ctrl+O works at once and
typing does not go to a window nobody is looking at."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import PAGE_TEXT


def shown_window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def leave_no_window_active(qtbot):
    """What a closed modal dialog leaves behind when no window manager gives the focus back."""
    dialog = QWidget()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)


def test_the_window_is_active_again_when_an_import_finishes(make_window, qtbot, tmp_path):
    window = shown_window(make_window, qtbot)
    page = tmp_path / "理论版.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    leave_no_window_active(qtbot)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20000):
        window.import_paths([page])
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_o_opens_the_chooser_right_after_the_chooser_was_closed(make_window, qtbot, monkeypatch):
    asked = []

    def ask(*_args, **_kwargs):
        asked.append(1)
        leave_no_window_active(qtbot)   # the chooser closed, cancelled
        return []
    monkeypatch.setattr("gui.import_controller.ask_open_paths", ask)
    window = shown_window(make_window, qtbot)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(target, Qt.Key.Key_Control)  # QTest leaves Ctrl as the app's modifier until a next key
    assert len(asked) == 2

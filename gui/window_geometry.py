"""The main window's size and layout as the user left them, or a large window on a first start.

    restore_window(window, settings, reader_splitter)   # in the window's constructor
    fit_to_screen(dialog, 1100, 900, margin=(20, 20))   # a dialog as large as asked, never past the screen
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget


def restore_window(window: QMainWindow, settings, splitter: QSplitter) -> None:
    geometry = settings.window_state("geometry")
    if geometry is None or not window.restoreGeometry(geometry) or not usable_size(window):
        window.setWindowState(Qt.WindowState.WindowNoState)
        screen = window.screen().availableGeometry()
        window.resize(min(1280, screen.width()), min(860, screen.height()))  # to return to from maximised
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)  # first start: big
    state = settings.window_state("reader_splitter")
    if state is not None:
        splitter.restoreState(state)


def usable_size(window: QMainWindow) -> bool:
    """Whether a restored size is one to work in: not a sliver left by an odd close (1006×339 was
    seen), not wider or taller than the screen it opens on (a screen changed since, a projector)."""
    screen = window.screen().availableGeometry()
    # maximised, the size kept is the one un-maximising returns to
    size = window.normalGeometry().size() if window.isMaximized() or window.isFullScreen() else window.size()
    fits = size.width() <= screen.width() and size.height() <= screen.height()
    return fits and size.width() >= min(900, screen.width() // 2) and size.height() >= min(600, screen.height() // 2)


def fit_to_screen(widget: QWidget, width: int, height: int, margin: tuple[int, int] = (20, 20)) -> None:
    """Size a dialog to width × height, but never past its screen less the margin (1366×768 office screens)."""
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is not None:
        width, height = min(width, screen.width() - margin[0]), min(height, screen.height() - margin[1])
    widget.resize(width, height)

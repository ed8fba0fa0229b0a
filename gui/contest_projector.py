"""The projector window of a 知识竞赛 host console: where it opens, and the host's button that follows it.

With a second screen it goes full screen there; on a single screen (a laptop mirrored to the projector)
it opens only when the host presses 打开投影窗口, then full screen. Esc, F11 or a double-click: on the
projector it becomes an ordinary window there, and the same key again full screen; on a single screen it
hides, because the console's own preview shows the same picture and a loose window left over the app covered
the library and the quiz pages when the host went on (ux report 8, P1). It never opens over the console by
itself, and on a single screen it goes when the console does (another page shown, the window minimised).
The button says 打开/隐藏投影窗口 as the window is, also when the window is closed by its own close control.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QPushButton, QWidget

from gui.audience_window import AudienceWindow
from gui.presenter import choose_presenter_screen
from quiz.contest_display import AudienceView


def _tr(text: str) -> str:
    # the console's translation context: these strings were the console's before they moved here
    return QCoreApplication.translate("ContestPage", text)


def second_screen(console: QWidget) -> QScreen | None:
    """The second screen when one is attached, else None."""
    screen = choose_presenter_screen(QGuiApplication.screens(), console.screen())
    return screen if screen is not None and screen is not console.screen() else None


def _close_projector(audience: AudienceWindow) -> None:
    """When the console is destroyed: its projector window goes too, without telling the dead console."""
    audience.visibility_changed.disconnect()
    audience.close()


class ContestProjector:
    """The audience window for one host console, its preview inside the console, and the console's
    投影窗口 button.

    projector_screen() is the second screen when one is attached, else None; it is asked each time,
    because a screen may be plugged in or out during a contest."""

    def __init__(self, console: QWidget, projector_screen: Callable[[], QScreen | None]):
        self.console = console
        self.projector_screen = projector_screen
        # No parent: a child top-level window would be kept above the console by the window manager.
        self.window = AudienceWindow()
        self.window.console = console
        self.window.normal_place = self.normal_place
        self.window.hide_on_leave = self.single_screen
        self.window.dismissed.connect(self.hide)
        self.button = QPushButton(_tr("打开投影窗口"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # keys stay with the console
        self.button.clicked.connect(self.toggle)
        self.window.visibility_changed.connect(self.relabel)
        console.destroyed.connect(lambda _=None, a=self.window: _close_projector(a))
        self.preview = AudienceWindow(console)      # the same picture in small, for the host
        self.preview.setWindowFlags(Qt.WindowType.Widget)

    def show_view(self, view: AudienceView) -> None:
        self.window.show_view(view)
        self.preview.show_view(view)

    def show(self) -> None:
        """Full screen on the projector when one is attached, else full screen on this (mirrored) screen,
        coming back beside the console when the host leaves full screen."""
        screen = self.projector_screen()
        self.window.enter_full_screen(screen or self.console.screen() or QGuiApplication.primaryScreen())
        self.relabel()

    def single_screen(self) -> bool:
        """No projector attached: the audience window would share the screen with the app."""
        return self.projector_screen() is None

    def step_aside(self) -> None:
        """The console is out of sight: on a single screen the audience window goes too, so it never
        covers another page of the app; on the projector it stays for the audience."""
        if self.single_screen() and self.window.isVisible():
            self.withdraw()

    def hide(self) -> None:
        """The host closed it: the keyboard comes back to the console."""
        self.withdraw()
        self.console.window().activateWindow()
        self.console.setFocus()

    def withdraw(self) -> None:
        """Out of sight, without taking the focus anywhere (the console is leaving the contest)."""
        self.window.hide()
        self.relabel()

    def toggle(self) -> None:
        """The 投影窗口 button: open the audience window, or hide it when it is open."""
        if self.window.isVisible():
            self.hide()
        else:
            self.show()

    def normal_place(self) -> QRect:
        """Where the window goes out of full screen: two thirds of the projector, in its middle; on a
        single screen, over the console's preview (the same picture), clear of the host's controls."""
        screen = self.projector_screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = area.width() * 2 // 3, area.height() * 2 // 3
            return QRect(area.center().x() - width // 2, area.center().y() - height // 2, width, height)
        area = (self.console.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        over_preview = QRect(self.preview.mapToGlobal(QPoint(0, 0)), self.preview.size()).intersected(area)
        if self.preview.isVisible() and not over_preview.isEmpty():
            return over_preview
        return QRect(area.topLeft(), area.size() / 2)

    def relabel(self, *_ignored) -> None:
        self.button.setText(_tr("隐藏投影窗口") if self.window.isVisible() else _tr("打开投影窗口"))

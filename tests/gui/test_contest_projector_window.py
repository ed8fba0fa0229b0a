"""The projector window: on a single screen opened full screen (it is meant for the projector) and
hidden by Esc (the console's preview shows the same picture); with a projector F11, Esc and a
double-click toggle full screen there; the host's button follows its state."""
from PySide6.QtCore import QPoint, QRect, Qt

from gui.audience_window import AudienceWindow
from tests.gui.test_contest_page import page  # noqa: F401 -- the shared console fixture


def test_single_screen_projector_button_opens_full_screen(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    assert page.audience.isVisible() and page.audience.isFullScreen()


def test_projector_button_hides_the_full_screen_window(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    page.buttons["projector"].click()
    assert not page.audience.isVisible() and page.buttons["projector"].text() == "打开投影窗口"


def test_escape_on_a_single_screen_hides_the_window(qtbot, page):
    """ux report 8, P1: the window Esc left over the console covered the other pages; the preview
    in the console shows the same picture."""
    page.start()
    page.buttons["projector"].click()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    assert not page.audience.isVisible() and page.buttons["projector"].text() == "打开投影窗口"


def test_escape_with_a_projector_leaves_full_screen_but_keeps_the_window(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    assert page.audience.isVisible() and not page.audience.isFullScreen()


def test_escape_with_a_projector_restores_a_window_smaller_than_the_screen(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    screen = page.audience.screen().geometry()
    assert page.audience.width() < screen.width()


def test_f11_on_the_projector_window_toggles_full_screen(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    qtbot.keyClick(page.audience, Qt.Key.Key_F11)
    left = not page.audience.isFullScreen()
    qtbot.keyClick(page.audience, Qt.Key.Key_F11)
    assert left and page.audience.isFullScreen()


def test_double_click_toggles_full_screen(qtbot):
    window = AudienceWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseDClick(window, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()


def test_double_click_on_the_console_preview_changes_nothing(qtbot, page):
    page.start()
    qtbot.mouseDClick(page.preview, Qt.MouseButton.LeftButton)
    assert not page.window().isFullScreen() and not page.audience.isVisible()


def test_closing_the_projector_window_itself_relabels_the_button(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    page.audience.close()
    assert page.buttons["projector"].text() == "打开投影窗口"


def test_reopening_after_close_shows_the_window_again(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    page.audience.close()
    page.buttons["projector"].click()
    assert page.audience.isVisible() and page.buttons["projector"].text() == "隐藏投影窗口"


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_escape_on_a_single_screen_leaves_the_host_controls_in_view(qtbot, page):
    """ux reports 5 and 6: at 1024×768 the window Esc left covered 新的竞赛, the projector button and the status."""
    page.start()
    page.buttons["projector"].click()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    controls = [b for b in page.buttons.values() if b.isVisible()] + [page.status]
    covered = [w for w in controls if page.audience.isVisible()
               and page.audience.geometry().intersects(_global_rect(w))]
    assert controls and not covered


def test_a_second_escape_brings_full_screen_back(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    assert page.audience.isVisible() and page.audience.isFullScreen()


def test_escape_on_the_console_brings_full_screen_back(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.audience.isFullScreen()


def test_escape_on_the_console_does_not_open_a_hidden_projector_window(qtbot, page):
    page.start()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not page.audience.isVisible()

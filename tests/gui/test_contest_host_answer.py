"""On one screen (a laptop mirrored to the projector) the host's answer line is not on screen
before the answer is revealed; a held button shows it on purpose. With two screens it shows as before."""
from PySide6.QtCore import Qt

from tests.gui.test_contest_page import page  # noqa: F401 -- the shared console fixture


def ask_first_question(qtbot, page):
    page.start()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)


def test_single_screen_hides_the_answer_before_it_is_revealed(qtbot, page):
    ask_first_question(qtbot, page)
    assert page.host_answer.text() and "甲" not in page.host_answer.text()


def test_holding_the_peek_button_shows_the_answer(qtbot, page):
    ask_first_question(qtbot, page)
    qtbot.mousePress(page.peek, Qt.MouseButton.LeftButton)
    assert "甲" in page.host_answer.text()


def test_releasing_the_peek_button_hides_the_answer_again(qtbot, page):
    ask_first_question(qtbot, page)
    qtbot.mousePress(page.peek, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(page.peek, Qt.MouseButton.LeftButton)
    assert "甲" not in page.host_answer.text()


def test_peek_button_says_the_audience_sees_it_too(qtbot, page):
    ask_first_question(qtbot, page)
    assert page.peek.isVisibleTo(page) and "观众也会看到" in page.peek.text()


def test_revealed_answer_is_shown_to_the_host_on_one_screen(qtbot, page):
    ask_first_question(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert "甲" in page.host_answer.text() and not page.peek.isVisibleTo(page)


def test_two_screens_show_the_answer_to_the_host_at_once(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    ask_first_question(qtbot, page)
    assert "仅主持人可见" in page.host_answer.text() and "甲" in page.host_answer.text()
    assert not page.peek.isVisibleTo(page)



def test_the_clock_does_not_hide_a_held_peek_button(qtbot, page):
    """A widget hidden while the mouse holds it loses the release: on screen the answer stayed up."""
    from PySide6.QtCore import QEvent, QObject

    class HideCounter(QObject):
        hides = 0

        def eventFilter(self, _obj, event):
            HideCounter.hides += event.type() == QEvent.Type.Hide
            return False
    ask_first_question(qtbot, page)
    counter = HideCounter()
    page.peek.installEventFilter(counter)
    qtbot.mousePress(page.peek, Qt.MouseButton.LeftButton)
    page._tick()
    assert HideCounter.hides == 0

"""The countdown stops while the host is away from the console: a dialog of the app open over it,
or another page shown; it runs on when the console is in front again."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.test_contest_page import page  # noqa: F401 -- the shared console fixture


def ask_first_question(qtbot, page):
    page.start()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert page.contest.timer.running()


def open_modal_dialog(qtbot, page) -> QDialog:
    dialog = QDialog(page.window())
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_modal_dialog_pauses_the_countdown(qtbot, page):
    ask_first_question(qtbot, page)
    open_modal_dialog(qtbot, page)
    page._tick()
    left = page.contest.remaining()
    page.clock_.advance(10)
    page._tick()
    assert page.contest.paused and page.contest.remaining() == left


def test_closing_the_dialog_lets_the_countdown_run_on(qtbot, page):
    ask_first_question(qtbot, page)
    dialog = open_modal_dialog(qtbot, page)
    page._tick()
    dialog.close()
    page._tick()
    left = page.contest.remaining()
    page.clock_.advance(3)
    assert not page.contest.paused and page.contest.remaining() == left - 3


def test_leaving_the_page_pauses_the_countdown(qtbot, page):
    ask_first_question(qtbot, page)
    page.hide()
    page._tick()
    left = page.contest.remaining()
    page.clock_.advance(10)
    page._tick()
    assert page.contest.paused and page.contest.remaining() == left


def test_the_projector_shows_the_pause_while_the_host_is_away(qtbot, page):
    ask_first_question(qtbot, page)
    page.hide()
    page._tick()
    assert page.audience.view.paused


def test_coming_back_to_the_page_lets_the_countdown_run_on(qtbot, page):
    ask_first_question(qtbot, page)
    page.hide()
    page._tick()
    page.show()
    page._tick()
    assert not page.contest.paused and page.contest.timer.running()


def test_a_pause_by_the_host_stays_after_a_dialog_closes(qtbot, page):
    ask_first_question(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_P)
    dialog = open_modal_dialog(qtbot, page)
    page._tick()
    dialog.close()
    page._tick()
    assert page.contest.paused


def test_no_contest_in_progress_when_none_was_started(qtbot, page):
    assert not page.contest_in_progress()


def test_a_started_contest_is_in_progress(qtbot, page):
    ask_first_question(qtbot, page)
    assert page.contest_in_progress()


def test_leaving_mid_contest_asks_first(qtbot, page):
    ask_first_question(qtbot, page)
    page.messages.answer = False
    assert not page.may_leave() and page.messages.shown[-1][0] == "confirm"


def test_leaving_without_a_contest_asks_nothing(qtbot, page):
    assert page.may_leave() and not page.messages.shown

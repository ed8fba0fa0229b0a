"""Reading time counts only while the reader is on screen: not behind another page, not minimised,
not while the article is on the projector (F5)."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.test_reader_page import open_analysed


def reading_with_fake_clock(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    window.register_page("elsewhere", "别处", QLabel("复习"))
    page = window.reader_page
    now = [1000.0]
    page.reading.clock = lambda: now[0]
    page.open_article(page.article_id)   # counts from the fake clock's now
    return window, page, now


def read_for(page, now, seconds):
    now[0] += seconds
    page.reading.touch()


def seconds_recorded(window):
    return window.lib.summary(window.reader_page.article_id).reading_seconds


def test_leaving_the_reader_writes_the_time_read_at_once(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.show_page("elsewhere")
    assert seconds_recorded(window) == 30


def test_time_on_another_page_is_not_reading(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.show_page("elsewhere")
    now[0] += 170
    page.flush_reading()
    window.show_page("reader")
    page.flush_reading()
    assert seconds_recorded(window) == 30


def test_reading_counts_again_when_the_reader_comes_back(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.show_page("elsewhere")
    now[0] += 600
    window.show_page("reader")
    read_for(page, now, 20)
    page.flush_reading()
    assert seconds_recorded(window) == 50


def test_no_writes_while_the_reader_is_away(make_window, qtbot):
    window, page, _now = reading_with_fake_clock(make_window, qtbot)
    window.show_page("elsewhere")
    assert not page.flush_timer.isActive()


def test_a_minimised_window_is_not_reading(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    now[0] += 120
    window.setWindowState(Qt.WindowState.WindowNoState)
    page.flush_reading()
    assert seconds_recorded(window) == 30


def test_the_projector_is_a_group_session_not_reading(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.present()
    now[0] += 900
    window.presenter.close()
    read_for(page, now, 10)
    page.flush_reading()
    assert seconds_recorded(window) == 40


def test_closing_the_app_on_another_page_adds_no_time(make_window, qtbot):
    window, page, now = reading_with_fake_clock(make_window, qtbot)
    read_for(page, now, 30)
    window.show_page("elsewhere")
    now[0] += 150
    lib = window.lib
    window.close()
    assert lib.summary(page.article_id).reading_seconds == 30


def test_escape_from_the_projector_comes_back_to_the_section_shown(make_window, qtbot):
    from tests.gui.conftest import LONG_PAGE_TEXT
    window = open_analysed(make_window, qtbot, LONG_PAGE_TEXT)
    window.present()
    presenter = window.presenter
    shown = next(i for i, s in enumerate(presenter.slides) if s.section == 2 and s.first == 0)
    presenter.show_slide(shown)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.reader_page.current_section() == 2

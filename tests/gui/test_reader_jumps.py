"""也出现在 opens the other article at the term, 返回上一篇 comes back, an article opens where she was."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.gui.conftest import LONG_PAGE_TEXT, OTHER_PAGE_TEXT, PAGE_TEXT
from tests.gui.test_reader_page import open_analysed


def jump_to_other(make_window, qtbot):
    """From the main article, 绿色发展理念's panel → 也出现在 《推动牧区现代化》."""
    window = open_analysed(make_window, qtbot, OTHER_PAGE_TEXT, PAGE_TEXT)
    page = window.reader_page
    page.show_term([k.term for k in page.article.key_terms].index("绿色发展理念"))
    item = page.panel.others.item(0)
    page.panel.others.itemActivated.emit(item)
    return window, page


def marked_text(page):
    start, length = page.view.marked_range()
    return page.view.document().toPlainText()[start:start + length]


def test_the_other_article_opens(make_window, qtbot):
    _window, page = jump_to_other(make_window, qtbot)
    assert page.article.title == "推动牧区现代化"


def test_the_other_article_has_the_term_marked(make_window, qtbot):
    _window, page = jump_to_other(make_window, qtbot)
    assert marked_text(page) == "绿色发展理念"


def test_back_returns_to_the_article_she_came_from(make_window, qtbot):
    _window, page = jump_to_other(make_window, qtbot)
    page.jumps.back_action.trigger()
    assert page.article.title == "以绿色发展理念引领乡村振兴"


def test_alt_left_is_the_back_key(make_window, qtbot):
    _window, page = jump_to_other(make_window, qtbot)
    assert QKeySequence("Alt+Left") in page.jumps.back_action.shortcuts()


def test_the_back_button_shows_only_when_there_is_somewhere_to_go_back_to(make_window, qtbot):
    _window, page = jump_to_other(make_window, qtbot)
    shown_after_jump = page.back_button.isVisible()
    page.jumps.back_action.trigger()
    assert shown_after_jump and not page.back_button.isVisible()


def test_back_returns_to_the_place_she_was_reading(make_window, qtbot):
    window = open_analysed(make_window, qtbot, PAGE_TEXT, LONG_PAGE_TEXT)
    page = window.reader_page
    long_id = next(s.id for s in window.lib.list_articles() if s.title == "扎实推进乡村全面振兴")
    window.open_article(long_id)
    page.go_to_section(2)
    page.add_term("产业")   # also in 《以绿色发展理念引领乡村振兴》: 特色产业
    page.panel.others.itemActivated.emit(page.panel.others.item(0))
    page.jumps.back_action.trigger()
    assert page.article_id == long_id and page.current_section() == 2


def test_an_article_opened_again_opens_where_she_was(make_window, qtbot):
    window = open_analysed(make_window, qtbot, LONG_PAGE_TEXT, OTHER_PAGE_TEXT)
    page = window.reader_page
    ids = {s.title: s.id for s in window.lib.list_articles()}
    window.open_article(ids["扎实推进乡村全面振兴"])
    page.go_to_section(3)
    window.open_article(ids["推动牧区现代化"])
    window.open_article(ids["扎实推进乡村全面振兴"])
    assert page.current_section() == 3


def test_a_double_click_on_the_other_article_leaves_one_step_back(make_window, qtbot):
    window = open_analysed(make_window, qtbot, OTHER_PAGE_TEXT, PAGE_TEXT)
    page = window.reader_page
    page.show_term([k.term for k in page.article.key_terms].index("绿色发展理念"))
    others = page.panel.others
    qtbot.mouseDClick(others.viewport(), Qt.MouseButton.LeftButton, pos=others.visualItemRect(others.item(0)).center())
    page.jumps.back_action.trigger()
    assert page.article.title == "以绿色发展理念引领乡村振兴" and not page.back_button.isVisible()


def test_after_a_restart_the_article_opens_where_she_was(make_window, qtbot):
    from tests.gui.conftest import restart
    window = open_analysed(make_window, qtbot, LONG_PAGE_TEXT)
    article_id = window.reader_page.article_id
    window.reader_page.go_to_section(3)
    again = restart(window, make_window)
    again.show()
    qtbot.waitExposed(again)
    again.open_article(article_id)
    assert again.reader_page.current_section() == 3


def test_deleting_the_article_she_came_from_takes_away_the_way_back(make_window, qtbot):
    """Review: 返回上一篇 stayed, named a deleted article, and could lead to a new one given its id."""
    window, page = jump_to_other(make_window, qtbot)
    came_from = next(s.id for s in window.lib.list_articles() if s.title == "以绿色发展理念引领乡村振兴")
    window.delete_articles([came_from])
    assert not page.jumps.back_action.isEnabled() and not page.back_button.isVisible()

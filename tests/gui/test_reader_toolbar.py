"""The reader's toolbar and widths at every type size: A+ stays under the pointer, the article keeps
room for its lines, and the term panel never pushes the window past a 1366×768 screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from content.reading_aids import RubyAnnotator
from gui.fonts import preferred_chinese_family
from gui.reader_widths import ARTICLE_MIN_CHARS, OUTLINE_MAX_PX, PANEL_MIN_PX, share_widths
from gui.theme import MAX_BODY_PX, MIN_BODY_PX
from gui.ui_style import apply_ui_size
from tests.gui.conftest import PAGE_TEXT, analyse_all


@pytest.fixture
def styled_window(make_window, qtbot):
    """A 1366×768 window whose whole interface follows the type size, as in the running app."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    family = preferred_chinese_family() or ""
    window = make_window()
    window._restyle = lambda px: apply_ui_size(app, px, family)
    window.import_pasted(PAGE_TEXT, "页")
    analyse_all(window.lib)
    window.open_article(window.lib.list_articles()[0].id)
    window.reader_page.set_annotator(RubyAnnotator())   # 拼音 then reads 拼音：注了N字, its longest label
    window.show()
    qtbot.waitExposed(window)
    window.showNormal()   # not maximised to the 800 px offscreen screen
    qtbot.wait(20)
    window.resize(1366, 768)
    qtbot.wait(20)
    yield window
    app.setStyleSheet(sheet)
    app.setFont(font)


def set_type(window, qtbot, px: int) -> None:
    """Go to a type size by one A+/A− step, so the article and the interface follow as in use."""
    step = -2 if px == MIN_BODY_PX else 2
    window.settings.body_px = px - step
    window.reader_page.zoom(step)
    qtbot.wait(20)
    assert window.settings.body_px == px


def button_for(window, action) -> QToolButton:
    return next(b for b in window.reader_page.findChildren(QToolButton) if b.defaultAction() is action)


def click_at(window, qtbot, point: QPoint) -> None:
    """A real click at a place in the window: whatever widget is there now gets it."""
    target = window.childAt(point)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, point))
    qtbot.wait(20)


def test_a_plus_clicked_again_and_again_at_one_place_grows_the_type_up_to_the_largest(styled_window, qtbot):
    window = styled_window
    set_type(window, qtbot, MIN_BODY_PX)
    plus = button_for(window, window.bigger_action)
    place = plus.mapTo(window, plus.rect().center())
    pinyin = window.settings.pinyin_shown
    while window.settings.body_px < MAX_BODY_PX:
        before = window.settings.body_px
        click_at(window, qtbot, place)
        assert window.settings.body_px > before and window.settings.pinyin_shown == pinyin


def test_a_minus_clicked_again_and_again_at_one_place_shrinks_the_type_down_to_the_smallest(styled_window, qtbot):
    window = styled_window
    set_type(window, qtbot, MAX_BODY_PX)
    minus = button_for(window, window.smaller_action)
    place = minus.mapTo(window, minus.rect().center())
    pinyin = window.settings.pinyin_shown
    while window.settings.body_px > MIN_BODY_PX:
        before = window.settings.body_px
        click_at(window, qtbot, place)
        assert window.settings.body_px < before and window.settings.pinyin_shown == pinyin


@pytest.mark.parametrize("px", [MIN_BODY_PX, MAX_BODY_PX])
def test_pinyin_clicked_twice_at_one_place_goes_off_and_on_again(styled_window, qtbot, px):
    """Its label shrinks from 拼音：注了N字 to 拼音 when off; the next click must still find it."""
    window = styled_window
    set_type(window, qtbot, px)
    button = button_for(window, window.pinyin_action)
    place = button.mapTo(window, button.rect().center())
    size = window.settings.body_px
    click_at(window, qtbot, place)
    assert not window.settings.pinyin_shown
    click_at(window, qtbot, place)
    assert window.settings.pinyin_shown and window.settings.body_px == size


def test_the_largest_type_leaves_the_article_its_line_and_the_outline_modest(styled_window, qtbot):
    window = styled_window
    set_type(window, qtbot, MAX_BODY_PX)
    page = window.reader_page
    assert page.view.line_chars() >= ARTICLE_MIN_CHARS and page.splitter.sizes()[0] <= OUTLINE_MAX_PX


def test_the_term_panel_at_the_largest_type_leaves_the_article_most_of_a_line(styled_window, qtbot):
    window = styled_window
    set_type(window, qtbot, MAX_BODY_PX)
    page = window.reader_page
    page.show_term(0)
    qtbot.wait(20)
    assert page.panel.width() >= PANEL_MIN_PX - 10 and page.view.line_chars() >= ARTICLE_MIN_CHARS - 2


def test_the_term_panel_at_the_largest_type_does_not_make_the_window_scroll(styled_window, qtbot):
    """The panel scrolls inside itself; 制作卡片 had been pushed off the bottom of a 768 px screen."""
    window = styled_window
    set_type(window, qtbot, MAX_BODY_PX)
    window.resize(1366, 560)   # a short window: the panel's lists and two buttons are taller than that
    window.reader_page.show_term(0)
    qtbot.wait(20)
    holder = window._holders["reader"]
    card = window.reader_page.panel.card_button
    assert not holder.verticalScrollBar().isVisible() and not holder.horizontalScrollBar().isVisible()
    assert card.mapTo(window, card.rect().bottomLeft()).y() <= holder.mapTo(window, holder.rect().bottomLeft()).y()


def test_the_notes_take_a_line_of_their_own_under_the_toolbar(styled_window, qtbot):
    window = styled_window
    page = window.reader_page
    set_type(window, qtbot, MAX_BODY_PX)
    page.zoom(+2)   # 字号已经最大了。
    qtbot.wait(20)
    plus = button_for(window, window.bigger_action)
    assert page.status.isVisible() and page.status.geometry().top() >= plus.geometry().bottom()


def test_the_outline_folds_away_before_the_article_drops_below_its_line():
    outline, article, panel = share_widths(1240, article_min=1000, outline_wish=400, panel_open=True)
    assert outline == 0 and panel == PANEL_MIN_PX and article == 1240 - PANEL_MIN_PX


def test_a_wide_outline_is_kept_modest_where_there_is_room():
    outline, article, panel = share_widths(1800, article_min=600, outline_wish=600, panel_open=False)
    assert outline == OUTLINE_MAX_PX and panel == 0 and article == 1800 - OUTLINE_MAX_PX

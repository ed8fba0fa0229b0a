"""复习 on a 1366×768 laptop at the largest type: after 显示答案 on a long card, the rating buttons stay on
screen at the foot of the page, and the card's own text scrolls instead."""
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from gui.ui_style import apply_ui_size
from quiz.scheduling import Rating
from tests.gui.conftest import PAGE_TEXT

LONG_SENTENCE = ("“六张网”兼具传统基建的托底保障功能与数字基建的创新引擎作用，其庞大的投资体量与丰富的应用场景，"
                 "成为连接稳增长与育动能、推动“人工智能+”规模化落地的关键载体，")


def visible_rect(widget, viewport) -> QRect:
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


@contextmanager
def largest_type_laptop(make_window, qtbot, page_key: str):
    """The main window at 1366×768 with the largest type, showing `page_key`; yields (window, page)."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    window = make_window()
    window._restyle = lambda px: apply_ui_size(app, px)
    try:
        window.import_pasted(PAGE_TEXT, "甲")
        for _ in range(12):
            window.bigger_action.trigger()
        host = QWidget()    # the offscreen screen is 800×800: a top-level window would be cut to it
        qtbot.addWidget(host)
        window.setParent(host)
        window.setGeometry(0, 0, 1366, 768)
        host.show()
        qtbot.waitExposed(host)
        window.show_page(page_key)
        yield window, window.pages[page_key]
    finally:
        window.setParent(None)           # the fixture closes the window; the host must not delete it
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_rating_buttons_stay_visible_after_revealing_a_long_card_at_the_largest_type(make_window, qtbot):
    with largest_type_laptop(make_window, qtbot, "review") as (window, page):
        store = window.learning_store()
        front = (LONG_SENTENCE * 3).replace("六张网", "（　）", 1)
        store.add_card(page.profile_id, 1, "core_point", front, (LONG_SENTENCE * 3).replace("六张网", "【六张网】", 1),
                       {"section": 0, "paragraph": 0, "start": 0, "sentence": LONG_SENTENCE})
        page.refresh()
        page.reveal()
        QApplication.instance().processEvents()
        viewport = window._holders["review"].viewport()
        for rating in Rating:
            button = page.rate_buttons[rating]
            assert button.isVisible()
            assert viewport.rect().contains(visible_rect(button, viewport)), rating


def test_practice_buttons_stay_visible_after_feedback_on_a_long_question_at_the_largest_type(make_window, qtbot):
    from tests.quiz.learning_fixtures import question
    with largest_type_laptop(make_window, qtbot, "practice") as (window, page):
        tall = question(1, "ordering")
        tall["options"] = tall["answer"] = [f"第{n}项：{LONG_SENTENCE[:30]}" for n in range(6)]
        tall["stem"] = LONG_SENTENCE
        page.start_questions([tall])
        page.submit_button.click()
        page.show_hint()
        QApplication.instance().processEvents()
        viewport = window._holders["practice"].viewport()
        assert page.next_button.isVisible()
        assert viewport.rect().contains(visible_rect(page.next_button, viewport))


def test_revealing_a_long_card_at_the_largest_type_keeps_the_question_in_view(make_window, qtbot):
    with largest_type_laptop(make_window, qtbot, "review") as (_window, page):
        front = "《" + LONG_SENTENCE[:40] + "》的3个要点依次是？"
        page.store.add_card(page.profile_id, 1, "enumeration", front, "\n".join([LONG_SENTENCE] * 3),
                            {"section": 0, "paragraph": 0, "start": 0, "sentence": LONG_SENTENCE})
        page.refresh()
        assert page.front.text() == front
        page.reveal()
        qtbot.wait(50)                 # the scroll waits for the layout of the shown answer
        viewport = page.card_scroll.viewport()
        assert visible_rect(page.front, viewport).top() >= 0
        assert visible_rect(page.back, viewport).top() < viewport.height()

"""The study and group screens inside the main window: built on first show, wired in one place."""
from PySide6.QtCore import Qt

from tests.gui.conftest import PAGE_TEXT, analyse_all


def window_with_article(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    analyse_all(window.lib)
    window.open_article(window.reader_page.article_id)
    return window


def test_study_pages_are_listed_but_not_built_at_start(make_window):
    window = make_window()
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    assert keys[:4] == ["library", "reader", "review", "practice"] and "review" not in window.pages


def test_showing_review_builds_it_once(make_window):
    window = make_window()
    window.show_page("review")
    first = window.pages["review"]
    window.show_page("library")
    window.show_page("review")
    assert window.pages["review"] is first and window.current_page_key() == "review"


def test_card_made_in_the_reader_is_reviewed_next(make_window):
    window = window_with_article(make_window)
    page = window.reader_page
    page.show_term([k.term for k in page.article.key_terms].index("退耕还林"))
    page.panel.card_button.click()
    window.show_page("review")
    front = window.pages["review"].front.text()
    assert "推进<span" in front and "（填一个词，4 个字）" in front and "退耕还林" not in front  # its cloze


def test_source_from_a_study_page_opens_the_reader_there(make_window):
    window = window_with_article(make_window)
    article_id = window.reader_page.article_id
    window.show_page("review")
    text = window.lib.get_article(article_id).sections[2].paragraphs[0]
    window.pages["review"].source_requested.emit(article_id, 2, 0, text.index("精深加工"))
    assert window.current_page_key() == "reader" and window.reader_page.article_id == article_id


def test_reading_time_is_recorded_for_the_chosen_learner(make_window):
    window = window_with_article(make_window)
    window.add_profile_switcher()
    profile_id = window.profile_switcher.profiles.create("李四", "第二支部").id
    window.profile_switcher.switch_to(profile_id)
    window.reader_page.flush_reading()
    rows = window.lib.reading_totals(profile_id)
    assert [r["article_id"] for r in rows] == [window.reader_page.article_id]

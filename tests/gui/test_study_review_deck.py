"""复习 says where each card comes from: the chooser at the top only makes new cards, so the card shown
names its own article, even while the reader has another article open."""
from gui.review_page import ReviewPage
from tests.gui.study_fixtures import sample_library, study_store


def test_the_card_shown_names_its_article_not_the_one_being_read(qtbot):
    lib = sample_library()
    store = study_store(lib)
    titles = {s.id: s.title for s in lib.list_articles()}
    pid = store.ensure_profile()
    store.add_card(pid, 3, "core_point", "“（　）”兼具托底保障功能", "“【六张网】”兼具托底保障功能",
                   {"section": 0, "paragraph": 0, "start": 0, "sentence": "“六张网”兼具托底保障功能"})
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    reading = next(i for i in titles if i != 3)
    page.set_reading_article(reading)
    page.refresh()
    assert f"《{titles[3]}》" in page.kind.text() and titles[reading] not in page.kind.text()


def test_the_article_chooser_is_labelled_as_making_cards(qtbot):
    lib = sample_library()
    page = ReviewPage(study_store(lib), lib)
    qtbot.addWidget(page)
    labels = [w.text() for w in page.findChildren(type(page.counts))]
    assert "做卡片：" in labels and "全部文章" in page.counts.text()

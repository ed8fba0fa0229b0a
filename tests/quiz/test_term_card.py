import pytest

from content.model import Article, BadInput, Section
from quiz.review_queue import ReviewQueue
from quiz.term_card import add_term_card, term_card
from tests.quiz.learning_fixtures import make_store

ARTICLE = Article("织密六张网", sections=[
    Section(None, ["要加快建设算力网。"]),
    Section("一、建设", ["内蒙古正在推进算电协同。算电协同是指算力与电力统筹布局、协同发展。"]),
])


def test_defining_sentence_is_preferred():
    card = term_card(ARTICLE, "算电协同")
    assert card.back == "【算电协同】是指算力与电力统筹布局、协同发展。"


def test_source_points_at_the_sentence():
    source = term_card(ARTICLE, "算电协同").source
    paragraph = ARTICLE.sections[source["section"]].paragraphs[source["paragraph"]]
    assert paragraph[source["start"]:source["end"]] == source["sentence"]


def test_first_sentence_when_no_definition():
    assert term_card(ARTICLE, "算力网").back == "要加快建设【算力网】。"


def test_absent_term_is_bad_input():
    with pytest.raises(BadInput):
        term_card(ARTICLE, "数据网")


def test_term_card_lands_in_the_current_profiles_queue():
    store = make_store()
    add_term_card(store, 4, ARTICLE, "算电协同")
    card = ReviewQueue(store, store.ensure_profile()).next_card()
    assert (card.front, card.article_id, card.kind) == ("算电协同", 4, "term")


def test_same_term_twice_makes_one_card():
    store = make_store()
    assert add_term_card(store, 4, ARTICLE, "算电协同") == add_term_card(store, 4, ARTICLE, "算电协同")

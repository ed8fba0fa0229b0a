import pytest

from content.model import Article, BadInput, KeyTerm, Section, TermKind
from quiz.questions import BLANK
from quiz.review_queue import ReviewQueue
from quiz.scheduling import Rating
from quiz.term_card import add_term_card, term_card
from tests.quiz.learning_fixtures import make_store

ARTICLE = Article("织密六张网", sections=[
    Section(None, ["要加快建设算力网。"]),
    Section("一、建设", ["内蒙古正在推进算电协同。算电协同是指算力与电力统筹布局、协同发展。"]),
])


def test_defining_sentence_is_preferred():
    card = term_card(ARTICLE, "算电协同")
    assert card.back.splitlines()[-1] == "【算电协同】是指算力与电力统筹布局、协同发展。"


def test_the_front_asks_for_the_term_in_its_sentence():
    front = term_card(ARTICLE, "算电协同").front
    assert "算电协同" not in front and front.startswith(BLANK + "是指算力与电力统筹布局")
    assert "4 个字" in front and "《织密六张网》" in front


def test_the_back_gives_the_terms_reading_when_the_article_has_it():
    art = Article(ARTICLE.title, sections=ARTICLE.sections,
                  key_terms=[KeyTerm("算电协同", 1.0, TermKind.CONCEPT, 2, "suàn diàn xié tóng")])
    assert term_card(art, "算电协同").back.splitlines()[0] == "【算电协同】　suàn diàn xié tóng · 概念"


def test_source_points_at_the_sentence():
    source = term_card(ARTICLE, "算电协同").source
    paragraph = ARTICLE.sections[source["section"]].paragraphs[source["paragraph"]]
    assert paragraph[source["start"]:source["end"]] == source["sentence"]


def test_first_sentence_when_no_definition():
    assert term_card(ARTICLE, "算力网").back.splitlines()[-1] == "要加快建设【算力网】。"


def test_absent_term_is_bad_input():
    with pytest.raises(BadInput):
        term_card(ARTICLE, "数据网")


def test_term_card_lands_in_the_current_profiles_queue():
    store = make_store()
    add_term_card(store, 4, ARTICLE, "算电协同")
    card = ReviewQueue(store, store.ensure_profile()).next_card()
    assert (card.article_id, card.kind) == (4, "term") and card.front.startswith(BLANK)


def test_same_term_twice_makes_one_card():
    store = make_store()
    assert add_term_card(store, 4, ARTICLE, "算电协同") == add_term_card(store, 4, ARTICLE, "算电协同")


def test_a_card_made_with_the_old_bare_front_keeps_its_history_and_takes_the_new_faces():
    store = make_store()
    old = store.add_card_for_term(4, "算电协同", "算电协同", "【算电协同】是指…", {})  # as the reader made it before
    queue = ReviewQueue(store, store.ensure_profile())
    queue.rate(old, Rating.Good)
    assert add_term_card(store, 4, ARTICLE, "算电协同") == old
    card = store.card(old)
    assert card.reps == 1 and card.front.startswith(BLANK)

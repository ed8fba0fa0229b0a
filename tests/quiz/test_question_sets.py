import random

import pytest
import sqlite_utils

from content.model import Article, BadInput, Section
from quiz.question_sets import QuestionSet, QuestionSetStore, generate_set
from tests.quiz.contest_fixtures import make_questions


def fake_builder(articles, count, rng):
    qs = make_questions(50)
    rng.shuffle(qs)
    return qs[:count]


def test_drop_moves_question_out_of_the_set():
    qs = QuestionSet("套题", [1], make_questions(3))
    qs.drop("q1")
    assert [q["id"] for q in qs.questions] == ["q0", "q2"] and [q["id"] for q in qs.dropped] == ["q1"]


def test_restore_puts_question_back():
    qs = QuestionSet("套题", [1], make_questions(3))
    qs.drop("q1")
    qs.restore("q1")
    assert len(qs.questions) == 3 and not qs.dropped


def test_dropping_unknown_question_is_refused():
    with pytest.raises(BadInput):
        QuestionSet("套题", [1], make_questions(3)).drop("nope")


def test_generation_is_reproducible_for_a_seed():
    arts = [Article("标题", sections=[Section(None, ["正文。"])])]
    a = generate_set(arts, 10, seed=5, build=fake_builder)
    b = generate_set(arts, 10, seed=5, build=fake_builder)
    assert [q["id"] for q in a.questions] == [q["id"] for q in b.questions]


def test_generation_without_articles_is_refused():
    with pytest.raises(BadInput):
        generate_set([], 10, seed=1, build=fake_builder)


def test_saved_set_keeps_drops():
    store = QuestionSetStore(sqlite_utils.Database(memory=True))
    qs = QuestionSet("套题", [1, 2], make_questions(4))
    store.save(qs)
    qs.drop("q0")
    store.save(qs)
    back = store.get(qs.id)
    assert len(back.questions) == 3 and back.dropped[0]["id"] == "q0" and back.article_ids == [1, 2]


def test_set_is_found_by_content_hash():
    store = QuestionSetStore(sqlite_utils.Database(memory=True))
    qs = QuestionSet("套题", [1], make_questions(4))
    store.save(qs)
    assert store.find_by_hash(QuestionSet("另一名", [], make_questions(4)).content_hash()).id == qs.id


def test_a_question_put_back_or_replaced_returns_to_its_own_place():
    """The paper prints in the order the organiser reviewed, not with changed questions at the end."""
    from quiz.question_sets import QuestionSet
    qs = QuestionSet("卷", [1], [{"id": i, "type": "true_false", "stem": i, "answer": [True]} for i in "abcd"])
    qs.drop("b")
    qs.drop("c")
    qs.restore("b")
    qs.replace("c", {"id": "n", "type": "true_false", "stem": "新", "answer": [False]})
    assert [q["id"] for q in qs.questions] == ["a", "b", "n", "d"]

import pytest

from content.model import BadInput
from quiz.answer_log import AnswerMode, record_answer
from quiz.profiles import Profiles
from quiz.progress import study_calendar
from quiz.review_queue import ReviewQueue
from quiz.scheduling import Rating
from quiz.wrong_book import WrongBook
from tests.quiz.learning_fixtures import make_store, question, wrong_answer


def test_first_use_creates_a_default_profile():
    profiles = Profiles(make_store())
    assert [p.name for p in profiles.all()] == ["我"]


def test_switching_is_remembered():
    store = make_store()
    profiles = Profiles(store)
    other = profiles.create("李明", "第二党支部")
    profiles.switch(other.id)
    assert Profiles(store).current().label == "李明（第二党支部）"


def test_empty_name_is_refused():
    with pytest.raises(BadInput):
        Profiles(make_store()).create("  ")


def test_duplicate_name_in_same_unit_is_refused():
    profiles = Profiles(make_store())
    profiles.create("李明", "一支部")
    with pytest.raises(BadInput):
        profiles.create("李明", "一支部")


def test_last_profile_cannot_be_deleted():
    profiles = Profiles(make_store())
    with pytest.raises(BadInput):
        profiles.delete(profiles.current().id)


def test_bad_retention_is_refused():
    profiles = Profiles(make_store())
    with pytest.raises(BadInput):
        profiles.update(profiles.current().id, desired_retention=1.5)


def two_learners():
    store = make_store()
    profiles = Profiles(store)
    return store, profiles.current().id, profiles.create("李明").id


def test_reviews_are_kept_apart():
    store, a, b = two_learners()
    for pid in (a, b):
        store.add_card(pid, 1, "term", "六张网", "……")
    queue_a = ReviewQueue(store, a)
    queue_a.rate(queue_a.next_card().id, Rating.Easy)
    assert ReviewQueue(store, b).counts().new == 1 and queue_a.counts().new == 0


def test_answers_and_wrong_book_are_kept_apart():
    store, a, b = two_learners()
    q = question(1)
    record_answer(store, a, q, wrong_answer(q), AnswerMode.PRACTICE)
    assert WrongBook(store, a).count() == 1 and WrongBook(store, b).count() == 0


def test_progress_is_kept_apart():
    store, a, b = two_learners()
    q = question(1)
    record_answer(store, a, q, wrong_answer(q), AnswerMode.PRACTICE)
    assert study_calendar(store, b) == {} and sum(study_calendar(store, a).values()) == 1


def test_deleting_a_profile_deletes_its_learning():
    store, a, b = two_learners()
    q = question(1)
    record_answer(store, b, q, wrong_answer(q), AnswerMode.PRACTICE)
    Profiles(store).delete(b)
    assert store.db["answers"].count == 0 and store.db["wrong_items"].count == 0

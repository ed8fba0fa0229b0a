from quiz.practice import PracticeSession
from quiz.wrong_book import WrongBook
from tests.quiz.learning_fixtures import make_store, question, right_answer, wrong_answer


def session(n=3):
    store = make_store()
    pid = store.ensure_profile()
    return store, pid, PracticeSession(store, pid, [question(i) for i in range(n)])


def test_answer_gives_immediate_feedback():
    _, _, s = session()
    assert s.answer(right_answer(s.current)).correct


def test_each_answer_is_written_when_given():
    store, pid, s = session()
    s.answer(wrong_answer(s.current))
    assert store.db["answers"].count == 1


def test_answering_twice_keeps_the_first_answer():
    store, _, s = session()
    s.answer(wrong_answer(s.current))
    assert not s.answer(right_answer(s.current)).correct and store.db["answers"].count == 1


def test_wrong_practice_answer_goes_to_the_wrong_book():
    store, pid, s = session()
    s.answer(wrong_answer(s.current))
    assert WrongBook(store, pid).count() == 1


def test_session_walks_to_the_end_and_counts_right_answers():
    _, _, s = session(3)
    for i in range(3):
        s.answer(right_answer(s.current) if i != 1 else wrong_answer(s.current))
        s.next()
    assert s.is_finished() and s.correct_count == 2


def test_skipped_question_is_not_recorded():
    store, _, s = session(2)
    s.next()
    assert store.db["answers"].count == 0 and s.current["id"] == "q1-single_choice"

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


# -- help seen before answering (quiz.hints) -------------------------------------------------
def test_a_right_answer_after_seeing_the_answer_is_stored_as_not_known():
    from quiz.hints import HintLevel
    store, _, s = session()
    s.take_hint(HintLevel.ANSWER)
    assert s.answer(right_answer(s.current)).correct          # the marking still says what was typed
    row = next(store.db["answers"].rows)
    assert (row["correct"], row["score"], row["hint"]) == (0, 0.0, 2)


def test_an_answer_seen_question_goes_into_the_wrong_book():
    from quiz.hints import HintLevel
    store, pid, s = session()
    s.take_hint(HintLevel.ANSWER)
    s.answer(right_answer(s.current))
    assert [i.question["id"] for i in WrongBook(store, pid).items()] == ["q0-single_choice"]


def test_a_right_answer_after_the_masked_hint_is_recorded_right_with_the_hint():
    from quiz.hints import HintLevel
    store, _, s = session()
    s.take_hint(HintLevel.MASKED)
    s.answer(right_answer(s.current))
    row = next(store.db["answers"].rows)
    assert (row["correct"], row["hint"]) == (1, 1)


def test_session_counts_answers_after_seeing_the_answer_apart_from_known_ones():
    from quiz.hints import HintLevel
    _, _, s = session(2)
    s.take_hint(HintLevel.ANSWER)
    s.answer(right_answer(s.current))
    s.next()
    s.answer(right_answer(s.current))
    assert (s.correct_count, s.peeked_count) == (1, 1)


def test_the_hint_level_starts_afresh_on_the_next_question():
    from quiz.hints import HintLevel
    store, _, s = session(2)
    s.take_hint(HintLevel.ANSWER)
    s.answer(right_answer(s.current))
    s.next()
    s.answer(right_answer(s.current))
    assert [r["hint"] for r in store.db["answers"].rows] == [2, 0]


def test_hint_level_is_never_lowered():
    from quiz.hints import HintLevel
    _, _, s = session()
    s.take_hint(HintLevel.ANSWER)
    assert s.take_hint(HintLevel.MASKED) == HintLevel.ANSWER


def test_questions_answered_within_fourteen_days_count_as_met_lately():
    from quiz.answer_log import recent_question_ids
    from tests.quiz.learning_fixtures import StepClock
    clock = StepClock()
    store = make_store(clock)
    pid = store.ensure_profile()
    practice = PracticeSession(store, pid, [question(0), question(1)])
    practice.answer(right_answer(question(0)))
    clock.advance(days=13, hours=23)
    assert recent_question_ids(store, pid) == {question(0)["id"]}
    clock.advance(hours=2)  # fourteen days and an hour after the answer
    assert recent_question_ids(store, pid) == set()

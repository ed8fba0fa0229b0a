import pytest

from quiz.exam import ExamSession, ExamStatus, exam_history
from quiz.profiles import Profiles
from tests.quiz.learning_fixtures import StepClock, make_store, question, right_answer, wrong_answer

TYPES = ["single_choice", "multiple_choice", "fill_blank", "true_false", "ordering", "matching"]


def new_exam(n=4, limit=None):
    clock = StepClock()
    store = make_store(clock)
    pid = store.ensure_profile()
    qs = [question(i, TYPES[i % len(TYPES)]) for i in range(n)]
    return store, clock, ExamSession.start(store, pid, qs, article_ids=[1], time_limit_s=limit)


def test_score_counts_right_answers():
    _, _, exam = new_exam(4)
    for i in range(4):
        exam.answer(right_answer(exam.current) if i % 2 else wrong_answer(exam.current))
    result = exam.finish()
    assert (result.correct, result.total, result.score) == (2, 4, 50.0)


def test_fill_blank_scores_per_blank_in_the_exam():
    _, _, exam = new_exam(3)
    exam.skip(); exam.skip()
    exam.answer(["算力网", "错"])
    assert exam.finish().score == pytest.approx(100 * 0.5 / 3, abs=0.1)


def test_unanswered_questions_score_zero():
    _, _, exam = new_exam(2)
    exam.answer(right_answer(exam.current))
    result = exam.finish()
    assert result.score == 50.0 and not result.items[1].given and not result.items[1].result.correct


def test_partial_credit_setting_applies_to_multiple_choice():
    store, _, exam = new_exam(2)
    Profiles(store).update(exam.profile_id, partial_credit=True)
    exam.skip()
    exam.answer(["算力网"])
    assert exam.finish().score == 25.0


def test_countdown_follows_the_clock():
    _, clock, exam = new_exam(2, limit=300)
    clock.advance(seconds=120)
    assert exam.remaining_seconds() == 180 and not exam.is_time_up()
    clock.advance(seconds=200)
    assert exam.is_time_up() and exam.remaining_seconds() == 0


def test_no_time_limit_means_no_countdown():
    _, _, exam = new_exam(1)
    assert exam.remaining_seconds() is None


def test_resume_keeps_answers_and_position():
    store, _, exam = new_exam(4)
    exam.answer(right_answer(exam.current))
    exam.answer(wrong_answer(exam.current))
    resumed = ExamSession.resume(store, ExamSession.unfinished(store, exam.profile_id))
    assert resumed.position == 2 and sorted(resumed.given) == [0, 1]


def test_time_while_closed_is_not_charged():
    store, clock, exam = new_exam(2, limit=600)
    clock.advance(seconds=100)
    exam.answer(right_answer(exam.current))
    clock.advance(hours=3)  # the PC was off
    resumed = ExamSession.resume(store, exam.exam_id)
    assert resumed.remaining_seconds() == 500


def test_finished_exam_is_not_offered_for_resuming():
    store, _, exam = new_exam(1)
    exam.answer(right_answer(exam.current))
    exam.finish()
    assert ExamSession.unfinished(store, exam.profile_id) is None


def test_finished_exam_takes_no_more_answers():
    _, _, exam = new_exam(2)
    exam.finish()
    with pytest.raises(ValueError):
        exam.answer(["x"])


def test_history_lists_exams_newest_first():
    store, _, exam = new_exam(1)
    exam.answer(right_answer(exam.current))
    exam.finish()
    second = ExamSession.start(store, exam.profile_id, [question(9)])
    history = exam_history(store, exam.profile_id)
    assert [h.exam_id for h in history] == [second.exam_id, exam.exam_id]
    assert history[1].score == 100.0 and history[1].status == ExamStatus.FINISHED


def test_wrong_exam_answer_reaches_the_wrong_book():
    store, _, exam = new_exam(1)
    exam.answer(wrong_answer(exam.current))
    assert store.db["wrong_items"].count == 1


def test_empty_exam_is_refused():
    store = make_store()
    with pytest.raises(ValueError):
        ExamSession.start(store, store.ensure_profile(), [])


def test_a_skipped_question_counts_wrong_and_goes_into_the_wrong_book():
    from quiz.wrong_book import WrongBook
    store, _, exam = new_exam(2)
    skipped = exam.current
    exam.skip()
    exam.answer(right_answer(exam.current))
    book = [item.question["id"] for item in WrongBook(store, exam.profile_id).items()]
    assert exam.finish().score == 50.0 and book == [skipped["id"]]


def test_unanswered_counts_questions_not_yet_reached():
    _, _, exam = new_exam(3)
    exam.skip()
    assert exam.unanswered == 2


def test_questions_left_unanswered_at_hand_in_go_into_the_wrong_book():
    from quiz.wrong_book import WrongBook
    store, _, exam = new_exam(3)
    exam.answer(right_answer(exam.current))
    left = [q["id"] for q in exam.questions[1:]]
    exam.finish()
    book = {item.question["id"] for item in WrongBook(store, exam.profile_id).items()}
    assert book == set(left)


def test_questions_left_unanswered_at_hand_in_are_recorded_as_wrong_answers():
    store, _, exam = new_exam(2)
    exam.finish()
    assert [(r["position"], r["correct"]) for r in store.db["answers"].rows_where(order_by="position")] \
        == [(0, 0), (1, 0)]


def test_hand_in_keeps_an_answer_given_in_another_window():
    store, _, exam = new_exam(2)
    other = ExamSession.resume(store, exam.exam_id)
    other.answer(right_answer(other.current))
    assert exam.finish().score == 50.0

from datetime import date

from quiz.answer_log import AnswerMode, record_answer
from quiz.progress import accuracy_by_day, article_mastery, study_calendar, study_streak
from quiz.review_queue import ReviewQueue
from quiz.scheduling import Rating
from tests.quiz.learning_fixtures import StepClock, make_store, question, right_answer, wrong_answer


def learner():
    clock = StepClock()
    store = make_store(clock)
    return store, store.ensure_profile(), clock


def test_accuracy_by_day_counts_answers_on_their_local_day():
    store, pid, clock = learner()
    clock.advance(hours=15)  # 00:00 next day in Beijing, still 2 March in UTC
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE)
    record_answer(store, pid, question(2), wrong_answer(question(2)), AnswerMode.PRACTICE)
    days = accuracy_by_day(store, pid, days=3)
    assert [(d.day, d.answered, d.correct) for d in days][-1] == (date(2026, 3, 3), 2, 1)


def test_calendar_counts_reviews_and_answers():
    store, pid, clock = learner()
    store.add_card(pid, 1, "term", "甲", "乙")
    queue = ReviewQueue(store, pid)
    queue.rate(queue.next_card().id, Rating.Good)
    clock.advance(days=2)
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE)
    assert study_calendar(store, pid) == {date(2026, 3, 2): 1, date(2026, 3, 4): 1}


def test_streak_counts_consecutive_days():
    store, pid, clock = learner()
    for _ in range(3):
        record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE)
        clock.advance(days=1)
    assert study_streak(store, pid) == 3


def test_mastery_combines_recall_and_accuracy():
    store, pid, clock = learner()
    store.add_card(pid, 1, "term", "甲", "乙")
    queue = ReviewQueue(store, pid)
    queue.rate(queue.next_card().id, Rating.Easy)
    record_answer(store, pid, question(1, article_id=1), right_answer(question(1)), AnswerMode.PRACTICE)
    record_answer(store, pid, question(2, article_id=2), wrong_answer(question(2)), AnswerMode.PRACTICE)
    mastery = {m.article_id: m for m in article_mastery(store, pid)}
    assert 0.9 < mastery[1].mastery <= 1.0 and mastery[2].mastery == 0.0


def test_new_unreviewed_cards_count_as_not_known():
    store, pid, _ = learner()
    store.add_card(pid, 3, "term", "甲", "乙")
    assert article_mastery(store, pid)[0].mastery == 0.0


def test_answers_given_after_seeing_the_answer_add_nothing_to_mastery():
    from quiz.hints import HintLevel
    store, pid, _ = learner()
    for i in range(3):
        record_answer(store, pid, question(i, article_id=4), right_answer(question(i)), AnswerMode.PRACTICE,
                      hint=HintLevel.ANSWER)
    assert article_mastery(store, pid)[0].mastery == 0.0


def test_a_right_answer_after_the_masked_hint_counts_half_toward_mastery():
    from quiz.hints import HintLevel
    store, pid, _ = learner()
    record_answer(store, pid, question(1, article_id=4), right_answer(question(1)), AnswerMode.PRACTICE,
                  hint=HintLevel.MASKED)
    record_answer(store, pid, question(2, article_id=4), right_answer(question(2)), AnswerMode.PRACTICE)
    assert article_mastery(store, pid)[0].mastery == 0.75

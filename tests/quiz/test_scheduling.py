from datetime import date, datetime, timedelta, timezone

import pytest

from quiz.scheduling import LEECH_LAPSES, Rating, State, StudyScheduler, format_interval
from tests.quiz.learning_fixtures import BEIJING

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=BEIJING)


def learn(sched, rating=Rating.Good, now=NOW):
    state = sched.new_state(1, now)
    return sched.rate(state, rating, now)


def test_new_card_again_comes_back_within_minutes():
    outcome = learn(StudyScheduler(), Rating.Again)
    assert outcome.interval <= timedelta(minutes=10)


def test_easy_on_a_new_card_schedules_days_ahead():
    outcome = learn(StudyScheduler(), Rating.Easy)
    assert outcome.state == State.Review and outcome.interval >= timedelta(days=1)


def test_preview_intervals_grow_with_the_rating():
    sched = StudyScheduler()
    reviewed = learn(sched, Rating.Easy)
    later = NOW + (reviewed.due - NOW.astimezone(timezone.utc))
    intervals = sched.preview(reviewed.fsrs, later)
    assert intervals[Rating.Again] < intervals[Rating.Hard] <= intervals[Rating.Good] < intervals[Rating.Easy]


def test_same_inputs_same_schedule():
    a, b = learn(StudyScheduler(), Rating.Good), learn(StudyScheduler(), Rating.Good)
    assert a.due == b.due


def test_due_follows_the_injected_clock():
    outcome = learn(StudyScheduler(), Rating.Easy, now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert outcome.due.year == 2030


def test_higher_retention_gives_shorter_intervals():
    def interval(retention):
        sched = StudyScheduler(desired_retention=retention)
        first = learn(sched, Rating.Easy)
        return sched.rate(first.fsrs, Rating.Good, first.due).interval
    assert interval(0.97) < interval(0.9) < interval(0.8)


def test_retention_out_of_range_is_refused():
    with pytest.raises(ValueError):
        StudyScheduler(desired_retention=0.5)


def test_naive_clock_is_refused():
    with pytest.raises(ValueError):
        learn(StudyScheduler(), now=datetime(2026, 3, 2, 9, 0))


def test_forgetting_a_learnt_card_eight_times_flags_a_leech():
    sched = StudyScheduler()
    outcome, now, lapses = learn(sched, Rating.Easy), NOW, 0
    for _ in range(LEECH_LAPSES):
        assert not outcome.leech
        now = outcome.due
        outcome = sched.rate(outcome.fsrs, Rating.Again, now, lapses)    # lapse
        lapses = outcome.lapses
        outcome = sched.rate(outcome.fsrs, Rating.Good, outcome.due, lapses)  # relearnt
    assert outcome.lapses == LEECH_LAPSES and outcome.leech


def test_again_while_still_learning_is_not_a_lapse():
    assert learn(StudyScheduler(), Rating.Again).lapses == 0


def test_exam_date_pulls_a_late_review_to_the_eve_of_the_exam():
    exam = date(2026, 3, 6)
    plain = learn(StudyScheduler(), Rating.Easy)
    assert plain.due.astimezone(BEIJING).date() > exam  # without the exam it would come after
    pulled = learn(StudyScheduler(exam_date=exam), Rating.Easy)
    assert pulled.due.astimezone(BEIJING).date() == date(2026, 3, 5)


def test_exam_date_leaves_reviews_due_before_it_alone():
    pulled = learn(StudyScheduler(exam_date=date(2026, 6, 1)), Rating.Again)
    assert pulled.interval <= timedelta(minutes=10)


def test_exam_date_in_the_past_changes_nothing():
    plain = learn(StudyScheduler(), Rating.Easy)
    assert learn(StudyScheduler(exam_date=date(2026, 1, 1)), Rating.Easy).due == plain.due


def test_retrievability_drops_with_time():
    sched = StudyScheduler()
    state = learn(sched, Rating.Good).fsrs
    assert sched.retrievability(state, NOW + timedelta(days=30)) < sched.retrievability(state, NOW + timedelta(days=2))


@pytest.mark.parametrize("delta, text", [(timedelta(minutes=1), "1分钟"), (timedelta(minutes=10), "10分钟"),
                                         (timedelta(hours=5), "5小时"), (timedelta(days=3), "3天"),
                                         (timedelta(days=60), "2个月"), (timedelta(days=549), "1.5年")])
def test_format_interval(delta, text):
    assert format_interval(delta) == text

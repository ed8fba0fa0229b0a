"""Progress of one profile: mastery per article, accuracy by day, study days, cards due ahead.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> study_calendar(store, pid)
    {}

Days are the clock's local days: stored times are UTC and are converted with the clock's zone.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from quiz.hints import mastery_credit
from quiz.learning_store import LearningStore, from_iso
from quiz.review_queue import due_forecast
from quiz.scheduling import StudyScheduler

__all__ = ["ArticleMastery", "DayAccuracy", "article_mastery", "accuracy_by_day", "study_calendar",
           "due_forecast", "study_streak"]

RECENT_ANSWERS = 20


@dataclass
class ArticleMastery:
    article_id: int
    cards: int
    recall: float | None        # mean predicted recall of its cards now (new cards count 0)
    answers: int
    accuracy: float | None      # share known among its latest answers (a hinted one counts half)
    mastery: float              # 0..1, what the progress page shows


@dataclass
class DayAccuracy:
    day: date
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def _local_day(store: LearningStore, iso: str) -> date:
    return from_iso(iso).astimezone(store.clock().tzinfo).date()


def article_mastery(store: LearningStore, profile_id: int) -> list[ArticleMastery]:
    """Mastery of each article studied: the mean of card recall and recent accuracy (either alone if one is missing)."""
    now = store.clock()
    scheduler = StudyScheduler()
    recall: dict[int, list[float]] = {}
    for card in store.cards(profile_id, "article_id is not null"):
        recall.setdefault(card.article_id, []).append(scheduler.retrievability(card.fsrs, now))
    answers: dict[int, list[float]] = {}
    for row in store.answers(profile_id, "article_id is not null"):
        # a right answer after the masked hint is half known; one after seeing the answer is stored wrong
        answers.setdefault(row["article_id"], []).append(mastery_credit(row["correct"], row.get("hint")))
    result = []
    for article_id in sorted(set(recall) | set(answers)):
        r = recall.get(article_id)
        a = answers.get(article_id, [])[-RECENT_ANSWERS:]
        mean_recall = sum(r) / len(r) if r else None
        accuracy = sum(a) / len(a) if a else None
        parts = [x for x in (mean_recall, accuracy) if x is not None]
        result.append(ArticleMastery(article_id, len(r or []), mean_recall, len(answers.get(article_id, [])),
                                     accuracy, sum(parts) / len(parts)))
    return result


def accuracy_by_day(store: LearningStore, profile_id: int, days: int = 30) -> list[DayAccuracy]:
    """One entry per day of the last ``days`` days (oldest first), days without answers included."""
    today = store.clock().date()
    first = today - timedelta(days=days - 1)
    answered, correct = Counter(), Counter()
    for row in store.answers(profile_id):
        day = _local_day(store, row["answered_at"])
        if day >= first:
            answered[day] += 1
            correct[day] += row["correct"]
    return [DayAccuracy(first + timedelta(days=i), answered[first + timedelta(days=i)],
                        correct[first + timedelta(days=i)]) for i in range(days)]


def study_calendar(store: LearningStore, profile_id: int, days: int = 365) -> dict[date, int]:
    """Cards reviewed plus questions answered, per local day with any study, in the last ``days`` days."""
    first = store.clock().date() - timedelta(days=days - 1)
    counts: Counter = Counter()
    reviews = store.db["reviews"].rows_where("profile_id = ?", [profile_id], select="reviewed_at")
    for row in reviews:
        counts[_local_day(store, row["reviewed_at"])] += 1
    for row in store.answers(profile_id):
        counts[_local_day(store, row["answered_at"])] += 1
    return {day: n for day, n in sorted(counts.items()) if day >= first}


def study_streak(store: LearningStore, profile_id: int) -> int:
    """Days in a row with study, ending today (or yesterday, if today has none yet)."""
    calendar = study_calendar(store, profile_id)
    day = store.clock().date()
    if day not in calendar:
        day -= timedelta(days=1)
    streak = 0
    while day in calendar:
        streak, day = streak + 1, day - timedelta(days=1)
    return streak

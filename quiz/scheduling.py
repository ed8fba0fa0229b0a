"""When to see a card again: FSRS (the `fsrs` package, as in Anki) with an injected clock.

    >>> from datetime import datetime, timezone
    >>> now = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    >>> sched = StudyScheduler()
    >>> state = sched.new_state(1, now)
    >>> sched.preview(state, now)[Rating.Easy] >= timedelta(days=1)
    True

Fuzzing is off: fsrs draws its fuzz from the module-level `random`, which would make schedules
irreproducible. An optional exam date pulls a review that would land after the exam to the day
before it, so that recall is fresh on the day itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

__all__ = ["Rating", "State", "StudyScheduler", "RatingOutcome", "format_interval", "LEECH_LAPSES"]

LEECH_LAPSES = 8
RATING_LABELS = {Rating.Again: "重来", Rating.Hard: "困难", Rating.Good: "良好", Rating.Easy: "简单"}


@dataclass
class RatingOutcome:
    """The card's state after one rating, ready to be stored."""
    fsrs: dict
    due: datetime
    interval: timedelta
    state: State
    lapses: int
    leech: bool
    leech_warning: bool = False   # this rating made the card a leech, or forgot a leech again 4 more times


class StudyScheduler:
    """FSRS with the profile's desired retention, an optional exam date, and leech detection."""

    def __init__(self, desired_retention: float = 0.9, exam_date: date | None = None,
                 leech_lapses: int = LEECH_LAPSES):
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError("desired_retention must be within 0.7..0.99")
        self.fsrs = Scheduler(desired_retention=desired_retention, enable_fuzzing=False)
        self.exam_date = exam_date
        self.leech_lapses = leech_lapses

    @staticmethod
    def new_state(card_id: int, now: datetime) -> dict:
        return Card(card_id=card_id, due=_utc(now)).to_dict()

    def rate(self, state: dict, rating: Rating, now: datetime, lapses: int = 0) -> RatingOutcome:
        card = Card.from_dict(state)
        before = card.state
        card, _log = self.fsrs.review_card(card, rating, review_datetime=_utc(now))
        card.due = self._pull_for_exam(card.due, now)
        # A lapse is forgetting a card already learnt (Anki's meaning), not a slip while learning.
        lapsed = before == State.Review and rating == Rating.Again
        lapses += int(lapsed)
        return RatingOutcome(fsrs=card.to_dict(), due=card.due, interval=card.due - _utc(now),
                             state=card.state, lapses=lapses, leech=lapses >= self.leech_lapses,
                             leech_warning=lapsed and self.is_leech_point(lapses))

    def is_leech_point(self, lapses: int) -> bool:
        """Anki's leech points: the threshold, then every half threshold after it (8, 12, 16…).

            >>> [n for n in range(1, 17) if StudyScheduler().is_leech_point(n)]
            [8, 12, 16]
        """
        step = max(1, self.leech_lapses // 2)
        return lapses >= self.leech_lapses and (lapses - self.leech_lapses) % step == 0

    def preview(self, state: dict, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give now (for the four buttons)."""
        return {r: self.rate(state, r, now).interval for r in Rating}

    def retrievability(self, state: dict | None, at: datetime) -> float:
        if not state:
            return 0.0
        return float(self.fsrs.get_card_retrievability(Card.from_dict(state), _utc(at)))

    def _pull_for_exam(self, due: datetime, now: datetime) -> datetime:
        if self.exam_date is None:
            return due
        eve = self.exam_date - timedelta(days=1)
        local = now.tzinfo or timezone.utc
        if now.astimezone(local).date() >= eve or due.astimezone(local).date() <= self.exam_date:
            return due
        return datetime.combine(eve, time(0, 0), tzinfo=local).astimezone(timezone.utc)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock must give timezone-aware datetimes")
    return moment.astimezone(timezone.utc)


def format_interval(delta: timedelta) -> str:
    """A short Chinese interval for a button: 10分钟, 3天, 2.5个月, 1.2年."""
    minutes = delta.total_seconds() / 60
    if minutes < 60:
        return f"{max(1, round(minutes))}分钟"
    if minutes < 60 * 24:
        return f"{round(minutes / 60)}小时"
    days = minutes / (60 * 24)
    if days < 30:
        return f"{round(days)}天"
    if days < 365:
        return f"{days / 30:.1f}个月".replace(".0个", "个")
    return f"{days / 365:.1f}年".replace(".0年", "年")

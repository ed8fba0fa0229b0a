"""Today's flashcards for one profile: cards due plus a daily allowance of new ones, and their rating.

    >>> import sqlite_utils
    >>> from datetime import datetime, timezone
    >>> from quiz.learning_store import LearningStore
    >>> clock = lambda: datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    >>> store = LearningStore(sqlite_utils.Database(memory=True), clock)
    >>> pid = store.ensure_profile()
    >>> _ = store.add_card(pid, 1, "term", "六张网", "……")
    >>> queue = ReviewQueue(store, pid)
    >>> queue.next_card().front
    '六张网'
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

from quiz.answer_check import display_answer
from quiz.learning_store import LearningStore, StoredCard, from_iso, to_iso
from quiz.profiles import Profiles
from quiz.scheduling import Rating, StudyScheduler

# Learning steps due within this window are shown now rather than leaving the session early.
LEARN_AHEAD = timedelta(minutes=20)
ACTIVE = "suspended = 0"      # suspended leeches stay out of every count and queue


@dataclass
class QueueCounts:
    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Start and end of the clock's local day, as UTC datetimes."""
    start = datetime.combine(now.date(), time(0, 0), tzinfo=now.tzinfo)
    return start.astimezone(timezone.utc), (start + timedelta(days=1)).astimezone(timezone.utc)


class ReviewQueue:
    """The daily review of one profile. Each rating is written in its own transaction."""

    def __init__(self, store: LearningStore, profile_id: int):
        self.store = store
        self.profile_id = profile_id

    def scheduler(self) -> StudyScheduler:
        profile = Profiles(self.store).get(self.profile_id)
        return StudyScheduler(profile.desired_retention, profile.exam_date)

    def _new_allowance(self) -> int:
        profile = Profiles(self.store).get(self.profile_id)
        start, end = day_bounds(self.store.clock())
        # a card whose first review fell today was introduced today
        introduced = self.store.db.execute(
            """select count(*) from (select card_id, min(reviewed_at) first from reviews
               where profile_id = ? group by card_id) where first >= ? and first < ?""",
            [self.profile_id, to_iso(start), to_iso(end)]).fetchone()[0]
        return max(0, profile.new_per_day - introduced)

    def due_cards(self) -> list[StoredCard]:
        """Cards seen before and due by the end of today (learning steps only when nearly due)."""
        now = self.store.clock()
        soon = to_iso(now + LEARN_AHEAD)
        return [c for c in self._seen_due_today() if not _is_short_step(c) or c.due <= soon]

    def _seen_due_today(self) -> list[StoredCard]:
        _, end = day_bounds(self.store.clock())
        # due is set once a card is rated, or when a question answered wrong is scheduled back
        return self.store.cards(self.profile_id, f"{ACTIVE} and due is not null and due < ?", [to_iso(end)],
                                order_by="due")

    def new_cards(self) -> list[StoredCard]:
        limit = self._new_allowance()
        if not limit:
            return []
        return self.store.cards(self.profile_id, f"{ACTIVE} and reps = 0 and due is null", order_by="id")[:limit]

    def counts(self) -> QueueCounts:
        """Learning counts every step due today, also those still waiting (the page says when)."""
        seen = self._seen_due_today()
        learning = sum(1 for c in seen if _is_short_step(c))
        return QueueCounts(new=len(self.new_cards()), learning=learning, review=len(seen) - learning)

    def next_card(self) -> StoredCard | None:
        """Anki's order: learning steps that are due now, then reviews due today, then new cards;
        only when none is left, a learning step due within LEARN_AHEAD (shown a little early).

        A card just rated 良好 (a 10-minute step) therefore waits while other cards are waiting,
        and comes back when its step is due."""
        now = to_iso(self.store.clock())
        due = self.due_cards()
        learning_now = [c for c in due if _is_short_step(c) and c.due <= now]
        reviews = [c for c in due if not _is_short_step(c)]
        for group in (learning_now, reviews, self.new_cards(), due):
            if group:
                return min(group, key=lambda c: c.due or "")
        return None

    def waiting_learning(self) -> list[StoredCard]:
        """Learning steps due later today, soonest first: the review page says when they come back."""
        return [c for c in self._seen_due_today() if _is_short_step(c)]

    def intervals(self, card: StoredCard) -> dict[Rating, timedelta]:
        return self.scheduler().preview(self._state(card), self.store.clock())

    def rate(self, card_id: int, rating: Rating, duration_ms: int | None = None) -> StoredCard:
        card = self.store.card(card_id)
        now = self.store.clock()
        outcome = self.scheduler().rate(self._state(card), rating, now, card.lapses)
        with self.store.write() as db:
            db["cards"].update(card_id, {
                "fsrs": json.dumps(outcome.fsrs), "due": to_iso(outcome.due), "reps": card.reps + 1,
                "lapses": outcome.lapses, "leech": int(outcome.leech),
                # as Anki does with a leech: out of the daily review until the learner has re-read it
                "suspended": int(card.suspended or outcome.leech_warning)})
            db["reviews"].insert({
                "profile_id": self.profile_id, "card_id": card_id, "rating": int(rating),
                "reviewed_at": to_iso(now), "duration_ms": duration_ms,
                "interval_days": outcome.interval.total_seconds() / 86400, "state": int(outcome.state)})
        return self.store.card(card_id)

    def suspended_cards(self) -> list[StoredCard]:
        return self.store.cards(self.profile_id, "suspended = 1", order_by="id")

    def resume_suspended(self) -> int:
        """Bring every suspended card back, due now; returns how many."""
        cards = self.suspended_cards()
        now = to_iso(self.store.clock())
        with self.store.write() as db:
            for card in cards:
                db["cards"].update(card.id, {"suspended": 0, "due": now if card.due else None})
        return len(cards)

    def _state(self, card: StoredCard) -> dict:
        return card.fsrs or StudyScheduler.new_state(card.id, self.store.clock())


def _is_short_step(card: StoredCard) -> bool:
    """Learning or relearning (fsrs states 1 and 3): minutes apart, not days."""
    return bool(card.fsrs) and card.fsrs.get("state") in (1, 3)


def add_article_cards(store: LearningStore, profile_id: int, article_id: int, cards) -> list[int]:
    """Add an article's generated cards (quiz.cards.Card or dicts) to a profile's deck."""
    ids = []
    for card in cards:
        d = card.to_json() if hasattr(card, "to_json") else dict(card)
        kind = str(getattr(d.get("kind"), "value", d.get("kind")))
        identity = getattr(card, "identity", None)
        ids.append(store.add_card(profile_id, article_id, kind, d["front"], d["back"], d.get("source") or {},
                                  term=identity if kind == "term" else None, identity=identity))
    return ids


def due_forecast(store: LearningStore, profile_id: int, days: int = 14,
                 kind: str | None = None) -> list[tuple[str, int]]:
    """(date, count) for today and the next days; overdue cards count for today. Every scheduled card
    counts, also a question answered wrong that was never rated yet (it is due tomorrow)."""
    now = store.clock()
    counts = [0] * days
    where, params = f"{ACTIVE} and due is not null", []
    if kind is not None:
        where, params = where + " and kind = ?", [kind]
    for card in store.cards(profile_id, where, params):
        offset = (from_iso(card.due).astimezone(now.tzinfo).date() - now.date()).days
        if offset < days:
            counts[max(0, offset)] += 1
    return [((now + timedelta(days=i)).date().isoformat(), n) for i, n in enumerate(counts)]


WRONG_ANSWER_KIND = "wrong_answer"


def schedule_wrong_answer(store: LearningStore, profile_id: int, question: dict, now: datetime) -> int:
    """Make a question answered wrong a card due at the start of tomorrow, so the next review brings it back."""
    front = question.get("stem", "")
    if question.get("type") in ("single_choice", "multiple_choice", "ordering", "matching"):
        front += "".join(f"\n{chr(65 + i)}. {o}" for i, o in enumerate(question.get("options") or []))
    back = f"正确答案：【{display_answer(question)}】\n{question.get('explanation', '')}"
    source = dict(question.get("source") or {})
    identity = f"question:{question['id']}" if question.get("id") else None  # its options may come reordered
    card_id = store.add_card(profile_id, question.get("article_id"), WRONG_ANSWER_KIND, front, back, source,
                             identity=identity)
    tomorrow = to_iso(day_bounds(now)[1])
    card = store.card(card_id)
    if card.due is None or card.due > tomorrow:
        store.db["cards"].update(card_id, {"due": tomorrow})
    return card_id

"""The learning tables (profiles, cards, reviews, answers, exams, wrong-answer book) in the library's db.

    >>> import sqlite_utils
    >>> store = LearningStore(sqlite_utils.Database(memory=True))
    >>> pid = store.ensure_profile()
    >>> cid = store.add_card_for_term(1, "六张网", "六张网", "织密“六张网”……", {"sentence": "…"})
    >>> store.card(cid).front
    '六张网'

The store owns its own migration set ("xueer-learning") beside the library's. Every write a user
causes (a rating, an answer) goes through ``write()``, one transaction each, so a killed process
loses nothing already given. Times are stored as UTC ISO strings so that text order is time order.
"""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import sqlite_utils

from content.db_transactions import apply_migrations, write_transaction

Clock = Callable[[], datetime]

MIGRATIONS = sqlite_utils.Migrations("xueer-learning")
DEFAULT_PROFILE_NAME = "我"


def local_now() -> datetime:
    """The real clock for the app: an aware datetime in the machine's time zone."""
    return datetime.now().astimezone()


def to_iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@MIGRATIONS()
def m001_learning_tables(db):
    db["profiles"].create({
        "id": int, "name": str, "unit": str, "created_at": str, "desired_retention": float,
        "new_per_day": int, "exam_date": str, "wrong_exit_streak": int, "partial_credit": int,
    }, pk="id")
    db["learning_settings"].create({"key": str, "value": str}, pk="key")
    db["cards"].create({
        "id": int, "profile_id": int, "article_id": int, "kind": str, "front": str, "back": str,
        "source": str, "term": str, "key": str, "fsrs": str, "due": str, "reps": int, "lapses": int,
        "leech": int, "created_at": str,
    }, pk="id")
    db["cards"].create_index(["profile_id", "key"], unique=True)
    db["cards"].create_index(["profile_id", "due"])
    db["reviews"].create({
        "id": int, "profile_id": int, "card_id": int, "rating": int, "reviewed_at": str,
        "duration_ms": int, "interval_days": float, "state": int,
    }, pk="id")
    db["reviews"].create_index(["profile_id", "reviewed_at"])
    db["answers"].create({
        "id": int, "profile_id": int, "question_id": str, "article_id": int, "qtype": str, "mode": str,
        "exam_id": int, "position": int, "given": str, "correct": int, "score": float, "answered_at": str,
    }, pk="id")
    db["answers"].create_index(["profile_id", "answered_at"])
    db["answers"].create_index(["exam_id", "position"])
    db["exams"].create({
        "id": int, "profile_id": int, "created_at": str, "article_ids": str, "questions": str,
        "time_limit_s": int, "elapsed_s": float, "position": int, "status": str, "score": float,
        "finished_at": str,
    }, pk="id")
    db["exams"].create_index(["profile_id", "status"])
    db["wrong_items"].create({
        "id": int, "profile_id": int, "question_id": str, "article_id": int, "question": str,
        "wrong_count": int, "streak": int, "first_wrong_at": str, "last_wrong_at": str,
        "last_given": str, "cleared_at": str,
    }, pk="id")
    db["wrong_items"].create_index(["profile_id", "question_id"], unique=True)


@MIGRATIONS()
def m002_card_suspension(db):
    db["cards"].add_column("suspended", int, not_null_default=0)


@MIGRATIONS()
def m003_stable_question_ids(db):
    """Question ids and card keys no longer hash the article's title (quiz.learning_rekey)."""
    from quiz.learning_rekey import rekey_cards, rekey_wrong_items
    rekey_wrong_items(db)
    rekey_cards(db)


@MIGRATIONS()
def m004_answer_hints(db):
    """How much help was seen before an answer (quiz.hints.HintLevel): 0 none, 1 the masked hint,
    2 the answer; and the same for a 错题本 item's latest answer."""
    db["answers"].add_column("hint", int, not_null_default=0)
    db["wrong_items"].add_column("last_hint", int, not_null_default=0)


@MIGRATIONS()
def m005_term_card_faces(db):
    """Term cards whose front was only the term become cloze cards; key and history stay
    (quiz.learning_term_faces)."""
    from quiz.learning_term_faces import redraw_term_cards
    redraw_term_cards(db)


@dataclass
class StoredCard:
    """A flashcard of one profile, with its FSRS state (``fsrs`` is fsrs.Card.to_dict())."""
    id: int
    profile_id: int
    article_id: int | None
    kind: str
    front: str
    back: str
    source: dict = field(default_factory=dict)
    term: str | None = None
    fsrs: dict | None = None
    due: str | None = None
    reps: int = 0
    lapses: int = 0
    leech: bool = False
    suspended: bool = False       # out of the daily review until the learner resumes it (Anki's leech action)

    @property
    def is_new(self) -> bool:
        return self.reps == 0


def card_from_row(row: dict) -> StoredCard:
    return StoredCard(
        id=row["id"], profile_id=row["profile_id"], article_id=row["article_id"], kind=row["kind"],
        front=row["front"], back=row["back"], source=json.loads(row["source"] or "{}"),
        term=row["term"], fsrs=json.loads(row["fsrs"]) if row["fsrs"] else None, due=row["due"],
        reps=row["reps"] or 0, lapses=row["lapses"] or 0, leech=bool(row["leech"]),
        suspended=bool(row.get("suspended")))


def card_key(article_id: int | None, kind: str, front: str) -> str:
    raw = json.dumps([article_id, kind, front], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


class LearningStore:
    """The learning data of every profile, in the given sqlite-utils database."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock = local_now):
        self.db = db
        self.clock = clock
        apply_migrations(db, MIGRATIONS)

    @contextmanager
    def write(self):
        """One transaction: committed on leaving, so each answer or rating is durable on its own."""
        with write_transaction(self.db):
            yield self.db

    def now_iso(self) -> str:
        return to_iso(self.clock())

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db["learning_settings"].rows_where("key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write():
            self.db["learning_settings"].upsert({"key": key, "value": value}, pk="key")

    # -- profiles (the rules live in quiz.profiles) -----------------------------------------
    def ensure_profile(self) -> int:
        """The current profile's id; creates the default profile on first use."""
        current = self.setting("current_profile")
        if current and self.db["profiles"].count_where("id = ?", [int(current)]):
            return int(current)
        first = next(iter(self.db["profiles"].rows_where(order_by="id", limit=1)), None)
        pid = first["id"] if first else self.insert_profile(DEFAULT_PROFILE_NAME, "")
        self.set_setting("current_profile", str(pid))
        return pid

    def insert_profile(self, name: str, unit: str) -> int:
        with self.write():
            return self.db["profiles"].insert({
                "name": name, "unit": unit, "created_at": self.now_iso(), "desired_retention": 0.9,
                "new_per_day": 20, "exam_date": None, "wrong_exit_streak": 3, "partial_credit": 0,
            }).last_pk

    # -- cards ------------------------------------------------------------------------------
    def add_card(self, profile_id: int, article_id: int | None, kind: str, front: str, back: str,
                 source: dict | None = None, term: str | None = None, identity: str | None = None) -> int:
        """Add a new card (or return the id of the same card already held by this profile).
        identity: what makes the card the same card, when not its front (a term card's term, a front
        that names the article's title, a question whose options come in another order). The same card
        made again with an identity takes the new faces and keeps its history."""
        key = card_key(article_id, kind, identity or front)
        existing = next(self.db["cards"].rows_where("profile_id = ? and key = ?", [profile_id, key]), None)
        if existing:
            if identity is not None:
                self._redraw(existing, front, back, source)
            return existing["id"]
        with self.write():
            return self.db["cards"].insert({
                "profile_id": profile_id, "article_id": article_id, "kind": kind, "front": front,
                "back": back, "source": json.dumps(source or {}, ensure_ascii=False), "term": term,
                "key": key, "fsrs": None, "due": None, "reps": 0, "lapses": 0, "leech": 0,
                "created_at": self.now_iso(),
            }).last_pk

    def _redraw(self, row: dict, front: str, back: str, source: dict | None) -> None:
        faces = {"front": front, "back": back, "source": json.dumps(source or {}, ensure_ascii=False)}
        if any(row[k] != v for k, v in faces.items()):
            with self.write():
                self.db["cards"].update(row["id"], faces)

    def add_card_for_term(self, article_id: int | None, term: str, front: str, back: str,
                          source: dict | None = None, profile_id: int | None = None) -> int:
        """The reader's "make a flashcard of this term": a term card for the current profile."""
        pid = profile_id if profile_id is not None else self.ensure_profile()
        return self.add_card(pid, article_id, "term", front, back, source, term=term, identity=term)

    def card_count(self, profile_id: int) -> int:
        return self.db["cards"].count_where("profile_id = ?", [profile_id])

    def card(self, card_id: int) -> StoredCard:
        return card_from_row(self.db["cards"].get(card_id))

    def cards(self, profile_id: int, where: str = "", params: list | None = None,
              order_by: str = "id") -> list[StoredCard]:
        clause = "profile_id = ?" + (f" and ({where})" if where else "")
        rows = self.db["cards"].rows_where(clause, [profile_id, *(params or [])], order_by=order_by)
        return [card_from_row(r) for r in rows]

    # -- answers ----------------------------------------------------------------------------
    def insert_answer(self, profile_id: int, question: dict, given, correct: bool, score: float,
                      mode: str, exam_id: int | None = None, position: int | None = None) -> int:
        """Insert one answer row (call inside ``write()`` together with what depends on it)."""
        return self.db["answers"].insert({
            "profile_id": profile_id, "question_id": question.get("id"),
            "article_id": question.get("article_id"), "qtype": question.get("type"), "mode": mode,
            "exam_id": exam_id, "position": position, "given": json.dumps(given, ensure_ascii=False),
            "correct": int(correct), "score": float(score), "answered_at": self.now_iso(),
        }).last_pk

    def answers(self, profile_id: int, where: str = "", params: list | None = None) -> list[dict]:
        clause = "profile_id = ?" + (f" and ({where})" if where else "")
        return list(self.db["answers"].rows_where(clause, [profile_id, *(params or [])], order_by="id"))

"""What the 学习台账 reads: people, and per person and article their reading, reviews, answers, exams, sessions.

    >>> from content.library import Library
    >>> src = LedgerSource(Library(":memory:"))
    >>> src.people()
    []

It only reads. Tables of the self-study store (profiles, cards, reviews, answers, exams) and of the
group store are used when present; a missing table reads as "no records", so the ledger works on a
library that never had a learner or a contest.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from quiz.contest_store import GroupSession, GroupStore


@dataclass
class Person:
    id: int
    name: str
    unit: str = ""


@dataclass
class ArticleActivity:
    """One person's study of one article."""
    reading_seconds: float = 0.0
    progress: float = 0.0
    reviews: int = 0
    practice_answered: int = 0
    practice_correct: int = 0
    exam_scores: list[float] = field(default_factory=list)
    sessions: int = 0
    dates: list[str] = field(default_factory=list)     # ISO timestamps of any study of it

    def practice_rate(self) -> float | None:
        return self.practice_correct / self.practice_answered if self.practice_answered else None

    def is_empty(self) -> bool:
        return not (self.reading_seconds or self.reviews or self.practice_answered or self.exam_scores
                    or self.sessions)


class LedgerSource:
    """Reads the library's database; `lib` is a content.library.Library."""

    def __init__(self, lib):
        self.lib = lib
        self.db = lib.db

    def _has(self, *tables: str) -> bool:
        return all(self.db[t].exists() for t in tables)

    def people(self) -> list[Person]:
        if not self._has("profiles"):
            return []
        return [Person(r["id"], r["name"], r["unit"] or "") for r in self.db["profiles"].rows_where(order_by="id")]

    def article_titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.lib.list_articles()}

    def sessions(self) -> list[GroupSession]:
        return GroupStore(self.db).sessions() if self._has("group_sessions") else []

    def group_store(self) -> GroupStore | None:
        return GroupStore(self.db) if self._has("group_sessions") else None

    def activity(self, person: Person) -> dict[int, ArticleActivity]:
        """Per article id, everything this person did with it."""
        acts: dict[int, ArticleActivity] = defaultdict(ArticleActivity)
        self._reading(person, acts)
        self._reviews(person, acts)
        self._answers(person, acts)
        self._exams(person, acts)
        self._sessions(person, acts)
        return dict(acts)

    def _reading(self, person: Person, acts) -> None:
        for row in self.lib.reading_totals(person.id):
            a = acts[row["article_id"]]
            a.reading_seconds += row["seconds"] or 0
            a.progress = max(a.progress, row["progress"] or 0)
            a.dates += [d for d in (row["first_at"], row["last_at"]) if d]

    def _reviews(self, person: Person, acts) -> None:
        if not self._has("reviews", "cards"):
            return
        sql = """select c.article_id, count(*) as n, min(r.reviewed_at) as first_at, max(r.reviewed_at) as last_at
                 from reviews r join cards c on c.id = r.card_id
                 where r.profile_id = ? and c.article_id is not null group by c.article_id"""
        for row in self.db.query(sql, [person.id]):
            a = acts[row["article_id"]]
            a.reviews += row["n"]
            a.dates += [row["first_at"], row["last_at"]]

    def _answers(self, person: Person, acts) -> None:
        if not self._has("answers"):
            return
        sql = """select article_id, count(*) as n, sum(correct) as ok, min(answered_at) as first_at,
                 max(answered_at) as last_at from answers
                 where profile_id = ? and mode = 'practice' and article_id is not null group by article_id"""
        for row in self.db.query(sql, [person.id]):
            a = acts[row["article_id"]]
            a.practice_answered += row["n"]
            a.practice_correct += row["ok"] or 0
            a.dates += [row["first_at"], row["last_at"]]

    def _exams(self, person: Person, acts) -> None:
        if not self._has("exams"):
            return
        rows = self.db["exams"].rows_where("profile_id = ? and finished_at is not null", [person.id],
                                           order_by="finished_at")
        for row in rows:
            for aid in json.loads(row["article_ids"] or "[]"):
                a = acts[int(aid)]
                a.exam_scores.append(float(row["score"] or 0))
                a.dates.append(row["finished_at"])

    def _sessions(self, person: Person, acts) -> None:
        for session in self.sessions():
            if self.took_part(person, session):
                for aid in session.article_ids:
                    acts[aid].sessions += 1
                    acts[aid].dates.append(session.date)

    def took_part(self, person: Person, session: GroupSession) -> bool:
        """By name: sessions list participants by name, as the sign-in sheet does."""
        if person.name in session.participants:
            return True
        store = self.group_store()
        return bool(store) and any(person.name in r.members for c in store.contests(session.id) for r in c.results)

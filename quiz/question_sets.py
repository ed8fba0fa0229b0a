"""A saved, reviewed set of questions: generated, read through, some dropped (scene 2), then printed or packed.

    >>> qs = QuestionSet("周五集体学习", [1], [{"id": "a", "type": "true_false", "stem": "甲", "answer": [True]},
    ...                                        {"id": "b", "type": "true_false", "stem": "乙", "answer": [False]}])
    >>> qs.drop("a"); [q["id"] for q in qs.questions], [q["id"] for q in qs.dropped]
    (['b'], ['a'])
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

import sqlite_utils

from content.db_transactions import apply_migrations, write_transaction
from content.model import Article, BadInput
from quiz.contest_store import MIGRATIONS
from quiz.learning_store import local_now
from quiz.question_data import as_dict

# build_quiz(articles, count, rng) -> list of Question or dict; the questions helper's quiz_builder by default.
QuizBuilder = Callable[[list[Article], int, random.Random], list]


@dataclass
class QuestionSet:
    title: str
    article_ids: list[int]
    questions: list[dict]
    dropped: list[dict] = field(default_factory=list)
    id: int | None = None
    # the generated order of every question: one put back or replaced returns to its own place
    _order: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self):
        self.questions = [as_dict(q) for q in self.questions]
        self.dropped = [as_dict(q) for q in self.dropped]
        self._order = [q["id"] for q in self.questions + self.dropped]

    def drop(self, question_id: str) -> None:
        """The organiser takes a question out (too easy, unclear); it can be put back."""
        self._move(question_id, self.questions, self.dropped)

    def restore(self, question_id: str) -> None:
        self._move(question_id, self.dropped, self.questions)
        self._in_order()

    def replace(self, question_id: str, new: dict) -> None:
        """换一题: `new` takes the place of a kept or dropped question, which is gone for good.

            >>> qs = QuestionSet("卷", [1], [{"id": i, "stem": i} for i in "abc"])
            >>> qs.drop("b"); qs.replace("b", {"id": "n", "stem": "新"}); [q["id"] for q in qs.questions]
            ['a', 'n', 'c']
        """
        new = as_dict(new)
        self._order = [new["id"] if i == question_id else i for i in self._order]
        self.dropped = [q for q in self.dropped if q["id"] != question_id]
        self.questions = [q for q in self.questions if q["id"] != question_id] + [new]
        self._in_order()

    def _in_order(self) -> None:
        place = {qid: i for i, qid in enumerate(self._order)}
        self.questions.sort(key=lambda q: place.get(q["id"], len(place)))

    def _move(self, question_id: str, source: list[dict], target: list[dict]) -> None:
        for i, q in enumerate(source):
            if q["id"] == question_id:
                target.append(source.pop(i))
                return
        raise BadInput("这道题不在题目列表里。")

    def content_hash(self) -> str:
        """Same kept questions, same hash (used to import a pack only once)."""
        raw = json.dumps(sorted(self.questions, key=lambda q: q["id"]), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def default_builder() -> QuizBuilder:
    from quiz.quiz_builder import build_quiz
    return build_quiz


def generate_set(articles: list[Article], count: int, seed: int, title: str = "",
                 article_ids: list[int] | None = None, build: QuizBuilder | None = None) -> QuestionSet:
    """Generate `count` questions from the articles, reproducibly for a given seed."""
    if not articles:
        raise BadInput("请至少选择一篇文章。")
    if count < 1:
        raise BadInput("题目数量至少为 1。")
    questions = (build or default_builder())(articles, count, random.Random(seed))
    if not questions:
        raise BadInput("这些文章没有生成出题目，请换几篇内容更完整的文章。")
    title = title or "、".join(a.title for a in articles[:3]) + ("等" if len(articles) > 3 else "")
    return QuestionSet(title, list(article_ids or []), list(questions))


class QuestionSetStore:
    """Saved question sets in the library's database (tables of the "xueer-group" migration set)."""

    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = local_now):
        self.db = db
        self.clock = clock
        apply_migrations(db, MIGRATIONS)

    def save(self, qs: QuestionSet) -> int:
        row = {"title": qs.title, "article_ids": json.dumps(qs.article_ids),
               "questions": json.dumps(qs.questions, ensure_ascii=False),
               "dropped": json.dumps(qs.dropped, ensure_ascii=False), "content_hash": qs.content_hash(),
               "updated_at": self.clock().isoformat(timespec="seconds")}
        with write_transaction(self.db):
            if qs.id is None:
                row["created_at"] = row["updated_at"]
                qs.id = self.db["question_sets"].insert(row).last_pk
            else:
                self.db["question_sets"].update(qs.id, row)
        return qs.id

    def get(self, set_id: int) -> QuestionSet:
        try:
            row = self.db["question_sets"].get(set_id)
        except sqlite_utils.db.NotFoundError:
            raise BadInput("找不到这套题目。") from None
        return _from_row(row)

    def all(self) -> list[QuestionSet]:
        return [_from_row(r) for r in self.db["question_sets"].rows_where(order_by="id")]

    def find_by_hash(self, content_hash: str) -> QuestionSet | None:
        rows = list(self.db["question_sets"].rows_where("content_hash = ?", [content_hash], limit=1))
        return _from_row(rows[0]) if rows else None

    def delete(self, set_id: int) -> None:
        with write_transaction(self.db):
            self.db["question_sets"].delete(set_id)


def _from_row(row: dict) -> QuestionSet:
    return QuestionSet(row["title"], json.loads(row["article_ids"]), json.loads(row["questions"]),
                       json.loads(row["dropped"] or "[]"), id=row["id"])

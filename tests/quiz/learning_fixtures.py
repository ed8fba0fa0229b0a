"""A hand-driven clock, an in-memory learning store, and one question of each type."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import sqlite_utils

from quiz.learning_store import LearningStore

BEIJING = timezone(timedelta(hours=8))


class StepClock:
    """Aware datetimes in Beijing time; moved forward by hand."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=BEIJING)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


def make_store(clock: StepClock | None = None) -> LearningStore:
    return LearningStore(sqlite_utils.Database(memory=True), clock or StepClock())


def _source(i: int) -> dict:
    return {"article": "织密六张网", "section": 1, "paragraph": 0, "start": 0, "end": 20,
            "sentence": f"第{i}句：加快建设算力网和电力网。"}


def question(i: int, qtype: str = "single_choice", article_id: int | None = 1) -> dict:
    """A small question of the given type whose right answer is known."""
    shapes = {
        "single_choice": (["算力网", "电力网", "水利网", "交通网"], ["算力网"]),
        "multiple_choice": (["算力网", "电力网", "水利网", "交通网"], ["算力网", "电力网"]),
        "fill_blank": ([], ["算力网", "电力网"]),
        "true_false": ([], [True]),
        "ordering": (["一是", "二是", "三是"], ["一是", "二是", "三是"]),
        "matching": (["算力网", "电力网"], [["算力网", "算力"], ["电力网", "电力"]]),
    }
    options, answer = shapes[qtype]
    return {"id": f"q{i}-{qtype}", "type": qtype, "stem": f"第{i}题：加快建设（  ）。",
            "options": list(options), "answer": answer,
            "explanation": f"第{i}句：加快建设【算力网】和电力网。", "difficulty": 0.4,
            "source": _source(i), "article_id": article_id}


def right_answer(q: dict) -> list:
    return list(q["answer"])


def wrong_answer(q: dict) -> list:
    wrong = {"single_choice": ["水利网"], "multiple_choice": ["算力网", "水利网"],
             "fill_blank": ["水利网", "交通网"], "true_false": [False],
             "ordering": ["三是", "二是", "一是"], "matching": [["算力网", "电力"], ["电力网", "算力"]]}
    return wrong[q["type"]]

"""What goes into a study pack, and which question sets on this desktop came out of one.

A question set travels only with every article it asks about: a member who gets the questions
but not the articles can neither read the source sentence nor find the set (ux report 5, #2).

    >>> from quiz.question_sets import QuestionSet
    >>> paper = QuestionSet("理论学习测试", [1, 2, 3], [{"id": "a", "stem": "甲"}, {"id": "b", "stem": "乙"}])
    >>> plan = plan_pack([1], [paper])
    >>> plan.article_ids, plan.added_for_sets, plan.summary()
    ([1, 2, 3], [2, 3], '3 篇文章、1 套题（2 题）')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

import sqlite_utils

from content.db_transactions import apply_migrations, write_transaction
from quiz.learning_store import local_now
from quiz.question_sets import QuestionSet, QuestionSetStore

MIGRATIONS = sqlite_utils.Migrations("xueer-pack")


@MIGRATIONS()
def m001_pack_sets(db):
    # the question sets that arrived in a study pack: 测验 offers them as 学习包里的题
    db["pack_sets"].create({"set_id": int, "pack_title": str, "imported_at": str}, pk="set_id")


@dataclass
class PackContents:
    article_ids: list[int]                       # the chosen ones first, then those the sets need
    question_sets: list[QuestionSet] = field(default_factory=list)
    added_for_sets: list[int] = field(default_factory=list)

    def question_count(self) -> int:
        return sum(len(qs.questions) for qs in self.question_sets)

    def summary(self) -> str:
        """“3 篇文章、1 套题（29 题）”, or “1 篇文章，不带题目”."""
        articles = f"{len(self.article_ids)} 篇文章"
        if not self.question_sets:
            return articles + "，不带题目"
        return f"{articles}、{len(self.question_sets)} 套题（{self.question_count()} 题）"


def plan_pack(article_ids: list[int], question_sets: list[QuestionSet]) -> PackContents:
    """The chosen articles plus every article the chosen sets ask about, each once, in that order."""
    chosen = list(dict.fromkeys(article_ids))
    needed = [i for qs in question_sets for i in qs.article_ids if i not in chosen]
    needed = list(dict.fromkeys(needed))
    return PackContents(chosen + needed, list(question_sets), needed)


def complete_sets(sets: list[QuestionSet], article_ids: list[int]) -> list[QuestionSet]:
    """The sets whose articles are all among these (and that ask about at least one of them)."""
    have = set(article_ids)
    return [qs for qs in sets if qs.article_ids and set(qs.article_ids) <= have]


def incomplete_sets(sets: list[QuestionSet], article_ids: list[int]) -> list[QuestionSet]:
    """The sets that ask about some of these articles and also about others."""
    have = set(article_ids)
    return [qs for qs in sets if have & set(qs.article_ids) and not set(qs.article_ids) <= have]


def suggested_sets(sets: list[QuestionSet], chosen: list[int]) -> list[QuestionSet]:
    """The set to offer ticked: the newest one on the chosen articles (the paper just printed for
    them), else, when nothing is chosen, the newest set of all."""
    touching = [qs for qs in sets if set(chosen) & set(qs.article_ids)] if chosen else list(sets)
    return [max(touching, key=lambda qs: qs.id or 0)] if touching else []


class PackSets:
    """The record of question sets imported from packs (table pack_sets)."""

    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = local_now):
        self.db = db
        self.clock = clock
        apply_migrations(db, MIGRATIONS)

    def remember(self, set_id: int, pack_title: str) -> bool:
        """Once per set: importing the same pack again writes nothing. True when newly recorded."""
        if list(self.db["pack_sets"].rows_where("set_id = ?", [set_id], limit=1)):
            return False
        with write_transaction(self.db):
            self.db["pack_sets"].insert({"set_id": set_id, "pack_title": pack_title,
                                         "imported_at": self.clock().isoformat(timespec="seconds")})
        return True

    def imported(self) -> list[tuple[QuestionSet, str, str]]:
        """(set, pack title, imported at) newest first; a set deleted since is left out."""
        sets = {qs.id: qs for qs in QuestionSetStore(self.db).all()}
        rows = self.db["pack_sets"].rows_where(order_by="imported_at desc, set_id desc")
        return [(sets[r["set_id"]], r["pack_title"], r["imported_at"]) for r in rows if r["set_id"] in sets]

"""错题本: every question answered wrong, grouped by article, until answered right N times running.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> from quiz.answer_log import record_answer, AnswerMode
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> q = {"id": "q1", "type": "single_choice", "stem": "…", "options": ["甲", "乙"], "answer": ["甲"],
    ...      "article_id": 7}
    >>> _ = record_answer(store, pid, q, ["乙"], AnswerMode.PRACTICE)
    >>> [item.question["id"] for item in WrongBook(store, pid).items()]
    ['q1']
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from quiz.answer_check import display_answer, display_given
from quiz.hints import HintLevel
from quiz.file_output import OPEN_IN_SPREADSHEET, write_export
from quiz.learning_store import LearningStore, from_iso
from quiz.question_data import lettered
from quiz.profiles import Profiles
from quiz.questions import QuestionType
from quiz.review_queue import schedule_wrong_answer

OTHER_ARTICLE = "（未注明文章）"


@dataclass
class WrongItem:
    id: int
    question: dict
    article_id: int | None
    wrong_count: int
    streak: int
    last_given: list
    first_wrong_at: str
    last_wrong_at: str
    cleared_at: str | None = None
    last_hint: HintLevel = HintLevel.NONE      # help seen before the latest wrong answer


def _item(row: dict) -> WrongItem:
    return WrongItem(
        id=row["id"], question=json.loads(row["question"]), article_id=row["article_id"],
        wrong_count=row["wrong_count"], streak=row["streak"],
        last_given=json.loads(row["last_given"] or "[]"), first_wrong_at=row["first_wrong_at"],
        last_wrong_at=row["last_wrong_at"], cleared_at=row["cleared_at"],
        last_hint=HintLevel(row.get("last_hint") or 0))


def note_answer(store: LearningStore, profile_id: int, question: dict, given, correct: bool,
                now_iso: str, hint: HintLevel = HintLevel.NONE) -> None:
    """Update the book after one answer; call inside the answer's transaction. ``correct`` is whether it
    was known (quiz.hints): a right answer after the masked hint leaves the run of right answers as it is,
    since only unaided recall takes a question out of the book."""
    table = store.db["wrong_items"]
    rows = list(table.rows_where("profile_id = ? and question_id = ?", [profile_id, question.get("id")]))
    if not correct:
        _note_wrong(store, profile_id, question, given, now_iso, rows[0] if rows else None, hint)
        schedule_wrong_answer(store, profile_id, question, store.clock())
    elif rows and not rows[0]["cleared_at"] and HintLevel(hint) == HintLevel.NONE:
        streak = rows[0]["streak"] + 1
        leave_after = Profiles(store).get(profile_id).wrong_exit_streak
        table.update(rows[0]["id"], {"streak": streak,
                                     "cleared_at": now_iso if streak >= leave_after else None})


def _note_wrong(store, profile_id, question, given, now_iso, row, hint=HintLevel.NONE) -> None:
    table = store.db["wrong_items"]
    given_json = json.dumps(given, ensure_ascii=False)
    if row is None:
        table.insert({
            "profile_id": profile_id, "question_id": question.get("id"),
            "article_id": question.get("article_id"),
            "question": json.dumps(question, ensure_ascii=False), "wrong_count": 1, "streak": 0,
            "first_wrong_at": now_iso, "last_wrong_at": now_iso, "last_given": given_json,
            "cleared_at": None, "last_hint": int(hint)})
    else:
        table.update(row["id"], {"wrong_count": row["wrong_count"] + 1, "streak": 0,
                                 "last_wrong_at": now_iso, "last_given": given_json, "cleared_at": None,
                                 "last_hint": int(hint)})


class WrongBook:
    """One profile's wrong-answer book."""

    def __init__(self, store: LearningStore, profile_id: int):
        self.store = store
        self.profile_id = profile_id

    def items(self, article_id: int | None = None, include_cleared: bool = False) -> list[WrongItem]:
        where, params = "profile_id = ?", [self.profile_id]
        if not include_cleared:
            where += " and cleared_at is null"
        if article_id is not None:
            where, params = where + " and article_id = ?", params + [article_id]
        rows = self.store.db["wrong_items"].rows_where(where, params, order_by="last_wrong_at desc")
        return [_item(r) for r in rows]

    def grouped(self) -> list[tuple[int | None, list[WrongItem]]]:
        """Items grouped by article, the article with the most mistakes first."""
        groups: dict[int | None, list[WrongItem]] = {}
        for item in self.items():
            groups.setdefault(item.article_id, []).append(item)
        return sorted(groups.items(), key=lambda kv: -len(kv[1]))

    def questions(self, article_id: int | None = None) -> list[dict]:
        """The questions to practise again."""
        return [item.question for item in self.items(article_id)]

    def count(self) -> int:
        return self.store.db["wrong_items"].count_where(
            "profile_id = ? and cleared_at is null", [self.profile_id])

    def remove(self, item_id: int) -> None:
        """Take an item out by hand (counted as cleared, so history keeps it)."""
        with self.store.write():
            self.store.db["wrong_items"].update(item_id, {"cleared_at": self.store.now_iso()})

    def export_xlsx(self, path: str | Path, titles: dict[int, str] | None = None) -> Path:
        """Write the book to an Excel workbook: one row per question, grouped by article."""
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        titles = titles or {}
        book = Workbook()
        sheet = book.active
        sheet.title = "错题本"
        sheet.append(EXPORT_HEADERS)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for article_id, items in self.grouped():
            for item in items:
                sheet.append(_export_row(titles.get(article_id, OTHER_ARTICLE), item))
        for column, width in zip("ABCDEFGHI", (24, 8, 50, 30, 30, 8, 10, 14, 50)):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        return write_export(path, book.save, OPEN_IN_SPREADSHEET)


EXPORT_HEADERS = ["文章", "题型", "题目", "正确答案", "我的答案", "答错次数", "连续答对", "最近答错", "出处原句"]


def _export_row(title: str, item: WrongItem) -> list:
    q = item.question
    stem = q.get("stem", "")
    if q.get("options"):
        stem += "\n" + "\n".join(lettered(q["options"]))
    when = from_iso(item.last_wrong_at)
    return [title, QuestionType(q["type"]).label, stem, display_answer(q),
            given_text(item), item.wrong_count, item.streak,
            when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "",
            (q.get("source") or {}).get("sentence", "")]


def given_text(item: WrongItem) -> str:
    """The latest answer as the learner gave it, saying when it came after the answer was seen."""
    text = display_given(item.question, item.last_given)
    if item.last_hint == HintLevel.ANSWER:
        text += "（看过答案后作答，算没掌握）"
    return text

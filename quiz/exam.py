"""测验: N mixed questions, an optional time limit, a score, a review; resumable after a crash.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> q = {"id": "q1", "type": "true_false", "stem": "…", "options": [], "answer": [True]}
    >>> exam = ExamSession.start(store, pid, [q], time_limit_s=300)
    >>> _ = exam.answer([True]); exam.finish().score
    100.0

The questions and every answer are in the db from the moment they exist: a process killed
mid-exam loses at most the question on screen, and ``ExamSession.resume`` picks up from there.
Time spent while the app was not running is not charged to the learner.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from quiz.answer_check import CheckResult, check
from quiz.answer_log import AnswerMode, question_dict, record_answer
from quiz.learning_store import LearningStore, from_iso
from quiz.profiles import Profiles


class ExamStatus(str, Enum):
    RUNNING = "running"
    FINISHED = "finished"


@dataclass
class ExamItem:
    position: int
    question: dict
    given: list | None          # None: not answered
    result: CheckResult


@dataclass
class ExamResult:
    exam_id: int
    score: float                # 0..100
    correct: int
    total: int
    items: list[ExamItem]


@dataclass
class ExamSummary:
    exam_id: int
    created_at: datetime
    finished_at: datetime | None
    total: int
    score: float | None
    status: ExamStatus
    article_titles: list[str] = field(default_factory=list)   # the articles asked about, in question order


class ExamSession:
    """One exam of one profile. Create with ``start`` or ``resume``, never directly."""

    def __init__(self, store: LearningStore, row: dict):
        self.store = store
        self.exam_id = row["id"]
        self.profile_id = row["profile_id"]
        self.questions: list[dict] = json.loads(row["questions"])
        self.article_ids: list[int] = json.loads(row["article_ids"] or "[]")
        self.time_limit_s: int | None = row["time_limit_s"]
        self.position: int = row["position"] or 0
        self.status = ExamStatus(row["status"])
        self._elapsed_before = row["elapsed_s"] or 0.0
        self._since = store.clock()
        self.given: dict[int, list] = self._load_answers()

    @classmethod
    def start(cls, store: LearningStore, profile_id: int, questions: list, article_ids=(),
              time_limit_s: int | None = None) -> "ExamSession":
        if not questions:
            raise ValueError("an exam needs at least one question")
        with store.write() as db:
            exam_id = db["exams"].insert({
                "profile_id": profile_id, "created_at": store.now_iso(),
                "article_ids": json.dumps(list(article_ids)), "time_limit_s": time_limit_s,
                "questions": json.dumps([question_dict(q) for q in questions], ensure_ascii=False),
                "elapsed_s": 0.0, "position": 0, "status": ExamStatus.RUNNING.value,
                "score": None, "finished_at": None}).last_pk
        return cls.resume(store, exam_id)

    @classmethod
    def resume(cls, store: LearningStore, exam_id: int) -> "ExamSession":
        return cls(store, store.db["exams"].get(exam_id))

    @staticmethod
    def unfinished(store: LearningStore, profile_id: int) -> int | None:
        """The id of this profile's latest exam left running (e.g. by a crash), if any."""
        rows = list(store.db["exams"].rows_where("profile_id = ? and status = ?",
                                                 [profile_id, ExamStatus.RUNNING.value],
                                                 order_by="id desc", limit=1))
        return rows[0]["id"] if rows else None

    def _load_answers(self) -> dict[int, list]:
        rows = self.store.db["answers"].rows_where("exam_id = ?", [self.exam_id], order_by="id")
        return {r["position"]: json.loads(r["given"]) for r in rows}

    # -- time -------------------------------------------------------------------------------
    def elapsed_seconds(self) -> float:
        return self._elapsed_before + (self.store.clock() - self._since).total_seconds()

    def remaining_seconds(self) -> float | None:
        if not self.time_limit_s:
            return None
        return max(0.0, self.time_limit_s - self.elapsed_seconds())

    def is_time_up(self) -> bool:
        remaining = self.remaining_seconds()
        return remaining is not None and remaining <= 0

    # -- answering --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> dict | None:
        return self.questions[self.position] if self.position < self.total else None

    def answer(self, given, position: int | None = None) -> CheckResult:
        """Record the answer to a question (default: the current one) and move past it."""
        position = self.position if position is None else position
        if self.status != ExamStatus.RUNNING or not 0 <= position < self.total:
            raise ValueError("this exam takes no more answers")
        next_position = max(self.position, position + 1)
        elapsed = self.elapsed_seconds()

        def progress(db):
            db["exams"].update(self.exam_id, {"position": next_position, "elapsed_s": elapsed})

        result = record_answer(self.store, self.profile_id, self.questions[position], given,
                               AnswerMode.EXAM, self.exam_id, position, extra_writes=progress)
        self.given[position] = list(given or [])
        self.position = next_position
        return result

    def skip(self) -> CheckResult | None:
        """Give up the current question and go on. As in 学习强国, a skipped question counts wrong and
        goes into 错题本 (not knowing is what the book is for); so do questions left unanswered at
        hand-in (``finish``)."""
        if self.current is None:
            return None
        return self.answer([])

    @property
    def unanswered(self) -> int:
        """Questions neither answered nor skipped yet."""
        return self.total - len(self.given)

    def finish(self) -> ExamResult:
        """Close the exam: questions left unanswered count wrong and go into the 错题本, as a skipped one
        does (one rule for "did not answer", whether by 跳过, 交卷 or time up); then score it."""
        if self.status == ExamStatus.RUNNING:
            with self.store.write() as db:
                self._record_unanswered()
                result = self.result()
                db["exams"].update(self.exam_id, {
                    "status": ExamStatus.FINISHED.value, "score": result.score,
                    "finished_at": self.store.now_iso(), "elapsed_s": self.elapsed_seconds()})
            self.status = ExamStatus.FINISHED
        return self.result()

    def _record_unanswered(self) -> None:
        """An empty answer for each question without one. Answers already in the db (given in another
        window on the same library) are kept, never overwritten by this window's blanks."""
        self.given.update(self._load_answers())
        for position, question in enumerate(self.questions):
            if position not in self.given:
                record_answer(self.store, self.profile_id, question, [], AnswerMode.EXAM,
                              self.exam_id, position)
                self.given[position] = []

    def result(self) -> ExamResult:
        partial = Profiles(self.store).get(self.profile_id).partial_credit
        items = []
        for pos, question in enumerate(self.questions):
            given = self.given.get(pos)
            outcome = check(question, given, partial) if given is not None else CheckResult(False, 0.0)
            items.append(ExamItem(pos, question, given, outcome))
        score = round(100.0 * sum(i.result.score for i in items) / max(1, len(items)), 1)
        return ExamResult(self.exam_id, score, sum(i.result.correct for i in items), len(items), items)


TITLE_CHARS = 14      # a longer title is cut in a history line (the whole list is in its tooltip)


def exam_history(store: LearningStore, profile_id: int) -> list[ExamSummary]:
    """This profile's exams, newest first."""
    rows = store.db["exams"].rows_where("profile_id = ?", [profile_id], order_by="id desc")
    summaries = []
    for r in rows:
        questions = json.loads(r["questions"])
        summaries.append(ExamSummary(r["id"], from_iso(r["created_at"]), from_iso(r["finished_at"]),
                                     len(questions), r["score"], ExamStatus(r["status"]), question_titles(questions)))
    return summaries


def question_titles(questions: list[dict]) -> list[str]:
    """The titles of the articles the questions come from, each once, in the order first asked
    (the title travels with each question, so a deleted article still names its exams)."""
    titles: list[str] = []
    for q in questions:
        title = ((q.get("source") or {}).get("article") or "").strip()
        if title and title not in titles:
            titles.append(title)
    return titles


def articles_label(titles: list[str]) -> str:
    """How a 测验记录 line names its articles: 《标题》, or 《标题》等2篇 for several; '' for none."""
    if not titles:
        return ""
    first = titles[0] if len(titles[0]) <= TITLE_CHARS else titles[0][:TITLE_CHARS - 1] + "…"
    return f"《{first}》" + (f"等{len(titles)}篇" if len(titles) > 1 else "")

"""Recording an answer: the answer row and the wrong-answer book, in one transaction.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore, to_iso
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> q = {"id": "q1", "type": "true_false", "stem": "…", "options": [], "answer": [True]}
    >>> record_answer(store, pid, q, [True], AnswerMode.PRACTICE).correct
    True
"""
from __future__ import annotations

from datetime import timedelta
from enum import Enum

from quiz.answer_check import CheckResult, check
from quiz.hints import HintLevel, counts_as_known
from quiz.learning_store import LearningStore, to_iso
from quiz.profiles import Profiles
from quiz.wrong_book import note_answer


class AnswerMode(str, Enum):
    PRACTICE = "practice"
    EXAM = "exam"
    WRONG_BOOK = "wrong_book"


def question_dict(question, article_id: int | None = None) -> dict:
    """A question as a plain dict in DESIGN.md's format, plus the library's ``article_id``."""
    d = question.to_json() if hasattr(question, "to_json") else dict(question)
    if article_id is not None:
        d["article_id"] = article_id
    return d


def record_answer(store: LearningStore, profile_id: int, question: dict, given, mode: AnswerMode,
                  exam_id: int | None = None, position: int | None = None,
                  extra_writes=None, hint: HintLevel = HintLevel.NONE) -> CheckResult:
    """Check ``given``, then write the answer and its wrong-book effect (and ``extra_writes(db)``).

    The result returned is the marking (was what was typed right); what is stored is whether it was
    known: an answer given after seeing the answer is stored wrong, scores 0 and goes into the 错题本."""
    partial = Profiles(store).get(profile_id).partial_credit
    result = check(question, given, partial_credit=partial)
    known = counts_as_known(result.correct, hint)
    score = result.score if HintLevel(hint) < HintLevel.ANSWER else 0.0
    with store.write() as db:
        if exam_id is not None:
            db["answers"].delete_where("exam_id = ? and position = ?", [exam_id, position])
        answer_id = store.insert_answer(profile_id, question, given, known, score, mode.value,
                                        exam_id, position)
        if hint:
            db["answers"].update(answer_id, {"hint": int(hint)})
        note_answer(store, profile_id, question, given, known, store.now_iso(), hint)
        if extra_writes:
            extra_writes(db)
    return result


RECENT_DAYS = 14  # a question answered within these days is not drawn again while fresh ones remain


def recent_question_ids(store: LearningStore, profile_id: int, days: int = RECENT_DAYS) -> set[str]:
    """Ids of the questions this learner answered lately (练习, 测验, 错题重练), for build_quiz(seen=…):
    the same 多选 should not open every practice, test and paper of the week."""
    since = to_iso(store.clock() - timedelta(days=days))
    return {row["question_id"] for row in store.answers(profile_id, "answered_at >= ?", [since])
            if row.get("question_id")}

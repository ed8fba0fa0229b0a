"""Questions as the plain dicts of DESIGN.md's JSON contract, whatever object they came in as.

Group features (contests, papers, packs) store and print questions; they read only the JSON fields
(id, type, stem, options, answer, explanation, difficulty, source), so a Question object with
to_json() and an already-decoded dict are treated alike.

    >>> as_dict({"id": "q1", "type": "true_false", "stem": "…", "answer": [True]})["options"]
    []
"""
from __future__ import annotations

import hashlib
import json

from quiz.answer_check import display_answer
from quiz.questions import QuestionType

LETTERS_FOR_OPTIONS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The formal names a printed paper uses (单项选择题), longer than the screen's QuestionType.label (单选题).
TYPE_NAMES = {QuestionType.FILL_BLANK: "填空题", QuestionType.SINGLE_CHOICE: "单项选择题",
              QuestionType.MULTIPLE_CHOICE: "多项选择题", QuestionType.TRUE_FALSE: "判断题",
              QuestionType.ORDERING: "排序题", QuestionType.MATCHING: "配对题"}


def as_dict(question) -> dict:
    """A copy of the question as a JSON dict, with every optional field present."""
    d = question.to_json() if hasattr(question, "to_json") else dict(question)
    d = json.loads(json.dumps(d, ensure_ascii=False))  # deep copy; enums and tuples become plain JSON
    d.setdefault("options", [])
    d.setdefault("answer", [])
    d.setdefault("explanation", "")
    d.setdefault("difficulty", 0.5)
    d.setdefault("source", {})
    if not d.get("id"):
        d["id"] = question_fingerprint(d)
    return d


def question_fingerprint(d: dict) -> str:
    """A stable id from the question's content, for questions that arrive without one."""
    key = json.dumps([d.get("type"), d.get("stem"), d.get("answer")], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def lettered(options: list) -> list[str]:
    """Options as printed and shown: ["A. 甲", "B. 乙", …]."""
    return [f"{LETTERS_FOR_OPTIONS[i]}. {option}" for i, option in enumerate(options)]


def answer_text(d: dict) -> str:
    """The answer as a paper's key prints it: 对/错, blanks joined, pairs as 左—右."""
    return display_answer(d, pair_joiner="—")

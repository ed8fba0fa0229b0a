"""练习: one question at a time with immediate feedback; every answer written as it is given.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> q = {"id": "q1", "type": "fill_blank", "stem": "织密“（  ）”", "options": [], "answer": ["六张网"]}
    >>> session = PracticeSession(store, pid, [q])
    >>> session.answer(["六张网"]).correct, session.next() is None, session.correct_count
    (True, True, 1)
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from quiz.answer_check import CheckResult
from quiz.answer_log import AnswerMode, question_dict, record_answer
from quiz.hints import HintLevel, counts_as_known
from quiz.learning_store import LearningStore
from quiz.quiz_builder import build_quiz


@dataclass
class AnsweredQuestion:
    question: dict
    given: list
    result: CheckResult                 # the marking: was what was typed right
    hint: HintLevel = HintLevel.NONE    # help seen before answering

    @property
    def known(self) -> bool:
        return counts_as_known(self.result.correct, self.hint)


class PracticeSession:
    """Walks through questions; ``answer`` checks and records, ``next`` moves on."""

    def __init__(self, store: LearningStore, profile_id: int, questions: list[dict],
                 mode: AnswerMode = AnswerMode.PRACTICE):
        self.store = store
        self.profile_id = profile_id
        self.questions = [question_dict(q) for q in questions]
        self.mode = mode
        self.index = 0
        self.answered: list[AnsweredQuestion] = []
        self._hint = HintLevel.NONE     # help seen on the question on screen

    @property
    def current(self) -> dict | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def correct_count(self) -> int:
        """Questions known: answered right without seeing the answer first."""
        return sum(1 for a in self.answered if a.known)

    @property
    def peeked_count(self) -> int:
        """Questions answered right only after the answer was seen (recorded as not known)."""
        return sum(1 for a in self.answered if a.result.correct and not a.known)

    @property
    def hinted_count(self) -> int:
        """Questions known with the masked hint's help (a weak success)."""
        return sum(1 for a in self.answered if a.known and a.hint == HintLevel.MASKED)

    @property
    def hint_level(self) -> HintLevel:
        return self._hint

    def take_hint(self, level: HintLevel) -> HintLevel:
        """Note help seen on the current question before it is answered (never lowered); the level now."""
        if not self.is_answered():
            self._hint = max(self._hint, HintLevel(level))
        return self._hint

    def is_answered(self) -> bool:
        """Whether the question on screen already has its answer (feedback showing)."""
        return len(self.answered) > self.index

    def answer(self, given) -> CheckResult:
        question = self.current
        if question is None:
            raise IndexError("no question left in this practice")
        if self.is_answered():
            return self.answered[self.index].result
        result = record_answer(self.store, self.profile_id, question, given, self.mode, hint=self._hint)
        self.answered.append(AnsweredQuestion(question, list(given or []), result, self._hint))
        return result

    def next(self) -> dict | None:
        """Move to the next question (skipping one unanswered is allowed) and return it."""
        if not self.is_answered() and self.current is not None:
            self.answered.append(AnsweredQuestion(self.current, [], CheckResult(False, 0.0)))
        self.index += 1
        self._hint = HintLevel.NONE
        return self.current

    def is_finished(self) -> bool:
        return self.index >= len(self.questions)


def make_questions(articles: list[tuple[int, object]], count: int, rng: random.Random,
                   types=None, pool: list | None = None, seen=()) -> list[dict]:
    """Generate ``count`` questions from (article_id, Article) pairs, each tagged with its article_id;
    `seen`: ids of questions the learner met lately, asked again only when fresh ones run out."""
    questions = build_quiz([art for _, art in articles], count, rng, types=types, pool=pool, seen=seen)
    by_title = {}
    for article_id, art in articles:
        by_title.setdefault(art.title, article_id)
    return [question_dict(q, by_title.get(q.source.article)) for q in questions]

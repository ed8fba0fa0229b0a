"""A library holding the sample page, a learning store on a hand-driven clock, and answers to give."""
from __future__ import annotations

import random

from content.importer import ensure_sample
from content.library import Library
from quiz.learning_store import LearningStore
from tests.quiz.learning_fixtures import StepClock


def sample_library() -> Library:
    lib = Library(":memory:")
    ensure_sample(lib)
    return lib


def study_store(lib: Library, clock: StepClock | None = None) -> LearningStore:
    return LearningStore(lib.db, clock or StepClock())


def wrong_given(q: dict) -> list:
    """An answer to any generated question that is certainly wrong."""
    answer, options = q["answer"], q.get("options") or []
    kind = q["type"]
    if kind == "fill_blank":
        return ["不对的词"] * len(answer)
    if kind == "true_false":
        return [not answer[0]]
    if kind in ("single_choice", "multiple_choice"):
        return [next(o for o in options if o not in answer)]
    if kind == "ordering":
        return list(reversed(answer))
    rights = [r for _, r in answer]
    return [[left, rights[(i + 1) % len(rights)]] for i, (left, _) in enumerate(answer)]


def practice_page(qtbot, questions):
    """A 练习 page on the sample library, showing `questions`; (page, store)."""
    from gui.practice_page import PracticePage
    lib = sample_library()
    store = study_store(lib)
    page = PracticePage(store, lib, rng=random.Random(1))
    qtbot.addWidget(page)
    page.show()
    page.start_questions(questions)
    return page, store

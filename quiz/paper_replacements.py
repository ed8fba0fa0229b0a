"""换一题: a fresh question for one the organiser dropped from a paper, from the same articles.

    new = find_replacement(articles, paper, gone, dropped, seed, build)   # dict, or None when nothing new is left

The generator is asked again with the paper's seed for a larger set (then the next few seeds), and the
first question that asks about nothing already in the paper is taken, of the dropped question's type
when there is one.
"""
from __future__ import annotations

import random

from content.model import Article
from quiz.question_data import as_dict
from quiz.question_sets import QuizBuilder, default_builder

EXTRA_QUESTIONS = 20     # a larger set than the paper, so that some questions are new
SEEDS_TRIED = 4          # the same seed first (its set only grows), then a few others


def _sentence(q: dict) -> str:
    return ((q.get("source") or {}).get("sentence") or "").strip()


def _is_new(q: dict, seen_ids: set[str], seen_stems: set[str], seen_sentences: set[str]) -> bool:
    """Not the same question, and not another question on a sentence the paper already asks about."""
    sentence = _sentence(q)
    return (q["id"] not in seen_ids and q.get("stem") not in seen_stems
            and not (sentence and sentence in seen_sentences))


def candidates(articles: list[Article], size: int, seed: int, build: QuizBuilder | None = None):
    """Questions of larger sets over the same articles, the paper's own seed first."""
    build = build or default_builder()
    for offset in range(SEEDS_TRIED):
        for q in build(articles, size + EXTRA_QUESTIONS, random.Random(seed + offset)):
            yield as_dict(q)


def find_replacement(articles: list[Article], paper: list[dict], gone: list[dict], dropped: dict, seed: int,
                     build: QuizBuilder | None = None) -> dict | None:
    """A question for `dropped` not asking what `paper` (kept) or `gone` (dropped or replaced) ask;
    the same type when possible; None when the articles give nothing new."""
    known = paper + gone + [dropped]
    seen_ids = {q["id"] for q in known}
    seen_stems = {q.get("stem") for q in known}
    seen_sentences = {_sentence(q) for q in known} - {""}
    fallback = None
    for q in candidates(articles, len(paper) + len(gone) + 1, seed, build):
        if not _is_new(q, seen_ids, seen_stems, seen_sentences):
            continue
        if q.get("type") == dropped.get("type"):
            return q
        fallback = fallback or q
    return fallback

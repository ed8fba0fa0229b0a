"""Choosing a quiz: every good question of an article, then a varied, fact-disjoint selection.

    >>> import random
    >>> from content.model import Article, Section
    >>> art = Article("题", sections=[Section(None, ["坚持问题导向、目标导向、结果导向相统一。"])])
    >>> [q.type.value for q in build_quiz([art], 1, random.Random(1), {QuestionType.FILL_BLANK})]
    ['fill_blank']

Deterministic for a given random.Random seed. Questions are ranked by the value of the fact they test
(core points, definitions, lists, parallel points, key terms, figures, documents) and no two questions
of one quiz share a fact (the same answer, the same sentence or the same list member).
"""
from __future__ import annotations

import hashlib
import math
import random

from quiz.distractors import TermIndex
from quiz.enumerations import inline_lists
from quiz.facts import Fact, extract_facts
from quiz.figures import find_figures
from quiz.generators import choice, fill_blank, matching, ordering, true_false
from quiz.generators.common import GenContext
from quiz.questions import Question, QuestionType

GENERATORS = {
    QuestionType.FILL_BLANK: fill_blank.generate,
    QuestionType.SINGLE_CHOICE: choice.generate_single,
    QuestionType.MULTIPLE_CHOICE: choice.generate_multiple,
    QuestionType.TRUE_FALSE: true_false.generate,
    QuestionType.ORDERING: ordering.generate,
    QuestionType.MATCHING: matching.generate,
}
# how often each type comes up in a mixed quiz, relative to the others
TYPE_SHARE = {QuestionType.FILL_BLANK: 3, QuestionType.SINGLE_CHOICE: 3, QuestionType.MULTIPLE_CHOICE: 2,
              QuestionType.TRUE_FALSE: 2, QuestionType.ORDERING: 1, QuestionType.MATCHING: 1}


def all_questions(article, pool=None, rng: random.Random | None = None, index: TermIndex | None = None,
                  types: set[QuestionType] | None = None) -> list[Question]:
    """Every good question of one article (pool: other library articles, for wrong options)."""
    rng = rng or random.Random(_stable_seed(article.title))
    if index is None:
        index = TermIndex.for_articles([article, *(pool or [])])
    ctx = make_context(article, index, rng)
    wanted = [t for t in QuestionType if types is None or t in types]
    out: list[Question] = []
    for fact in extract_facts(article):
        for qtype in wanted:
            out.extend(GENERATORS[qtype](fact, ctx))
    return out


def make_context(article, index: TermIndex, rng: random.Random) -> GenContext:
    text = article.full_text()
    lists = [e.items for para in text.split("\n") for e in inline_lists(para)]
    figures = {text[a:b] for a, b in find_figures(text)}
    return GenContext(article, index, rng, text, lists, figures)


def build_quiz(articles: list, count: int, rng: random.Random, types: set[QuestionType] | None = None,
               pool: list | None = None) -> list[Question]:
    """`count` questions over the articles, varied in type, no fact asked twice; fewer if too few are good."""
    if count <= 0 or not articles:
        return []
    order = list(range(len(articles)))
    rng.shuffle(order)
    per_article = max(4, math.ceil(count * 3 / len(articles)))
    index = TermIndex.for_articles([articles[i] for i in order[:count * 2]] + list(pool or []))
    candidates: list[Question] = []
    for i in order:
        qs = all_questions(articles[i], rng=random.Random(rng.random()), index=index, types=types)
        candidates.extend(_best(qs, per_article, rng))
        if len(candidates) >= count * 4:
            break
    return select(candidates, count, rng, types)


def _best(questions: list[Question], n: int, rng: random.Random) -> list[Question]:
    """The n most valuable questions of one article, a little shuffled among equals, types spread."""
    keyed = sorted(questions, key=lambda q: -(q.value + 0.25 * rng.random()))
    out, per_type = [], {}
    for q in keyed:
        if per_type.get(q.type, 0) < max(1, n // 3):
            out.append(q)
            per_type[q.type] = per_type.get(q.type, 0) + 1
        if len(out) == n:
            break
    return out


def select(candidates: list[Question], count: int, rng: random.Random,
           types: set[QuestionType] | None = None) -> list[Question]:
    """Round-robin over the types in proportion to TYPE_SHARE, best value first, facts never repeated."""
    by_type: dict[QuestionType, list[Question]] = {}
    for q in sorted(candidates, key=lambda q: -(q.value + 0.3 * rng.random())):
        by_type.setdefault(q.type, []).append(q)
    turns = [t for t in QuestionType for _ in range(TYPE_SHARE[t]) if t in by_type and (not types or t in types)]
    rng.shuffle(turns)
    chosen: list[Question] = []
    used: set[str] = set()
    while len(chosen) < count and turns:
        for t in list(turns):
            q = _take(by_type[t], used)
            if q is None:
                turns = [x for x in turns if x != t]
                continue
            chosen.append(q)
            used |= q.fact_keys
            if len(chosen) == count:
                break
    return chosen


def _take(queue: list[Question], used: set[str]) -> Question | None:
    while queue:
        q = queue.pop(0)
        if not (q.fact_keys & used):
            return q
    return None


def _stable_seed(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)

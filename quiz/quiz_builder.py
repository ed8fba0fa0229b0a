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
from quiz.facts import Fact, FactKind, extract_facts
from quiz.figures import find_figures
from quiz.generators import choice, fill_blank, matching, ordering, true_false
from quiz.generators.common import GenContext, name_article
from quiz.giveaways import gives_away, in_title, opens_with_pointer
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


# candidates gathered per question wanted: selection drops repeats and give-aways
SPARE = 3

# library articles whose key terms feed the wrong options: enough for variety, few enough to stay fast
POOL_LIMIT = 200


def all_questions(article, pool=None, rng: random.Random | None = None, index: TermIndex | None = None,
                  types: set[QuestionType] | None = None) -> list[Question]:
    """Every good question of one article (pool: other library articles, for wrong options)."""
    rng = rng or random.Random(_stable_seed(article.title))
    facts = extract_facts(article)
    if index is None:
        index = TermIndex()
        index.add_key_terms((pool or [])[:POOL_LIMIT])
        for other in (pool or [])[:POOL_LIMIT // 20]:  # a few whole articles: lists and slogans too
            index.add_article(other)
    index.add_article(article, facts)
    return questions_from(facts, make_context(article, index, rng, facts), types)


def questions_from(facts: list[Fact], ctx: GenContext, types: set[QuestionType] | None) -> list[Question]:
    wanted = [t for t in QuestionType if types is None or t in types]
    return [q for fact in facts if _standalone(fact) for qtype in wanted for q in GENERATORS[qtype](fact, ctx)]


def _standalone(fact: Fact) -> bool:
    """这里的…/此… points at the sentence before, which no question shows: such a fact is not asked."""
    return fact.kind == FactKind.PARALLEL or not opens_with_pointer(fact.sentence.text)


def make_context(article, index: TermIndex, rng: random.Random, facts: list[Fact]) -> GenContext:
    lists = [f.items for f in facts if f.kind == FactKind.ENUMERATION]
    figures = {f.answers[0] for f in facts if f.kind == FactKind.STATISTIC}
    figures |= {cp[a:b] for cp in article.core_points for a, b in find_figures(cp)}
    return GenContext(article, index, rng, article.full_text(), lists, figures)


def build_quiz(articles: list, count: int, rng: random.Random, types: set[QuestionType] | None = None,
               pool: list | None = None) -> list[Question]:
    """`count` questions over the articles, varied in type, no fact asked twice; fewer if too few are good.

    Articles are taken in a random order, a batch at a time, until there are SPARE times as many good
    candidates as wanted; the facts of each batch feed the wrong options of all of them.
    """
    if count <= 0 or not articles:
        return []
    order = list(range(len(articles)))
    rng.shuffle(order)
    batch = max(1, math.ceil(count / 5))  # about five questions an article: varied, and quick
    per_article = max(4, math.ceil(count * SPARE / min(len(articles), batch)))
    index = TermIndex()
    index.add_key_terms([articles[i] for i in order[:POOL_LIMIT]] + list(pool or [])[:POOL_LIMIT])
    candidates: list[Question] = []
    for start in range(0, len(order), batch):
        chosen = [articles[i] for i in order[start:start + batch]]
        facts = [extract_facts(art) for art in chosen]
        for art, fs in zip(chosen, facts):
            index.add_article(art, fs)
        for art, fs in zip(chosen, facts):
            ctx = make_context(art, index, random.Random(rng.random()), fs)
            candidates.extend(_some_questions(fs, ctx, types, per_article, rng))
        if len(candidates) >= count * SPARE:
            break
    chosen = select(candidates, count, rng, types)
    if len(articles) > 1:  # 文中 means nothing on a paper drawn from several articles
        for q in chosen:
            q.stem = name_article(q.stem, q.source.article)
    return chosen


def _some_questions(facts: list[Fact], ctx: GenContext, types: set[QuestionType] | None, n: int,
                    rng: random.Random) -> list[Question]:
    """Up to n questions from the most valuable facts, one per fact, types taken in turn.

    Cheaper than all_questions when only a few questions of an article are wanted.
    """
    wanted = [t for t in QuestionType if types is None or t in types]
    rng.shuffle(wanted)
    made_of = {t: 0 for t in wanted}
    ranked = sorted(facts, key=lambda f: -(f.value + 0.25 * rng.random()))
    out: list[Question] = []
    for k, fact in enumerate(ranked):
        # the type furthest below its share is tried first: rarer types get every fact they can use
        for qtype in sorted(wanted, key=lambda t: made_of[t] / TYPE_SHARE[t]):
            if _made(fact, qtype, ctx, out, made_of):
                break
        if len(out) >= n:
            break
    for fact in ranked[k + 1:] if ranked else []:  # the rest of the facts: one of each type still missing
        missing = [t for t in wanted if not made_of[t]]
        if not missing:
            break
        any(_made(fact, t, ctx, out, made_of) for t in missing)
    return out


def _made(fact: Fact, qtype: QuestionType, ctx: GenContext, out: list[Question], made_of: dict) -> bool:
    made = GENERATORS[qtype](fact, ctx) if _standalone(fact) else []
    made = [q for q in made if not in_title(q, {ctx.article.title})]  # so another fact gets the turn
    out.extend(made)  # 判断 comes as a false and a true form: select keeps the balance
    made_of[qtype] += bool(made)
    return bool(made)


def select(candidates: list[Question], count: int, rng: random.Random,
           types: set[QuestionType] | None = None) -> list[Question]:
    """Round-robin over the types in proportion to TYPE_SHARE, best value first, facts never repeated."""
    by_type: dict[QuestionType, list[Question]] = {}
    titles = {q.source.article for q in candidates if q.source and q.source.article}
    # 六张网 blanked when the title reads 织密“六张网”: the paper itself gives it away
    candidates = [q for q in candidates if not in_title(q, titles)]
    for q in sorted(candidates, key=lambda q: -(q.value + 0.3 * rng.random())):
        by_type.setdefault(q.type, []).append(q)
    turns = [t for t in QuestionType for _ in range(TYPE_SHARE[t]) if t in by_type and (not types or t in types)]
    rng.shuffle(turns)
    chosen: list[Question] = []
    used: set[str] = set()
    verdicts = {True: 0, False: 0}
    false_first = rng.random() < 0.5
    while len(chosen) < count and turns:
        for t in list(turns):
            q = _take_statement(by_type[t], used, verdicts, false_first) if t == QuestionType.TRUE_FALSE \
                else _take(by_type[t], used, chosen)
            if q is None:
                turns = [x for x in turns if x != t]
                continue
            chosen.append(q)
            used |= q.fact_keys
            if q.type == QuestionType.TRUE_FALSE:
                verdicts[q.answer[0]] += 1
            if len(chosen) == count:
                break
    return chosen


def _take_statement(queue: list[Question], used: set[str], verdicts: dict[bool, int],
                    false_first: bool) -> Question | None:
    """The next 判断 whose verdict keeps true and false statements level (never more than one apart);
    when they are level, the verdict the seed chose comes first."""
    if verdicts[True] == verdicts[False]:
        order = [False, True] if false_first else [True, False]
    else:
        order = [verdicts[True] < verdicts[False]]  # the side that is behind
    for verdict in order:
        for i, q in enumerate(queue):
            if q.answer[0] is verdict and not (q.fact_keys & used):
                return queue.pop(i)
    return None


def _take(queue: list[Question], used: set[str], chosen: list[Question]) -> Question | None:
    """The best question left that asks no chosen fact and whose answer no chosen question shows
    (nor shows a chosen question's answer): the better one, taken first, stays."""
    while queue:
        q = queue.pop(0)
        if not (q.fact_keys & used) and not gives_away(q, chosen):
            return q
    return None


def _stable_seed(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)

"""配对: the two halves of parallel leads (以科技赋能生态安全 — 厚植绿色发展底色).

The stem lists the left-hand items numbered ①②③…; `options` are the right-hand items shuffled;
`answer` is [[left, right], …] in the article's order.
"""
from __future__ import annotations

from quiz.facts import Fact, FactKind
from quiz.generators.common import IN_ARTICLE, GenContext, question
from quiz.generators.ordering import parallel_explanation
from quiz.questions import Question, QuestionType

NUMERALS = "①②③④⑤⑥⑦⑧"
MAX_PAIRS = 5


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind != FactKind.PARALLEL or len(fact.pairs) < 3:
        return []
    pairs = fact.pairs[:MAX_PAIRS]
    lefts = [l for l, _ in pairs]
    rights = [r for _, r in pairs]
    if len(set(lefts)) < len(lefts) or len(set(rights)) < len(rights):
        return []
    options = rights[:]
    while options == rights:
        ctx.rng.shuffle(options)
    listing = " ".join(f"{NUMERALS[i]}{l}" for i, l in enumerate(lefts))
    stem = f"将下列各项与{IN_ARTICLE}紧随其后的内容配对：{listing}"
    return [question(ctx, fact, QuestionType.MATCHING, stem, options, [[l, r] for l, r in pairs],
                     parallel_explanation(fact), 0.45 + 0.05 * len(pairs))]

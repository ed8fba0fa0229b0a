"""配对: the two halves of parallel leads (以科技赋能生态安全 — 厚植绿色发展底色), or the pairs an article
names as relations (“活力”和“秩序”的关系…: quiz.named_pairs).

The stem lists the left-hand items numbered ①②③…; `options` are the right-hand items shuffled;
`answer` is [[left, right], …] in the article's order.
"""
from __future__ import annotations

from quiz.facts import Fact, FactKind
from quiz.generators.common import IN_ARTICLE, GenContext, question
from quiz.generators.ordering import parallel_explanation
from quiz.named_pairs import NAMED_PAIRS, count_phrase
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
    explanation = parallel_explanation(fact)
    if fact.label == NAMED_PAIRS:
        stem, explanation = _named_pairs_stem(fact, ctx, listing), pairs_explanation(fact)
    return [question(ctx, fact, QuestionType.MATCHING, stem, options, [[l, r] for l, r in pairs],
                     explanation, 0.45 + 0.05 * len(pairs))]


def _named_pairs_stem(fact: Fact, ctx: GenContext, listing: str) -> str:
    """文中谈到“三对关系”。: the article's name for the set when it gives one."""
    name = count_phrase(ctx.text_near(fact))
    intro = f"{IN_ARTICLE}谈到{name}。" if name else f"{IN_ARTICLE}谈到几对关系。"
    return f"{intro}请将下列各项与{IN_ARTICLE}同它构成一对关系的另一项配对：{listing}"


def pairs_explanation(fact: Fact) -> str:
    """The sentences naming the pairs, each pair marked (【“A”和“B”】)."""
    parts, last = [], None
    for sentence in fact.members:
        if sentence is not last and sentence != last:
            text = sentence.text
            for item in fact.items:
                text = text.replace(item, f"【{item}】")
            parts.append(text)
        last = sentence
    return "……".join(parts)

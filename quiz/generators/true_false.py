"""判断: a sentence of the article as it stands (true), or with its term or figure swapped for a
sibling of the same shape (false). The explanation always shows the original sentence.

Only sentences with something to check are used: a figure, a definition (X是Y), a counted or named
term said to be or do something. A directive (深化…改革，推出…) or a slogan fragment has nothing to
judge. Both forms are offered when a false one can be made; the quiz builder keeps them balanced.
"""
from __future__ import annotations

import re

from quiz.facts import Fact, FactKind
from quiz.generators.choice import wrong_options
from quiz.generators.common import GenContext, marked, question, stem_and_spans
from quiz.generators.fill_blank import blankable
from quiz.questions import Question, QuestionType

KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC}
CLAIM_AFTER_RE = re.compile(r"”?(?:就是|是|为|即|指|成为|作为|意味着|包括)")
CLAIM_BEFORE_RE = re.compile(r"是|成为|作为|称为|即|指")


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in KINDS or len(fact.spans) != 1 or not blankable(fact) or not checkable(fact):
        return []
    stem_text, spans = stem_and_spans(fact)
    explanation = marked(fact.sentence.text, fact.spans)
    out = []
    wrong = wrong_options(fact, ctx, 1)
    if wrong:
        a, b = spans[0]
        statement = stem_text[:a] + wrong[0] + stem_text[b:]
        out.append(question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35))
    out.append(question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], explanation, 0.2))
    return out


def checkable(fact: Fact) -> bool:
    """Does the sentence claim something of the answer (X是…, …是X, a figure), checkable against the
    article? A directive (深化…改革，打赢“卡脖子”攻坚战) or a slogan fragment has nothing to judge."""
    if fact.kind in (FactKind.DEFINITION, FactKind.STATISTIC):
        return True
    text = fact.sentence.text
    a, b = fact.spans[0]
    clause_start = max(text.rfind(c, 0, a) for c in "，；：。") + 1
    return bool(CLAIM_AFTER_RE.match(text, b) or CLAIM_BEFORE_RE.search(text, clause_start, a))

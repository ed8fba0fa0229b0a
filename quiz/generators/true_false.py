"""判断: a sentence of the article as it stands (true), or with its term or figure swapped for a
sibling of the same shape (false). The explanation always shows the original sentence.

Only sentences with something to check are used: a figure, a definition (X是Y), a counted or named
term said to be or do something. A directive (深化…改革，推出…) or a slogan fragment has nothing to
judge. Both forms are offered, or neither when no false one can be made; the quiz builder keeps
them balanced.
"""
from __future__ import annotations

import re

from quiz.facts import Fact, FactKind
from quiz.figures import keeps_order
from quiz.generators.choice import wrong_options
from quiz.generators.common import GenContext, marked, nested, question, stem_and_spans
from quiz.generators.fill_blank import blankable
from quiz.questions import Question, QuestionType
from quiz.vocabulary import MANNER_HEADS, VERB_HEADS

KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC}
CLAIM_AFTER_RE = re.compile(r"”?(?:就是|是|为|即|指|成为|作为|意味着|包括)")
CLAIM_BEFORE_RE = re.compile(r"是|成为|作为|称为|即|指")
# a sentence opening so tells the reader what to do; it asserts nothing that could be false
DIRECTIVE_HEADS = (VERB_HEADS - {"发展"}) | MANNER_HEADS | {"牢固", "深入", "认真", "坚决", "始终", "必须"}


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in KINDS or len(fact.spans) != 1 or not blankable(fact) or not checkable(fact) \
            or nested(fact, ctx):
        return []
    stem_text, spans = stem_and_spans(fact)
    explanation = marked(fact.sentence.text, fact.spans)
    wrong = wrong_options(fact, ctx, 5)
    if fact.kind == FactKind.STATISTIC:
        wrong = [w for w in wrong if keeps_order(fact.sentence.text, fact.spans[0], w)]
    if not wrong:
        return []  # no sibling to swap in: the true form alone would leave a quiz leaning to 正确
    a, b = spans[0]
    statement = stem_text[:a] + wrong[0] + stem_text[b:]
    # a true statement's explanation marks nothing: a 【】 would read as the part that was changed
    return [question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], fact.sentence.text, 0.2)]


def checkable(fact: Fact) -> bool:
    """Does the sentence claim something of the answer (X是…, …是X, a figure), checkable against the
    article? A directive (深化…改革，打赢“卡脖子”攻坚战) or a slogan fragment has nothing to judge."""
    if fact.kind in (FactKind.DEFINITION, FactKind.STATISTIC):
        return True
    text = fact.sentence.text
    a, b = fact.spans[0]
    if text[:2] in DIRECTIVE_HEADS or "要" in text[:a]:
        return False
    clause_start = max(text.rfind(c, 0, a) for c in "，；：。") + 1
    # …是X needs its subject before the copula in the clause (作为系统的“整体” has none)
    return bool(CLAIM_AFTER_RE.match(text, b) or CLAIM_BEFORE_RE.search(text, clause_start + 2, a))

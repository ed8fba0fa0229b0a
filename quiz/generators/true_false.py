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
from quiz.figures import keeps_order, minor_figure
from quiz.generators.choice import wrong_options
from quiz.generators.common import GenContext, marked, nested, question, stem_and_spans
from quiz.generators.fill_blank import blankable
from quiz.questions import Question, QuestionType
from quiz.vocabulary import MANNER_HEADS, VERB_HEADS

MAX_STATEMENT = 160  # a statement to judge is read whole: longer ones lose the reader
KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC}
CLAIM_AFTER_RE = re.compile(r"”?(?:就是|是|为|即|指|成为|作为|意味着|包括)")
CLAIM_BEFORE_RE = re.compile(r"是|成为|作为|称为|即|指")
# a sentence opening so tells the reader what to do; it asserts nothing that could be false
DIRECTIVE_HEADS = (VERB_HEADS - {"发展"}) | MANNER_HEADS | {"牢固", "深入", "认真", "坚决", "始终", "必须"}


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in KINDS or len(fact.spans) != 1 or not blankable(fact) or nested(fact, ctx):
        return []
    if not checkable(fact):
        return swapped_pair(fact, ctx)
    if fact.kind == FactKind.STATISTIC and minor_figure(fact.sentence.text, *fact.spans[0]):
        return []
    stem_text, spans = stem_and_spans(fact, from_start=True)
    if len(stem_text) > MAX_STATEMENT:
        return []
    explanation = marked(fact.sentence.text, fact.spans)
    wrong = wrong_options(fact, ctx, 5)
    if fact.kind == FactKind.STATISTIC:
        wrong = [w for w in wrong if keeps_order(fact.sentence.text, fact.spans[0], w)]
    if not wrong:
        return []  # no sibling to swap in: the true form alone would leave a quiz leaning to 正确
    a, b = spans[0]
    statement = stem_text[:a] + wrong[0] + stem_text[b:]
    # a true statement's explanation marks the whole sentence: a 【】 on one span would read as changed
    return [question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], confirmed(fact), 0.2)]


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


QUOTE_RE = re.compile(r"“([^“”]{2,12})”")


def swapped_pair(fact: Fact, ctx: GenContext) -> list[Question]:
    """The sentence's two quoted phrases traded places: 以“功成必定有我”的境界和“功成不必在我”的担当
    is false at once to a reader of the article, and plausible to one who has not read it."""
    stem_text, spans = stem_and_spans(fact, from_start=True)
    if len(stem_text) > MAX_STATEMENT:
        return []
    a, b = spans[0]
    if stem_text[a - 1:a] != "“" or stem_text[b:b + 1] != "”":
        return []
    answer = stem_text[a:b]
    others = [m for m in QUOTE_RE.finditer(stem_text) if m.start(1) != a]
    if len(others) != 1:
        return []  # one sibling only: with three, which two were traded is a puzzle
    m = others[0]
    other = m.group(1)
    if len(other) != len(answer) or stem_text.count(other) > 1 or not _ordered_pair(stem_text, a, b, m):
        return []
    pieces = sorted([(a, b, other), (m.start(1), m.end(1), answer)])
    statement, pos = "", 0
    for x, y, text in pieces:
        statement += stem_text[pos:x] + text
        pos = y
    statement += stem_text[pos:]
    explanation = marked(fact.sentence.text, sorted([fact.spans[0], _span_of(fact.sentence.text, other)]))
    return [question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], confirmed(fact), 0.2)]


def _span_of(text: str, phrase: str) -> tuple[int, int]:
    k = text.find("“" + phrase + "”") + 1
    return k, k + len(phrase)


# frames where the two places are not alike, so a trade is false: from A to B, A's X and B's Y. Not
# 既要A，更要B: traded, it only moves the stress, and a reader may defend it as true (review round 13)
ORDERED_BETWEEN_RE = re.compile(r"^”(?:向|到|转向|走向|转为|的[^“”，。]{1,3}[和与])“$")
NEGATIONS = ("反对", "防止", "杜绝", "摒弃", "打破", "破除", "避免", "遏制", "禁止", "不得", "严禁", "抵制")


def _ordered_pair(text: str, a: int, b: int, m) -> bool:
    """Are the two quoted phrases in a frame that orders them (从“单打作战”向“系统作战”转变), with
    no count in them (“两个确立”/“两个维护”: a trade is a quibble) and no 反对/防止 near (a trade would
    have the statement endorse what the article rejects)?"""
    (x, y), (p, q) = sorted([(a, b), (m.start(1), m.end(1))])
    clause = text[max(text.rfind(c, 0, x) for c in "，；。") + 1:q]
    if COUNT_CHARS & set(text[x:y] + text[p:q]) or any(n in clause for n in NEGATIONS):
        return False
    return bool(ORDERED_BETWEEN_RE.match(text[y:p]))


COUNT_CHARS = set("一二两三四五六七八九十百千万双0123456789")



def confirmed(fact: Fact) -> str:
    """The source sentence marked whole, as the article says it (DESIGN: the explanation marks the answer)."""
    return "【" + fact.sentence.text + "】"

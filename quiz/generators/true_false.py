"""判断: a sentence of the article as it stands (true), or with its term or figure swapped for a
sibling of the same shape (false). The explanation always shows the original sentence."""
from __future__ import annotations

from quiz.facts import Fact, FactKind
from quiz.generators.choice import wrong_options
from quiz.generators.common import GenContext, marked, question, stem_and_spans
from quiz.generators.fill_blank import blankable
from quiz.questions import Question, QuestionType

KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC}


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in KINDS or len(fact.spans) != 1 or not blankable(fact):
        return []
    stem_text, spans = stem_and_spans(fact)
    explanation = marked(fact.sentence.text, fact.spans)
    make_false = ctx.rng.random() < 0.5
    if make_false:
        wrong = wrong_options(fact, ctx, 1)
        if wrong:
            a, b = spans[0]
            statement = stem_text[:a] + wrong[0] + stem_text[b:]
            q = question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35)
            return [q]
        return []  # keep true and false statements about equally common
    return [question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], explanation, 0.2)]

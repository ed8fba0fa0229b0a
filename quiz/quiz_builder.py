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
from collections import Counter
from collections.abc import Collection

from quiz.distractors import TermIndex
from quiz.facts import Fact, FactKind, extract_facts
from quiz.figures import find_figures
from quiz.generators import choice, fill_blank, matching, ordering, true_false
from quiz.generators.common import GenContext, name_article
from quiz.giveaways import QUOTED_ANY_RE, duplicates, gives_away, in_title, opens_with_pointer
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


# facts asked per question wanted, and candidates gathered per question wanted before the reading
# stops: selection drops repeats and give-aways, and needs other types than 填空 to choose from.
# 2.5 facts a question: since review round 24 refuses more (case figures, once-said lists), 2 left one
# 30-question quiz in two needing a second batch of articles (9 of 20 seeds; 2.5: none, as before)
FACT_SPARE = 2.5
SPARE_QUESTIONS = 2.5
SEEN_PENALTY = 2.0  # a question met lately yields to any fresh one (values and fits are at most ~2)
RESELECT_TRIES = 10  # other orders of choosing tried when a quiz comes out short
MIN_OTHER_TYPES = 4  # kinds of question besides 填空 gathered before the reading stops, when the articles have them

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
    peers = {f.label: f.term_kind for f in facts if f.kind == FactKind.TERM}
    text = article.full_text()
    return GenContext(article, index, rng, text, lists, figures, peers, set(QUOTED_ANY_RE.findall(text)))


def build_quiz(articles: list, count: int, rng: random.Random, types: set[QuestionType] | None = None,
               pool: list | None = None, seen: Collection[str] = (),
               listed: frozenset[str] | None = None) -> list[Question]:
    """`count` questions over the articles, varied in type, no fact asked twice; fewer if too few are good.
    `seen`: ids of questions the learner met lately (in 练习, 测验 …): asked again only when the
    articles offer too few others. `listed`: the shipped vocabulary (quiz.vocabulary.shipped_vocabulary),
    read from the lexicon files when not given (about 10 ms: a caller making many quizzes holds one).

    Articles are taken in a random order, a batch at a time, until there are SPARE_QUESTIONS times as many
    good candidates as wanted; the facts of each batch feed the wrong options of all of them.
    """
    if count <= 0 or not articles:
        return []
    order = list(range(len(articles)))
    rng.shuffle(order)
    batch = max(1, math.ceil(count / 5))  # about five questions an article: varied, and quick
    # facts asked per article: each gives two or three types of question, enough to choose among
    per_article = max(4, math.ceil(count * FACT_SPARE / min(len(articles), batch)))
    if len(articles) <= batch:  # one batch holds them all: every fact may be needed
        per_article = 10 ** 6
    index = TermIndex(listed=listed)
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
        others = [q.type for q in candidates if q.type != QuestionType.FILL_BLANK]
        if len(candidates) >= count * SPARE_QUESTIONS and (types or len(others) >= 0.6 * count
                                                           and len(set(others)) >= MIN_OTHER_TYPES):
            break  # enough, and enough of other types to keep 填空 to half the quiz and the quiz varied
    chosen = select(candidates, count, rng, types, frozenset(seen))
    for _ in range(RESELECT_TRIES if len(chosen) < count else 0):
        # questions of a short article give each other away: another order of choosing may fit more
        other = select(candidates, count, random.Random(rng.random()), types, frozenset(seen))
        if len(other) > len(chosen):
            chosen = other
    if len(articles) > 1:  # 文中 means nothing on a paper drawn from several articles
        for q in chosen:
            q.plain_stem, q.stem = q.stem, name_article(q.stem, q.source.article)
    rng.shuffle(chosen)  # chosen best first: in that order every quiz of an article opened on the same question
    return chosen


def _some_questions(facts: list[Fact], ctx: GenContext, types: set[QuestionType] | None, n: int,
                    rng: random.Random) -> list[Question]:
    """Every type of question from up to n of the most valuable facts: select then picks each fact's
    best type while keeping the types of the quiz in balance.

    Cheaper than all_questions when only a few questions of an article are wanted.
    """
    wanted = [t for t in QuestionType if types is None or t in types]
    ranked = sorted(facts, key=lambda f: -(f.value + 0.25 * rng.random()))
    out: list[Question] = []
    asked = 0
    for fact in ranked:
        made = [q for t in wanted for q in _made(fact, t, ctx)]
        out.extend(made)  # 判断 comes as a false and a true form: select keeps the balance
        asked += bool(made)
        if asked >= n:
            break
    return out


def _made(fact: Fact, qtype: QuestionType, ctx: GenContext) -> list[Question]:
    made = GENERATORS[qtype](fact, ctx) if _standalone(fact) else []
    made = [q for q in made if not in_title(q, {ctx.article.title})]  # so another fact gets the turn
    for q in made:
        q.fit = type_fit(fact, qtype)
    return made


def type_fit(fact: Fact, qtype: QuestionType) -> float:
    """How well a type suits a fact: a named list is best asked as 多选 or 排序, a parallel as 排序 or
    配对, a term or figure with good look-alikes as 单选; 填空 suits all and is the fallback."""
    if fact.kind == FactKind.ENUMERATION:
        return {QuestionType.MULTIPLE_CHOICE: 0.35, QuestionType.ORDERING: 0.3}.get(qtype, 0.0)
    return TYPE_FIT.get(qtype, 0.0)


TYPE_FIT = {QuestionType.SINGLE_CHOICE: 0.2, QuestionType.TRUE_FALSE: 0.1, QuestionType.ORDERING: 0.25,
            QuestionType.MATCHING: 0.25, QuestionType.MULTIPLE_CHOICE: 0.3}
STATISTIC_SHARE = 0.3  # of a quiz, at most, while other questions are left
ARTICLE_BALANCE = 0.5  # how strongly an article already well asked gives way to the others
# how strongly a type already well represented gives way to the others
BALANCE = 1.0


def select(candidates: list[Question], count: int, rng: random.Random,
           types: set[QuestionType] | None = None, seen: frozenset[str] = frozenset()) -> list[Question]:
    """Best value and best-fitting type first, types kept near TYPE_SHARE, facts never repeated.

    填空 fits nearly every fact, so it never takes more than half of a mixed quiz while another type
    still has a question to offer."""
    titles = {q.source.article for q in candidates if q.source and q.source.article}
    # 六张网 blanked when the title reads 织密“六张网”: the paper itself gives it away
    pool = [(q.value + q.fit + 0.3 * rng.random() - SEEN_PENALTY * (q.id in seen), q) for q in candidates
            if not in_title(q, titles)
            and (not types or q.type in types)]
    everything = list(pool)
    present = {q.type for _, q in pool}
    total = sum(TYPE_SHARE[t] for t in present) or 1
    target = {t: max(0.5, count * TYPE_SHARE[t] / total) for t in present}
    blank_cap = max(1, math.ceil(count / 2)) if len(present) > 1 else count
    # a report is full of figures; a paper of them tests memory of numbers, not the points to learn
    figure_cap = max(1, math.ceil(count * STATISTIC_SHARE))
    figures = 0
    per_article = Counter()  # a paper on two articles asks about both, not mostly the longer one
    chosen: list[Question] = []
    used: set[str] = set()
    made = {t: 0 for t in present}
    verdicts = {True: 0, False: 0}
    false_first = rng.random() < 0.5
    while len(chosen) < count and pool:
        pool = [vq for vq in pool if not (vq[1].fact_keys & used)]
        capped = made.get(QuestionType.FILL_BLANK, 0) >= blank_cap and \
            any(q.type != QuestionType.FILL_BLANK and _verdict_ok(q, verdicts, false_first) for _, q in pool)
        no_figures = figures >= figure_cap and any(not q.statistic for _, q in pool)
        best, best_score = None, -math.inf
        penalty = {t: BALANCE * made[t] / target[t] for t in present}
        for vq in pool:
            q = vq[1]
            share = ARTICLE_BALANCE * per_article[q.source.article] * len(titles) / count if len(titles) > 1 else 0.0
            if (capped and q.type == QuestionType.FILL_BLANK) or (no_figures and q.statistic) or \
                    (q.type == QuestionType.TRUE_FALSE and not _verdict_ok(q, verdicts, false_first)):
                continue
            score = vq[0] - penalty[q.type] - share
            if score > best_score:
                best, best_score = vq, score
        if best is None:
            break
        pool = [vq for vq in pool if vq is not best]
        q = best[1]
        if gives_away(q, chosen) or duplicates(q, chosen):
            continue
        chosen.append(q)
        used |= q.fact_keys
        made[q.type] += 1
        figures += q.statistic
        per_article[q.source.article] += 1
        if q.type == QuestionType.TRUE_FALSE:
            verdicts[q.answer[0]] += 1
    if len(chosen) < count:
        _fill_up(chosen, everything, count, verdicts, false_first, figure_cap)
    return chosen


def _fill_up(chosen: list[Question], everything: list, count: int, verdicts: dict[bool, int],
             false_first: bool, figure_cap: int) -> None:
    """Short of the count: the best questions left whose sentence is shared with a chosen one but whose
    answer and list are not (two terms of one sentence are two facts), still with no give-away; figures
    beyond their share only when nothing else is left."""
    def own(q):
        return {k for k in q.fact_keys if not k.startswith("sent:")}

    def sentence(q):
        return {k for k in q.fact_keys if k.startswith("sent:")}
    used = set().union(*(own(q) for q in chosen)) if chosen else set()
    # a 判断 shows its whole sentence, true or altered: no other question of that sentence may stand beside it
    stated = {k for q in chosen if q.type == QuestionType.TRUE_FALSE for k in sentence(q)}
    asked = set().union(*(sentence(q) for q in chosen)) if chosen else set()

    def take(q: Question) -> None:
        if q in chosen or own(q) & used or gives_away(q, chosen) or duplicates(q, chosen):
            return
        if sentence(q) & stated or (q.type == QuestionType.TRUE_FALSE and sentence(q) & asked):
            return
        if q.type == QuestionType.TRUE_FALSE and not _verdict_ok(q, verdicts, false_first):
            return
        chosen.append(q)
        used.update(own(q))
        asked.update(sentence(q))
        if q.type == QuestionType.TRUE_FALSE:
            stated.update(sentence(q))
            verdicts[q.answer[0]] += 1

    later = []
    for q in [q for _, q in sorted(everything, key=lambda vq: -vq[0])]:
        if q.statistic and sum(c.statistic for c in chosen) >= figure_cap:
            later.append(q)  # past their share: only if nothing else fills the quiz
        elif len(chosen) < count:
            take(q)
    for q in later:
        if len(chosen) < count:
            take(q)


def _verdict_ok(q: Question, verdicts: dict[bool, int], false_first: bool) -> bool:
    """判断 keeps true and false statements level (never more than one apart); when they are level,
    the verdict the seed chose comes first."""
    if q.type != QuestionType.TRUE_FALSE:
        return True
    if verdicts[True] == verdicts[False]:
        return q.answer[0] is (not false_first) if verdicts[True] == 0 else True
    return q.answer[0] is (verdicts[True] < verdicts[False])


def _stable_seed(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)

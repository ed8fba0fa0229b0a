"""单选 (one blank, four options) and 多选 (the members of a list among plausible non-members)."""
from __future__ import annotations

import re

from quiz.alike_families import alike_non_members
from quiz.distractors import same_head
from quiz.enumerations import common_suffix, rote_list
from quiz.facts import Fact, FactKind
from quiz.figures import count_given_away, dated_event_end, figure_bound, minor_figure, safe_wrong_figures, wrong_counts
from quiz.generators.common import (IN_ARTICLE, YEAR_RE, GenContext, blanked, context_around, gap_stem, marked,
                                    nested, question, quoted, shuffled_options, stem_and_spans)
from quiz.generators.fill_blank import blankable
from quiz.giveaways import dangling, echoes, half_of_a_pair, opens_with_pointer, quoted_twin, same_place, sibling_echo
from quiz.known_formulas import set_partners
from quiz.questions import Question, QuestionType
from quiz.stock_phrases import stock_formula
from quiz.synonym_sets import synonyms
from quiz.vocabulary import unexplained_short_form

SINGLE_KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC, FactKind.DOCUMENT}


def wrong_options(fact: Fact, ctx: GenContext, n: int) -> list[str]:
    """n (at most 5) wrong options for the fact's single answer, or fewer when good ones are lacking;
    found once per fact (单选 and 判断 ask the same fact)."""
    key = id(fact)
    if key not in ctx.wrong_cache:
        ctx.wrong_cache[key] = _wrong_options(fact, ctx, 5 if fact.kind == FactKind.STATISTIC else 3)
    return ctx.wrong_cache[key][:n]


def _wrong_options(fact: Fact, ctx: GenContext, n: int) -> list[str]:
    answer = fact.answers[0]
    sentence = fact.sentence.text
    if fact.kind == FactKind.STATISTIC:
        return safe_wrong_figures(sentence, fact.spans[0], n, ctx.rng, ctx.figures,
                                  lambda w: w not in sentence and not _after_article(w, ctx))
    if fact.kind == FactKind.DOCUMENT:
        return ctx.index.documents_like(answer, n, ctx.rng, {d for d in ctx.index.documents if d in sentence},
                                        sentence)
    core = answer.strip("“”")
    if count_given_away(sentence, fact.spans[0]):
        return []
    found = wrong_counts(core, n, ctx.rng, ctx.text, ctx.index.listed)
    if len(found) < n:
        forbidden = {t for t in ctx.index.by_end.get(core[-1], []) if t in sentence}
        found = ctx.index.like(core, n, ctx.rng, forbidden, ctx.text, context_around(fact, fact.spans[0]))
    if len(found) < n:  # too few look-alikes in the library: the article's own terms of the kind
        forbidden = set(found) | {t for t in ctx.peers if t in sentence}
        found += ctx.index.peers_like(core, ctx.peers, n - len(found), ctx.rng, forbidden, ctx.text,
                                      context_around(fact, fact.spans[0]), ctx.quoted)
    kin = synonyms(core)  # 互利共赢 is no wrong option for 合作共赢
    found = [w for w in found if not same_place(w, ctx.text, sentence) and of_a_kind(core, w, ctx.text)
             and not hyponym(core, w) and w not in kin]
    return [f"“{w}”" for w in found] if core != answer else found


def of_a_kind(answer: str, other: str, article_text: str = "") -> bool:
    """Is a wrong option a thing of the answer's kind: its head (冰雪经济 / 低空经济; 指尖上的形式主义
    wants another 形式主义, not 辩证唯物主义), or a counted formula of the same count (四个意识 / 四个自信)?
    An option of another kind is struck out at a glance, leaving the answer alone (review round 18, #40).

        >>> of_a_kind("四个意识", "四个自信"), of_a_kind("新质生产力", "数字泰勒主义")
        (True, False)
    """
    if same_head(answer, other, article_text):
        return True
    counted = COUNTED_FORMULA_RE.match(answer)
    return bool(counted) and other.startswith(counted.group(0)) and len(other) == len(answer)


# a category word (国家重大战略, 各类经营主体, 相关政策): every X战略 is one of the 重大战略, so an option of its
# head is a right answer too (review round 23, pattern 3)
CATEGORY_MARKS = ("重大", "各类", "相关", "各项", "各种", "有关", "重要", "主要", "若干")


def hyponym(answer: str, other: str) -> bool:
    """Is the option a kind of the answer, when the answer is a category word: 国家重大战略 / 科教兴国战略?

        >>> hyponym("国家重大战略", "科教兴国战略"), hyponym("新质生产力", "先进生产力")
        (True, False)
    """
    head = answer[-2:]
    return len(answer) >= 4 and other != answer and other.endswith(head) \
        and any(mark in answer[:-2] for mark in CATEGORY_MARKS)


COUNTED_FORMULA_RE = re.compile(r"^[一二两三四五六七八九十]+[个大项条种]")


def _after_article(figure: str, ctx: GenContext) -> bool:
    """A year later than any the article speaks of (至2029年 in an article of 2026): false on its face.
    Years are read as figures, so a plan's span (2026—2028年) raises no ceiling: 至2027年首次明确 in an
    article of 2026 is refused."""
    m = YEAR_RE.fullmatch(figure)
    return bool(m) and int(m.group(1)) > ctx.latest_year


def generate_single(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in SINGLE_KINDS or len(fact.spans) != 1 or not blankable(fact, ctx.article, ctx.text, ctx.index.listed) or nested(fact, ctx) \
            or unexplained_short_form(fact.answers[0], ctx.text) or quoted_twin(fact.sentence.text, *fact.spans[0], ctx.text):
        return []
    if fact.kind == FactKind.STATISTIC and (figure_bound(fact.sentence.text, *fact.spans[0])
                                            or minor_figure(fact.sentence.text, *fact.spans[0])):
        return []  # 超过（  ）: only larger wrong options are safe, so the answer is always the smallest
    if fact.kind == FactKind.STATISTIC and YEAR_RE.fullmatch(fact.answers[0]) \
            and dated_event_end(fact.sentence.text, *fact.spans[0]) is None:
        return []  # 列为（2025年）九大重点任务之首, 在（2020年）突破100万亿元: the year of a list or a record
    wrong = wrong_options(fact, ctx, 3)
    if len(wrong) < 3:
        return []
    stem_text, spans = stem_and_spans(fact)
    stem = blanked(stem_text, spans)
    answer = fact.answers[0]
    affix = sibling_echo(stem, [answer])
    if echoes(stem, answer) or dangling(stem) or half_of_a_pair(stem) \
            or (affix and not all(affix in w for w in wrong)):
        return []  # （质量兴农）、绿色兴农: only options of the sibling's pattern keep it a question
    options = shuffled_options([answer], wrong, ctx.rng)
    return [question(ctx, fact, QuestionType.SINGLE_CHOICE, stem, options, [answer],
                     marked(fact.sentence.text, fact.spans), 0.3 + 0.01 * len(answer))]


def generate_multiple(fact: Fact, ctx: GenContext) -> list[Question]:
    """Members of an inline list, with one or two non-members shaped like them."""
    if fact.kind != FactKind.ENUMERATION or len(fact.items) < 3 or any(len(i) > 10 for i in fact.items):
        return []
    if opens_with_pointer(fact.sentence.text) or stock_formula(fact.items, ctx.text) \
            or rote_list(fact.items, ctx.text, ctx.index.listed):
        return []  # 获得感、幸福感、安全感 said once: the closing formula, not the article's point; 精准性、实效性、
        # 协同性 said once: which three the writer chose is no lesson (全局性 is as apt)
    wrong = _non_members(fact, ctx, 2)
    if not wrong:
        return []
    n_right = 4 - len(wrong)
    right = sorted(ctx.rng.sample(range(len(fact.items)), n_right))
    options = shuffled_options([fact.items[i] for i in right], wrong, ctx.rng)
    text = fact.sentence.text
    stem = f"{IN_ARTICLE}写道：{quoted(gap_stem(fact))}括号处提到的有哪些？"
    answer = [o for o in options if o in fact.items]
    return [question(ctx, fact, QuestionType.MULTIPLE_CHOICE, stem, options, answer,
                     marked(text, fact.spans), 0.45 + 0.05 * len(fact.items))]


def _non_members(fact: Fact, ctx: GenContext, n: int) -> list[str]:
    if not common_suffix(fact.items):
        # 智慧灌区、精准灌溉、畜牧智能养殖: a look-alike of one member (节水灌溉) may belong there too;
        # only a list of one kind (…经济, …性) has non-members that are plainly not in it
        return []
    sentence = fact.sentence.text
    # 知情权、参与权 → never 监督权: a member of a set the right options belong to looks right, and is
    forbidden = ctx.list_members_near(fact.items) | set(fact.items) | set_partners(fact.items, ctx.index.listed)
    found = ctx.index.non_members(fact.items, n, ctx.rng, forbidden, ctx.text)
    found = [c for c in found if c not in sentence and c not in ctx.text_near(fact)]
    if len(found) < n:  # 高端化、智能化…: stock words the library's lists leave out; their family has more
        found += alike_non_members(fact.items, ctx.text, n - len(found), ctx.rng, forbidden | set(found))
    return found

"""排序: the members of a fixed formula, numbered points, parallel leads or section headings in order."""
from __future__ import annotations

import re

from quiz.enumerations import canonical, common_prefix, common_suffix, listed_formula, verb_object_formula
from quiz.facts import Fact, FactKind
from quiz.lead_shapes import announced
from quiz.named_pairs import NAMED_PAIRS
from quiz.parallels import LEADS, STOCK_WORD_LIST
from quiz.generators.common import IN_ARTICLE, GenContext, gap_stem, marked, question, quoted
from quiz.generators.fill_blank import formula_like
from quiz.questions import HEADING_PARAGRAPH, Question, QuestionType
from quiz.stock_phrases import stock_formula
from quiz.sentences import split_sentences

# three headings (促流通 / 保权益 / 强主体) seldom follow an order the article argues for: guessing one of six
# orders is no test of the outline (review rounds 18 and 21)
MIN_HEADINGS = 4
PLACE_COUNTS = ("片区", "城市", "地区", "口岸", "省份", "省区", "园区", "基地", "市", "县", "地", "国")


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if orders_itself(fact.items):
        return []
    if fact.term_kind == STOCK_WORD_LIST and not canonical(fact.items):
        return []  # 高端化、智能化、绿色化 / 发展重点、产业痛点…: which belong is the lesson, not the writer's order
    listed = fact.kind == FactKind.ENUMERATION and fact.complete and listed_formula(fact.items, ctx.index.listed) \
        and not stock_formula(fact.items, ctx.text)
    if fact.kind == FactKind.ENUMERATION and (fixed_order(fact) or fact.complete and canonical(fact.items)) \
            and _worth_ordering(fact, ctx) or listed:  # a formula of the vocabulary is said in its order
        return [_ordering(ctx, fact, _enumeration_stem(fact), marked(fact.sentence.text, fact.spans))]
    if fact.kind == FactKind.PARALLEL and fact.label == NAMED_PAIRS:
        return []  # pairs named side by side: which goes with which is the lesson, not their order
    if fact.kind == FactKind.PARALLEL and 3 <= len(fact.items) <= 6 and _spread(fact, ctx.article) and _numbered(fact):
        headings = fact.sentence.paragraph == HEADING_PARAGRAPH
        if headings and any(dash_edged(i) for i in fact.items):
            return []  # a ——subtitle or a lead-in taken for a heading: the set is not the article's outline
        if headings and len(fact.items) < MIN_HEADINGS:
            return []
        what = "小标题" if headings else "要点"
        stem = f"请按{IN_ARTICLE}的先后顺序，排列下列{what}。"
        lead_in = _lead_in(fact, ctx.article) or _first_point_lead_in(fact) or _announcement(fact, ctx.article)
        if lead_in:  # points of one paragraph: an article may have several such runs, the stem says which
            stem = f"{IN_ARTICLE}写道：{quoted(lead_in)}请按{IN_ARTICLE}的先后顺序，排列其后列出的{what}。"
        return [_ordering(ctx, fact, stem, parallel_explanation(fact))]
    return []


def _ordering(ctx: GenContext, fact: Fact, stem: str, explanation: str) -> Question:
    items = list(fact.items)
    options = items[:]
    while options == items:
        ctx.rng.shuffle(options)
    return question(ctx, fact, QuestionType.ORDERING, stem, options, items, explanation,
                    0.4 + 0.06 * len(items))


DASHES = "—―─–-"


def dash_edged(heading: str) -> bool:
    """A heading that opens or ends on a dash (——写在…之际 / 一组数据——) is layout debris, not a heading."""
    text = heading.strip()
    return bool(text) and (text[0] in DASHES or text[-1] in DASHES)


def _enumeration_stem(fact: Fact) -> str:
    return f"{IN_ARTICLE}写道：{quoted(gap_stem(fact))}请将括号处的{len(fact.items)}项内容按原文顺序排列。"


def _worth_ordering(fact: Fact, ctx: GenContext) -> bool:
    """A named formula (三个导向) or a list of the article's key terms; not places or 进农村、进社区… in
    an order nobody needs to learn."""
    if fact.label.endswith(PLACE_COUNTS):
        return False  # 呼和浩特、满洲里、二连浩特三大片区: places, in no order worth learning
    # 进博会、广交会、服贸会 / 特殊教育、继续教育、专门教育: names side by side, their order means
    # nothing; only a counted or named formula (三个导向, 合称“六张网”) or stages in sequence
    return bool(fact.label) or in_sequence(fact.items) or canonical(fact.items) or said_twice(fact, ctx.text) \
        or fact.complete and verb_object_formula(fact.items) \
        and fact.sentence.text[fact.spans[-1][1]:fact.spans[-1][1] + 1] != "等"  # 固根本、稳预期、利长远: one order


def said_twice(fact: Fact, text: str) -> bool:
    """The same list in the same order elsewhere in the article: a formulation, not a one-off."""
    a, b = fact.spans[0][0], fact.spans[-1][1]
    return text.count(fact.sentence.text[a:b]) >= 2


STAGES = ("前中后", "初中末", "始中终", "上中下", "首次再", "早中晚")


def in_sequence(items: list[str]) -> bool:
    """Stages in their order (事前、事中、事后 / 起步、发展、成熟 marked by 前中后…) or years rising."""
    for stage in STAGES:
        marks = [next((c for c in stage if c in i), "") for i in items]
        if all(marks) and len(set(marks)) == len(marks):
            return True
    years = [re.search(r"\d{4}", i) for i in items]
    return all(years) and [y.group() for y in years] == sorted(y.group() for y in years)


ORDINAL_RE = re.compile(r"\d{4}|^第[一二三四五六七八九十]|^[一二三四五六七八九十]是|^（[一二三四五六七八九十]）|^首先|^其次|^最后")


def orders_itself(items: list[str]) -> bool:
    """2024年工作回顾、2025年…总体要求、2025年…任务 / 第一…第二…: years or ordinals in the items give
    their order away; putting them in order tests nothing."""
    return sum(bool(ORDINAL_RE.search(i)) for i in items) >= len(items) - 1


def _numbered(fact: Fact) -> bool:
    """Numbered points (一是… / （一）…) or headings, not paragraphs that merely open alike
    (以科技赋能…，以科技做强… / 一年来，我们…): those are for 配对, their order is no lesson."""
    return fact.label != LEADS


def _spread(fact: Fact, article=None) -> bool:
    """Headings or points of separate paragraphs, or points each developed by sentences of its own inside
    one paragraph (一是高端化。…。二是绿色化。…); 一是…，二是… run on in one sentence, or point after point
    with nothing between, are examples, not an order."""
    if fact.sentence.paragraph == HEADING_PARAGRAPH:
        return True
    if len({(m.section, m.paragraph) for m in fact.members}) == len(fact.members):
        return True
    return article is not None and developed_points(fact.members, article)


def developed_points(members: list, article) -> bool:
    """Numbered points of one paragraph, each opening its own sentence, with at least one whole sentence
    between one point and the next: an outline written in one paragraph."""
    if len({(m.section, m.paragraph) for m in members}) != 1 or len(set(members)) != len(members):
        return False
    paragraph = article.sections[members[0].section].paragraphs[members[0].paragraph]
    between = [paragraph[a.end:b.start] for a, b in zip(members, members[1:])]
    return all(len(gap.strip()) >= MIN_DEVELOPMENT and re.search("[。！？]", gap) for gap in between)


MIN_DEVELOPMENT = 8  # characters of a sentence of its own between two points
MAX_LEAD_IN = 60


def _lead_in(fact: Fact, article) -> str:
    """The sentence right before the first of a paragraph's developed points (并展现出新的特点。), cut to
    its last clauses when long; none for points of separate paragraphs."""
    first = fact.members[0]
    if fact.sentence.paragraph == HEADING_PARAGRAPH or not developed_points(fact.members, article):
        return ""
    paragraph = article.sections[first.section].paragraphs[first.paragraph]
    before = split_sentences(paragraph[:first.start])
    if not before:
        return ""
    text = before[-1].text
    while len(text) > MAX_LEAD_IN and "，" in text:
        text = "……" + text.split("，", 1)[1].lstrip("…")
    if len(text) > MAX_LEAD_IN or names_in_order(fact.items, text):
        return ""
    return text


def _announcement(fact: Fact, article) -> str:
    """The sentence closing the paragraph before the points when it announces them (不妨从三个方面
    来看。), cut to its last clauses when long: it says which points are meant."""
    first = fact.members[0]
    if fact.sentence.paragraph == HEADING_PARAGRAPH or first.start or first.paragraph == 0:
        return ""
    before = split_sentences(article.sections[first.section].paragraphs[first.paragraph - 1])
    text = before[-1].text if before else ""
    if not announced(text, len(fact.items)):
        return ""
    while len(text) > MAX_LEAD_IN and "，" in text:
        text = "……" + text.split("，", 1)[1].lstrip("…")
    return text if len(text) <= MAX_LEAD_IN and not names_in_order(fact.items, text) else ""


def _first_point_lead_in(fact: Fact) -> str:
    """做好新时代宣传工作…… for points whose first closes that sentence (…，首先要统一思想。): what
    the points are about, without the 首先 that would give the first away."""
    text = fact.members[0].text
    k = text.find("，首先" + fact.items[0])
    return text[:k] + "……" if k > 0 and len(text[:k]) <= MAX_LEAD_IN else ""


def names_in_order(items: list[str], text: str) -> bool:
    """Does the text name each item by a part of its own (推出新产品 / 打造新业态 / 培育新产业 in 推动新产品新业态
    新产业发展), in the items' order? Quoted, it gives the order away.

        >>> names_in_order(["推出新产品", "打造新业态", "培育新产业"], "推动新产品新业态新产业发展。")
        True
    """
    prefix, suffix = common_prefix(items), common_suffix(items)
    last = -1
    for item in items:
        own = item[len(prefix):len(item) - len(suffix)]
        found = [text.find(own[a:b]) for a in range(len(own)) for b in range(len(own), a + 1, -1)
                 if text.find(own[a:b]) > last]
        if not found:
            return False
        last = min(found)
    return True


def parallel_explanation(fact: Fact) -> str:
    parts = []
    for sentence, lead in zip(fact.members, fact.items):
        k = sentence.text.find(lead)
        parts.append(marked(sentence.text, [(k, k + len(lead))]) if k >= 0 else sentence.text)
    return "……".join(parts)


def fixed_order(fact: Fact) -> bool:
    """A list whose order is worth learning: a named, counted formula or short members of one form."""
    if not formula_like(fact) or len(fact.items) < 3:
        return False
    if any(len(i) <= 2 for i in fact.items) and not in_sequence(fact.items):
        return False  # 供热、燃气、排水 / 动力、活力、潜力: plain words in no order worth learning
    return bool(fact.label) or all(len(i) <= 4 for i in fact.items)

"""Definitions an article gives: X是Y, X就是Y, 所谓X，就是Y, and the essence frame X，本质是Y.

A definition is asked on its subject (（  ）是…), except where the subject is the article's title term
or the sentence names what the subject is at bottom: there the predicate is the point (因地制宜的本质
是（  ）; review round 24, pattern 5c), and a blank on a title term would be refused anyway. A quoted
definition (总书记强调：“X，本质是Y。”) counts as the article's own. An interrogative (什么是…, 怎样…)
or a quotation's opening mark is no term being defined (round 24: （“什么）是好事实事).

    >>> t = "因地制宜，本质是实事求是。"
    >>> [(d.label, t[slice(*d.span)]) for d in find_definitions(t)]
    [('因地制宜', '实事求是')]
    >>> find_definitions("“什么是好事实事，要从群众需要来考量。”")
    []
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.vocabulary import BAD_TERM_STARTS, GENERIC_WORDS, LEADING_VERBS, is_generic, looks_like_term

QUOTED_RE = re.compile(r"“([^“”，。；！？、]{2,10})”")
COPULA_RE = re.compile(r"(?:就是|是指|指的是|即是|是)")
NOT_COPULA_BEFORE = tuple("但于还总可正更而只也都便凡若要算硬实不乃既又才这那别然说已仍均皆将确真恰")
# a subject opening so is a clause, not a term being defined
NOT_DEFINED_START = ("之所以", "因为", "如果", "虽然", "只有", "特别", "尤其", "其中", "这", "那", "它", "其",
                     "无论", "不论", "不管", "凡是", "即使", "哪怕", "只要", "假如", "对于", "关于", "本",
                     "我们", "他们", "一", "同时", "然而", "但", "而", "也", "又", "更", "关键", "根本")
# 什么是…, 怎样才是…, 如何…: a question asked, no term defined
INTERROGATIVE_STARTS = ("什么", "怎样", "怎么", "如何", "哪些", "哪个", "哪种", "为什么", "为何", "何为", "何谓", "谁")
# 边疆民族地区一直是… / 农业领域关键是…: an adverb or a "the key is" frame, not a term being defined
NOT_DEFINED_END = ("一直", "始终", "仍然", "依然", "历来", "从来", "向来", "本来", "已经", "正在", "关键", "重点",
                   "核心", "根本", "目的", "目标", "任务", "要求", "前提", "基础", "途径")
# X，本质是Y / X的实质是Y / X本质上就是Y / X的关键是“Y” / X，根本在于Y: what X is at bottom, or what it
# turns on; Y is the point
ESSENCE_FRAME = r"(?:本质|实质|要义|精髓|真谛|内核|关键|核心|根本|要害|基础|前提)(?:上)?(?:就)?(?:是|在于)“?"
ESSENCE_RE = re.compile(r"(?P<term>[^，。；：！？“”、]{2,12}?)(?:，|的)?" + ESSENCE_FRAME
                        + r"(?P<pred>[^，。；：！？“”、]{2,10})”?(?=[，。；！？”]|$)")
ESSENCE_BEFORE_RE = re.compile(ESSENCE_FRAME + "$")
# a predicate opening on a modal or a preposition is a clause to recite (关键是要…, 根本在于通过…)
CLAUSE_PREDICATE_STARTS = ("要", "必须", "应", "需", "能", "让", "使", "把", "将", "对", "在", "以", "从", "通过", "根据",
                           "由于", "因为", "如何", "怎样")
QUOTE_OPEN_RE = re.compile(r"[：:]“")  # 强调：“…”: the quoted sentence starts here
CLAUSE_BREAK_RE = re.compile(r"[，；]")
MAX_PREDICATE = 10
SIBLING_PREDICATE_RE = re.compile(r"”?，(?:也|更|还|又|既|同时)?(?:就)?(?:是|在于)")


@dataclass(frozen=True)
class Definition:
    span: tuple[int, int]  # what a question blanks: the subject, or the predicate (see the module's doc)
    label: str             # the term defined


def find_definitions(text: str, terms: dict[str, str] | None = None, title: str = "") -> list[Definition]:
    """The definition at the head of the sentence `text` or of a quotation in it (at most one each).

    A two-character subject (教育是…) counts only when it is one of the article's `terms`."""
    out = []
    heads = [0] + [m.end() for m in QUOTE_OPEN_RE.finditer(text)]
    for start in heads:
        found = _essence(text, start) or _copula(text, start, terms or {}, title)
        if found:
            out.append(found)
    for m in CLAUSE_BREAK_RE.finditer(text):  # …，稳预期的本质是稳信心: a frame may open a later clause
        found = m.end() not in heads and _essence(text, m.end())
        if found and all(found.span != d.span for d in out):
            out.append(found)
    return out


def after_essence_frame(text: str, start: int) -> bool:
    """Does text[start:] follow an essence frame (…，本质是 / …的关键是“)? Its predicate is the point."""
    return bool(ESSENCE_BEFORE_RE.search(text, max(0, start - 8), start))


def _essence(text: str, start: int) -> Definition | None:
    m = ESSENCE_RE.match(text, start)
    if not m or not _defined_term(m.group("term")) or not _predicate(m.group("pred")) \
            or m.group("pred").startswith(CLAUSE_PREDICATE_STARTS) or SIBLING_PREDICATE_RE.match(text, m.end()):
        return None
    return Definition(m.span("pred"), m.group("term"))


def _copula(text: str, offset: int, terms: dict[str, str], title: str) -> Definition | None:
    m = COPULA_RE.search(text, offset + 2, offset + 16)
    if not m or len(text) - m.end() < 6 or text[m.start() - 1] in NOT_COPULA_BEFORE \
            or text[m.end()] in "：:，":  # 目标是：… introduces a list, it defines nothing
        return None
    head = text[offset:m.start()].rstrip("，")
    start = offset + (2 if head.startswith("所谓") else 0)
    term = text[start:offset + len(head)]
    if term in GENERIC_WORDS or not _defined_term(term) or text[m.end():].startswith(("否", "不", "因为", "由于", "为了")) \
            or term.startswith(NOT_DEFINED_START) or term[:2] in LEADING_VERBS \
            or (len(term) == 2 and term not in terms) or term.endswith(NOT_DEFINED_END):
        return None
    predicate = _predicate_span(text, m.end())
    if title and term.strip("“”") in title and predicate:
        return Definition(predicate, term)  # 因地制宜，是（正确政绩观）: the title term is no blank
    quoted = QUOTED_RE.fullmatch(term) is not None  # “五大任务”是…: the blank keeps the quotes
    return Definition((start + 1, start + len(term) - 1) if quoted else (start, start + len(term)), term)


def _predicate_span(text: str, start: int) -> tuple[int, int] | None:
    """The predicate after the copula when it is a short term closing its clause (是正确政绩观，)."""
    m = re.match(r"[^，。；：！？“”、]{2,%d}(?=[，。；！？”]|$)" % MAX_PREDICATE, text[start:])
    if not m or not _predicate(m.group(0)) or SIBLING_PREDICATE_RE.match(text, start + m.end()):
        return None  # 是（正确政绩观），是科学方法论: each of the row fits the first slot
    return start, start + m.end()


def _predicate(text: str) -> bool:
    """A short term, not a count (一项系统工程), a phrase with 的, or a generic word."""
    return not text.startswith(BAD_TERM_STARTS + ("一",)) and "的" not in text and not is_generic(text) \
        and text not in GENERIC_WORDS and len(text) <= MAX_PREDICATE


def _defined_term(term: str) -> bool:
    """A term that can be defined: no interrogative, no quotation left open, no phrase (的了着过)."""
    quoted = QUOTED_RE.fullmatch(term)
    if term.startswith(("“", "‘")) and not quoted:
        return False  # “什么是好事实事…”: the quotation's opening mark, not a quoted term
    inner = quoted.group(1) if quoted else term
    return looks_like_term(inner) and not inner.startswith(INTERROGATIVE_STARTS) \
        and not any(ch in inner[:-1] for ch in "的了着过") and len(inner) <= 12

"""What a candidate key term is: the text's units (Role, TextUnit), where a candidate was found
(Source) and the Candidate itself. The finders fill a dict of them, term → Candidate.

    >>> found = {}
    >>> add_candidate(found, " 两个结合 ", Source.NUMERIC)
    >>> found["两个结合"].sources == {Source.NUMERIC}
    True

Signals (quotes, titles, numbers, parallel formulas, lexicon entries) are found in term_signals.py,
the n-gram candidates of jieba's tokens in term_phrases.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable

from content.model import Article


class Role(Enum):
    TITLE = "title"
    CORE = "core"
    HEADING = "heading"
    BODY = "body"


class Source(Enum):
    __hash__ = object.__hash__  # members are singletons; Enum's own hash is slow Python code
    QUOTE = "quote"
    QUOTE_HEAD = "quote_head"
    BOOK = "book"
    LEXICON = "lexicon"
    NUMERIC = "numeric"
    PARALLEL = "parallel"
    FIGURE = "figure"
    PHRASE = "phrase"
    TARGET = "target"
    WORD = "word"
    NAMED = "named"  # a phrase with the modifier it always carries: 新时代的文化使命
    MEMBER = "member"  # an item of a quoted list that names a set: “水网、新型电网、…”
    WORK = "work"  # a title in a list of titles (films, books): an example rather than a document to learn
    HEADLINE = "headline"  # a noun phrase of a title or heading: 精品力作
    POINT = "point"  # the noun phrase of a numbered point: 第三，坚持和完善|社会主义基本经济制度。
    TOPIC = "topic"  # the topic of one of a series of sentences: 。安全稳定屏障方面，…
    PROGRAMME = "programme"  # a programme launched by name: 实施|单产提升行动, 打好|“三北”工程攻坚战
    INSTITUTION = "institution"  # an institution set up by name: 建立健全|重大决策终身责任追究制度
    FRAME = "frame"  # a formulation on a rhetorical frame: 既要做显功，也要做潜功, 目标导向和问题导向相统一
    VOCABULARY = "vocabulary"  # a phrase of the general vocabulary (content/lexicon/vocabulary.txt)
    SERIES = "series"  # a list named as one requirement: 产业兴旺、生态宜居、…、生活富裕|的总要求
    CITED = "cited"  # a short sentence a leader is quoted saying: 没有监督的权力必然导致腐败，这是一条铁律
    MAXIM = "maxim"  # a sentence of two (or four) clauses of one length: 道不虚谈，学求实效
    LIST = "list"  # unlike items of one length set out together: 把方向、管大局、作决策、保落实
    COINED = "coined"  # two words the article coins alike and says together: 魂脉 and 根脉, 显绩 and 潜绩


@dataclass
class TextUnit:
    text: str
    role: Role


@dataclass
class Candidate:
    term: str
    sources: set[Source] = field(default_factory=set)
    tokens: tuple[str, ...] = ()
    siblings: tuple[str, ...] = ()  # the other members of the named set this term belongs to


Cutter = Callable[[str], list[str]]

# Spans in quote marks: candidates (term_quotes.py) and stress on a term (term_text.py).
QUOTE = re.compile(r"“([^“”]{1,40})”|‘([^‘’“”]{1,40})’|「([^「」]{1,40})」")


def article_units(article: Article) -> list[TextUnit]:
    units = [TextUnit(article.title, Role.TITLE)] if article.title else []
    if article.subtitle:  # ——以高质量发展的确定性应对外部环境急剧变化的不确定性①: a series' theme, stressed as a heading
        units.append(TextUnit(article.subtitle, Role.HEADING))
    units += [TextUnit(p, Role.CORE) for p in article.core_points]
    for sec in article.sections:
        if sec.heading:
            units.append(TextUnit(sec.heading, Role.HEADING))
        units += [TextUnit(p, Role.BODY) for p in sec.paragraphs]
    return units


def add_candidate(found: dict[str, Candidate], term: str, source: Source) -> None:
    term = term.strip()
    if len(term) >= 2:
        found.setdefault(term, Candidate(term)).sources.add(source)

"""What kind of key term a phrase is: slogan, concept, document, place, figure or other.

    >>> kind_of("《中华人民共和国民法典》", set(), Lexicon())
    <TermKind.DOCUMENT: 'document'>
    >>> kind_of("1.75亿千瓦", {Source.FIGURE}, Lexicon())
    <TermKind.FIGURE: 'figure'>
"""
from __future__ import annotations

import re

from content.lexicon_files import Lexicon
from content.model import TermKind
from content.term_candidates import Source
from content.term_figures import FIGURE

PLACE_SUFFIXES = ("新区", "自贸区", "试验区", "示范区", "经济带", "经济圈", "城市群", "大湾区", "流域", "片区",
                  "自治区", "自治州", "自治县", "特区", "开发区", "高新区", "综合保税区")
NUMERIC_FORMULA = re.compile(r"^第?[一二两三四五六七八九十]{1,3}(?:个|项|大|种|条|张|位|步)")
SLOGAN_SOURCES = {Source.QUOTE, Source.NUMERIC, Source.PARALLEL, Source.LIST, Source.SERIES, Source.FRAME, Source.MAXIM, Source.CITED}


def kind_of(term: str, sources: set, lexicon: Lexicon) -> TermKind:
    if term.startswith("《"):
        return TermKind.OTHER if Source.WORK in sources else TermKind.DOCUMENT  # a film in a list is no document
    if Source.FIGURE in sources or FIGURE.fullmatch(term):
        return TermKind.FIGURE
    if term in lexicon.places or term.endswith(PLACE_SUFFIXES):
        return TermKind.PLACE
    if term in lexicon.formulas or term in lexicon.sayings or sources & SLOGAN_SOURCES or NUMERIC_FORMULA.match(term) or "、" in term:
        return TermKind.SLOGAN
    if term in lexicon.concepts or len(term) >= 3 or Source.COINED in sources:
        return TermKind.CONCEPT  # 魂脉, 根脉: the article's own pair of concepts
    return TermKind.OTHER

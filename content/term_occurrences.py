"""Where a key term stands in an article: every occurrence, except where marking it would mark half
a word or half the name of a law.

    >>> normalize_term(" “两个结合” ")
    '两个结合'
"""
from __future__ import annotations

from itertools import compress, count, repeat
from typing import Callable

from content.cjk_text import CJK
from content.model import Article, Occurrence
from content.segmenter import Segmenter
from content.term_figures import part_of_number

EDGE_CONTEXT = 4  # characters either side of an occurrence cut to see whether a word runs across its edge
QUOTE_MARKS = "“”‘’「」\"'"
LAW_WORD_SECONDS = frozenset("治律规制人院官庭定宝则理门子")  # 法治, 法律, 法规 …: words of their own after a term


QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", '"': '"', "'": "'"}
CLOSING_MARKS = {close: open_ for open_, close in QUOTE_PAIRS.items()}


def normalize_term(term: str) -> str:
    """A user's or the extractor's spelling of a term, without spaces or quote marks around it; marks
    that belong to it stay (“1571”工作部署, not 1571”工作部署).

        >>> normalize_term("“1571”工作部署"), normalize_term("“六张网"), normalize_term("“人工智能+”")
        ('“1571”工作部署', '六张网', '人工智能+')
    """
    term = term.strip()
    while len(term) >= 2:
        first, last, inner = term[0], term[-1], term[1:-1]
        if first in QUOTE_PAIRS and last == QUOTE_PAIRS[first] and not any(m in inner for m in QUOTE_MARKS):
            term = inner.strip()   # “两个结合”: quoted whole
        elif first in QUOTE_PAIRS and QUOTE_PAIRS[first] not in term[1:]:
            term = term[1:].strip()   # a mark whose partner was left out
        elif last in CLOSING_MARKS and CLOSING_MARKS[last] not in term[:-1]:
            term = term[:-1].strip()
        else:
            break
    return term


def bare_term(term: str) -> str:
    """The term without any quote or title marks or spaces: two spellings of one term compare equal.

        >>> bare_term("“1571”工作部署") == bare_term("1571工作部署")
        True
    """
    return "".join(ch for ch in term if ch not in QUOTE_MARKS and ch not in "《》〈〉" and not ch.isspace())


def find_occurrences(article: Article, term: str,
                     splits_word: Callable[[str, int, int], bool] | None = None) -> list[Occurrence]:
    """Every non-overlapping occurrence of term in the article's paragraphs, in reading order, except
    where it opens the name of a law (食品安全|法执法检查): the reader would mark half a name. With
    `splits_word(text, start, end)`, also not where the occurrence cuts a word (继民|法典|之后).

    >>> from content.model import Section
    >>> art = Article("t", sections=[Section(None, ["食品安全法执法检查，守护食品安全，完善食品安全法律。"])])
    >>> [(o.start, o.end) for o in find_occurrences(art, "食品安全")]
    [(12, 16), (19, 23)]
    """
    found: list[Occurrence] = []
    if not term:
        return found
    for spelling in _spellings(term):
        for si, section in enumerate(article.sections):
            paragraphs = section.paragraphs
            # most paragraphs lack the term: which do is asked in C (every term of an article asks each one)
            for pi in compress(count(), map(str.__contains__, paragraphs, repeat(spelling))):
                text = paragraphs[pi]
                pos = text.find(spelling)
                while pos != -1:
                    end = pos + len(spelling)
                    if not _names_a_law(spelling, text, end) and not (splits_word and splits_word(text, pos, end)):
                        found.append(Occurrence(si, pi, pos, end))
                    pos = text.find(spelling, end)
    return found if len(found) < 2 or "“" not in term else sorted(found, key=_reading_order)


OUTER_TO_INNER = str.maketrans("“”", "‘’")


def _spellings(term: str) -> tuple[str, ...]:
    """A quoted term as the text writes it, and inside a quotation, with the inner marks (形成既‘放得活’又
    ‘管得住’的经济秩序”): the reader marks both.

        >>> _spellings("既“放得活”又“管得住”"), _spellings("新质生产力")
        (('既“放得活”又“管得住”', '既‘放得活’又‘管得住’'), ('新质生产力',))
    """
    return (term, term.translate(OUTER_TO_INNER)) if "“" in term else (term,)


def _reading_order(occurrence: Occurrence) -> tuple[int, int, int]:
    return occurrence.section, occurrence.paragraph, occurrence.start


def _names_a_law(term: str, text: str, end: int) -> bool:
    """食品安全法, 反不正当竞争法: 法 right after a term ends a law's name, unless it starts a word of its
    own (食品安全法治, 食品安全法律法规)."""
    return text.startswith("法", end) and text[end + 1:end + 2] not in LAW_WORD_SECONDS


def word_splitter(segmenter: Segmenter) -> Callable[[str, int, int], bool]:
    """`splits_word` for find_occurrences: whether the words around an occurrence run across its
    edges. 法典 in 继民法典之后 is part of 民法典, not the term (the reader would mark half a word)."""
    def splits_word(text: str, start: int, end: int) -> bool:
        if part_of_number(text, start, end):
            return True  # 5%左右 of 5.5%左右, 1.75亿千瓦 of 21.75亿千瓦: another figure
        if not (start > 0 and CJK.match(text[start - 1]) or end < len(text) and CJK.match(text[end])):
            return False
        if not (segmenter.runs_across(text, start) or segmenter.runs_across(text, end)):
            return False  # no dictionary word crosses either edge: no need to cut
        left = max(0, start - EDGE_CONTEXT)
        bounds, pos = set(), left
        for token in segmenter.cut(text[left:end + EDGE_CONTEXT]):
            bounds.add(pos)
            pos += len(token)
        bounds.add(pos)
        return start not in bounds or end not in bounds
    return splits_word

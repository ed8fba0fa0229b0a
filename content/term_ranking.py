"""The order of the candidate key terms: a rough order by specificity and repetition, then full
statistics (term_scoring) for the likely ones, document frequencies for a shortlist, and the choice
of the top terms (term_selection), weighted against the best.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from itertools import accumulate

from content.lexicon_files import Lexicon
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Source
from content.term_figures import figure_in, national_total, told_by_example
from content.term_occurrences import normalize_term, word_splitter
from content.term_scoring import Specificity, TermStats, score
from content.term_selection import MIN_FIGURES, REFERENCE_LENGTH, best_first, select_top
from content.term_text import ArticleText

SHORTLIST = 70
# candidates given full statistics: a long report's quoted name said once (“一国两制”) must not fall
# behind the many vocabulary names it says twice (4 × SHORTLIST lost two of them in a government report)
ROUGH_LIST = 5 * SHORTLIST
MIN_WEIGHT = 0.04
TOKEN_ONLY, TOKEN_SOURCES = 0.1, frozenset({Source.WORD})
FEW_TERMS = 10
OPENING_TAGS = frozenset("p r".split())  # a preposition or a pronoun (以, 在, 我国) opens a sentence
UNLIKE_ITEMS, LIST_ONLY = 0.75, frozenset({Source.LIST})
ONE_PAIR, PAIRED_ONLY = 0.5, frozenset({Source.PARALLEL, Source.WORD})
PLAIN_WORD_FLOOR = 0.2  # a short word with no signal but its frequency (内容, 时间) pads a short text's list
EARLY_FIGURE = 0.1
PLACE_ONCE = 0.8
AS_DATE = 0.6
TIME_TAILS = ("以来", "以后", "之后", "前夕", "召开", "期间", "闭幕", "开幕")


class TermRanker:
    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon
        self._splits_word = word_splitter(segmenter)

    def rank(self, cands: dict[str, Candidate], text: ArticleText, corpus_texts: list[str],
             removed: set[str]) -> list[tuple[Candidate, float]]:
        spec = Specificity(self.lexicon, self.segmenter.idf, self.segmenter.idf_median, self.segmenter.knows,
                           self.segmenter.cut, self._opens_call)
        rough = [(cand, spec(cand)) for term, cand in cands.items() if not removed or normalize_term(term) not in removed]
        # emphasis can lift a term at most a few places: full statistics for the likely ones only
        rough.sort(key=lambda cs: -cs[1] * (1 + math.log(1 + len(text.positions(cs[0].term)))))
        rough = rough[:ROUGH_LIST] + [cs for cs in rough[ROUGH_LIST:] if text.leads_or_titles(cs[0].term)]
        scored = []
        for cand, value in rough:
            stats = text.stats(cand.term)
            if stats.total > 0:
                scored.append([cand, stats, value * self._in_passing(cand.term, stats, text) * _early(cand, text)])
        density = min(1.0, REFERENCE_LENGTH / max(1, len(text.joined)))
        umbrella = self.lexicon.umbrella
        scored.sort(key=lambda row: -score(row[0], row[1], row[2], 0, density, row[0].term in umbrella))
        # document frequencies only for the shortlist: scanning the library is the costly part
        figures = [row for row in scored[SHORTLIST:] if Source.FIGURE in row[0].sources][:MIN_FIGURES]
        wanted = {s for row in scored[:SHORTLIST] for s in row[0].siblings}
        members = [row for row in scored[SHORTLIST:] if row[0].term in wanted]  # a set is learned whole
        shortlist = scored[:SHORTLIST] + figures + members
        library = Library(corpus_texts)
        for row in shortlist:
            row[1].documents = library.documents(row[0].term)
        raw = {c.term: score(c, st, sp, len(corpus_texts), density, c.term in umbrella) for c, st, sp in shortlist}
        final = sorted(((c, raw[c.term] * _signal_factor(c, text)) for c, st, sp in shortlist), key=best_first)
        joined, splits = text.joined, self._splits_word
        top = select_top(final, len(joined),
                         lambda term: [p for p in text.positions(term) if not splits(joined, p, p + len(term))],
                         told_by_example(joined), lambda figure: any(figure_in(figure, u.text) for u in text.emphasized)
                         or national_total(figure, joined))
        best = top[0][1] if top else 1.0
        best_raw = max((raw[c.term] for c, s in top), default=1.0)
        # the floors ask how a term scores on its own, wherever its lack of signal puts it in the order
        kept = [(c, max(round(s / best, 3), MIN_WEIGHT)) for c, s in top
                if raw[c.term] / best_raw >= (PLAIN_WORD_FLOOR if _plain_word(c) else MIN_WEIGHT)]
        return _few_plain_words(kept, text)

    def _opens_call(self, word: str) -> bool:
        """扎实|推动…, 以|新的…, 我国|经济已由…: a word that opens a sentence, not a name (a title's first word)."""
        return self.segmenter.acts(word) or self.segmenter.tag(word) in OPENING_TAGS

    def _in_passing(self, term: str, stats: TermStats, text: ArticleText) -> float:
        """A name used mostly as a date (党的十八大以来) or a place named once beside the article's own
        region (京津冀) is context, not a term to learn."""
        factor = 1.0
        if stats.total == 1 and term in self.lexicon.places:
            factor *= PLACE_ONCE
        positions, joined, size = text.positions(term), text.joined, len(term)
        if 3 * sum(joined.startswith(TIME_TAILS, p + size) for p in positions) >= 2 * len(positions):
            factor *= AS_DATE
        return factor


class Library:
    """The library's other texts as one string: a term's document count is one search through them
    all, which goes on at the next text once the term is found in one.

        >>> Library(["新质生产力，新质生产力", "生产", "生产力"]).documents("生产力")
        2
    """

    def __init__(self, texts: list[str]):
        self.joined = "\n".join(texts)
        self.starts = list(accumulate((len(t) + 1 for t in texts), initial=0))  # the last one is past the end

    def documents(self, term: str) -> int:
        count, pos = 0, self.joined.find(term)
        while pos != -1:
            text_end = self.starts[bisect_right(self.starts, pos)] - 1
            if pos + len(term) <= text_end:
                count += 1
                pos = self.joined.find(term, text_end + 1)
            else:  # across the line between two texts (a term holding a line break): in neither
                pos = self.joined.find(term, pos + 1)
        return count


def _early(cand: Candidate, text: ArticleText) -> float:
    """A text opens on its headline figures (国内生产总值达到134.9万亿元): among many statistics said
    once, the earlier ones come first."""
    if Source.FIGURE not in cand.sources:
        return 1.0
    return 1.0 + EARLY_FIGURE * (1.0 - text.positions(cand.term)[0] / max(1, len(text.joined)))


def _unmarked(cand: Candidate, text: ArticleText) -> bool:
    """A word found only by the tokenizer (阅读, 书籍, 古往今来: no quote, no listed name, only its
    repetition), and not in the title, a core point or a heading (博物馆 of 借智博物馆…); a word of two characters
    is unmarked wherever it stands (空间, 红利 of a 提要 line, 体验 of a heading)."""
    return cand.sources == TOKEN_SOURCES and (len(cand.term) <= 2 or not text.leads_or_titles(cand.term))


def _signal_factor(cand: Candidate, text: ArticleText) -> float:
    """An unmarked word comes after the terms the text marks: of 55 words found only by the tokenizer
    in the top forty of 50 articles with instructors' lists, the instructors had listed none. A list
    of unlike items and nothing else (营商环境、政策支持、人才培养) counts three quarters: 11 of 71 such
    lists in those top forties were the instructors' (a third of the terms at ranks 20 to 40 were); at a
    half, real formulas a reviewer wanted fell out (教育筑基、科技赋能、人才引领) for about the same measure.
    Two parallel items said once with no other signal (就是工作、就是政绩, 越复杂、越艰难) count a half: the
    instructors had listed 10 of 46 such pairs in those top forties, of lists of three or more 30 of 50."""
    if cand.sources == LIST_ONLY:
        return UNLIKE_ITEMS
    if cand.sources <= PAIRED_ONLY and cand.term.count("、") == 1 and len(text.positions(cand.term)) <= 1:
        return ONE_PAIR  # said again and again (有效市场、有为政府) it is the text's own pair
    return TOKEN_ONLY if _unmarked(cand, text) else 1.0


def _few_plain_words(ranked: list[tuple[Candidate, float]], text: ArticleText) -> list[tuple[Candidate, float]]:
    """Unmarked words fill a list the text's signals leave short (a note of three paragraphs), up to
    FEW_TERMS; beside that many marked terms they are no terms to learn."""
    unmarked = {c.term for c, w in ranked if _unmarked(c, text)}
    room = max(0, FEW_TERMS - (len(ranked) - len(unmarked)))
    kept = []
    for c, w in ranked:
        if c.term in unmarked:
            if not room:
                continue
            room -= 1
        kept.append((c, w))
    return kept


def _plain_word(cand: Candidate) -> bool:
    """A two-character word found only by the tokenizer (体验, 课程): a key term only when it ranks well."""
    return cand.sources == TOKEN_SOURCES and len(cand.term) <= 2

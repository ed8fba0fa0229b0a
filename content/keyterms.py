"""Key terms of an article, as an instructor would pick them, with every occurrence.

    >>> from content.model import Section
    >>> art = Article("坚持“两个结合”", sections=[Section(None, ["必须坚持“两个结合”。", "“两个结合”是法宝。"])])
    >>> [(o.paragraph, o.start, o.end) for o in find_occurrences(art, "两个结合")]
    [(0, 5, 9), (1, 1, 5)]

Steps: candidates from the text's signals and from jieba's tokens (term_gathering: term_signals,
term_phrases; pairs of coined words, term_coinages); filters for generic words (term_screening) and
fragments (term_fragments: a term that only ever stands inside a longer one is not a term of its
own); the ranking (term_ranking: scores from term_scoring, the choice of the top terms from
term_selection); kinds (term_kinds); readings (pinyin_reading); occurrences (term_occurrences).
"""
from __future__ import annotations

from typing import Callable, Iterable

from content.lexicon_files import Lexicon
from content.model import Article, KeyTerm
from content.segmenter import Segmenter
from content.term_candidates import Candidate, article_units
from content.term_fragments import FragmentFilter
from content.term_gathering import CandidateGatherer
from content.term_kinds import kind_of
from content.term_occurrences import find_occurrences, normalize_term, word_splitter
from content.term_ranking import TermRanker
from content.term_screening import CandidateScreen
from content.term_text import ArticleText


class KeyTermExtractor:
    def __init__(self, segmenter: Segmenter, reading: Callable[[str], str] | None = None):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon
        self.reading = reading or (lambda term: "")
        self._gatherer = CandidateGatherer(segmenter)
        self._opens_name = self._gatherer.opens_name  # where a name may start (tests ask the extractor)
        self._screen = CandidateScreen(segmenter)
        self._fragments = FragmentFilter(segmenter)
        self._ranker = TermRanker(segmenter)
        self._splits_word = word_splitter(segmenter)

    def extract(self, article: Article, corpus: Iterable[Article] | None = None,
                added: Iterable[str] = (), removed: Iterable[str] = ()) -> list[KeyTerm]:
        units = [u for u in article_units(article) if u.text.strip()]
        text = ArticleText(units)
        corpus_texts = [a.full_text() for a in (corpus or []) if a is not article]
        cands = self._gatherer.gather(units, text.uses_found)
        cands = self._gatherer.with_named_phrases(self._screen.drop_weak(cands, text), text)
        cands = self._gatherer.with_coinages(cands, text)
        cands = self._screen.drop_descriptions(self._fragments.drop_fragments(cands, text))
        removed_set = {normalize_term(t) for t in removed}
        ranked = self._ranker.rank(cands, text, corpus_texts, removed_set)
        # a term the reader cannot find in the text (9个受降国代 of 受降国代表) is no term to learn
        terms = [term for term in (self._key_term(article, c, w) for c, w in ranked)
                 if term.count or _emphasized(article, term.term)]
        return self._with_corrections(article, terms, added, removed_set)

    def _key_term(self, article: Article, cand: Candidate, weight: float) -> KeyTerm:
        occurrences = find_occurrences(article, cand.term, self._splits_word)
        return KeyTerm(term=cand.term, weight=weight, kind=kind_of(cand.term, cand.sources, self.lexicon),
                       count=len(occurrences), pinyin=self.reading(cand.term), occurrences=occurrences)

    def _with_corrections(self, article: Article, terms: list[KeyTerm], added: Iterable[str],
                          removed: set[str]) -> list[KeyTerm]:
        """User-added terms come first, always present; removed ones never appear."""
        by_term = {t.term: t for t in terms}
        front = []
        for raw in added:
            term = normalize_term(raw)
            if not term or term in removed or any(f.term == term for f in front):
                continue
            existing = by_term.pop(term, None)
            occurrences = find_occurrences(article, term)
            kind = existing.kind if existing else kind_of(term, set(), self.lexicon)
            front.append(KeyTerm(term=term, weight=1.0, kind=kind, count=len(occurrences),
                                 pinyin=self.reading(term), occurrences=occurrences))
        rest = [t for t in terms if t.term in by_term and normalize_term(t.term) not in removed]
        return front + rest


def _emphasized(article: Article, term: str) -> bool:
    """Said in the title, its subtitle, a core point or a heading (科技强区 of the title), not in the paragraphs."""
    return term in article.title or term in article.subtitle or any(
        term in p for p in article.core_points) or any(term in (sec.heading or "") for sec in article.sections)

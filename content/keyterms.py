"""Key terms of an article, as an instructor would pick them, with every occurrence.

    >>> from content.model import Article, Section
    >>> art = Article("坚持“两个结合”", sections=[Section(None, ["必须坚持“两个结合”。", "“两个结合”是法宝。"])])
    >>> [(o.paragraph, o.start, o.end) for o in find_occurrences(art, "两个结合")]
    [(0, 5, 9), (1, 1, 5)]

Steps: candidates from the text's signals and from jieba's tokens (term_candidates, term_phrases);
filters for generic words and fragments (a term that only ever stands inside a longer one is not a
term of its own); scores (term_scoring); the choice of the top terms (term_selection); kinds
(term_kinds); readings (pinyin_reading).
"""
from __future__ import annotations

import math
import re
from typing import Callable, Iterable

from content.cjk_text import CJK
from content.lexicon_files import Lexicon
from content.model import Article, KeyTerm, Occurrence
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Role, Source, TextUnit, article_units, power_goals, signal_candidates
from content.term_frames import balanced_sentences, cited_sentences, framed_formulations
from content.term_kinds import kind_of
from content.report_outline import numbered_leads, numbered_points, topic_series
from content.term_programmes import institution_body, institution_names, learned_name, programme_names
from content.term_pairs import extended_formulas, stock_pairs
from content.term_phrases import (EDGE_TAGS, FUNCTION_WORDS, PERSON_TITLES, REPORTING_VERBS, de_phrases, heading_phrases,
                                  name_extensions, phrase_candidates, verb_phrases)
from content.term_lists import word_boundary
from content.term_scoring import STRONG_SOURCES, Specificity, TermStats, score
from content.term_selection import MIN_FIGURES, REFERENCE_LENGTH, select_top
from content.term_text import ArticleText

PERIODS = ("时期", "开局之年", "收官之年")  # “十五五”时期: the plan's period; the plan stays a term
SHORTLIST = 70
ROUGH_LIST = 4 * SHORTLIST
MIN_WEIGHT = 0.04
EDGE_CONTEXT = 4  # characters either side of an occurrence cut to see whether a word runs across its edge
PLAIN_WORD_FLOOR = 0.2  # a short word with no signal but its frequency (内容, 时间) pads a short text's list
EARLY_FIGURE = 0.1
QUOTE_MARKS = "“”‘’「」\"'"
PURE_NUMBER = re.compile(r"^[\d.%％年月日号第]+$")
PLACE_ONCE = 0.8
AS_DATE = 0.6
LOCATIVES = frozenset("中上下里内外间")  # they close a phrase (建设中, 实践中); a word of the tokenizer's guessing opening on one is a cut
SPEAKING = tuple(sorted(REPORTING_VERBS))  # what follows a speaker's name (王国栋说, 黄心宇表示)
LAW_WORD_SECONDS = frozenset("治律规制人院官庭定宝则理门子")  # 法治, 法律, 法规 …: words of their own after a term
TIME_TAILS = ("以来", "以后", "之后", "前夕", "召开", "期间", "闭幕", "开幕")


def normalize_term(term: str) -> str:
    """A user's or the extractor's spelling of a term, without surrounding quotes or spaces."""
    term = term.strip().strip(QUOTE_MARKS).strip()
    return term


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
    for si, pi, text in article.iter_paragraphs():
        pos = text.find(term)
        while pos != -1:
            end = pos + len(term)
            if not _names_a_law(term, text, end) and not (splits_word and splits_word(text, pos, end)):
                found.append(Occurrence(si, pi, pos, end))
            pos = text.find(term, end)
    return found


def _names_a_law(term: str, text: str, end: int) -> bool:
    """食品安全法, 反不正当竞争法: 法 right after a term ends a law's name, unless it starts a word of its
    own (食品安全法治, 食品安全法律法规)."""
    return text.startswith("法", end) and text[end + 1:end + 2] not in LAW_WORD_SECONDS


class KeyTermExtractor:
    def __init__(self, segmenter: Segmenter, reading: Callable[[str], str] | None = None):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon
        self.reading = reading or (lambda term: "")

    def extract(self, article: Article, corpus: Iterable[Article] | None = None,
                added: Iterable[str] = (), removed: Iterable[str] = ()) -> list[KeyTerm]:
        units = [u for u in article_units(article) if u.text.strip()]
        text = ArticleText(units)
        corpus_texts = [a.full_text() for a in (corpus or []) if a is not article]
        cands = self._candidates(units)
        cands = self._with_de_phrases(self._drop_weak(cands, text), text)
        cands = self._drop_fragments(cands, text)
        removed_set = {normalize_term(t) for t in removed}
        ranked = self._rank(cands, text, corpus_texts, removed_set)
        terms = [self._key_term(article, c, w) for c, w in ranked]
        return self._with_corrections(article, terms, added, removed_set)

    # -- candidates ---------------------------------------------------------------------------
    def _candidates(self, units: list[TextUnit]) -> dict[str, Candidate]:
        cut = self.segmenter.cut
        cache: dict[str, list[str]] = {}

        def tokens_of(s: str) -> list[str]:
            if s not in cache:
                cache[s] = cut(s)
            return cache[s]

        cands = signal_candidates(units, self.lexicon, self.segmenter.head_words, self.segmenter.tag,
                                  self.segmenter.runs_across, word_boundary(tokens_of))
        seg = self.segmenter
        listed = [t for t, c in cands.items() if "、" in t and Source.LEXICON in c.sources]
        full = "\n".join(u.text for u in units)
        for unit in units:
            for goal in power_goals(unit.text, lambda w: seg.knows(w) and not seg.tag(w)):
                cands.setdefault(goal, Candidate(goal)).sources.add(Source.TARGET)
            for pair in stock_pairs(unit.text, seg.knows, full):
                cands.setdefault(pair, Candidate(pair)).sources.add(Source.PARALLEL)
            for formula in extended_formulas(unit.text, listed):
                cands.setdefault(formula, Candidate(formula)).sources.add(Source.LEXICON)
            for frame in framed_formulations(unit.text):
                cands.setdefault(frame, Candidate(frame)).sources.add(Source.FRAME)
            if unit.role not in (Role.TITLE, Role.HEADING):  # a title of two clauses is a headline
                for maxim in balanced_sentences(unit.text):
                    cands.setdefault(maxim, Candidate(maxim)).sources.add(Source.MAXIM)
                for said in cited_sentences(unit.text):
                    cands.setdefault(said, Candidate(said)).sources.add(Source.CITED)
            for name in institution_names(unit.text, self.lexicon.generic, self._opens_name):
                body = institution_body(name)
                if body in self.lexicon.terms() or body in self.lexicon.vocabulary:
                    continue  # 社会治安综合治理|体制机制: the listed term's own institutions, no new name
                cands.setdefault(name, Candidate(name)).sources.add(Source.INSTITUTION)
            for name in programme_names(unit.text, self.lexicon.generic):
                name = learned_name(name, self.lexicon.terms())
                cands.setdefault(name, Candidate(name)).sources.add(Source.PROGRAMME)

        generic = set(self.lexicon.generic)
        phrases = phrase_candidates([u.text for u in units], tokens_of, self.segmenter.tag, generic)
        headings = [u.text for u in units if u.role in (Role.TITLE, Role.HEADING)]
        for texts, source in ((headings + numbered_leads(units), Source.HEADLINE), (numbered_points(units), Source.POINT)):
            for term, cand in heading_phrases(texts, tokens_of, self.segmenter.tag, generic, source).items():
                phrases.setdefault(term, cand).sources.add(source)
        topics = topic_series(units)
        for term in topics:  # a series of topics names a set's members, like a quoted list
            cand = phrases.setdefault(term, Candidate(term, set(), tuple(tokens_of(term))))
            cand.sources |= {Source.POINT, Source.MEMBER, Source.TOPIC}
            cand.siblings = tuple(t for t in topics if t != term)
        for term, cand in phrases.items():
            if term in cands:
                cands[term].sources |= cand.sources
                cands[term].tokens = cand.tokens
                cands[term].siblings = cands[term].siblings or cand.siblings
            else:
                cands[term] = cand
        return cands

    def _opens_name(self, clause: str, start: int) -> bool:
        """A name starts between words: not 对|外开放新格局 out of 农业对外开放新格局."""
        return not self.segmenter.runs_across(clause, start)

    def _acceptable(self, cand: Candidate, text: ArticleText) -> bool:
        term = cand.term
        if PURE_NUMBER.match(term) or term in FUNCTION_WORDS:
            return False
        if term in self.lexicon.generic and term not in self.lexicon.terms():
            return False
        if Source.QUOTE_HEAD in cand.sources and not cand.sources & STRONG_SOURCES:
            return self._head_belongs(term, text)
        if self._scare_quoted(cand, text):
            return False
        if cand.sources & STRONG_SOURCES or cand.sources & {Source.FIGURE, Source.VOCABULARY}:
            return True
        if cand.sources & {Source.POINT, Source.CITED}:
            return True  # the noun phrase of a numbered point, a quoted sentence: emphasis by place or voice
        if len(text.positions(term)) < 2 or self._speaker(term, text):
            return False
        if cand.sources == {Source.WORD}:
            if self._inside_generic(term, text) or term in PERSON_TITLES:
                return False  # 之义 of 题中应有之义: a piece of a stop-list phrase; 董事长: a person's title
            tag = self.segmenter.tag(term)
            if term[0] in LOCATIVES and not self.segmenter.knows(term):
                return False  # 建设|中来, 实践|中来: the tokenizer's guess glued a locative to the next word
            return not (tag in EDGE_TAGS or tag.startswith(("v", "a")))
        return True

    def _inside_generic(self, term: str, text: ArticleText) -> bool:
        wrappers = self.lexicon.generic_wrappers().get(term)
        if not wrappers:
            return False
        covered = {p + term_at for w in wrappers for p in text.positions(w)
                   for term_at in range(len(w)) if w.startswith(term, term_at)}
        return all(p in covered for p in text.positions(term))

    @staticmethod
    def _speaker(term: str, text: ArticleText) -> bool:
        """王国栋说, 黄心宇表示: a name found by frequency that mostly stands before a reporting verb is
        the person the article quotes, not a term to learn."""
        uses = text.positions(term)
        said = sum(text.joined.startswith(SPEAKING, p + len(term)) for p in uses)
        return 2 * said >= len(uses)

    def _scare_quoted(self, cand: Candidate, text: ArticleText) -> bool:
        """让历史开口“说话”, 让褪色的记忆重新“着色”: quote marks that stress a verb once, not a name."""
        return (cand.sources == {Source.QUOTE} and len(cand.term) <= 2 and len(text.positions(cand.term)) == 1
                and self.segmenter.tag(cand.term).startswith("v"))

    def _with_de_phrases(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        loose = [t for t, c in cands.items() if len(t) >= 3 and not c.sources & STRONG_SOURCES]
        named = de_phrases(loose, text.positions, text.joined, self.segmenter.cut, self.segmenter.tag)
        listed = [t for t, c in cands.items() if Source.LEXICON in c.sources]
        verbs = {w for w in self.lexicon.generic if len(w) == 2}
        named.update(verb_phrases(listed, text.positions, text.joined, verbs))
        named.update(name_extensions(listed, text.positions, text.joined))
        for term, cand in named.items():
            if term in cands:  # a run of tokens that is also a name: the name's source counts
                cands[term].sources.add(Source.NAMED)
                cands[term].tokens = cand.tokens
            else:
                cands[term] = cand
        return cands

    def _head_belongs(self, term: str, text: ArticleText) -> bool:
        """“1571”工作部署 is one term when the quoted part (nearly) always comes with that head."""
        inner = term[1:term.index(term[0] == "“" and "”" or "’", 1)]
        if self.segmenter.tag(inner).startswith("v"):
            return False  # “押注”绿色低碳: a verb stressed in quotes, then its object; no name
        return len(text.positions(term)) >= 0.7 * len(text.positions(inner))

    def _drop_weak(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        return {t: c for t, c in cands.items() if self._acceptable(c, text)}

    def _drop_fragments(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        """Phrase assembly: keep whole expressions, drop the pieces and the loose extensions.

        A run of tokens that wraps a lexicon entry or a quoted formula (发展|新质生产力) is a loose
        extension: the signal knows the expression's bounds better. A shorter term that always
        stands inside a longer one (政绩观 in 正确政绩观) is a fragment.
        """
        strong = {t for t, c in cands.items() if c.sources & (STRONG_SOURCES | {Source.VOCABULARY})}
        supers = _superstrings(cands)
        bounded = {t for t in strong if cands[t].sources & STRONG_SOURCES}  # the general vocabulary's bounds are looser
        loose = {longer for short, longers in supers.items() if short in bounded
                 for longer in longers if cands[longer].sources <= {Source.PHRASE, Source.WORD}
                 and not self._compound(cands[longer], short)}
        loose |= self._verb_led(supers, strong, cands)
        keep = {t: c for t, c in cands.items() if t not in loose}
        keep = _without_crossing(keep, {t for t in strong if t in keep}, text)
        for short, longers in supers.items():
            longers = [t for t in longers if t in keep and not self._leaves_room(cands[t])]
            if short not in keep or not longers:
                continue
            if self._stands_apart(short, [cands[t].sources for t in longers], strong):
                continue
            total = len(text.positions(short))
            free = self._outside(short, longers, text)
            if total == 0 or not free or (short not in strong and len(free) < 0.3 * total):
                keep.pop(short)
            else:
                text.free[short] = free  # repetition counts only the uses outside longer terms
        return keep

    @staticmethod
    def _leaves_room(cand: Candidate) -> bool:
        """A maxim (科技无界，民生为本), a quoted sentence of a leader or a plan's period (“十五五”时期)
        makes no fragment of the names inside it, nor takes their uses. (A list's items said only inside it are pieces of it:
        instructors learn the list whole.)"""
        sources = cand.sources
        return bool(sources) and (sources <= {Source.MAXIM} or sources <= {Source.CITED}
                                  or (sources <= {Source.QUOTE_HEAD} and cand.term.endswith(PERIODS)))

    def _verb_led(self, supers: dict[str, list[str]], strong: set[str], cands: dict[str, Candidate]) -> set[str]:
        """建设|现代化产业体系 in a heading is the task, 现代化产业体系 the name to learn. A short name
        (文化强国) may live only in its slogan (建设文化强国, see verb_phrases); a long one does not."""
        verbs = {w for w in self.lexicon.generic if len(w) == 2}
        return {longer for short, longers in supers.items() if short in strong and len(short) >= 5
                for longer in longers if longer[2:] == short and longer[:2] in verbs
                and not cands[longer].sources & STRONG_SOURCES}

    def _stands_apart(self, short: str, longer_sources: list[set[Source]], strong: set[str]) -> bool:
        """以人民为中心 stays a term inside 以人民为中心、以实干为导向、…; 西部大开发 inside
        实施|西部大开发战略 (of the name and the programme, the better scored is kept later)."""
        soft = {Source.PARALLEL, Source.LIST, Source.MAXIM, Source.PROGRAMME, Source.INSTITUTION}
        if short not in strong or not all(s <= soft for s in longer_sources):
            return False
        return self._stands_alone(short) or all(s == {Source.PROGRAMME} for s in longer_sources)

    def _compound(self, cand: Candidate, inner: str) -> bool:
        """马克思主义|政治经济学, 社会主义|初级阶段: a listed term followed by a specific head noun is a
        compound name; with a verb before it or a stock word after it (构筑|向西开放战略高地,
        新质生产力|发展) it is a loose extension."""
        if not cand.term.startswith(inner) or "".join(cand.tokens) != cand.term:
            return False
        rest, pos = [], 0
        for token in cand.tokens:
            if pos >= len(inner):
                rest.append(token)
            elif pos + len(token) > len(inner):
                return False  # the listed term is not made of whole tokens here
            pos += len(token)
        return bool(rest) and all(
            len(t) >= 2 and t not in self.lexicon.generic and self.segmenter.tag(t)[:1] in ("n", "")
            for t in rest)

    def _stands_alone(self, term: str) -> bool:
        """A formula (以人民为中心) is a term even inside a list; a short item (新动能) is only a list member."""
        return term in self.lexicon.formulas or (len(term) >= 5 and term in self.lexicon.terms())

    @staticmethod
    def _outside(short: str, longers: list[str], text: ArticleText) -> list[int]:
        covered = set()
        for longer in longers:
            offsets = [k for k in range(len(longer) - len(short) + 1) if longer.startswith(short, k)]
            for q in text.positions(longer):
                covered.update(q + k for k in offsets)
        return [p for p in text.positions(short) if p not in covered]

    # -- ranking ------------------------------------------------------------------------------
    def _rank(self, cands: dict[str, Candidate], text: ArticleText, corpus_texts: list[str],
              removed: set[str]) -> list[tuple[Candidate, float]]:
        spec = Specificity(self.lexicon, self.segmenter.idf, self.segmenter.idf_median, self.segmenter.knows,
                           self.segmenter.cut)
        rough = [(cand, spec(cand)) for term, cand in cands.items() if normalize_term(term) not in removed]
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
        for row in shortlist:
            row[1].documents = sum(row[0].term in t for t in corpus_texts)
        final = sorted(((c, score(c, st, sp, len(corpus_texts), density, c.term in umbrella))
                        for c, st, sp in shortlist), key=lambda cs: (-cs[1], cs[0].term))
        top = select_top(final, len(text.joined))
        best = top[0][1] if top else 1.0
        return [(c, round(s / best, 3)) for c, s in top
                if s / best >= (PLAIN_WORD_FLOOR if _plain_word(c) else MIN_WEIGHT)]

    def _in_passing(self, term: str, stats: TermStats, text: ArticleText) -> float:
        """A name used mostly as a date (党的十八大以来) or a place named once beside the article's own
        region (京津冀) is context, not a term to learn."""
        factor = 1.0
        if stats.total == 1 and term in self.lexicon.places:
            factor *= PLACE_ONCE
        positions = text.positions(term)
        if 3 * sum(text.joined.startswith(TIME_TAILS, p + len(term)) for p in positions) >= 2 * len(positions):
            factor *= AS_DATE
        return factor

    def _key_term(self, article: Article, cand: Candidate, weight: float) -> KeyTerm:
        occurrences = find_occurrences(article, cand.term, self._splits_word)
        return KeyTerm(term=cand.term, weight=weight, kind=kind_of(cand.term, cand.sources, self.lexicon),
                       count=len(occurrences), pinyin=self.reading(cand.term), occurrences=occurrences)

    def _splits_word(self, text: str, start: int, end: int) -> bool:
        """Whether the words around an occurrence run across its edges: 法典 in 继民法典之后 is part of
        民法典, not the term (the reader would mark half a word)."""
        if not (start > 0 and CJK.match(text[start - 1]) or end < len(text) and CJK.match(text[end])):
            return False
        if not (self.segmenter.runs_across(text, start) or self.segmenter.runs_across(text, end)):
            return False  # no dictionary word crosses either edge: no need to cut
        left = max(0, start - EDGE_CONTEXT)
        bounds, pos = set(), left
        for token in self.segmenter.cut(text[left:end + EDGE_CONTEXT]):
            bounds.add(pos)
            pos += len(token)
        bounds.add(pos)
        return start not in bounds or end not in bounds

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


def _early(cand: Candidate, text: ArticleText) -> float:
    """A text opens on its headline figures (国内生产总值达到134.9万亿元): among many statistics said
    once, the earlier ones come first."""
    if Source.FIGURE not in cand.sources:
        return 1.0
    return 1.0 + EARLY_FIGURE * (1.0 - text.positions(cand.term)[0] / max(1, len(text.joined)))


def _without_crossing(cands: dict[str, Candidate], strong: set[str], text: ArticleText) -> dict[str, Candidate]:
    """Drop loose phrases that straddle a strong term's edge, or lean on its start, wherever they occur."""
    cover: dict[int, tuple[int, int]] = {}
    for term in sorted(strong, key=lambda t: (len(t), t)):  # a set: its order differs from run to run
        for s in text.positions(term):
            for p in range(s, s + len(term)):
                cover[p] = (s, s + len(term))

    def crosses(a: int, b: int) -> bool:
        for p in (a, b - 1):
            s, e = cover.get(p, (a, b))
            if not (a <= s and e <= b) and not (s <= a and b <= e):
                return True
        return False

    def dangles(a: int, b: int) -> bool:
        """Ends where a strong term begins: a modifier of it (打好精准|脱贫攻坚战), not a name."""
        return cover.get(b, (-1,))[0] == b

    keep = {}
    for term, cand in cands.items():
        positions = text.positions(term)
        loose = cand.sources <= {Source.PHRASE, Source.WORD}
        leaning = loose and 2 * sum(dangles(a, a + len(term)) for a in positions) > len(positions)
        if term in strong or not positions or not (leaning or all(crosses(a, a + len(term)) for a in positions)):
            keep[term] = cand
    return keep


def _superstrings(cands: dict[str, Candidate]) -> dict[str, list[str]]:
    supers: dict[str, list[str]] = {}
    for longer in cands:
        for sub in dict.fromkeys(_substrings(longer)):  # in order: a set would order them differently per run
            if sub in cands:
                supers.setdefault(sub, []).append(longer)
    return supers


def _substrings(term: str) -> Iterable[str]:
    n = len(term)
    for size in range(2, n):
        for i in range(n - size + 1):
            yield term[i:i + size]


def _plain_word(cand: Candidate) -> bool:
    """A two-character word found only by the tokenizer (体验, 课程): a key term only when it ranks well."""
    return cand.sources == {Source.WORD} and len(cand.term) <= 2

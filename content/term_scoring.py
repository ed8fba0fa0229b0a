"""Scores for candidate terms: specific, repeated and emphasized phrases first.

    >>> stats = TermStats(count=4, title=1, core=0, heading=1, quoted=0, documents=0)
    >>> round(emphasis_factor(stats), 2)
    1.9

A term's score is specificity × repetition × emphasis × length × (1 − share of the library's other
articles that also use it). Specificity comes from the source of the candidate (a quoted formula or a
lexicon entry is specific by construction) and otherwise from jieba's IDF of its words.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

from content.lexicon_files import Lexicon
from content.term_candidates import Candidate, Source

PHRASE_SPEC = 1.0
WORD_SPEC = 0.6
PARALLEL_SPEC = 1.1
# A count of measures names a programme to learn whole: 四项重点举措, 三大攻坚战, 五个必由之路.
PROGRAMME_HEADS = ("举措", "任务", "措施", "工程", "行动", "原则", "要求", "经验", "攻坚战", "考验", "危险", "本领",
                   "优势", "特征", "机制", "战略")
COUNTED_PROGRAMME = 1.85
LISTED_WORK = 0.6
PARALLEL_SERIES = 1.7
UMBRELLA = 0.7
UMBRELLA_REPETITION = 0.5
QUOTED_NAME = 1.3
COUNTED_ITEM = re.compile(r"^[一二两三四五六七八九十双多][\u4e00-\u9fff]{1,4}$")
COUNTED_SERIES = 1.7
SENTENCE_WORDS = re.compile(r"[的地是将就对把被从]")
QUOTED_SENTENCE = 0.85
RARE_IDF = 8.5
COMMON_IDF = 7.0  # jieba's IDF of everyday words (发展 3.6, 国家 4.0, 绝大多数 6.9); rare words 9–12
NEW_WORD_SPEC = 1.1
SHORT_LEXICON = {2: 1.0, 3: 1.15}
TARGET_SPEC = 1.5
REPETITION = 0.3
FIGURE_SPEC = 1.0
STRONG_SHORT = {2: 0.65, 3: 0.9}
PLACE_SUFFIXES = ("新区", "自贸区", "试验区", "示范区", "经济带", "经济圈", "城市群", "大湾区")
RARE_PHRASE = 0.8
MEMBER_SPEC = 1.3
STRONG_SOURCES = {Source.QUOTE, Source.BOOK, Source.LEXICON, Source.NUMERIC, Source.PARALLEL, Source.LIST, Source.SERIES,
                  Source.TARGET, Source.PROGRAMME, Source.INSTITUTION, Source.FRAME, Source.MAXIM}
NAMING_SOURCES = STRONG_SOURCES | {Source.FIGURE, Source.QUOTE_HEAD, Source.NAMED, Source.HEADLINE, Source.POINT}
NAMES = frozenset(STRONG_SOURCES | {Source.NAMED})  # a short name of these is still a name (“赶考”)
NAMING = frozenset(NAMING_SOURCES)
QUOTED = frozenset({Source.QUOTE, Source.QUOTE_HEAD})
FRAMED = frozenset({Source.FRAME, Source.MAXIM})
HEADLINE_SPEC = 1.2
TOKENS_ONLY = frozenset({Source.PHRASE, Source.WORD})
PROGRAMME_SPEC = 1.6
INSTITUTION_SPEC = 1.3
FRAME_SPEC = 1.2
SAYING_SPEC = 1.3  # a known saying quoted once: a term, but below the curated concepts and formulas  # an institution named once, as a quoted name is (QUOTED_NAME)
TOPIC_SPEC = 1.6  # a series of topics is the text's own outline, like a quoted list of members
LIST_SPEC = 1.3  # unlike items of one length: a formula, below one built alike
COINED_SPEC = 1.3  # the article's own pair of words (魂脉, 根脉): named like a quoted term, whatever its length
# The general vocabulary's names weigh as a curated concept of four characters (1.25 + 4 × 0.05), shorter
# ones as short concepts do (SHORT_LEXICON), but no longer ones more: the vocabulary also holds plain names
# of sums and sectors (国内生产总值, 一般公共预算) that must not pass a formula said as often. At 1.2 they sat
# below every listed concept: of the fresh checks' vocabulary names ranked 41–60 in theory pieces, 27–40%
# were instructors' terms, of the quotes and titles said once at 31–40 none.
VOCABULARY_SPEC = 1.45
BOOK_SPEC = 1.4
# 《》 names a document, a law or a book by its kind (…的决定, …条例, 《资本论》, 《习近平经济文选》); a title
# of another kind is an article or a speech the text cites as its source (《加快构建新发展格局，把握未来
# 发展主动权》): of 25 such titles in the top forty of articles with instructors' lists none was theirs, of 31 documents 23
DOCUMENT_TITLE = re.compile("(?:法|条例|规定|决定|决议|意见|建议|规划|纲要|方案|办法|计划|报告|通知|章程|准则|纲领|宣言|"
                            "公约|协定|协议|条约|议定书|备忘录|倡议|声明|公报|纪要|行动|白皮书|文选|选集|文集|全集|摘编|论|"
                            "指南|指引|规范|框架|清单|细则|守则|标准|目录|法典|宪章|修正案|解释)"
                            "(?:（[^（）]*）)?》$")
TITLE_SPEC = 1.0  # a title of no document kind: a book (《摆脱贫困》, 《之江新语》), a paper, a speech
# A title written as a sentence is a speech or an article the text cites as its source, whatever its words
# (a long title's rare words made it a phrase of 1.0): a clause (a comma, a modal 要, a copula 是), a speech
# by its kind (…的讲话), or a call opening on a verb or a preposition (扎实推动共同富裕, 以新的发展理念引领发展);
# so is the paper that printed it (《每日电讯报》, 《人民日报》).
CITED_TITLE_SPEC = 0.8
SENTENCE_TITLE = re.compile(r"[，；：？！]|(?:讲话|发言|致辞|演讲|谈话|贺信|回信|报|杂志|周刊)》$")
SENTENCE_WORDS_OF_TITLE = frozenset("要 必须 是 就是".split())
CALL_TITLE = 6  # characters: 《摆脱贫困》, 《论持久战》, 《谈治国理政》 are books


@dataclass
class TermStats:
    count: int      # occurrences in the body paragraphs
    title: int      # 1 when the title contains it
    core: int       # core points containing it
    heading: int    # headings containing it
    quoted: int     # occurrences written in “” or 《》
    documents: int  # other library articles containing it
    lead: int = 0   # occurrences in a paragraph's short lead sentence (a sub-heading)
    echo: int = 0   # core points among `core` that copy a body sentence (emphasis, not repetition)

    @property
    def total(self) -> int:
        return self.count + self.title + self.core - self.echo + self.heading


def emphasis_factor(s: TermStats) -> float:
    return (1.0 + 0.6 * s.title + 0.2 * min(s.core, 2) + 0.3 * min(s.heading, 2) + 0.25 * min(s.lead, 2)
            + 0.35 * min(s.quoted, 2))


def length_factor(term: str) -> float:
    n = len(term)
    if n <= 2:
        return 0.55
    if n == 3:
        return 0.85
    return 1.0 if n <= 14 else 0.85


class Specificity:
    """How specific a candidate is, 0.2–1.5: text signals and the lexicon first, IDF otherwise."""

    def __init__(self, lexicon: Lexicon, idf: Callable[[str], float], idf_median: float,
                 known: Callable[[str], bool] = lambda word: True,
                 cut: Callable[[str], list[str]] = lambda text: [text],
                 opens_call: Callable[[str], bool] = lambda word: False):
        """opens_call: whether a word can open a sentence of its own (a verb, adverb, preposition: 扎实, 以)."""
        self.lexicon = lexicon
        self.opens_call = opens_call
        self.terms = lexicon.terms()  # every listed term (the lexicon is frozen)
        self.known = known
        self.cut = cut
        self.idf = idf
        self.median = idf_median

    def __call__(self, cand: Candidate) -> float:
        if Source.FIGURE in cand.sources:
            return self._figure(cand.term)
        if Source.WORK in cand.sources:
            return LISTED_WORK
        term = cand.term
        if Source.BOOK in cand.sources and self._cited_title(term) and not self._listed(cand):
            return CITED_TITLE_SPEC  # a speech or an article cited as a source: below the names it holds
        values = [self._from_words(cand), *self._listed(cand), *self._signals(cand)]
        if term.endswith(PLACE_SUFFIXES):
            values.append(1.1)
        value = max(values)
        return value * UMBRELLA if term in self.lexicon.umbrella else value

    def _cited_title(self, term: str) -> bool:
        """《加快构建新发展格局，把握未来发展主动权》, 《中国式现代化要靠科技现代化作支撑》, 《扎实推动共同富裕》:
        a speech or an article; 《民法典》, 《摆脱贫困》, 《求是》 are no sentences."""
        if DOCUMENT_TITLE.search(term):
            return False
        inner = term.strip("《》")
        if SENTENCE_TITLE.search(term):
            return True
        words = self.cut(inner)
        if not words:
            return False
        if not SENTENCE_WORDS_OF_TITLE.isdisjoint(words):
            return True  # 《中国式现代化要靠…》 (a word of its own: not 《求是》)
        return len(inner) >= CALL_TITLE and self.opens_call(words[0])

    def _listed(self, cand: Candidate) -> list[float]:
        """Lexicon entries: formulas above concepts, longer ones above shorter ones."""
        term = cand.term
        if term in self.lexicon.formulas:
            return [1.6 + 0.02 * min(len(term), 10)]
        if term in self.lexicon.sayings:
            return [SAYING_SPEC]
        if term in self.terms or Source.LEXICON in cand.sources:
            return [SHORT_LEXICON.get(len(term)) or 1.25 + 0.05 * min(len(term), 10)]
        return []

    def _signals(self, cand: Candidate) -> list[float]:
        """The text's own signals: titles of documents, counts, quotes, series, goals, headings."""
        term, sources, values = cand.term, cand.sources, []
        if sources <= TOKENS_ONLY:
            return values  # most candidates: a run of the tokenizer's words, none of the signals below
        if Source.BOOK in sources:
            values.append(BOOK_SPEC if DOCUMENT_TITLE.search(term) else TITLE_SPEC)
        if Source.NUMERIC in sources:
            values.append(COUNTED_PROGRAMME if term.endswith(PROGRAMME_HEADS) else 1.5)
        if not QUOTED.isdisjoint(sources):
            values.append(self._quoted(term))
        if Source.MEMBER in sources:
            values.append(MEMBER_SPEC)  # a named set's member is no plain word, however short (水网)
        if Source.PARALLEL in sources:
            values.append(self._parallel(term))
        if Source.SERIES in sources:
            values.append(PARALLEL_SERIES)
        if Source.CITED in sources:
            values.append(QUOTED_SENTENCE)
        if Source.LIST in sources:
            values.append(LIST_SPEC)
        if Source.TARGET in sources:
            values.append(TARGET_SPEC)
        if Source.PROGRAMME in sources:
            values.append(PROGRAMME_SPEC)
        if Source.INSTITUTION in sources:
            values.append(INSTITUTION_SPEC)
        if not FRAMED.isdisjoint(sources):
            values.append(FRAME_SPEC)
        if Source.TOPIC in sources:
            values.append(TOPIC_SPEC)
        if Source.VOCABULARY in sources:
            values.append(SHORT_LEXICON.get(len(term), VOCABULARY_SPEC))
        if Source.COINED in sources:
            values.append(COINED_SPEC)
        if self._named_point(cand) or Source.HEADLINE in sources and self._specific_headline(cand):
            values.append(HEADLINE_SPEC)
        if Source.NAMED in sources:  # 建设|文化强国 keeps its name's weight
            values += [self(Candidate(t, {Source.LEXICON})) for t in cand.tokens if t in self.terms]
        return values

    @staticmethod
    def _parallel(term: str) -> float:
        """Three or more items built alike (领导权、管理权、话语权) make a formula; two may be a phrase.
        Items opening alike make one only four or more at a time (专业素养、专业技能、专业精神 lists).

        >>> Specificity._parallel("学史明理、学史增信、学史崇德、学史力行") == PARALLEL_SERIES
        True
        >>> Specificity._parallel("专业素养、专业技能、专业精神") == PARALLEL_SPEC
        True
        """
        items = term.split("、")
        if len(items) >= 3 and len({i[-1] for i in items}) == 1:
            return PARALLEL_SERIES
        if len(items) >= 4 and len({i[:2] for i in items}) == 1:
            return PARALLEL_SERIES  # 学史明理、学史增信、学史崇德、学史力行
        return PARALLEL_SPEC

    def _named_point(self, cand: Candidate) -> bool:
        """A numbered point names its subject (社会主义基本经济制度), unless a stock word opens it (重要组成部分)."""
        first = (cand.tokens or (cand.term,))[0]
        return Source.POINT in cand.sources and not (len(first) >= 2 and first in self.lexicon.generic)

    def _specific_headline(self, cand: Candidate) -> bool:
        """社会主义基本经济制度, 精品力作 name something; 时代价值, 工作大局 are a heading's plain words."""
        words = cand.tokens or (cand.term,)
        if len(cand.term) >= 5:
            return max(map(self.idf, words)) >= RARE_IDF
        return sum(map(self.idf, words)) / len(words) >= RARE_IDF

    @staticmethod
    def _figure(term: str) -> float:
        """Statistics: counted things (17项重点任务) and large sums before bare percentages."""
        value = FIGURE_SPEC
        if re.search(r"[\u4e00-\u9fff]{2,}$", term):
            value += 0.25
        if re.search(r"[亿万]", term) or term.endswith(("以上", "左右")):
            value += 0.15
        return value

    def _quoted(self, term: str) -> float:
        """Quotes name formulas (“国之大者”) but also stress plain words (“现在”, “整体”)."""
        items = term.split("、")
        if len(items) >= 2 and all(COUNTED_ITEM.match(i) for i in items):
            return COUNTED_SERIES  # “两高地、两基地、一屏障”: a set counted out item by item
        if len(term) <= 2 and self.idf(term) < self.median:
            return 0.7
        if quoted_sentence(term):
            return QUOTED_SENTENCE  # a quoted sentence (“全部理论来自对政治经济学的研究”), a maxim: no name
        if term not in self.terms and max(self.idf(w) for w in self.cut(term)) < COMMON_IDF:
            return 1.0  # everyday words stressed in passing: “全面发展”、“绝大多数”
        if len(term) <= 3:
            return 1.3
        if re.search(r"[\u4e00-\u9fff]{2}\+[\u4e00-\u9fff]{2}", term):
            return 1.1  # a pairing (“绿色算力+智慧能源”) describes a project more than it names a concept
        if term[:2] in self.lexicon.generic and self._holds_listed(term[2:]):
            return 1.0  # a quoted policy line (“推动高质量发展”) rather than a name
        return QUOTED_NAME

    def _holds_listed(self, text: str) -> bool:
        """Whether a lexicon entry stands in the text: its few pieces looked up, not every entry searched for."""
        terms = self.terms
        return any(text[i:j] in terms for i in range(len(text)) for j in range(i + 1, len(text) + 1))

    def _from_words(self, cand: Candidate) -> float:
        """Phrases of ordinary words: at most PHRASE_SPEC, single words at most WORD_SPEC."""
        generic = self.lexicon.generic
        words = [w for w in (cand.tokens or (cand.term,)) if len(w) >= 2 and w not in generic]
        if not words:
            return 0.25
        best = max(map(self.idf, words)) / self.median
        if len(cand.tokens) > 1:
            return max(0.2, min(PHRASE_SPEC, best + 0.1 * (len(cand.tokens) - 1)))
        if not self.known(cand.term):
            return NEW_WORD_SPEC  # a repeated word jieba's dictionary lacks: the article's own coinage (魂脉)
        return max(0.2, min(WORD_SPEC, best))


def quoted_sentence(quoted: str) -> bool:
    """A quoted sentence rather than a name (“全部理论来自对政治经济学的研究”): long with a word of grammar,
    or of more than one clause."""
    return len(quoted) >= 8 and bool(SENTENCE_WORDS.search(quoted)) or "，" in quoted


# Articles without the term assumed beside the library's own: a page of three articles, two of which name
# “1571”工作部署, says little about how common the name is (it had cut the term's weight by nearly half, out
# of the sample page's second forty); in a library of hundreds the prior hardly counts.
DF_PRIOR = 8


def df_factor(stats: TermStats, corpus_size: int) -> float:
    if corpus_size <= 0:
        return 1.0
    return 1.0 - 0.45 * stats.documents / (corpus_size + DF_PRIOR)


def score(cand: Candidate, stats: TermStats, specificity: float, corpus_size: int, density: float = 1.0,
          umbrella: bool = False) -> float:
    """density: the share of a long text in which a use counts as a repetition (a word said three times
    in a twenty-page report is not repeated the way it is in a two-page article). umbrella: a term found in
    nearly every political text (中国特色社会主义, 新时代): its repetition is expected and counts half."""
    rate = REPETITION * (UMBRELLA_REPETITION if umbrella else 1.0)
    total = stats.total
    repetition = 1.0 + rate * math.log(max(1.0, total * density))
    length = length_factor(cand.term)
    if not NAMES.isdisjoint(cand.sources) or specificity == NEW_WORD_SPEC:  # a short quoted or listed name (“赶考”, 魂脉) is still a name
        length = max(length, STRONG_SHORT.get(len(cand.term), 1.0))
    if Source.COINED in cand.sources:
        length = 1.0  # 魂脉 is as much a name as 新的文化生命体
    if NAMING.isdisjoint(cand.sources) and total <= 2:
        repetition *= RARE_PHRASE  # a run of ordinary words seen twice is a collocation, not yet a name
    return (specificity * repetition * emphasis_factor(stats) * length
            * df_factor(stats, corpus_size))

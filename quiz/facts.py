"""Facts worth asking about, found in one article: core points, definitions, enumerations,
numbered points and parallel leads, key terms in their sentences, statistics, documents.

    >>> from content.model import Article, Section
    >>> art = Article("题", sections=[Section(None, ["政绩观是世界观、人生观、价值观的集中体现。"])])
    >>> [f.kind.value for f in extract_facts(art)][:2]
    ['definition', 'enumeration']

Every fact keeps its sentence (with section/paragraph/offsets as in quiz.questions.Source) and the
spans, relative to that sentence, that a question may blank or ask about.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from enum import Enum

from quiz.enumerations import inline_lists, is_formula
from quiz.evidence import ArticleContext, Role, in_open_row, incidental_year, sentence_roles
from quiz.figure_claims import FigureScope
from quiz.records import sourced
from quiz.figures import HEADLINE_RE, achievements_row, counts_listed, find_figures, secondary_figure
from quiz.giveaways import opens_with_pointer
from quiz.parallels import STOCK_WORD_LIST, alike_list, parallel_facts
from quiz.questions import CORE_POINT_SECTION
from quiz.sentences import Sentence, split_sentences
from quiz.definitions import COPULA_RE, find_definitions
from quiz.vocabulary import is_word, is_generic, looks_like_term, stands_alone

QUOTED_RE = re.compile(r"“([^“”，。；！？、]{2,10})”")
DOCUMENT_RE = re.compile(r"《([^《》\n]{2,40})》")
PROJECT_TAIL_RE = re.compile(r"(?:等)?[^，。；、]{0,6}(?:项目|企业|公司|集团)")
SENTENCES_PER_TERM = 2  # the best sentence may not make a fair question (its blank fits other words too)
MAX_TERM = 10  # a longer blank is a clause to recite, not a term to know
# 第二十八次集体学习, 党的十九大, 党的二十届四中全会: a meeting's number is trivia, not a term
ORDINAL_RE = re.compile(r"^(?:第|党的)[一二三四五六七八九十百零\d]+")
# 17项重点任务, 6个赋能方向: an inventory count of stock nouns, not a named formula to learn
COUNTED_STOCK_RE = re.compile(r"^\d+(?:\.\d+)?[多余]?[项个条种类批家所处大](.+)$")


class FactKind(str, Enum):
    CORE_POINT = "core_point"
    DEFINITION = "definition"
    ENUMERATION = "enumeration"
    PARALLEL = "parallel"      # numbered points, parallel paragraph leads, section headings
    TERM = "term"
    STATISTIC = "statistic"
    DOCUMENT = "document"


VALUE = {FactKind.CORE_POINT: 1.0, FactKind.DEFINITION: 0.9, FactKind.ENUMERATION: 0.85,
         FactKind.PARALLEL: 0.8, FactKind.TERM: 0.7, FactKind.STATISTIC: 0.6, FactKind.DOCUMENT: 0.5}


@dataclass
class Fact:
    kind: FactKind
    sentence: Sentence
    spans: list[tuple[int, int]]          # answer spans in sentence.text, in order
    label: str = ""                       # the count phrase (三大片区) or the defined term
    items: list[str] = field(default_factory=list)       # enumeration / parallel members, in order
    pairs: list[tuple[str, str]] = field(default_factory=list)  # parallel leads: (first clause, second)
    complete: bool = True
    term_kind: str = ""                   # KeyTerm.kind for term facts, "quoted" for quoted terms
    members: list[Sentence] = field(default_factory=list)  # parallel facts: each lead's sentence
    role: Role = Role.CLAIM               # the sentence's role: evidence (a case, testimony, data) or a claim

    @property
    def evidence(self) -> bool:
        """From a sentence that brings evidence: at most a figure the article stresses, never a 判断 of record."""
        return self.role is not Role.CLAIM

    @property
    def answers(self) -> list[str]:
        return [self.sentence.text[a:b] for a, b in self.spans]

    @property
    def value(self) -> float:
        return VALUE[self.kind]


def extract_facts(article) -> list[Fact]:
    """All facts of an article, most valuable kinds first, in reading order within a kind.

    A sentence that brings evidence (quiz.evidence: a case, an interviewee's words, statistics) gives
    no term, definition or document; of its figures only one the article stresses (a target, a total);
    the facts it still gives carry its role."""
    sentences = [s for si, pi, text in article.iter_paragraphs() for s in split_sentences(text, si, pi)]
    sentences = _without_news_peg(sentences)
    roles = dict(zip(sentences, sentence_roles([s.text for s in sentences], ArticleContext.of(article),
                                               [(s.section, s.paragraph) for s in sentences])))
    claims = [s for s in sentences if roles[s] is Role.CLAIM]
    core = [s for i, cp in enumerate(article.core_points)
            for s in split_sentences(cp, CORE_POINT_SECTION, i)]
    terms = candidate_terms(article)
    facts: list[Fact] = []
    facts += core_point_facts(core, terms)
    facts += definition_facts(claims, terms, article.title or "")
    for s in sentences + core:
        facts += enumeration_facts(s)
    facts += parallel_facts(article, sentences)
    facts += term_facts(claims, terms)
    scope = FigureScope.of_texts([s.text for s in sentences], [(s.section, s.paragraph) for s in sentences],
                                 getattr(article, "column", "") or "")
    facts += statistic_facts(sentences, roles, scope)
    facts += document_facts(claims)
    for f in facts:
        f.role = roles.get(f.sentence, Role.CLAIM)
    order = list(FactKind)
    return sorted(facts, key=lambda f: order.index(f.kind))


def statistic_facts(sentences: list[Sentence], roles: dict[Sentence, Role],
                    scope: FigureScope | None = None) -> list[Fact]:
    """Each figure worth asking: not a side figure, an inventory count or a year that only frames, dates
    a quote or opens a period; in a sentence of data, only a target or total (目标, 规模, 合计…); in argued
    prose (scope), only a figure the article claims (quiz.figure_claims)."""
    out = []
    for index, s in enumerate(sentences):
        role = roles.get(s, Role.CLAIM)
        if role in (Role.CASE, Role.TESTIMONY) or role is not Role.DATA and sourced(s.text):
            continue  # a case, a witness, a source's finding or forecast: evidence, not a figure to learn
            # (a row of data keeps its stressed total: see below)
        spans = find_figures(s.text)
        row = bool(spans) and achievements_row(s.text)
        for span in spans:
            if _baseline_year(s.text, *span) or _frame_year(s.text, *span) or incidental_year(s.text, *span) \
                    or secondary_figure(s.text, *span) or _inventory_count(s.text, *span) \
                    or counts_listed(s.text, *span):
                continue
            if role is Role.DATA and not _stressed(s.text, *span):
                continue
            if scope is not None and not scope.claimed(index, s.text, *span):
                continue  # argued prose: an anecdote's, a case's or a row's figure illustrates
            if role is Role.CLAIM and row and not _stressed(s.text, *span) and not s.text[span[1] - 1] == "年":
                continue  # 建成52座、…已在10多个码头应用: a row of achievements, each a detail
            out.append(Fact(FactKind.STATISTIC, s, [span]))
    return out


REACHED_RE = re.compile(r"(?:增至|升至|增加到|提高到|上升到)$")


def _stressed(text: str, start: int, end: int) -> bool:
    """Does the figure's own clause mark it a target or a total (the side-figure rule's headline words,
    or a level reached: 研发经费投入增至36130亿元)?"""
    clause = text[max(text.rfind(c, 0, start) for c in "，；。：、") + 1:start].replace("生产总值", "")
    return bool(HEADLINE_RE.search(clause + text[end:end + 2]) or REACHED_RE.search(clause))


# 5月18日是第49个“国际博物馆日”。/ 近日，…: the occasion an article opens on, not a point it makes
NEWS_PEG_RE = re.compile(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|前不久|不久前|刚刚|今天|昨天)")


def _without_news_peg(sentences: list[Sentence]) -> list[Sentence]:
    """The article's first sentence, when it opens on a day without a year, is its news peg."""
    if sentences and NEWS_PEG_RE.match(sentences[0].text):
        return sentences[1:]
    return sentences


def candidate_terms(article) -> dict[str, str]:
    """Terms worth a blank: the article's key terms and its short quoted slogans → their kind."""
    out: dict[str, str] = {}
    text = article.full_text()
    for kt in article.key_terms:
        term = kt.term
        if 3 <= len(term) <= MAX_TERM and looks_like_term(term) and not is_generic(term) \
                and not ORDINAL_RE.match(term) and not _counted_stock(term) and stands_alone(term, text) \
                and not _own_subject(term, text):
            out.setdefault(term, kt.kind.value if hasattr(kt.kind, "value") else str(kt.kind))
    for m in QUOTED_RE.finditer(text):
        term = m.group(1)
        if is_generic(term) or any(ch.isspace() for ch in term) or term in out or _own_subject(term, text):
            continue
        out[term] = "quoted"
    return {t: kind for t, kind in out.items() if not _clause(t)}


# 可复制、可推广的“内蒙古经验”: the article's own subject with a stock head — every reader writes it
STOCK_HEADS = ("经验", "模式", "方案", "样板", "名片", "答卷", "故事", "力量", "速度", "品牌", "实践")
OWN_SUBJECT_USES = 5
NATIONAL = {"中国", "中华", "中华民族", "全国", "人民", "世界", "新时代"}


def _own_subject(term: str, text: str) -> bool:
    """内蒙古经验 in a text that says 内蒙古 throughout; 枫桥经验 is a name (枫桥 is rarely said alone), and so
    are the nation's own (中国方案, 中国故事, 中华力量), however often the text says 中国."""
    head = next((h for h in STOCK_HEADS if term.endswith(h)), "")
    subject = term[:-len(head)] if head else ""
    return len(subject) >= 2 and subject not in NATIONAL and \
        text.count(subject) - text.count(term) >= OWN_SUBJECT_USES


COUNT_UNITS = tuple("项个条批家所处类种座")


def _inventory_count(text: str, start: int, end: int) -> bool:
    """部署了（17项）重点任务: a count of stock nouns is inventory, in a blank or among options alike."""
    return text[start:end].endswith(COUNT_UNITS) and (is_generic(text[end:end + 4]) or is_generic(text[end:end + 2]))


def _counted_stock(term: str) -> bool:
    """17项重点任务 counts stock nouns (重点任务 is 重点 + 任务); 3项改革试点 or 460多万个基层党组织 name
    what is counted."""
    m = COUNTED_STOCK_RE.match(term)
    return bool(m) and is_generic(m.group(1))


def _clause(term: str) -> bool:
    """“人直接地是自然存在物”: a quoted clause to recite, not a term to know."""
    inner = term[1:-1]
    return len(term) >= 7 and (any(ch in inner for ch in "地了着") or "的" in inner and "是" in inner)


def core_point_facts(core: list[Sentence], terms: dict[str, str]) -> list[Fact]:
    """In each core point, its key terms (several: a multi-blank) or else its quoted terms."""
    out = []
    for s in core:
        spans = _term_spans(s.text, terms)[:3]
        if not spans:  # no known term: the point's fixed formula (问题导向、目标导向、结果导向), if any
            formulas = [e for e in inline_lists(s.text) if is_formula(e.items, e.count_label, e.complete)]
            spans = formulas[0].spans if formulas and len(formulas[0].items) <= 4 else []
        if spans:
            out.append(Fact(FactKind.CORE_POINT, s, spans))
    return out


def _term_spans(text: str, terms: dict[str, str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of terms in text, longest terms first, each term once."""
    taken: list[tuple[int, int]] = []
    for term in sorted(terms, key=len, reverse=True):
        k = text.find(term)
        if k < 0 or text.count(term) > 1 or _glued(text, k, k + len(term)):
            continue
        if any(k <= b and a <= k + len(term) for a, b in taken):
            continue  # overlapping or touching: two blanks side by side cannot be answered
        taken.append((k, k + len(_without_hedge(term))))
    return sorted(taken)


def definition_facts(sentences: list[Sentence], terms: dict[str, str] | None = None, title: str = "") -> list[Fact]:
    """X是Y / X就是Y / 所谓X，就是Y / X，本质是Y at the head of a sentence or of a quotation in it
    (quiz.definitions): the fact's span is X, or Y where X is the title term or Y its essence."""
    return [Fact(FactKind.DEFINITION, s, [d.span], label=d.label)
            for s in sentences for d in find_definitions(s.text, terms, title)]


def enumeration_facts(s: Sentence) -> list[Fact]:
    if s.text.count("、") < 2:
        return []
    out = []
    for e in inline_lists(s.text):
        if PROJECT_TAIL_RE.match(s.text, e.spans[-1][1]) or s.text[:e.spans[0][0]].endswith("第"):
            continue  # 第（十四届全国冬运会、…）: an ordinal cut off, and names of events are trivia  # 加快推进国能煤制油、宝丰煤制烯烃等项目: names of projects or firms are trivia
        if any(is_generic(i) and len(i) > 1 for i in e.items) and not e.count_label:
            if alike_list(e):  # 高端化、智能化、绿色化、融合化: the article's formulation all the same
                out.append(Fact(FactKind.ENUMERATION, s, e.spans, items=e.items, term_kind=STOCK_WORD_LIST))
            continue
        out.append(Fact(FactKind.ENUMERATION, s, e.spans, label=e.count_label, items=e.items,
                        complete=e.complete))
    return out


def term_facts(sentences: list[Sentence], terms: dict[str, str]) -> list[Fact]:
    """Each candidate term in its best sentence: the term once, a sentence of useful length."""
    joined = "\x00".join(s.text for s in sentences)
    starts = list(itertools.accumulate((len(s.text) + 1 for s in sentences[:-1]), initial=0))
    out = []
    for term, kind in terms.items():
        scored = [(_context_score(sentences[i], term, terms), i) for i in _sentences_with(term, joined, starts)]
        best = sorted((sc, i) for sc, i in scored if sc > 0)[::-1][:SENTENCES_PER_TERM]
        for _, i in best:
            k = sentences[i].text.find(term)
            out.append(Fact(FactKind.TERM, sentences[i], [(k, k + len(_without_hedge(term)))], label=term,
                            term_kind=kind))
    return out


HEDGES = ("左右", "以上", "以下", "以内")


def _without_hedge(term: str) -> str:
    """30%左右 is learned with its hedge, but asked as 保持在（30%）左右: a learner who writes 30% is right."""
    hedge = next((h for h in HEDGES if term.endswith(h)), "")
    return term[:-len(hedge)] if hedge and term[:1].isdigit() else term


def _sentences_with(term: str, joined: str, starts: list[int]) -> list[int]:
    found, k = [], joined.find(term)
    while k >= 0:
        i = bisect.bisect_right(starts, k) - 1
        if not found or found[-1] != i:
            found.append(i)
        k = joined.find(term, k + 1)
    return found


def _context_score(s: Sentence, term: str, terms: dict[str, str]) -> float:
    text = s.text
    if text.count(term) != 1 or not 16 <= len(text) <= 140 or opens_with_pointer(text):
        return 0.0  # 作为系统的“整体”，… / 这里的…: a sentence no question may ask alone
    k = text.find(term)
    present = [t for t in terms if t in text]
    if any(term in t and t != term for t in present) or _glued(text, k, k + len(term)) or in_open_row(text, k):
        return 0.0  # (the last: 从…到“某井”完成钻探；从…到……: an example of an open row)
    if terms.get(term) == "quoted" and not text[k - 1:k] == "“":
        return 0.0  # a slogan known only from its quotes may sit inside a longer word elsewhere
    bonus = 0.5 if COPULA_RE.match(text, k + len(term)) else 0.0
    # a sentence crowded with terms gives one question in a quiz: the terms are spread where they can be
    # and a sentence with context (up to 60 characters) is better than a bare topic sentence
    return 1.0 - 0.05 * (len(present) - 1) + bonus + min(len(text), 60) / 200


def _glued(text: str, start: int, end: int) -> bool:
    """Is the span part of a longer word here? A blank inside a quote must be the whole quote, and a
    term's edge character must not make a word with its neighbour (物流网|络 → 物流网络)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if (before == "“") != (after == "”"):
        return True
    return is_word(text[end - 1:end + 1]) or is_word(text[start - 1:start + 1])


BASELINE_BEFORE = ("较", "比", "同", "与", "相比", "自", "从", "于")


def _baseline_year(text: str, start: int, end: int) -> bool:
    """较2023年进一步增长 / 自2024年以来: a year that is a point of comparison; its neighbours fit too."""
    return text[end - 1] == "年" and text[:start].endswith(BASELINE_BEFORE)


def _frame_year(text: str, start: int, end: int) -> bool:
    """2024年，我国…: the year that opens a sentence frames its figures; asked, it shows in every other
    question of that year and tests little."""
    return text[end - 1] == "年" and start == 0 and text[end:end + 1] == "，"


# 到《某某》《某某》等游戏…, 电视剧《某某》: titles of works given as examples, not documents to know
WORK_KINDS = ("游戏", "电影", "电视剧", "剧集", "动画", "网文", "小说", "综艺", "节目", "歌曲", "纪录片")
WORK_AFTER_RE = re.compile(r"(?:《[^《》]{1,20}》)*等?(?:" + "|".join(WORK_KINDS) + ")")
WORK_BEFORE = WORK_KINDS


def document_facts(sentences: list[Sentence]) -> list[Fact]:
    out, seen = [], set()
    for s in sentences:
        for m in DOCUMENT_RE.finditer(s.text):
            name = m.group(1)
            if name in seen or len(re.sub(r"（[^）]*）", "", name)) < 6 or _work_title(s.text, m):
                continue
            seen.add(name)
            out.append(Fact(FactKind.DOCUMENT, s, [(m.start(1), m.end(1))], label=name, term_kind="document"))
    return out


def _work_title(text: str, m: re.Match) -> bool:
    """《某游戏》《某剧》等游戏…, 电视剧《…》: a title its kind names is a work given as an example."""
    return text[:m.start()].endswith(WORK_BEFORE) or bool(WORK_AFTER_RE.match(text, m.end()))


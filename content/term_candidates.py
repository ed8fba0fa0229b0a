"""Candidate key terms of one article, from the text's own signals and from jieba's tokens.

    >>> units = [TextUnit("坚持“两个结合”，深化“两个结合”。", Role.BODY)]
    >>> "两个结合" in signal_candidates(units, Lexicon.load(), lambda s: list(s))
    True

Signals: spans in “” and 《》, numeric formulas (两个结合, 四个意识), parallel formulas joined by 、
(思想建党、理论强党), statistics with units (1.75亿千瓦), and lexicon entries found in the text.
The n-gram candidates (phrase assembly from jieba tokens) live in term_phrases.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Iterable

from content.cjk_text import CJK, CLAUSE_SPLIT
from content.lexicon_files import Lexicon
from content.term_figures import figure_terms
from content.term_listed import listed_hits, quoted_spellings
from content.term_lists import uniform_list_term
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

QUOTE = re.compile(r"“([^“”]{1,40})”|‘([^‘’“”]{1,40})’|「([^「」]{1,40})」")
# Quotes inside quotes (“…唱好新时代西部‘双城记’”): matched on their own, after the outer ones.
INNER_QUOTE = re.compile(r"‘([^‘’“”]{1,40})’")
BOOK = re.compile(r"《([^《》\n]{2,80})》")
# 一 alone (一项, 一步) is an article, not a count: 一项系统工程, 进一步.
NUMERAL_CLASSIFIER = re.compile(
    r"(?<![一二两三四五六七八九十进的])(?:第[一二两三四五六七八九十]{1,3}|[二两三四五六七八九十][一二三四五六七八九十]{0,2}|十)"
    r"(?:个|项|大|种|条|张|位|步)(?=[\u4e00-\u9fff])")
NUM = "[一二三四五六七八九十]{1,3}"
MEETING = re.compile(
    rf"党的{NUM}届{NUM}中全会|党的{NUM}大(?:报告)?|{NUM}届全国人大{NUM}次会议|全国政协{NUM}届{NUM}次会议|"
    rf"{NUM}届中央纪委{NUM}次全会|{NUM}届中共中央政治局第{NUM}次集体学习|"
    r"中央(?:经济|农村|城市|民族|统战|外事|人才|金融|政法|宣传思想|网络安全和信息化)工作会议|全国生态环境保护大会")
# What a region or a policy is told to build: 建设|国家重要能源和战略资源基地, 构筑|向西开放战略高地.
TARGET = re.compile(
    r"(?:建设|打造|筑牢|构筑|建成|培育|形成|服务)(?:出|一批|一个|好|成)?(?:我国|我区|我省|全国)?"
    r"([\u4e00-\u9fff]{3,13}?(?:基地|屏障|桥头堡|高地|枢纽|大通道|增长极|动力源|先行区|示范区|排头兵|集群))")
# Names with a bracketed part: 中国（内蒙古）自由贸易试验区.
BRACKETED_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,6}（[\u4e00-\u9fff]{2,6}）[\u4e00-\u9fff]{0,8}?"
    r"(?:试验区|示范区|新区|开发区|实验室|研究院|中心|集团|公司)")
PARALLEL_BREAKS = re.compile(r"[的地得和与及或]")
# What a list sets out when it is named as one: …、生活富裕|的总要求.
NAMED_SERIES = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、){2,}[\u4e00-\u9fff]{2,6})的(?=(?:总要求|要求|方针|总方针|原则|"
                          r"总目标|目标|思路|总体思路|理念|战略|总体布局|战略布局)[，。；、]?)")
CLAUSE_OPENERS = frozenset("要把对在是使让以将从向为而和与就也都又并但")
SPOKEN_OPENERS = frozenset("还仍再已正才")
# modal verbs and degree adverbs: a quoted phrase holding one says something (非常了不起, 应该像绣花一样精细)
SPOKEN_WORDS = re.compile(r"必须|应该|应当|值得|非常|十分|特别|很|照样|一定要")
REPEATED_COUNT = re.compile(r"一(.)\1")  # 一个个, 一件件
SENTENCE_PUNCT = re.compile(r"[，。；！？：,;!?:]")
MAX_QUOTE = 16
# Below this many characters nearly every name is said once, so repetition cannot tell a phrase of the
# general vocabulary from a passing one: said once, it is still a candidate.
SHORT_TEXT = 2000
CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]{3,}$")
MIN_SHORT_ITEMS = 4  # two-character items make a formula only as a run of four or more: 学纪、知纪、明纪、守纪
MIN_DOCUMENT = 5
MIN_SHORT_TITLE = 3
# Titles of laws and official papers: learned even when several are listed together.
OFFICIAL_TITLE_ENDS = ("法", "法典", "条例", "办法", "规定", "决定", "意见", "方案", "规划", "纲要", "决议", "报告",
                       "建议", "通知", "准则", "章程", "宪法", "计划", "公报", "宣言", "白皮书")
# Nouns too general to follow a numeral as a formula: 四个方面, 两个月.
NUMERIC_GENERIC_HEADS = frozenset(
    "方面 领域 部分 环节 阶段 层面 问题 月 年 小时 方向 国家 地区 城市 片区 措施 任务 人 字 点 是 的 以来 期间 之后 以后 时期".split())


def article_units(article: Article) -> list[TextUnit]:
    units = [TextUnit(article.title, Role.TITLE)] if article.title else []
    units += [TextUnit(p, Role.CORE) for p in article.core_points]
    for sec in article.sections:
        if sec.heading:
            units.append(TextUnit(sec.heading, Role.HEADING))
        units += [TextUnit(p, Role.BODY) for p in sec.paragraphs]
    return units


def _add(found: dict[str, Candidate], term: str, source: Source) -> None:
    term = term.strip()
    if len(term) >= 2:
        found.setdefault(term, Candidate(term)).sources.add(source)


def _quoted_terms(text: str, full: str, lexicon: Lexicon, cut: Cutter, found: dict) -> None:
    matches = list(QUOTE.finditer(text))
    nested = [m for m in INNER_QUOTE.finditer(text) if any(o.start() < m.start() < o.end() for o in matches)]
    for m in matches + nested:
        inner = next(g for g in m.groups() if g is not None).strip()
        if "、" in inner and not SENTENCE_PUNCT.search(inner):
            # a quoted list names the members of a set: “水网、新型电网、…”（合称“六张网”）
            items = inner.split("、")
            if len(items) >= 3 and all(2 <= len(i) <= 8 for i in items):
                for item in items:
                    _add(found, item, Source.QUOTE)
                    _add(found, item, Source.MEMBER)
                    found[item].siblings = tuple(i for i in items if i != item)
        pieces = [inner]
        if SENTENCE_PUNCT.search(inner):
            pieces = [p for p in re.split(r"[，,]", inner) if p]
            if len(pieces) > 4 or any(len(p) > 8 or SENTENCE_PUNCT.search(p) for p in pieces):
                continue  # a quotation of a sentence, not a formula
        if len(pieces) > 1 and any(_spoken_clause(p) for p in pieces):
            continue  # “环境卫生大体不错，还需继续加强”: words said, each piece a clause of them
        if SPOKEN_WORDS.search(inner) or inner.startswith(("要", "必须", "被", "是")):
            continue  # “真理的味道非常甜”, “中国经验值得借鉴”, “要深化…”, “是…干出来的”: a statement or a demand quoted, not a name
        for piece in pieces:
            if len(piece) <= MAX_QUOTE:
                _add(found, piece, Source.QUOTE)
        if len(pieces) in (2, 4) and len({len(p) for p in pieces}) == 1 and all(CJK_ONLY.match(p) for p in pieces):
            _add(found, inner, Source.QUOTE)  # “民之所盼，我必行之”: a quoted maxim is learned whole
        if len(pieces) == 1 and len(inner) <= MAX_QUOTE and not _names_itself(inner, lexicon):
            head = (_head_after(text, m.end(), lexicon.quote_heads) or _head_after(text, m.end(), lexicon.terms())
                    or _short_quote_tail(m.group(0), full, cut))
            if head:
                _add(found, m.group(0) + head, Source.QUOTE_HEAD)


def _spoken_clause(piece: str) -> bool:
    """“要紧紧抓住，…”, “…，还需继续加强”, “…，一个个梳理排查”: a clause opening on a verb's helper, an
    adverb or a counted repetition, or closing on 了/的, is part of a quoted sentence, not a formula."""
    return piece[0] in CLAUSE_OPENERS or piece[0] in SPOKEN_OPENERS or piece[-1] in "了的" or bool(REPEATED_COUNT.match(piece))


def _names_itself(inner: str, lexicon: Lexicon) -> bool:
    """A quoted name (“东数西算”国家工程, “两网融合”示范工程) needs no head noun; a short
    abbreviation or a number (“双碳”目标, “1571”工作部署) does."""
    if inner in lexicon.formulas and len(inner) == 2:
        return True
    return len(inner) >= 4 and not re.search(r"\d", inner) and not NUMERAL_CLASSIFIER.match(inner)


def _short_quote_tail(quoted: str, full: str, cut: Cutter) -> str:
    """The word that always follows a short quoted abbreviation in the article: “三权”分置."""
    if len(quoted) > 5:
        return ""
    tails, seen = set(), 0
    for m in re.finditer(re.escape(quoted), full):
        seen += 1
        tail = CLAUSE_SPLIT.split(full[m.end():m.end() + 6], 1)[0]
        tokens = cut(tail) if tail else []
        tails.add(tokens[0] if tokens else "")
    tail = tails.pop() if len(tails) == 1 and seen >= 2 else ""
    return tail if len(tail) == 2 and tail not in NUMERIC_GENERIC_HEADS else ""


def _head_after(text: str, pos: int, heads: frozenset[str]) -> str:
    """The longest head noun right after a quote: “1571”工作部署, “415X”先进制造业集群 (a listed term)."""
    for size in (8, 7, 6, 5, 4, 3, 2):
        word = text[pos:pos + size]
        if word in heads:
            return word
    return ""


# The character class before （ also takes the words that lead into the name: 随着|中国（内蒙古）….
NAME_LEADS = ("随着", "依托", "推动", "建设", "设立", "支持", "围绕", "加快", "通过", "对于", "关于",
              "在", "以", "和", "与", "及", "把", "将", "由", "对", "为", "向", "从", "是")


def _without_lead(name: str) -> str:
    """Drop the words leading into a bracketed name.

    >>> _without_lead("随着中国（内蒙古）自由贸易试验区")
    '中国（内蒙古）自由贸易试验区'
    """
    head = name.index("（")
    for lead in NAME_LEADS:
        if name.startswith(lead) and head - len(lead) >= 2:
            return _without_lead(name[len(lead):])
    return name


def _bracketed_names(text: str, found: dict) -> None:
    for m in BRACKETED_NAME.finditer(text):
        _add(found, _without_lead(m.group(0)), Source.TARGET)


def _strategic_targets(text: str, found: dict) -> None:
    for m in TARGET.finditer(text):
        if "的" not in m.group(1) and "和" not in m.group(1)[-4:]:
            _add(found, m.group(1), Source.TARGET)


def _meetings(text: str, found: dict) -> None:
    for m in MEETING.finditer(text):
        _add(found, m.group(0), Source.LEXICON)


# “X强国” and its regional forms name a goal: 科技强国, 文化强国, 科技强区, 经济强省.
POWER_GOAL = re.compile(r"([\u4e00-\u9fff]{2})(强[国省区市县])")
# 强国 followed by these is 强|国有…, 强|国际…: not a goal
GOAL_BREAKERS = frozenset("有际内家民企")


def power_goals(text: str, is_noun: Callable[[str], bool]) -> list[str]:
    """科技|强区 in 勇担科技强区时代使命: a noun before 强国/强省/强区 (not a verb: 做强|国有企业).

    >>> power_goals("勇担科技强区时代使命，加快建设文化强国。", lambda w: w in {"科技", "文化"})
    ['科技强区', '文化强国']
    """
    found = []
    for m in POWER_GOAL.finditer(text):
        noun, tail = m.groups()
        after = text[m.end():m.end() + 1]
        if is_noun(noun) and not (tail == "强国" and after in GOAL_BREAKERS):
            found.append(noun + tail)
    return found


def _document_terms(text: str, full: str, found: dict) -> None:
    for m in BOOK.finditer(text):
        inner = m.group(1)
        core = re.sub(r"（[^）]*）|\([^)]*\)", "", inner)  # 《纲要（草案）》 is a short alias, not a title
        if inner.endswith(("日报", "杂志", "时报")) or len(core) < MIN_SHORT_TITLE:
            continue
        official = core.endswith(OFFICIAL_TITLE_ENDS)
        if len(core) < MIN_DOCUMENT and (official or full.count(m.group(0)) < 2):
            continue  # a short title counts when the article keeps coming back to it (《资本论》), not an alias (《实施方案》)
        _add(found, m.group(0), Source.BOOK)
        if not official and _in_list_of_titles(text, m.start(), m.end()):
            _add(found, m.group(0), Source.WORK)  # 《开国大典》《建国大业》: examples in a list of works


def _in_list_of_titles(text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 2], text[max(0, start - 2):start]
    return after[:1] == "《" or after == "、《" or before[-1:] == "》" or before == "》、"


def _numeric_formulas(text: str, cut: Cutter, found: dict, tag: Callable[[str], str] = lambda w: "") -> None:
    for m in NUMERAL_CLASSIFIER.finditer(text):
        tail = CLAUSE_SPLIT.split(text[m.end():m.end() + 12], 1)[0]
        tokens = [t for t in cut(tail) if t.strip()]
        after = text[m.end() + len(tokens[0]):m.end() + len(tokens[0]) + 1] if tokens else ""
        if not tokens or tokens[0] in NUMERIC_GENERIC_HEADS or tag(tokens[0]).startswith("d") or after and after in "“‘":
            continue  # 两条|尤为熟悉, 三个|巨大“人”字, 第十四个|指导“三农”工作的: the count's noun comes later
        _add(found, m.group(0) + tokens[0], Source.NUMERIC)
        if len(tokens) > 1 and len(tokens[1]) >= 2 and len(tokens[0]) + len(tokens[1]) <= 6:
            _add(found, m.group(0) + tokens[0] + tokens[1], Source.NUMERIC)


def _figures(text: str, cut: Cutter, found: dict, tag: Callable[[str], str]) -> None:
    for figure in figure_terms(text, cut, tag):
        _add(found, figure, Source.FIGURE)


def parallel_items(clause: str, runs_across: Callable[[str, int], bool] | None = None) -> list[str] | None:
    """The items of a parallel formula in a clause (X感、Y感、Z感), trimmed to equal length, or None.
    With `runs_across(text, offset)`, a trim must fall between words: not 代西部大开发、长江经济带发
    out of 新时代西部大开发、长江经济带发展."""
    items = clause.split("、")
    if len(items) < 2 or len(items) > 5 or not all(items[1:-1]):  # 、、: an empty item, no formula
        return None
    middle = items[1:-1]
    lengths = {len(i) for i in middle}
    if len(lengths) > 1:
        return None
    size = lengths.pop() if lengths else None
    shortest = 2 if len(items) >= MIN_SHORT_ITEMS else 3
    for size_try in ([size] if size else range(6, 2, -1)):
        if not shortest <= size_try <= 6 or len(items[0]) < size_try or len(items[-1]) < size_try:
            continue
        trimmed = [items[0][-size_try:], *middle, items[-1][:size_try]]
        if runs_across and (runs_across(items[0], len(items[0]) - size_try) or runs_across(items[-1], size_try)):
            continue
        if any(PARALLEL_BREAKS.search(i) for i in _without_shared_de(trimmed)):
            return None  # 全面地发展、保持和施展: verbs of a sentence, not the items of a formula
        if _shares_affix(trimmed) and not all(len(i) == 3 and i.endswith("化") for i in trimmed):
            return trimmed
    return None


def _without_shared_de(items: list[str]) -> list[str]:
    """严的基调、严的措施、严的氛围: a 的 all items share in one opening is the formula's own, not a
    sentence's grammar.

    >>> _without_shared_de(["严的基调", "严的措施"])
    ['基调', '措施']
    """
    opening = items[0][:items[0].find("的") + 1]
    if 2 <= len(opening) <= 3 and all(i.startswith(opening) and len(i) > len(opening) for i in items):
        return [i[len(opening):] for i in items]
    return items


def _shares_affix(items: list[str]) -> bool:
    last = {i[-1] for i in items}
    first = {i[0] for i in items}
    if len(last) == 1 or len(first) == 1 or len({i[1:] for i in items}) == 1:
        return True
    # 懂农业、爱农村、爱农民: three or more items of one length with the same character in one place
    return len(items) >= 3 and len({len(i) for i in items}) == 1 and any(
        len({i[k] for i in items}) == 1 for k in range(len(items[0])))


def _named_series(text: str, found: dict) -> None:
    """A list followed by the name of what it sets out (…、治理有效、生活富裕的总要求; 节约优先、保护优先、
    自然恢复为主的方针) is one formula, learned whole, even when its items share no affix."""
    for m in NAMED_SERIES.finditer(text):
        items = m.group(1).split("、")
        size = {len(i) for i in items[1:-1]}
        if len(size) != 1:
            continue
        items[0] = items[0][-size.pop():]
        if not any(PARALLEL_BREAKS.search(i) for i in items):
            _add(found, "、".join(items), Source.SERIES)


def _parallel_formulas(text: str, found: dict, runs_across: Callable[[str, int], bool] | None,
                       between_words: Callable[[str, int], bool] | None = None) -> None:
    for clause in re.split(r"[，。；！？：,;!?:（）()“”《》]", text):
        if "、" not in clause:
            continue
        items = parallel_items(clause, runs_across)
        if items:
            _add(found, "、".join(items) + _joined_last(clause, items), Source.PARALLEL)
            continue
        listed = uniform_list_term(clause, between_words) if between_words else None
        if listed:
            _add(found, listed, Source.LIST)


def _joined_last(clause: str, items: list[str]) -> str:
    """The last item joined by 和 (沉浸式、融入式、云端式|和实践式): part of the formula when built alike.

    >>> _joined_last("多采用沉浸式、融入式、云端式和实践式方式", ["沉浸式", "融入式", "云端式"])
    '和实践式'
    """
    size = len(items[-1])
    rest = clause.rsplit("、", 1)[-1][size:]
    extra = rest[1:1 + size]
    if rest[:1] in ("和", "及", "与") and len(extra) == size and _shares_affix(items + [extra]) and all(
            CJK.match(ch) for ch in extra):
        return rest[:1 + size]
    return ""


def _lexicon_terms(full_text: str, lexicon: Lexicon, found: dict) -> None:
    """Entries of the lexicon that the text contains (see content/term_listed.py)."""
    for term, general in listed_hits(full_text, lexicon, len(full_text) < SHORT_TEXT):
        _add(found, term, Source.VOCABULARY if general else Source.LEXICON)


def _quoted_spellings(full_text: str, lexicon: Lexicon, found: dict) -> None:
    for spelled in quoted_spellings(full_text, lexicon):
        _add(found, spelled, Source.LEXICON)


def signal_candidates(units: Iterable[TextUnit], lexicon: Lexicon, cut: Cutter,
                      tag: Callable[[str], str] = lambda word: "",
                      runs_across: Callable[[str, int], bool] | None = None,
                      between_words: Callable[[str, int], bool] | None = None) -> dict[str, Candidate]:
    """Candidates from the text's signals; `runs_across` and `between_words` (see term_lists.py) keep
    formulas from cutting words, and without `between_words` no list of unlike items is proposed."""
    found: dict[str, Candidate] = {}
    units = list(units)
    full = "\n".join(u.text for u in units)
    for unit in units:
        _quoted_terms(unit.text, full, lexicon, cut, found)
        _meetings(unit.text, found)
        _strategic_targets(unit.text, found)
        _bracketed_names(unit.text, found)
        _document_terms(unit.text, full, found)
        _numeric_formulas(unit.text, cut, found, tag)
        _figures(unit.text, cut, found, tag)
        _parallel_formulas(unit.text, found, runs_across, between_words)
        _named_series(unit.text, found)
    _lexicon_terms(full, lexicon, found)
    _quoted_spellings(full, lexicon, found)
    return found

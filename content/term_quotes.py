"""Candidates in quote marks and in book-title marks: quoted formulas (“两个结合”), the members of
a quoted list, a short quote with its head noun (“双碳”目标), and titles of documents (《资本论》).

    >>> found = {}
    >>> quoted_terms("坚持“两个结合”，深化“两个结合”。", "", Lexicon(), lambda s: [s], found)
    >>> sorted(found)
    ['两个结合']
"""
from __future__ import annotations

import re

from content.cjk_text import CLAUSE_SPLIT, DONE, han_only
from content.lexicon_files import Lexicon
from content.term_candidates import QUOTE, Cutter, Source, add_candidate
from content.term_lists import Boundary, uniform_items
from content.term_numbers import NUMERAL_CLASSIFIER, NUMERIC_GENERIC_HEADS

# Quotes inside quotes (“…唱好新时代西部‘双城记’”): matched on their own, after the outer ones.
INNER_QUOTE = re.compile(r"‘([^‘’“”]{1,40})’")
BOOK = re.compile(r"《([^《》\n]{2,80})》")
CLAUSE_OPENERS = frozenset("要把对在是使让以将从向为而和与就也都又并但")
SPOKEN_OPENERS = frozenset("还仍再已正才")
PRONOUNS = frozenset("我你您他她咱")
# modal verbs and degree adverbs: a quoted phrase holding one says something (非常了不起, 应该像绣花一样精细)
SPOKEN_WORDS = re.compile(r"必须|应该|应当|值得|非常|十分|特别|很|照样|一定要")
VERSE_LINE = 7  # a line of seven characters: five-character quotes are as often names (“立体教科书”和“鲜活档案库”)
VERSE_BREAK = re.compile("[。！？；]")
IMAGE_OF = "的"
ABBREVIATION = 2  # characters: a listed formula this short (“双碳”, “三农”) abbreviates a longer name
COMPARING = "更"  # “是更基础、更广泛、更深厚的自信”: comparisons that describe, no set of names
STYLE = "式"  # “内卷式”竞争: a quoted manner
# “首先要解决思想认识问题”, “不能简单当成‘低端产业’”: a demand or a warning quoted, no name
DEMAND = re.compile(r"(?:首先|必须|就|还|一定|务必|都)要|不(?:能|要|会).{3}")
REPEATED_COUNT = re.compile(r"一(.)\1")  # 一个个, 一件件
SENTENCE_PUNCT = re.compile(r"[，。；！？：,;!?:]")
MAX_QUOTE = 16
VOLUME = re.compile(r"第[一二三四五六七八九十\d]{1,3}[卷册]|[（(]第[一二三四五六七八九十\d]{1,3}[卷册][）)]")
MORE_VOLUMES = re.compile(r"[至到、和与及]第")  # 第一卷至第五卷, 第一卷、第二卷: the book, no one volume
CONSTANT_HEAD_USES = 3  # uses of a quoted name, each with the same head, that make the head part of its name
MIN_SET_OUT_ITEM = 3
MAX_VERB = 2  # characters before a quoted list's first item that may be its verb (做, 争做)
MIN_DEED_OBJECT = 4  # characters after 了 in a quoted deed: 丰富了|民族精神内涵 (not 起了|瓢)
# a span or sum inside a quoted list's item (求职7日免费住宿): the particulars of a policy, not names (C919大飞机, 5G)
PARTICULAR = re.compile(r"\d+个?(?:日|天|周|月|年|小时|分钟|元|万|亿|%|％|次|人|项|条)")
WHOLE_CLAUSE = 40  # characters either side of a quote within which its clause is read
BUILDING = "建设"
SPIRIT = "精神"
MIN_DOCUMENT = 5
MIN_SHORT_TITLE = 3
# Titles of laws and official papers: learned even when several are listed together.
OFFICIAL_TITLE_ENDS = ("法", "法典", "条例", "办法", "规定", "决定", "意见", "方案", "规划", "纲要", "决议", "报告",
                       "建议", "通知", "准则", "章程", "宪法", "计划", "公报", "宣言", "白皮书")


def quoted_terms(text: str, full: str, lexicon: Lexicon, cut: Cutter, found: dict,
                 between_words: Boundary | None = None) -> None:
    """Candidates in quotes; `between_words` (term_lists.word_boundary) trims a quoted list's items."""
    matches = list(QUOTE.finditer(text))
    nested = [m for m in INNER_QUOTE.finditer(text) if any(o.start() < m.start() < o.end() for o in matches)]
    verse = _verse_halves(text, matches)
    for m in matches + nested:
        inner = next(g for g in m.groups() if g is not None).strip()
        if inner in verse:
            continue
        if "、" in inner and not SENTENCE_PUNCT.search(inner):
            # a quoted list names the members of a set: “水网、新型电网、…”（合称“六张网”）
            items = _set_out_items(inner, between_words)
            if (len(items) >= 3 and all(2 <= len(i) <= 8 for i in items) and not _compared(items)
                    and not any(map(PARTICULAR.search, items))):  # “求职7日免费住宿、…”: a policy's particulars
                if "、".join(items) != inner:  # the list within the quote, without its verb and head
                    add_candidate(found, "、".join(items), Source.QUOTE)
                for item in items:
                    add_candidate(found, item, Source.QUOTE)
                    add_candidate(found, item, Source.MEMBER)
                    found[item].siblings = tuple(i for i in items if i != item)
        pieces = [inner]
        if SENTENCE_PUNCT.search(inner):
            pieces = [p for p in re.split(r"[，,]", inner) if p]
            if len(pieces) > 4 or any(len(p) > 8 or SENTENCE_PUNCT.search(p) for p in pieces):
                continue  # a quotation of a sentence, not a formula
        if len(pieces) > 1 and any(_spoken_clause(p) for p in pieces):
            continue  # “环境卫生大体不错，还需继续加强”: words said, each piece a clause of them
        if len({len(p) for p in pieces}) > 1 and any(p[0] in PRONOUNS for p in pieces):
            continue  # “中国，我还会再来”: a speaker's words (“我将无我，不负人民” is a maxim of even halves)
        if SPOKEN_WORDS.search(inner) or _deed(inner) or inner.startswith(("要", "必须", "被", "是")) or (
                DEMAND.match(inner) and len(pieces) == 1):  # “不要人夸颜色好，只留清气满乾坤” is a maxim
            continue  # “真理的味道非常甜”, “中国经验值得借鉴”, “要深化…”, “是…干出来的”, “极大丰富了民族精神内涵”:
            # a statement, a demand or a deed quoted, not a name
        if len(pieces) in (2, 4) and len({len(p) for p in pieces}) == 1 and all(han_only(p, shortest=3) for p in pieces):
            add_candidate(found, inner, Source.QUOTE)  # “民之所盼，我必行之”: a quoted maxim is learned whole,
            continue  # not its halves (山重水复疑无路 of …，柳暗花明又一村)
        for piece in pieces:
            if len(piece) <= MAX_QUOTE:
                add_candidate(found, piece, Source.QUOTE)
        if len(pieces) == 1 and len(inner) <= MAX_QUOTE and text.startswith(SPIRIT, m.end()):
            add_candidate(found, m.group(0) + SPIRIT, Source.QUOTE_HEAD)  # “两弹一星”精神: a spirit's name has its head
        elif len(inner) == ABBREVIATION and inner in lexicon.formulas:
            head = _head_after(text, m.end(), lexicon.quote_heads)  # “双碳”目标, “三农”工作: a listed abbreviation
            if head:  # with the head it stands for here (said alone too, as in 实现“双碳”, it stays a term of its own)
                add_candidate(found, m.group(0) + head, Source.QUOTE_HEAD)
        elif len(pieces) == 1 and len(inner) <= MAX_QUOTE and not _names_itself(inner, lexicon):
            head = (_head_after(text, m.end(), lexicon.quote_heads) or _head_after(text, m.end(), lexicon.terms())
                    or _short_quote_tail(m.group(0), full, cut) or _styled_noun(inner, text[m.end():m.end() + 6], cut))
            if head:
                add_candidate(found, m.group(0) + head, Source.QUOTE_HEAD)
        elif len(pieces) == 1 and len(inner) <= MAX_QUOTE:
            head = _constant_head(m.group(0), full, lexicon.quote_heads)
            if head:  # “人工智能+”行动 said twenty times: the text's name for it has the head
                add_candidate(found, m.group(0) + head, Source.QUOTE_HEAD)


def _constant_head(quoted: str, full: str, heads: frozenset[str]) -> str:
    """The head noun a quoted name has every time the article says it, said CONSTANT_HEAD_USES times or more
    (“人工智能+”行动 twenty times); a name said bare once, or with other heads, names itself (“两网融合”).

    >>> _constant_head("“人工智能+”", "开展“人工智能+”行动。“人工智能+”行动要做好。推进“人工智能+”行动", frozenset({"行动"}))
    '行动'
    >>> _constant_head("“人工智能+”", "开展“人工智能+”行动。“人工智能+”行动要做好。用好“人工智能+”", frozenset({"行动"}))
    ''
    """
    found = set()
    uses = 0
    start = full.find(quoted)
    while start != -1:
        uses += 1
        found.add(_head_after(full, start + len(quoted), heads))
        if len(found) > 1 or "" in found:
            return ""
        start = full.find(quoted, start + len(quoted))
    head = found.pop() if uses >= CONSTANT_HEAD_USES else ""
    return "" if head == BUILDING else head


def _deed(inner: str) -> bool:
    """“极大丰富了民族精神内涵”: what was done to something, one 了 between a verb of two characters or
    more and an object of MIN_DEED_OBJECT or more; not a saying that ends on 了 (“如能看到真贫就值了”), a
    list of questions (“破解了什么难题、干成了什么实事”), a way of dodging (“一罚了之”) or an idiom
    (“按下葫芦起了瓢”, “吃了原告吃被告”, “捡了芝麻丢了西瓜”, “一目了然”)."""
    if "、" in inner or SENTENCE_PUNCT.search(inner) or inner.count("了") != 1:
        return False
    m = DONE.search(inner)
    return m is not None and han_only(inner[max(0, m.start() - 2):m.start()], shortest=2) and (
        len(inner) - m.end() >= MIN_DEED_OBJECT)


def _set_out_items(inner: str, between_words: Boundary | None) -> list[str]:
    """The items of a quoted list; of items alike in length, without the verb before the first and
    the head after the last (“做爱国敬业、守法经营、创业创新、回报社会的典范”: 爱国敬业 … 回报社会).

    >>> _set_out_items("做爱国敬业、守法经营、创业创新、回报社会的典范", lambda text, offset: True)
    ['爱国敬业', '守法经营', '创业创新', '回报社会']
    """
    items = inner.split("、")
    trimmed = uniform_items(inner, between_words) if between_words else None
    if not trimmed or len(trimmed) != len(items) or len(trimmed[0]) < MIN_SET_OUT_ITEM:
        return items  # 建设创新、宜居、美丽…的城市: two-character words before a noun are its qualities
    verb, head = items[0][:len(items[0]) - len(trimmed[0])], items[-1][len(trimmed[-1]):]
    if len(verb) > MAX_VERB or not head.startswith("的"):
        return items  # “国家发展改革委、财政部、商务部”, “全国文明城市、…”: names, nothing to trim
    return trimmed


def _compared(items: list[str]) -> bool:
    """“是更基础、更广泛、更深厚的自信”: a copula's predicate or two or more comparisons, no members (not
    “要素保障、资金保障、…” or “最多跑一次、…”)."""
    return items[0].startswith("是" + COMPARING) or sum(i.startswith(COMPARING) for i in items) >= 2


def _verse_halves(text: str, matches: list[re.Match]) -> set[str]:
    """看似“山重水复疑无路”的困境，终将找到“柳暗花明又一村”的破局之法: two lines of a poem of seven
    characters, quoted apart in one sentence as images of something (each with 的 after it), are no terms (“人民城市人民建”“人民城市为人民”,
    sharing their words, are one formula's halves).

    >>> text = "看似“山重水复疑无路”的困境，终将找到“柳暗花明又一村”的破局之法。"
    >>> sorted(_verse_halves(text, list(QUOTE.finditer(text))))
    ['山重水复疑无路', '柳暗花明又一村']
    """
    lines = [(m.start(), next(g for g in m.groups() if g is not None)) for m in matches
             if text[m.end():m.end() + 1] == IMAGE_OF]
    lines = [(at, line) for at, line in lines if len(line) == VERSE_LINE and han_only(line)]
    halves: set[str] = set()
    for (a, first), (b, second) in zip(lines, lines[1:]):
        if len(first) == len(second) and not set(first) & set(second) and not VERSE_BREAK.search(text[a:b]):
            halves.update((first, second))
    return halves


def _spoken_clause(piece: str) -> bool:
    """“要紧紧抓住，…”, “…，还需继续加强”, “…，一个个梳理排查”: a clause opening on a verb's helper, an
    adverb or a counted repetition, or closing on 了/的, is part of a quoted sentence, not a formula."""
    return piece[0] in CLAUSE_OPENERS or piece[0] in SPOKEN_OPENERS or piece[-1] in "了的" or bool(REPEATED_COUNT.match(piece))


def _names_itself(inner: str, lexicon: Lexicon) -> bool:
    """A quoted name (“东数西算”国家工程, “两网融合”示范工程) needs no head noun; a short
    abbreviation or a number (“双碳”目标, “1571”工作部署) does."""
    if inner in lexicon.formulas and len(inner) == ABBREVIATION:
        return True
    return len(inner) >= 4 and not re.search(r"\d", inner) and not NUMERAL_CLASSIFIER.match(inner)


def _short_quote_tail(quoted: str, full: str, cut: Cutter) -> str:
    """The word that always follows a short quoted abbreviation in the article: “三权”分置. Said twice at
    least, not counting a body clause that echoes the title's (让农业“压舱石”分量越来越足 twice is once)."""
    if len(quoted) > 5:
        return ""
    title_end = full.find("\n") if "\n" in full else len(full)
    tails, seen, title_clauses = set(), 0, []
    for m in re.finditer(re.escape(quoted), full):
        clause = _clause_around(full, m.start(), m.end())
        if m.start() < title_end:
            title_clauses.append(clause)
        elif any(t in clause or clause in t for t in title_clauses):
            continue  # the title said again
        seen += 1
        tail = CLAUSE_SPLIT.split(full[m.end():m.end() + 6], 1)[0]
        tokens = cut(tail) if tail else []
        tails.add(tokens[0] if tokens else "")
    tail = tails.pop() if len(tails) == 1 and seen >= 2 else ""
    return tail if len(tail) == 2 and tail not in NUMERIC_GENERIC_HEADS else ""


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of text that holds text[start:end]."""
    before = CLAUSE_SPLIT.split(text[max(0, start - WHOLE_CLAUSE):start])[-1]
    after = CLAUSE_SPLIT.split(text[end:end + WHOLE_CLAUSE], 1)[0]
    return before + text[start:end] + after


def _styled_noun(inner: str, after: str, cut: Cutter) -> str:
    """“内卷式”竞争, “保姆式”服务: a quoted manner (…式, not 仪式 or 公式) goes with the noun it describes,
    when that noun is one word (not “嵌入式”养老|服务, whose noun goes on)."""
    if len(inner) < 3 or not inner.endswith(STYLE) or not after:
        return ""
    words = cut(after)
    word = words[0] if words else ""
    goes_on = len(words) > 1 and len(words[1]) >= 2 and han_only(words[1])
    return word if len(word) == 2 and han_only(word) and not goes_on else ""


def _head_after(text: str, pos: int, heads: frozenset[str]) -> str:
    """The longest head noun right after a quote: “1571”工作部署, “415X”先进制造业集群 (a listed term).
    Not a verb paired with 建设: “六张网”规划建设 plans and builds the networks, it names no plan."""
    for size in (8, 7, 6, 5, 4, 3, 2):
        word = text[pos:pos + size]
        if word in heads:
            return "" if text.startswith(BUILDING, pos + size) and word != BUILDING else word
    return ""


def document_terms(text: str, full: str, found: dict) -> None:
    for m in BOOK.finditer(text):
        inner = m.group(1)
        core = re.sub(r"（[^）]*）|\([^)]*\)", "", inner)  # 《纲要（草案）》 is a short alias, not a title
        if inner.endswith(("日报", "杂志", "时报")) or len(core) < MIN_SHORT_TITLE:
            continue
        official = core.endswith(OFFICIAL_TITLE_ENDS)
        if len(core) < MIN_DOCUMENT and (official or full.count(m.group(0)) < 2):
            continue  # a short title counts when the article keeps coming back to it (《资本论》), not an alias (《实施方案》)
        add_candidate(found, m.group(0), Source.BOOK)
        volume = VOLUME.match(text, m.end())
        # 《习近平经济文选》第一卷: a book in volumes is learned with the volume the article names (not 第一卷至第五卷)
        if volume and not MORE_VOLUMES.match(text, volume.end()):
            add_candidate(found, m.group(0) + volume.group(0), Source.BOOK)
        if not official and _in_list_of_titles(text, m.start(), m.end()):
            add_candidate(found, m.group(0), Source.WORK)  # 《开国大典》《建国大业》: examples in a list of works


def _in_list_of_titles(text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 2], text[max(0, start - 2):start]
    return after[:1] == "《" or after == "、《" or before[-1:] == "》" or before == "》、"

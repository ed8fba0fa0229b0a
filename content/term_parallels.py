"""Parallel formulas: items of one length set out with 、 that share an affix (思想建党、理论强党;
懂农业、爱农村、爱农民), a list named as one requirement (…、生活富裕|的总要求), and lists of unlike
items of one length (term_lists.py).

    >>> parallel_items("增强政治意识、大局意识、核心意识")
    ['政治意识', '大局意识', '核心意识']
    >>> parallel_items("作出全局性、前瞻性、引领性的科学布局") is None
    True
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import CJK, LOCATIVES
from content.term_candidates import Source, add_candidate
from content.term_lists import OPENING_GRAMMAR, grammar_word_in, list_as_written, uniform_items

GRAMMAR_CHARACTERS = "的地得和与及或"
PARALLEL_BREAKS = re.compile(f"[{GRAMMAR_CHARACTERS}]")
QUESTION = re.compile("如何|怎么|怎样|什么|哪|谁|吗")
CLAUSE_BREAKS = re.compile(r"[，。；！？：,;!?:（）()“”《》]")
# What a list sets out when it is named as one: …、生活富裕|的总要求.
SERIES_NAMES = r"(?:总要求|要求|方针|总方针|原则|总目标|目标|思路|总体思路|理念|战略|总体布局|战略布局)"
NAMED_SERIES = re.compile(rf"((?:[\u4e00-\u9fff]{{2,8}}、){{2,}}[\u4e00-\u9fff]{{2,6}})的(?={SERIES_NAMES}[，。；、]?)")
SERIES_NAMED = re.compile(f"的{SERIES_NAMES}")  # in every named series: one quick search rules most texts out
RUN_ON = ("甚至", "乃至", "以至", "直至", "还是", "或者", "或是")
SINGLE_CLOSERS = "的等和及与为上中下里是也都就之"
NEGATED = ("不是", "并非", "而非", "不等于", "并不是")  # 不是|演出来、装出来|的: what something is not
EQUALITY = frozenset("平等 对等 均等 同等 相等 高等 初等 中等 优等".split())
SAID_AGAIN = 2  # a list of fields said this often, in this order, is a formula
LONGER_LIST = frozenset("、和及与")  # beside a list as said, one of these makes it part of a longer one
# 教育、医疗、…、就业|等方面: fields named, no formula (not …、自由|等全人类共同价值)
FIELDS_AFTER = ("等方面", "等领域", "等行业", "等部门", "等问题", "方面", "领域", "行业", "部门", "问题", "事业")
MANY_FIELDS = 5  # two-character items, five or more of them: fields named one by one
PLACE_PREPOSITIONS = "在于从"
# standing alone before each item: the items are predicates, no names (not 在: 在发展中保护、在保护中发展; not 有:
# 有理想、有本领、有担当)
SHARED_COPULAS = "是"
PASSIVE = "所"  # 为…所X: the verb of a passive, made a noun
PASSIVE_MARKS = re.compile("[为被].*所")
QUALITY = "性"  # 战略性、全局性、方向性
TITLE_TWO_CHAR_ITEMS = 3  # words of two characters a title's list needs (存量、增量、质量)
MIN_SHORT_ITEMS = 4  # two-character items make a formula only as a run of four or more: 学纪、知纪、明纪、守纪


def parallel_items(clause: str, runs_across: Callable[[str, int], bool] | None = None,
                   between_words: Callable[[str, int], bool] | None = None) -> list[str] | None:
    """The items of a parallel formula in a clause (X感、Y感、Z感), trimmed to equal length, or None.
    With `runs_across(text, offset)`, a trim must fall between words: not 代西部大开发、长江经济带发
    out of 新时代西部大开发、长江经济带发展. With `between_words` (see term_lists.word_boundary), a
    character of grammar inside an item (的, 和, 及) breaks the formula only when the cut makes it a word
    of its own: 及时跟进学 of 全面系统学、及时跟进学、深入思考学、联系实际学 holds none."""
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
        if _runs_on(items[-1][size_try:]) or any(i.endswith("了") for i in trimmed):
            continue  # 带着激情|甚至带着痴情, 样样不|精: the list goes on; 更加密切了: a predicate
        if _qualifies(trimmed, items[-1][size_try:]):
            return None  # 全局性、前瞻性、引领性|的科学布局: qualities of the noun after them
        if _open_ended(trimmed[-1]):
            return None  # 市委组织部、市教育局等: examples of more, no formula
        if all(i[0] in PLACE_PREPOSITIONS and i[-1] in LOCATIVES for i in trimmed):
            return None  # 在法治轨道上、在制度框架内: where something is done, no formula
        if trimmed[0][:2] in OPENING_GRAMMAR and all(i.startswith(trimmed[0][:2]) for i in trimmed):
            return None  # 是否推诿、是否拖延、是否敷衍: a sentence's word of grammar said again, no formula
        if (trimmed[0][0] in SHARED_COPULAS and all(i[0] == trimmed[0][0] for i in trimmed) and between_words
                and all(between_words(i, 1) for i in trimmed)):
            return None  # 比拼的是实力、是意志: a copula said again before each predicate
        if all(i.startswith(PASSIVE) for i in trimmed) and PASSIVE_MARKS.search(items[0]):
            return None  # 为人民群众所感知、所享有: what is done to something, said of it (群众所急、所需、所盼 stays)
        # 全面地发展、保持和施展: verbs of a sentence; 如何看待、如何抉择: questions
        unshared = _without_shared_de(trimmed)
        broken = _grammar_inside(unshared, between_words) or (unshared == trimmed and _shared_grammar(trimmed))
        if not broken and not _formula(trimmed):
            continue  # no answer at this length, whatever the words: the costly test below is not needed
        if runs_across and (runs_across(items[0], len(items[0]) - size_try) or runs_across(items[-1], size_try)):
            continue
        return None if broken else trimmed
    return None


def _grammar_inside(items: list[str], between_words: Callable[[str, int], bool] | None) -> bool:
    """Whether an item holds a word of grammar (全面地发展) or asks a question (如何看待); one search
    over all the items rules out most lists (no pattern here matches across a 、)."""
    listed = "、".join(items)
    if not (PARALLEL_BREAKS.search(listed) or QUESTION.search(listed)):
        return False
    return any(grammar_word_in(i, between_words, PARALLEL_BREAKS, GRAMMAR_CHARACTERS) or QUESTION.search(i)
               for i in items)


def _shared_grammar(items: list[str]) -> bool:
    """耕地保护、林地管理、草地修复, 和谐社会、和平发展: items of two words alike only in a character of
    grammar inside their words are no formula (及时发现、及时报告 share the word; 看得见、摸得着 are words).

    >>> _shared_grammar(["耕地保护", "林地管理", "草地修复"]), _shared_grammar(["及时发现", "及时报告", "及时处置"])
    (True, False)
    """
    size = len(items[0])
    if size <= 3 or any(len(i) != size for i in items) or not PARALLEL_BREAKS.search(items[0]):
        return False  # (the shared character of grammar stands in the first item too)
    alike = [len({i[k] for i in items}) == 1 for k in range(size)]
    return any(alike[k] and items[0][k] in GRAMMAR_CHARACTERS and not (k > 0 and alike[k - 1])
               and not (k + 1 < size and alike[k + 1]) for k in range(size))


def _formula(items: list[str]) -> bool:
    """Items built alike, other than three-character words in 化 (现代化、信息化、城镇化)."""
    return _shares_affix(items) and not all(len(i) == 3 and i.endswith("化") for i in items)


def _runs_on(rest: str) -> bool:
    """What follows the last item continues it: 甚至/乃至 another item, or a single character that
    closes nothing (样样有、样样不|精, not …、…|等)."""
    return rest.startswith(RUN_ON) or (len(rest) == 1 and rest not in SINGLE_CLOSERS)


def _enumeration(items: list[str], rest: str, said_again: bool = False) -> bool:
    """Unlike items that describe a noun or name fields one by one (教育、旅游、科技、卫生、体育、考古):
    an enumeration, no formula. Fields the text names again in the same order are a formula it
    teaches (和平、发展、公平、正义、民主、自由, four times in a piece on common values)."""
    return (_qualifies(items, rest) or _open_ended(items[-1])
            or len(items) >= MANY_FIELDS and all(len(i) == 2 for i in items) and not said_again)


def _qualifies(items: list[str], rest: str) -> bool:
    """A list of qualities (…性) that a noun follows describes that noun: no formula of its own."""
    return bool(rest) and rest[0] not in "等" and all(i.endswith(QUALITY) for i in items)


def _open_ended(last: str) -> bool:
    """市委组织部、市教育局等: an item cut to the others' length that took the 等 after it (平等 is a
    word) — a list of examples, no formula (…、底线思维等 stays one)."""
    return last.endswith("等") and last[-2:] not in EQUALITY


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


def named_series(text: str, found: dict) -> None:
    """A list followed by the name of what it sets out (…、治理有效、生活富裕的总要求; 节约优先、保护优先、
    自然恢复为主的方针) is one formula, learned whole, even when its items share no affix."""
    if not SERIES_NAMED.search(text):
        return
    for m in NAMED_SERIES.finditer(text):
        items = m.group(1).split("、")
        size = {len(i) for i in items[1:-1]}
        if len(size) != 1:
            continue
        items[0] = items[0][-size.pop():]
        if not any(PARALLEL_BREAKS.search(i) for i in items):
            add_candidate(found, "、".join(items), Source.SERIES)


def parallel_formulas(text: str, found: dict, runs_across: Callable[[str, int], bool] | None,
                      between_words: Callable[[str, int], bool] | None = None, whole: str = "",
                      title: bool = False) -> None:
    """Parallel formulas and lists of unlike items of one length in a paragraph; `whole`: the article's
    text, where a list said again is a formula (see _enumeration). A list the title sets out is what the
    article teaches, three words of two characters too (稳就业，抓好|存量、增量、质量)."""
    for clause in CLAUSE_BREAKS.split(text):
        if "、" not in clause:
            continue
        items = parallel_items(clause, runs_across, between_words)
        if items:
            if not _denied(clause, items[0]):
                add_candidate(found, "、".join(items) + _joined_last(clause, items), Source.PARALLEL)
            continue
        if title and between_words:
            items = uniform_items(clause, between_words, TITLE_TWO_CHAR_ITEMS)
            listed = list_as_written(clause, items) if items else None
            if listed and not _denied(clause, items[0]):
                add_candidate(found, listed, Source.LIST)
                continue
        items = uniform_items(clause, between_words) if between_words else None
        listed = list_as_written(clause, items) if items else None
        rest = clause[clause.find(listed) + len(listed):] if listed else ""
        if listed and (_enumeration(items, rest, not rest.startswith(FIELDS_AFTER)
                                    and _said_whole(listed, whole) >= SAID_AGAIN) or _shared_grammar(items)):
            continue  # 耕地保护、林地管理、草地修复: alike only in the 地 inside their words
        if listed and not _denied(clause, listed.split("、", 1)[0]):
            add_candidate(found, listed, Source.LIST)


def _said_whole(listed: str, text: str) -> int:
    """How often a text sets out a list as it stands, not inside a longer one (…、就业、社保; …就业和社保)."""
    return sum(1 for m in re.finditer(re.escape(listed), text)
               if text[m.start() - 1:m.start()] not in LONGER_LIST and text[m.end():m.end() + 1] not in LONGER_LIST)


def _denied(clause: str, first_item: str) -> bool:
    """Whether the list is what something is not: 不是|演出来、装出来|的."""
    return clause[:clause.find(first_item)].endswith(NEGATED)


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

"""Lists an instructor learns whole though their items share no affix: three or more items of one
length set out in one clause (立党为公、为民造福、科学决策、真抓实干; 把方向、管大局、作决策、保落实).

    >>> uniform_items("坚持立党为公、为民造福、科学决策、真抓实干的要求")
    ['立党为公', '为民造福', '科学决策', '真抓实干']
    >>> uniform_items("实现跟踪、督办、反馈和评估")
    ['跟踪', '督办', '反馈', '评估']
    >>> uniform_items("到练八段锦、品中式茶饮、打卡古建筑", lambda text, offset: True) is None
    True

Items alike in length are what makes a set out list a formula rather than a sentence's enumeration
(北京、上海和广州; 加强领导、完善制度和落实责任的工作): the first item is cut to the others' length
(its verb stays outside: 坚持|立党为公), the last one too (真抓实干|的要求), and only where a word
starts or ends; an item with grammar inside (的, 和, 在, 是, a digit) is a sentence, no item (a 地 inside a
word, 接地气, is none).
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Callable

from content.cjk_text import han_only

GRAMMAR = re.compile(r"[的地得和与及或是在了着等]")  # 等: 中试基地|等载体, a list of examples
INSIDE_WORDS = "地"  # of these, only 地 is often inside a word of a list item (接地气, 基地)
GRAMMAR_WORDS = frozenset("以及 及其 或者 或是 与其 和与".split())  # words of grammar all the same
OPENING_GRAMMAR = GRAMMAR_WORDS | frozenset("是否 或许 的确 在于".split())  # words of grammar an item may open on
JOINERS = ("和", "及", "与")
# a span's ends standing alone at the head of the first item (从…，到|练八段锦、…): no item of a list; not 把 (把方向、
# 管大局、作决策、保落实), 向 (向新、向绿、向优) or 在 (在发展中保护、在保护中发展), which open formulas
LEADING_PREPOSITIONS = "到从"
# what may follow a list's last item in its clause: 的 (保落实|的重要作用), 等, a joined item, a verb
# whose object the list is (…|作为, …|为重点), a locative (激活力|上下功夫)
CLOSERS = ("的", "等", "和", "及", "与", "为", "作为", "是", "上", "中", "方面", "之", "这", "都", "也", "就", "相",
           "有机", "统一", "结合", "并举", "并重", "一体", "同步", "协同", "齐抓")
# or the institution the list makes up, a word of two characters at most before it (…定期轮岗|制度,
# …定期会商|工作机制, …多业融合|新格局; not …公共服务|体系化), the role it names (发挥把方向、管大局、保落实|作用),
# or its count (协同经办|3个层面, 稳定|三件大事)
HEAD_AFTER = re.compile("[\u4e00-\u9fff]{0,2}?(?:制度|机制|体制|体系|格局|模式|框架|清单|作用|职能|职责)(?![化性])"
                        "|[0-9一二三四五六七八九十两]+(?:个|项|大|种|条|件|方面)")
MIN_ITEMS = 3
SHORTEST, LONGEST = 2, 8
MIN_TWO_CHAR_ITEMS = 4  # 跟踪、督办、反馈和评估: two-character items count only four or more at a time

Boundary = Callable[[str, int], bool]


def word_boundary(cut: Callable[[str], list[str]]) -> Boundary:
    """Whether the tokenizer's cut of a text has a word end at an offset (坚持|重心下移, not 坚|持重).
    The finders ask of one paragraph again and again (a figure's end, each item of a list): the word
    ends of each text are summed once per extraction, not once per question."""
    word_ends: dict[str, set[int]] = {}

    def between_words(text: str, offset: int) -> bool:
        if offset <= 0 or offset >= len(text):
            return True  # (the last word ends at the text's end)
        ends = word_ends.get(text)
        if ends is None:
            ends = word_ends[text] = set(accumulate(map(len, cut(text))))
        return offset in ends
    return between_words


def uniform_items(clause: str, between_words: Boundary = lambda text, offset: True,
                  two_char_items: int = MIN_TWO_CHAR_ITEMS) -> list[str] | None:
    """The items of a list of like-length items in a clause (no other punctuation in it), or None.
    `between_words(text, offset)`: whether a word ends at that offset (no item may cut a word); `two_char_items`:
    how many items of two characters make a list."""
    items = clause.split("、")  # three or more pieces: a list needs an item between two 、 to set its length
    if len(items) < MIN_ITEMS or not all(items):
        return None
    middle = items[1:-1]
    sizes = {len(i) for i in middle}
    if len(sizes) != 1:
        return None
    size = sizes.pop()
    first, last = items[0], items[-1]
    if not SHORTEST <= size <= LONGEST or len(first) < size or len(last) < size:
        return None
    if len(last) > size and not (last[size:].startswith(CLOSERS) or HEAD_AFTER.match(last, size)):
        return None  # 惠民、利民、富民、改善|民生作为…: the last item runs on
    found = [first[-size:], *middle, last[:size]]
    joined = _joined_item(last[size:], size, between_words)
    if joined:
        found.append(joined[1:])
    if len(found) < MIN_ITEMS or size == 2 and len(found) < two_char_items or not all(map(han_only, found)):
        return None
    # the word ends asked last: the tokenizer cuts each item anew
    if len(first) > size and not between_words(first, len(first) - size):
        return None
    if len(last) > size and not between_words(last, size):
        return None
    if any(grammar_word_in(i, between_words) for i in found):
        return None
    if found[0][0] in LEADING_PREPOSITIONS and between_words(found[0], 1):
        return None  # 从穿马面裙、戴簪花，到|练八段锦、品中式茶饮…: the first item is where a span goes to
    return found


def grammar_word_in(item: str, between_words: Boundary | None, characters: re.Pattern = GRAMMAR,
                    inside_words: str = INSIDE_WORDS) -> bool:
    """Whether 的, 和, 及… stands in an item as a word of grammar (领导和制度, 全面地发展, 政府及其部门).
    A character of `inside_words` may stand inside a word instead (地 of 接地气: 接地气、察民情、聚民智、
    惠民生 is a list); the others always count here, as the tokenizer joins some of them to their
    neighbours (党和人民, 说得好, 存在). Without `between_words` every such character counts."""
    for m in characters.finditer(item):
        a, b = m.start(), m.end()
        if a == 0 and between_words is not None and item[:2] not in OPENING_GRAMMAR and not between_words(item, b):
            continue  # 和平、发展、公平…, 了解、认识…: opening an item it joins nothing, a word goes on (not 或者)
        if (between_words is None or item[a] not in inside_words
                or item[max(0, a - 1):b] in GRAMMAR_WORDS or item[a:b + 1] in GRAMMAR_WORDS
                or between_words(item, a) and between_words(item, b)):  # the tokenizer last: it cuts the item
            return True
    return False


def _joined_item(rest: str, size: int, between_words: Boundary) -> str:
    """The item after the last one joined by 和/及/与, with its joiner (…、反馈|和评估), when it has the
    same length."""
    if rest[:1] not in JOINERS or len(rest) < 1 + size:
        return ""
    if len(rest) > 1 + size and not between_words(rest, 1 + size):
        return ""
    return rest[:1 + size]


def uniform_list_term(clause: str, between_words: Boundary = lambda text, offset: True) -> str | None:
    """The list as the text writes it, a joined last item with its 和 (跟踪、督办、反馈和评估)."""
    items = uniform_items(clause, between_words)
    return list_as_written(clause, items) if items else None


def list_as_written(clause: str, items: list[str]) -> str:
    """The uniform_items of a clause as the clause writes them (a joined last item with its 和)."""
    listed = clause.count("、") + 1
    if len(items) == listed:
        return "、".join(items)
    joiner = clause.rsplit("、", 1)[-1][len(items[0])]  # the 和 before the joined item, found above
    return "、".join(items[:listed]) + joiner + items[-1]

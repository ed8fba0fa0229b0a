"""Counted formulas (两个结合, 四个意识, 第二个百年奋斗目标) and the names of party meetings (党的二十大).

    >>> found = {}
    >>> numeric_formulas("坚持两个结合，增强四个意识，做好两个方面。", lambda s: [s[:2], s[2:]], found)
    >>> sorted(found)  # 方面 is too general a noun to be counted
    ['两个结合', '四个意识']
    >>> found = {}
    >>> numeric_formulas("这两个“弄清楚”恰是关键，写下三个“人”字。", lambda s: [s], found)
    >>> sorted(found)
    ['两个“弄清楚”']
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import CJK, CLAUSE_SPLIT
from content.term_candidates import Cutter, Source, add_candidate

# 一 alone (一项, 一步) is an article, not a count: 一项系统工程, 进一步.
CLASSIFIERS = "个项大种条张位步"
NUMERAL_CLASSIFIER = re.compile(
    r"(?<![一二两三四五六七八九十进的])(?:第[一二两三四五六七八九十]{1,3}|[二两三四五六七八九十][一二三四五六七八九十]{0,2}|十)"
    rf"(?:{'|'.join(CLASSIFIERS)})(?=[\u4e00-\u9fff])")
COUNTED = re.compile(f"[一二两三四五六七八九十][{CLASSIFIERS}]")  # in every count above: a quick test rules most texts out
NUM = "[一二三四五六七八九十]{1,3}"
# a count of quoted words is one formula: 两个“弄清楚”, 五个“必须统筹”, 四个“不摘” (not 三个“人”字), when
# nothing it qualifies follows (十大“暖心”工程 counts projects), and no count of people (两位“老党员”)
COUNTED_QUOTE = re.compile(r"(?<![一二两三四五六七八九十进的第])(?:[二两三四五六七八九十][一二三四五六七八九十]{0,2}|十)"
                           r"[个项大条种]“[^“”，。、；：！？\s]{2,8}”(?=$|[，。；、：！？）…的是恰正就都也为在和与及])")
MEETING = re.compile(
    rf"党的{NUM}届{NUM}中全会|党的{NUM}大(?:报告)?|{NUM}届全国人大{NUM}次会议|全国政协{NUM}届{NUM}次会议|"
    rf"{NUM}届中央纪委{NUM}次全会|{NUM}届(?:中共)?中央政治局第{NUM}次集体学习|"
    r"中央(?:经济|农村|城市|民族|统战|外事|人才|金融|政法|宣传思想|网络安全和信息化)工作会议|全国生态环境保护大会")
NUMERALS = "一二两三四五六七八九十第"
MAX_COUNTED_NOUN = 8
MODALS = frozenset("应该 应当 必须 需要 能够 可以 理应".split())  # jieba tags nouns as verbs (举措): only these are sure
RANK_SCOPES = ("世界", "全球", "全国", "全省", "全市", "亚洲")
MEETING_MARKS = ("党的", "届", "工作会议", "全国生态环境保护大会")  # each name above has one: a text without is skipped
# Nouns too general to follow a numeral as a formula: 四个方面, 两个月.
NUMERIC_GENERIC_HEADS = frozenset(
    "方面 领域 部分 环节 阶段 层面 问题 月 年 小时 方向 国家 地区 城市 片区 措施 任务 人 字 点 是 的 以来 期间 之后 以后 时期".split())


# A congress of old (党的六大) said today is a count more often: 党的六大优秀特质, 党的三大法宝.
OLD_CONGRESS = re.compile("党的[二三四五六七八九]大$")
CONGRESS_NOUNS = frozenset("报告 精神 代表 党章 决议 会址 旧址 文件 路线 会议 宣言".split())
# what a party counts in sets: 三大法宝, 三大作风, 六大纪律
SET_NOUNS = frozenset("法宝 作风 优良作风 纪律 特质 特征 优势 原则 任务 考验 危险 本领 成就 法则 举措 功能".split())


def meetings(text: str, found: dict, cut: Cutter = lambda s: [s], tag: Callable[[str], str] = lambda w: "") -> None:
    if not any(mark in text for mark in MEETING_MARKS):
        return
    for m in MEETING.finditer(text):
        if not _counts_a_set(m, text, cut, tag):
            add_candidate(found, m.group(0), Source.LEXICON)


def _counts_a_set(match: re.Match, text: str, cut: Cutter, tag: Callable[[str], str]) -> bool:
    """党的六大|优秀特质: the numeral counts the quality or noun that follows, not a congress."""
    if not OLD_CONGRESS.match(match.group(0)):
        return False
    tokens = [t for t in cut(CLAUSE_SPLIT.split(text[match.end():match.end() + 8], 1)[0]) if t.strip()]
    if tokens and tokens[0] in SET_NOUNS:
        return True  # 党的三大|法宝
    # a quality and a noun (党的六大|优秀|特质); not a verb after it (党的七大|隆重|召开)
    return (len(tokens) >= 2 and tag(tokens[0]).startswith("a") and not tag(tokens[1])
            and len(tokens[1]) >= 2 and tokens[1] not in CONGRESS_NOUNS)


def numeric_formulas(text: str, cut: Cutter, found: dict, tag: Callable[[str], str] = lambda w: "") -> None:
    if not COUNTED.search(text):
        return
    for m in COUNTED_QUOTE.finditer(text):
        add_candidate(found, m.group(0), Source.NUMERIC)
    paired = set()  # where the second count of a pair starts
    for m in NUMERAL_CLASSIFIER.finditer(text):
        if m.start() in paired:
            continue
        tail = CLAUSE_SPLIT.split(text[m.end():m.end() + 12], 1)[0]
        tokens = [t for t in cut(tail) if t.strip()]
        after = text[m.end() + len(tokens[0]):m.end() + len(tokens[0]) + 1] if tokens else ""
        if not tokens or tokens[0] in NUMERIC_GENERIC_HEADS or tag(tokens[0]).startswith("d") or after and after in "“‘":
            continue  # 两条|尤为熟悉, 三个|巨大“人”字, 第十四个|指导“三农”工作的: the count's noun comes later
        count = _scope_before(text, m.start(), m.group(0)) + m.group(0)
        if _kind_word(tokens[1:2], tag) or len(tokens) > 1 and len(tokens[1]) >= 2 and len(tokens[0] + tokens[1]) <= 6 \
                and tokens[1] not in MODALS and _kind_word(cut(tail[len(tokens[0] + tokens[1]):])[:1], tag):
            continue  # 第一条|城际电气化|轻轨: the noun goes on past what a count may take
        add_candidate(found, count + tokens[0], Source.NUMERIC)
        if len(tokens) > 1 and len(tokens[1]) >= 2 and len(tokens[0]) + len(tokens[1]) <= 6:
            if tokens[1][0] in NUMERALS:  # 两个市场|两种资源: the next count is no noun of this one
                paired.add(_pair_of_counts(text, m, tokens[0], found, cut))
                continue
            if tokens[1] in MODALS or tag(tokens[1]).startswith("d"):
                continue  # 两大文明古国|应该|弘扬, 两项补贴|分别|惠及: what the counted noun does follows
            noun = tokens[0] + tokens[1]
            third = _noun_after(tail[len(noun):], cut, tag)
            if third and len(noun + third) <= MAX_COUNTED_NOUN:
                noun += third  # 两个|行业共性难题, not 两个行业共性
            add_candidate(found, count + noun, Source.NUMERIC)


def _noun_after(rest: str, cut: Cutter, tag: Callable[[str], str]) -> str:
    """The noun a counted phrase goes on with (行业共性|难题), if one follows at once."""
    words = [w for w in cut(rest) if w.strip()][:1] if rest else []
    word = words[0] if words else ""
    return word if len(word) >= 2 and not tag(word) and word not in NUMERIC_GENERIC_HEADS else ""


def _kind_word(words: list[str], tag: Callable[[str], str]) -> bool:
    """Whether the word is one that names a kind of thing (轻轨, tagged a distinguishing word)."""
    return bool(words) and len(words[0]) >= 2 and tag(words[0]) == "b"


def _scope_before(text: str, start: int, count: str) -> str:
    """世界|第一大执政党: a rank is learned with the field it ranks in."""
    if count.startswith("第"):
        return next((s for s in RANK_SCOPES if start >= len(s) and text.startswith(s, start - len(s))), "")
    return ""


def _pair_of_counts(text: str, first: re.Match, noun: str, found: dict, cut: Cutter) -> int:
    """两个市场两种资源: two counts said as one, each noun a word of two characters, whatever the pair
    qualifies after it when both count alike (国内国际两个市场两种资源|联动效应; not 三个街道五个社区参与).
    Returns where the second count starts (-1 if none): it counts nothing of its own."""
    second = NUMERAL_CLASSIFIER.match(text, first.end() + len(noun))
    if second and len(noun) == 2:
        after = text[second.end() + 2:second.end() + 3]
        words = cut(CLAUSE_SPLIT.split(text[second.end():second.end() + 8], 1)[0])
        same_count = first.group(0)[:-1] == second.group(0)[:-1]  # 两个…两种; not 三个街道五个社区
        if not CJK.match(after) or after in "的和与及" or (same_count and words and len(words[0]) == 2):
            add_candidate(found, text[first.start():second.end() + 2], Source.NUMERIC)
            return second.start()
    return -1

"""Counted formulas (两个结合, 四个意识, 第二个百年奋斗目标) and the names of party meetings (党的二十大).

    >>> found = {}
    >>> numeric_formulas("坚持两个结合，增强四个意识，做好两个方面。", lambda s: [s[:2], s[2:]], found)
    >>> sorted(found)  # 方面 is too general a noun to be counted
    ['两个结合', '四个意识']
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import CLAUSE_SPLIT
from content.term_candidates import Cutter, Source, add_candidate

# 一 alone (一项, 一步) is an article, not a count: 一项系统工程, 进一步.
CLASSIFIERS = "个项大种条张位步"
NUMERAL_CLASSIFIER = re.compile(
    r"(?<![一二两三四五六七八九十进的])(?:第[一二两三四五六七八九十]{1,3}|[二两三四五六七八九十][一二三四五六七八九十]{0,2}|十)"
    rf"(?:{'|'.join(CLASSIFIERS)})(?=[\u4e00-\u9fff])")
COUNTED = re.compile(f"[一二两三四五六七八九十][{CLASSIFIERS}]")  # in every count above: a quick test rules most texts out
NUM = "[一二三四五六七八九十]{1,3}"
MEETING = re.compile(
    rf"党的{NUM}届{NUM}中全会|党的{NUM}大(?:报告)?|{NUM}届全国人大{NUM}次会议|全国政协{NUM}届{NUM}次会议|"
    rf"{NUM}届中央纪委{NUM}次全会|{NUM}届中共中央政治局第{NUM}次集体学习|"
    r"中央(?:经济|农村|城市|民族|统战|外事|人才|金融|政法|宣传思想|网络安全和信息化)工作会议|全国生态环境保护大会")
MEETING_MARKS = ("党的", "届", "工作会议", "全国生态环境保护大会")  # each name above has one: a text without is skipped
# Nouns too general to follow a numeral as a formula: 四个方面, 两个月.
NUMERIC_GENERIC_HEADS = frozenset(
    "方面 领域 部分 环节 阶段 层面 问题 月 年 小时 方向 国家 地区 城市 片区 措施 任务 人 字 点 是 的 以来 期间 之后 以后 时期".split())


def meetings(text: str, found: dict) -> None:
    if not any(mark in text for mark in MEETING_MARKS):
        return
    for m in MEETING.finditer(text):
        add_candidate(found, m.group(0), Source.LEXICON)


def numeric_formulas(text: str, cut: Cutter, found: dict, tag: Callable[[str], str] = lambda w: "") -> None:
    if not COUNTED.search(text):
        return
    for m in NUMERAL_CLASSIFIER.finditer(text):
        tail = CLAUSE_SPLIT.split(text[m.end():m.end() + 12], 1)[0]
        tokens = [t for t in cut(tail) if t.strip()]
        after = text[m.end() + len(tokens[0]):m.end() + len(tokens[0]) + 1] if tokens else ""
        if not tokens or tokens[0] in NUMERIC_GENERIC_HEADS or tag(tokens[0]).startswith("d") or after and after in "“‘":
            continue  # 两条|尤为熟悉, 三个|巨大“人”字, 第十四个|指导“三农”工作的: the count's noun comes later
        add_candidate(found, m.group(0) + tokens[0], Source.NUMERIC)
        if len(tokens) > 1 and len(tokens[1]) >= 2 and len(tokens[0]) + len(tokens[1]) <= 6:
            add_candidate(found, m.group(0) + tokens[0] + tokens[1], Source.NUMERIC)

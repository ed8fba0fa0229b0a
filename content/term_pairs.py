"""Formulas of several parts that the signal finders miss: a pair of set phrases, and a listed
formula the text runs on with one more part.

    >>> stock_pairs("纠“四风”一刻不停、寸步不让。", {"一刻不停", "寸步不让"}.__contains__)
    ['一刻不停、寸步不让']
    >>> mirrored_pairs("映照见物又见人的投资理念，一批又一批。")
    ['见物又见人']
    >>> extended_formulas("实现青山常在、绿水长流、空气常新的美丽中国。", ["青山常在、绿水长流"])
    ['青山常在、绿水长流、空气常新']
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

PAIR_PART = 4
CLAUSES = re.compile(r"[，。；！？：,;!?:（）()“”‘’《》「」\s]")
CJK = re.compile(r"[\u4e00-\u9fff]")
PART_ENDS = "的地得和与及或等"
# 见物又见人, 顶天亦立地 is no such pair: the two halves open on the same verb and differ after it
MIRROR_PARTICLES = re.compile("[了的着过地得]")
PREDICATES = "有是"
MIRRORED = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})[又亦]\1([\u4e00-\u9fff]{1,2})")


def stock_pairs(text: str, knows: Callable[[str], bool], whole: str = "") -> list[str]:
    """一刻不停、寸步不让, 享乐主义、奢靡之风: two set four-character phrases joined by 、 are said and
    learned as one, though they share no character (parallel_items needs a shared one). With the
    article's `whole` text, only pairs whose phrases are never said apart: 人工智能、虚拟现实 lists two
    things the article also names on their own."""
    whole = whole or text
    found = []
    if "、" not in text:
        return found  # no pair in the text: no clause to split
    for clause in CLAUSES.split(text):
        parts = clause.split("、")
        if len(parts) != 2 or len(parts[0]) < PAIR_PART or len(parts[1]) < PAIR_PART:
            continue
        first, second = parts[0][-PAIR_PART:], parts[1][:PAIR_PART]
        if any(knows(parts[0][-n:]) for n in (5, 6) if n <= len(parts[0])) or any(
                knows(parts[1][:n]) for n in (5, 6) if n <= len(parts[1])):
            continue  # a part of a longer word: not a set phrase of its own
        pair = f"{first}、{second}"
        if (knows(first) and knows(second) and first != second
                and whole.count(first) == whole.count(second) == whole.count(pair)):
            found.append(pair)
    return found


def mirrored_pairs(text: str) -> list[str]:
    """见物又见人: two halves on one verb joined by 又 are one formula, neither half a term alone
    (一批又一批 repeats a half, it names nothing)."""
    found = []
    if "又" not in text and "亦" not in text:
        return found  # most paragraphs: no 又 or 亦, no pattern to try at each character
    for m in MIRRORED.finditer(text):
        size = len(m.group(2))
        second = m.group(3)[:size]
        if (len(m.group(3)) >= size and m.group(2) != second and m.group(1) not in PREDICATES
                and not MIRROR_PARTICLES.search(m.group(2) + second)):  # 改了又改的, 有信心又有能力: no formula
            found.append(m.group(0)[:len(m.group(0)) - len(m.group(3)) + size])
    return found


def extended_formulas(text: str, formulas: Iterable[str]) -> list[str]:
    """A listed formula of parts (青山常在、绿水长流) that the text writes with one or more parts more
    (…、空气常新): the text's whole formula is the one to learn."""
    found = []
    for formula in formulas:
        size = len(formula.rsplit("、", 1)[-1])
        start = text.find(formula)
        while start >= 0:
            end = start + len(formula)
            while _part_follows(text, end, size):
                end += 1 + size
            if end > start + len(formula):
                found.append(text[start:end])
            start = text.find(formula, end)
    return found


def _part_follows(text: str, end: int, size: int) -> bool:
    part = text[end + 1:end + 1 + size]
    after = text[end + 1 + size:end + 2 + size]
    return (text[end:end + 1] == "、" and len(part) == size and all(CJK.match(ch) for ch in part)
            and (not after or not CJK.match(after) or after in PART_ENDS))

"""Paragraph leads built alike though their heads share no character: the couplets of an essay's points
(系统谋划，精准施策。/ 补齐短板，守住底线。), leads of one clause pattern (坚持人民立场，凝聚发展合力。/
深化改革开放，激发市场活力。) or of one frame (立足长远，既…，也…，…).

quiz.parallels finds the paragraphs; this module says whether their leads are of one build, how a lead
splits into its two halves for a 配对, and whether the article announces the leads as a sequence
(从三个方面 / 以下几个维度), which alone makes their order worth asking.
"""
from __future__ import annotations

import re

MIN_HEAD, MAX_HEAD = 4, 8
MIN_HALF, MAX_HALF = 4, 10
MAX_REST = 24
CONNECTIVE_OPENERS = frozenset("既也又更还不而亦")  # a frame's clauses open with these (既…，也…)
QUOTES_RE = re.compile(r"[“”‘’\"]")


def clauses(lead: str) -> list[str]:
    """The lead's clauses at its commas outside quotes (摸清“家底” stays one clause)."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(lead):
        depth += (ch in "“‘") - (ch in "”’")
        if ch == "，" and depth <= 0:
            out.append(lead[start:k])
            start = k + 1
    out.append(lead[start:])
    return out


def bare_len(clause: str) -> int:
    return len(QUOTES_RE.sub("", clause))


def built_alike(leads: list[str]) -> bool:
    """Do the leads (without their full stop) share a build: each a balanced couplet of two four- to
    ten-character halves; or one head length and the same clause lengths; or one head length and a
    frame of connectives (既…，也…) in the same places?

        >>> built_alike(["系统谋划，精准施策", "补齐短板，守住底线", "凝聚社会共识，激发内生动力"])
        True
        >>> built_alike(["坚持人民立场，凝聚发展合力", "深化改革开放，激发市场内生活力"])
        False
    """
    parts = [clauses(lead) for lead in leads]
    if len(parts) < 2 or len({len(p) for p in parts}) != 1 or len(parts[0]) < 2:
        return False
    if any(not MIN_HALF <= bare_len(c) <= MAX_HALF + 4 for p in parts for c in p):
        return False
    if len(parts[0]) == 2 and all(bare_len(a) == bare_len(b) and MIN_HALF <= bare_len(a) <= MAX_HALF
                                  for a, b in parts):
        return True  # couplets (系统谋划，精准施策): heads may differ in length between leads
    heads = [p[0] for p in parts]
    if len({len(h) for h in heads}) != 1 or not MIN_HEAD <= len(heads[0]) <= MAX_HEAD:
        return False
    if len({tuple(bare_len(c) for c in p) for p in parts}) == 1:
        return True
    return _framed(parts)


def _framed(parts: list[list[str]]) -> bool:
    """Two or more later clauses open alike on a connective in every lead (既打…，也打… / 既锻…，也补…)."""
    shared = [k for k in range(1, len(parts[0]))
              if len({p[k][0] for p in parts}) == 1 and parts[0][k][0] in CONNECTIVE_OPENERS]
    return len(shared) >= 2


def halves(lead: str) -> tuple[str, str] | None:
    """The lead's head and the rest it leads to (立足长远目标 | 既…，也…), for a 配对; none when the rest
    is too long to read as an option."""
    parts = clauses(lead)
    rest = lead[len(parts[0]) + 1:]
    if len(parts) < 2 or len(rest) > MAX_REST:
        return None
    return parts[0], rest


COUNT_CUE_RE = re.compile(r"(?:以下|如下|下面|从)?([几两二三四五六七八九十])(?:个|大|条|点|种)?"
                          r"(?:方面|视角|角度|维度|层面|路径|方向|重点|着力点|关键|环节|步骤|要求|举措)")
NUMERALS = "一二三四五六七八九十"


def announced(before: str, count: int) -> bool:
    """Does the text just before the leads announce them as a sequence of that many (从三个方面 / 以下几个
    方面)? 几 fits any count; a numeral must match."""
    for m in COUNT_CUE_RE.finditer(before):
        n = m.group(1)
        if n == "几" or (NUMERALS.find(n) + 1 if n != "两" else 2) == count:
            return True
    return False

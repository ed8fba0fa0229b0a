"""Questions that give their own answer away: in their own stem, in the title, or in another question.

    >>> echoes("我要保护（  ）的生态", "要我保护")
    True
    >>> echoes("（  ），是中国电影成绩卓著的40年。", "改革开放40年")
    True
    >>> echoes("建设（  ）是在“强国”层面谈文化。", "文化强国")
    True
    >>> echoes("坚持（  ）。", "问题导向")
    False
    >>> opens_with_pointer("这里的“现在”，主要是指当下。")
    True
    >>> opens_with_pointer("二是在推动中国电影进入国际市场方面进行了有效的探索。")
    True
"""
from __future__ import annotations

import re

from quiz.questions import BLANK

# a sentence opening with one of these points back at the sentence before: alone, it cannot be answered
POINTERS = ("这", "此", "上述", "其", "该") + tuple(n + "是" for n in "一二三四五六七八九")  # 二是: of what?
NOT_POINTERS = ("此外", "其中", "其实", "其次", "该当")
FIGURE_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]+[^\s，。；、（）0-9]?")
QUOTED_RE = re.compile(r"[“‘]([^“”‘’\u0000]+)[”’]")
MIN_ECHO = 3


def opens_with_pointer(sentence: str) -> bool:
    s = sentence.lstrip("“”\"‘’ \u3000")
    return s.startswith(POINTERS) and not s.startswith(NOT_POINTERS)


def echoes(stem: str, answer: str) -> bool:
    """True when the stem spells the answer out: verbatim, most of it, its figure, or its characters reordered."""
    a = answer.strip("“”《》")
    rest = stem.replace(BLANK, "\u0000")
    if len(a) < 2:
        return False
    if a in rest:
        return True
    if len(a) >= MIN_ECHO and _longest_common(a, rest) >= max(MIN_ECHO, 0.6 * len(a)):
        return True
    if any(len(q) >= 2 and q in a for q in QUOTED_RE.findall(rest)):
        return True  # 建设（文化强国）是在“强国”层面谈文化: the stem quotes a part of the answer
    if any(len(f) >= MIN_ECHO and f in rest for f in FIGURE_RE.findall(a)):
        return True  # 改革开放40年 when the stem says …的40年
    return len(a) >= MIN_ECHO and _anagram_in(a, rest)


def _longest_common(a: str, text: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in text:
                best = j - i
            else:
                break
    return best


def _anagram_in(a: str, text: str) -> bool:
    key = sorted(a)
    n = len(a)
    return any(sorted(text[i:i + n]) == key for i in range(len(text) - n + 1) if text[i] in a)


def answer_texts(q) -> list[str]:
    """The answer strings a reader could spot elsewhere (判断 has none)."""
    return [a.strip("“”") for a in q.answer if isinstance(a, str) and len(a.strip("“”")) >= MIN_ECHO]


def shown_text(q) -> str:
    return q.stem + "\u0001" + "\u0001".join(str(o) for o in q.options)


def in_title(q, titles: set[str]) -> bool:
    return any(a in t for a in answer_texts(q) for t in titles)


def gives_away(q, chosen: list) -> bool:
    """q's answer shows in a chosen question, or a chosen question's answer shows in q."""
    mine = shown_text(q)
    return any(a in shown_text(c) for c in chosen for a in answer_texts(q)) or \
        any(a in mine for c in chosen for a in answer_texts(c))

"""Set expressions that open on an adverbial: 从实际出发, 按规律办事, 针对问题精准发力. A run of words the
article only ever says after the same 按, 从 or 根据 is the object and verb of such an expression, and
the opener belongs to it (规律办事 alone is cut off from its 按).

    >>> text = "要从实际出发。干事创业从实际出发，才能成功。"
    >>> find = lambda t: [i for i in range(len(text)) if text.startswith(t, i)]
    >>> list(adverbial_phrases([Candidate("实际出发", {Source.PHRASE}, ("实际", "出发"))], find, text))
    ['从实际出发']
"""
from __future__ import annotations

from typing import Callable, Iterable

from content.term_candidates import Candidate, Source

# Openers of an adverbial that takes a verb after its object: 按|规律办事, 从|实际出发, 针对|问题精准发力
ADVERBIAL_OPENERS = ("按照", "依照", "依据", "根据", "针对", "按", "从")
MIN_ADVERBIAL_USES = 2  # said once, any words have one context: the opener counts when it is a habit

Boundary = Callable[[str, int], bool]


def adverbial_phrases(terms: Iterable[Candidate], positions: Callable[[str], list[int]], joined: str,
                      runs_across: Boundary = lambda text, offset: False) -> dict[str, Candidate]:
    """The runs of words (of two words or more) that always follow one opener, with the opener.
    `runs_across(text, offset)`: whether a word runs across that offset; an opener must be a word of its
    own (not the 从 of 遵从|市场规律, 服从|组织安排, 从属|于西方).

    >>> text = "遵从市场规律办事。要遵从市场规律办事。"
    >>> find = lambda t: [i for i in range(len(text)) if text.startswith(t, i)]
    >>> inside_zunzong = lambda s, i: s[i - 1:i + 1] == "遵从"  # 遵从 runs across the offset of its 从
    >>> run = Candidate("市场规律办事", {Source.PHRASE}, ("市场", "规律", "办事"))
    >>> adverbial_phrases([run], find, text, inside_zunzong)
    {}
    """
    found: dict[str, Candidate] = {}
    for cand in terms:
        if len(cand.tokens) < 2:
            continue  # one word after 从 (从|源头) is the opener's object alone, no expression
        uses = positions(cand.term)
        openers = {_opener(joined, p, runs_across) for p in uses}
        if len(uses) >= MIN_ADVERBIAL_USES and len(openers) == 1 and "" not in openers:
            opener = openers.pop()
            found[opener + cand.term] = Candidate(opener + cand.term, {Source.NAMED}, (opener, *cand.tokens))
    return found


def _opener(joined: str, pos: int, runs_across: Boundary) -> str:
    """The opener standing as a word of its own right before `pos`, or ""."""
    for opener in ADVERBIAL_OPENERS:
        start = pos - len(opener)
        if start >= 0 and joined.startswith(opener, start):
            if runs_across(joined, start) or runs_across(joined, pos):
                return ""
            return opener
    return ""

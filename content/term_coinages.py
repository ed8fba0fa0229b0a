"""Pairs of words an article coins alike: 坚守马克思主义这个魂脉和中华优秀传统文化这个根脉; 既要做显绩，
也要做潜绩. The dictionary knows neither word; the article says each more than once and the two
together, built on one shared character. Such a pair names the article's own concepts, however short.
Two halves of one expression (走深走实, 延链补链) are no pair, nor is a word said only inside a longer
one (输氢 of 输氢管道).

    >>> text = "坚守马克思主义这个魂脉和中华优秀传统文化这个根脉。以马克思主义为魂脉、以中华优秀传统文化为根脉。"
    >>> sorted(coined_pairs(["魂脉", "根脉", "发力"], text, lambda word: False))
    ['根脉', '魂脉']
    >>> coined_pairs(["走深", "走实"], "推动学习走深走实。要走深，更要走实。走深走实见成效。", lambda word: False)
    set()
"""
from __future__ import annotations

import re
from itertools import combinations
from typing import Callable, Iterable

from content.cjk_text import han_only

SENTENCE_END = re.compile(r"[。！？；\n]")
MIN_USES = 2
# characters that build grammar, not words: 一是/二是, 之争/之旅
NOT_SHARED = frozenset("之是一二三四五六七八九十的地得了着和与在不有为者性化")
# a word opening on a particle is a verb's complement the tokenizer cut loose (“谋”|得准、“干”|得实)
PARTICLE_START = tuple("的地得了着")


def coined_pairs(words: Iterable[str], joined: str, knows: Callable[[str], bool]) -> set[str]:
    """The words of `words` (the article's candidates) that pair up as coinages in `joined`, its text."""
    words = list(words)
    longer = [w for w in words if len(w) > 2]  # the only candidates a two-character word can stand inside
    coined = sorted({w for w in words if len(w) == 2 and han_only(w) and not knows(w) and not w.startswith(PARTICLE_START)
                     and _said_apart(w, longer, joined)})
    if len(coined) < 2:
        return set()
    sentences = SENTENCE_END.split(joined)
    found: set[str] = set()
    for a, b in combinations(coined, 2):
        alike = any(a[i] == b[i] and a[i] not in NOT_SHARED for i in range(2))
        if alike and not _halves(a, b, joined) and any(a in s and b in s for s in sentences):
            found |= {a, b}
    return found


def _halves(a: str, b: str, joined: str) -> bool:
    """走深走实: the two words said as one expression, not as two words."""
    return a + b in joined or b + a in joined


def _said_apart(word: str, longer: list[str], joined: str) -> bool:
    """Whether the text says the word MIN_USES times or more, not every time inside one longer candidate
    (输氢 of 输氢管道). `longer`: the candidates longer than the word; each is counted only if it holds it."""
    uses = joined.count(word)
    return uses >= MIN_USES and not any(joined.count(w) * w.count(word) >= uses for w in longer if word in w)

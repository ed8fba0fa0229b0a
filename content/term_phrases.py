"""Phrase assembly: words and repeated runs of adjacent jieba tokens that may form one expression.

    >>> tokens_of = lambda s: ["正确", "政绩观"] if s else []
    >>> sorted(c.term for c in phrase_candidates(["正确政绩观", "正确政绩观"], tokens_of, lambda w: "", set()).values())
    ['政绩观', '正确', '正确政绩观']

Which of these survive (正确 is too general, 政绩观 only ever stands inside 正确政绩观 …) is decided
later, by the filters and the scoring; here every plausible span is proposed.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

from content.term_candidates import CLAUSE_SPLIT, Candidate, Source

MAX_TOKENS = 4
MAX_PHRASE_CHARS = 14
# Parts of speech that cannot open or close a term: prepositions, conjunctions, particles,
# adverbs, pronouns, numerals, measure words, locatives, time words, modal particles.
EDGE_TAGS = frozenset("p c u uj ul uz ug ud uv d ad r m q f t y e o zg z x mq".split())
FUNCTION_WORDS = frozenset("的 地 得 了 着 过 和 与 及 或 而 并 且 也 都 又 就 才 在 是 为 以 对 把 将 从 向 于 由 被 让 使 其 之 这 那 该 此 各 每 等".split())
HAS_DIGIT = re.compile(r"[0-9０-９.%]")

Tagger = Callable[[str], str]


def _clauses(tokens: list[str]) -> Iterable[list[str]]:
    clause: list[str] = []
    for tok in tokens:
        if not tok.strip() or CLAUSE_SPLIT.fullmatch(tok):
            if clause:
                yield clause
            clause = []
        else:
            clause.append(tok)
    if clause:
        yield clause


def _edge_ok(token: str, tag: Tagger, generic: set[str], opening: bool) -> bool:
    if token in FUNCTION_WORDS or HAS_DIGIT.search(token):
        return False
    t = tag(token)
    if t in EDGE_TAGS:
        return False
    # an action verb opens a clause, not a term: 推进|生态保护, 加强|党的建设
    return not (opening and t.startswith("v") and token in generic)


def phrase_candidates(texts: list[str], tokens_of: Callable[[str], list[str]], tag: Tagger,
                      generic: set[str]) -> dict[str, Candidate]:
    """Single words (2+ chars) and runs of 2–4 tokens that recur, over the given texts."""
    grams: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        for clause in _clauses(tokens_of(text)):
            for i in range(len(clause)):
                for n in range(1, MAX_TOKENS + 1):
                    if i + n > len(clause):
                        break
                    grams[tuple(clause[i:i + n])] += 1
    found: dict[str, Candidate] = {}
    for gram, count in grams.items():
        term = "".join(gram)
        if len(gram) > 1 and (count < 2 or len(term) > MAX_PHRASE_CHARS):
            continue
        if len(term) < 2 or not _edge_ok(gram[0], tag, generic, True) or not _edge_ok(gram[-1], tag, generic, False):
            continue
        if all(tok in generic or len(tok) == 1 for tok in gram):
            continue
        source = Source.PHRASE if len(gram) > 1 else Source.WORD
        cand = found.setdefault(term, Candidate(term, tokens=gram))
        cand.sources.add(source)
    return found

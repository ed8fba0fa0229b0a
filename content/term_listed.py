"""Lexicon entries a text contains: its curated terms and general vocabulary, and listed expressions it
writes with a part in quotes (新时代“枫桥经验”).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress

from content.lexicon_files import Lexicon

ONCE_SAID_NAME = 5  # characters: a vocabulary phrase this long said once in a long text is a candidate


def listed_hits(full_text: str, lexicon: Lexicon, short_text: bool,
                uses: dict[str, list[int]] | None = None) -> list[tuple[str, bool]]:
    """Entries of the lexicon that the text contains, in the order the text first says them, those of
    its general vocabulary flagged True. A long text's vocabulary phrase said once is a candidate when it
    is a name of ONCE_SAID_NAME characters or more (分级诊疗制度, 农业转移人口 in a long report; the
    ranking puts a name said once low, and term_fragments keeps it from taking the uses of the names
    inside it); shorter ones (公立医院) are words a long text says in passing. In a short text every
    phrase counts. `uses`, when given, receives where each entry found of three characters or more
    starts, overlapping uses too: the pass has found them all, no search needs to look for them again.

    >>> listed_hits("坚持以人民为中心，发展新质生产力。", Lexicon.load(), True)
    [('以人民为中心', False), ('新质生产力', False)]
    >>> listed_hits("把灵活就业人员纳入社保，办好公立医院。", Lexicon.load(), False)
    [('灵活就业人员', True)]
    """
    short, by_start = lexicon.listed_by_start()
    hits: dict[str, int] = {}
    for pair in short:  # a dozen two-character terms: one scan each beats a set of every pair in the text
        first = full_text.find(pair)
        if first != -1:
            hits[pair] = first
    general_terms = set()
    # where each three-character opening of an entry stands; an entry is looked for only there
    runs = [full_text[i:i + 3] for i in range(len(full_text) - 2)]
    starts: dict[str, list[int]] = {}
    for i in compress(range(len(runs)), map(by_start.__contains__, runs)):  # the test runs in C
        run = runs[i]
        if run in starts:
            starts[run].append(i)
        else:
            starts[run] = [i]
    startswith = full_text.startswith
    for run, places in starts.items():
        for term, general in by_start[run]:
            found = [p for p in places if startswith(term, p)]
            if not found or general and len(found) < 2 and not short_text and len(term) < ONCE_SAID_NAME:
                continue
            hits[term] = found[0]
            if uses is not None:
                uses[term] = found
            if general:
                general_terms.add(term)
    return [(term, term in general_terms) for term in sorted(hits, key=lambda t: (hits[t], -len(t), t))]


MAX_LISTED = 30  # characters of the longest lexicon entry that may span a quote mark
QUOTE_MARK = re.compile("[“”]")
TWO_QUOTED_PARTS = re.compile(r"[^“”]*”[^“”]*“")  # 引进来”和“走出去: a part closed, another opened


def quoted_spellings(full_text: str, lexicon: Lexicon) -> list[str]:
    """新时代“枫桥经验”, 高质量共建“一带一路”: a listed expression the text writes with a part in quotes."""
    # where each quote mark stands in the text without quote marks
    marks = [m.start() - k for k, m in enumerate(QUOTE_MARK.finditer(full_text))]
    if not marks:
        return []
    bare = full_text.replace("“", "").replace("”", "")
    by_prefix = lexicon.by_prefix()

    def original(i: int) -> int:
        return i + bisect_right(marks, i)

    found = []
    for i in _before_marks(marks, MAX_LISTED):
        for term in by_prefix.get(bare[i:i + 2], ()):
            if not bare.startswith(term, i):
                continue
            start, end = original(i), original(i + len(term) - 1) + 1
            if full_text[start:end].count("“") > full_text[start:end].count("”") and full_text[end:end + 1] == "”":
                end += 1
            inner = full_text[start:end]
            if TWO_QUOTED_PARTS.match(inner) and full_text[start - 1:start] == "“":
                start -= 1  # 统筹“引进来”和“走出去”: two quoted parts, the first opened before the entry
            spelled = full_text[start:end]
            if spelled != term and spelled.count("“") == spelled.count("”"):
                found.append(spelled)
    return found


def _before_marks(marks: list[int], width: int) -> list[int]:
    """The places less than `width` characters before a mark, each once and in order (`marks` in order):
    where an entry spanning a mark may start.

    >>> _before_marks([3, 5, 20], 4)
    [0, 1, 2, 3, 4, 16, 17, 18, 19]
    """
    places: list[int] = []
    reach = 0  # the places before it are taken
    for m in marks:
        places.extend(range(max(reach, m - width), m))
        reach = max(reach, m)
    return places

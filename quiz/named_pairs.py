"""Pairs the article names as relations to handle (把握好“活力”和“秩序”的关系；…“效率”与“公平”的关系),
three or more in one paragraph: the article's own 配对, asked as one (活力 ↔ 秩序).

Each group becomes one PARALLEL fact labelled NAMED_PAIRS: its pairs are the two halves, its items the
pairs as written (“活力”和“秩序”), its spans every half in the first sentence that names them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.sentences import Sentence

NAMED_PAIRS = "named_pairs"  # the label of such a fact: generators ask it as 配对 only
MIN_PAIRS, MAX_PAIRS = 3, 6
# a verb of handling relations, then the pairs up to the clause's end: 统筹好A和B、C和D的关系 /
# 把握好“A”和“B”的关系 / 正确处理A与B的关系、C与D的关系
HANDLE_RE = re.compile(r"(?:处理|把握|统筹|协调|平衡|兼顾|理顺)好?([^，。；：！？]+关系)")
RELATION_END_RE = re.compile(r"(?:(?:之间)?的|等(?:一系列)?(?:重大|重要)?)关系$")
ITEM_RE = re.compile(r"(“?([^和与同、“”]{2,10})”?[和与同]“?([^和与同、“”]{2,10}?)”?)(?:(?:之间)?的关系)?")
# quoted pairs in a row, named by the paragraph as a count of relations (“三对关系”：“A”和“B”、…)
LISTED_PAIR_RE = re.compile(r"“([\u4e00-\u9fff]{2,8})”(?:和|与|同)“([\u4e00-\u9fff]{2,8})”(?=、|(?:之间)?的?关系)")
COUNT_RE = re.compile(r"“?[几两二三四五六七八九十]对(?:重大|重要)?关系”?")


@dataclass(frozen=True)
class NamedPair:
    """One named pair, its offsets in the paragraph: the whole (“A”和“B”) and each half."""
    start: int
    end: int
    left: str
    left_at: int
    right: str
    right_at: int


def named_pair_groups(article, split) -> list:
    """The named pairs of each paragraph holding three or more, as PARALLEL facts."""
    from quiz.facts import Fact, FactKind  # facts imports parallels, which imports this module
    out = []
    for si, sec in enumerate(article.sections):
        for pi, text in enumerate(sec.paragraphs):
            found = pairs_in(text) if "关系" in text else []
            if not found:
                continue
            sentences = split(text, si, pi)
            members = [_sentence_at(sentences, p.start) for p in found]
            first = members[0]
            spans = [(at - first.start, at - first.start + len(half)) for p in found
                     for half, at in ((p.left, p.left_at), (p.right, p.right_at)) if first.start <= at < first.end]
            out.append(Fact(FactKind.PARALLEL, first, spans, label=NAMED_PAIRS,
                            items=[text[p.start:p.end] for p in found],
                            pairs=[(p.left, p.right) for p in found], members=members))
    return out


def pairs_in(text: str) -> list[NamedPair]:
    """Each named pair of a paragraph, when it holds MIN_PAIRS to MAX_PAIRS of them, no half twice: pairs
    after a verb of handling relations (统筹好A和B、C和D…的关系; 把握好“A”和“B”的关系 ×3), else quoted
    pairs in a row that the paragraph counts (“三对关系”); none otherwise.

        >>> [(p.left, p.right) for p in pairs_in("要统筹好活力和秩序、效率与公平、当前和长远的关系。")]
        [('活力', '秩序'), ('效率', '公平'), ('当前', '长远')]
    """
    found = [p for m in HANDLE_RE.finditer(text) for p in _handled(text, m)]
    if not MIN_PAIRS <= len(found) <= MAX_PAIRS and COUNT_RE.search(text):
        found = [NamedPair(m.start(), m.end(), m.group(1), m.start(1), m.group(2), m.start(2))
                 for m in LISTED_PAIR_RE.finditer(text)]
    halves = [h for p in found for h in (p.left, p.right)]
    if not MIN_PAIRS <= len(found) <= MAX_PAIRS or len(set(halves)) < len(halves):
        return []
    return found


def _handled(text: str, m: re.Match) -> list[NamedPair]:
    """The pairs of one handling clause (A和B、C和D的关系), or none when a piece of it is no pair."""
    end = RELATION_END_RE.search(m.group(1))
    if not end:
        return []
    out, at = [], m.start(1)
    for piece in m.group(1)[:end.start()].split("、"):
        item = ITEM_RE.fullmatch(piece)
        if not item:
            return []
        out.append(NamedPair(at, at + item.end(1), item.group(2), at + item.start(2), item.group(3), at + item.start(3)))
        at += len(piece) + 1
    return out


def count_phrase(text: str) -> str:
    """The article's name for the set (“三对关系”), if it gives one."""
    m = COUNT_RE.search(text)
    return m.group() if m else ""


def _sentence_at(sentences: list[Sentence], pos: int) -> Sentence:
    return next((s for s in sentences if s.start <= pos < s.end), sentences[-1])

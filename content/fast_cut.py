"""jieba's accurate mode (with HMM for unknown words), token for token, in fewer Python steps.

    >>> import jieba
    >>> tok = jieba.Tokenizer(); tok.initialize()
    >>> text = "加快发展新质生产力，推动算电协同。"
    >>> FastCut(tok).cut(text) == list(tok.cut(text))
    True

jieba builds a dict of every word's end positions (get_DAG), then takes the best route with a
generator, a tuple and a log() per candidate word (calc). Key-term extraction cuts every paragraph,
so that loop is most of its time. Here both passes are one loop over lists, and each word's log
probability is computed once per tokenizer: the same routes, ties broken the same way (the longer
word), the same HMM pass over runs of single characters (jieba.finalseg).
"""
from __future__ import annotations

import math
import re

# jieba's own block patterns for accurate mode (jieba.re_han_default, jieba.re_skip_default)
HAN_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)", re.U)
SKIP = re.compile(r"(\r\n|\s)", re.U)
MAX_HMM_MEMO = 50_000
MAX_NODE_MEMO = 200_000
MAX_OPENING_MEMO = 100_000
# what a fragment is to the route search, besides a word's log probability (always <= 0)
PREFIX_ONLY = 1.0  # the start of a longer word: look further
NOT_A_WORD = 2.0  # neither a word nor the start of one: stop


class FastCut:
    """Cuts like tokenizer.cut(text) (HMM on). Build it after the last add_word: it reads the
    tokenizer's frequencies and total once."""

    def __init__(self, tokenizer):
        from jieba import finalseg
        self.freq = tokenizer.FREQ
        self.log_total = math.log(tokenizer.total)
        self.log_prob: dict[str, float] = {}
        self.nodes: dict[str, float] = {}  # fragment -> log probability, PREFIX_ONLY or NOT_A_WORD
        self.openings: dict[str, tuple[float, float, float]] = {}  # 发展中 -> the nodes of 发, 发展, 发展中
        self.hmm_cut = finalseg.cut
        self.hmm_words: dict[str, list[str]] = {}  # the same unknown runs recur (names, coinages)

    def cut(self, text: str) -> list[str]:
        words: list[str] = []
        # split() with a group: the blocks it matched stand at the odd places, the text between at the even
        for j, block in enumerate(HAN_BLOCK.split(text)):
            if j % 2:
                self._cut_block(block, words)
            elif len(block) == 1 and not block.isspace():  # most often one mark (，): a word of its own
                words.append(block)
            elif block:
                for m, piece in enumerate(SKIP.split(block)):
                    if m % 2:
                        words.append(piece)
                    else:
                        words.extend(piece)
        return words

    def _prob(self, word: str) -> float:
        value = self.log_prob.get(word)
        if value is None:
            value = self.log_prob[word] = math.log(self.freq.get(word) or 1) - self.log_total
        return value

    def _node(self, frag: str) -> float:
        f = self.freq.get(frag)
        value = NOT_A_WORD if f is None else PREFIX_ONLY if not f else self._prob(frag)
        if len(self.nodes) >= MAX_NODE_MEMO:
            self.nodes.clear()
        self.nodes[frag] = value
        return value

    def _opening(self, head: str) -> tuple[float, float, float]:
        """The nodes of a start's first one, two and three characters (NOT_A_WORD past the block's end):
        nine starts in ten need no other lookup (no word there is longer than two characters)."""
        value = (self._node(head[:1]), self._node(head[:2]) if len(head) >= 2 else NOT_A_WORD,
                 self._node(head) if len(head) == 3 else NOT_A_WORD)
        if len(self.openings) >= MAX_OPENING_MEMO:
            self.openings.clear()
        self.openings[head] = value
        return value

    def _route(self, s: str) -> list[int]:
        """For each start, the end of the best word there (jieba's get_DAG + calc), one memo lookup for
        the first three characters and one for each further step. The best scores one and two places on
        are kept at hand (most words are one or two characters): fewer list reads per character."""
        n = len(s)
        lookup, node, prefix_only = self.nodes.get, self._node, PREFIX_ONLY
        openings, opening = self.openings.get, self._opening
        best = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        after = after2 = 0.0  # best[k + 1] and best[k + 2]
        for k in range(n - 1, -1, -1):
            top, top_end = None, k + 1
            head = s[k:k + 3]
            one, two, p = openings(head) or opening(head)
            if one <= 0.0:
                top = one + after
            if one <= prefix_only and two <= prefix_only:  # no step past a fragment that starts no word
                if two <= 0.0:
                    value = two + after2
                    if top is None or value >= top:  # on a tie jieba's max() takes the longer word
                        top, top_end = value, k + 2
                i = k + 3
                while p <= prefix_only:  # 发展中, 发展中国家: words of three characters or more
                    if p <= 0.0:
                        value = p + best[i]
                        if top is None or value >= top:
                            top, top_end = value, i
                    if i >= n:
                        break
                    i += 1
                    frag = s[k:i]
                    p = lookup(frag)
                    if p is None:
                        p = node(frag)
            if top is None:
                top = self._prob(s[k]) + after
            best[k], ends[k] = top, top_end
            after, after2 = top, after
        return ends

    def _cut_block(self, s: str, words: list[str]) -> None:
        """Appends the words of a block of Han characters, letters and digits to `words`."""
        ends = self._route(s)
        x, start, n = 0, -1, len(s)  # start: where the pending single characters begin
        while x < n:
            y = ends[x]
            if y - x == 1:
                if start < 0:
                    start = x
            else:
                if start >= 0:
                    self._flush(s[start:x], words)
                    start = -1
                words.append(s[x:y])
            x = y
        if start >= 0:
            self._flush(s[start:], words)

    def _flush(self, buf: str, words: list[str]) -> None:
        """Single characters in a row: one unknown word for the HMM, or known characters as they are."""
        if len(buf) == 1:
            words.append(buf)
        elif not self.freq.get(buf):
            found = self.hmm_words.get(buf)
            if found is None:
                if len(self.hmm_words) >= MAX_HMM_MEMO:
                    self.hmm_words.clear()
                found = self.hmm_words[buf] = list(self.hmm_cut(buf))
            words.extend(found)
        else:
            words.extend(buf)

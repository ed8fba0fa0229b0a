"""An article's text units joined into one string, with the positions and places of terms in it.

    >>> from content.term_candidates import Role, TextUnit
    >>> text = ArticleText([TextUnit("坚持“两个结合”", Role.TITLE), TextUnit("“两个结合”是法宝。", Role.BODY)])
    >>> text.positions("两个结合"), text.stats("两个结合").title, text.stats("两个结合").count
    ([3, 10], 1, 1)
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

from content.term_candidates import QUOTE, Role, TextUnit
from content.term_phrases import enumerated_points
from content.term_scoring import TermStats

LEAD_END = re.compile(r"[。！？]")
MAX_LEAD = 30
MAX_NUMBERED_LEAD = 45  # （六）有效防范化解重点领域风险，牢牢守住不发生系统性风险底线。
NUMBERED = re.compile(r"^（[一二三四五六七八九十]{1,3}）")
CLAUSE_END = re.compile(r"[，。；！？：]")


def lead_sentence(paragraph: str) -> str:
    """A short first sentence of a longer paragraph: a sub-heading (以科技赋能生态安全，厚植绿色发展底色。)."""
    end = LEAD_END.search(paragraph)
    most = MAX_NUMBERED_LEAD if NUMBERED.match(paragraph) else MAX_LEAD
    return paragraph[:end.end()] if end and end.end() <= most < len(paragraph) else ""


class ArticleText:
    """The article's units with cached positions of strings in their joined text."""

    def __init__(self, units: list[TextUnit]):
        self.units = units
        self.joined = "\n".join(u.text for u in units)
        self.starts = list(accumulate((len(u.text) + 1 for u in units[:-1]), initial=0))
        self._roles = [u.role for u in units]
        self._positions: dict[str, list[int]] = {}
        # Where terms start in the joined text, overlapping uses too, as a finder's pass over it found them
        # (the lexicon's entries, term_listed.listed_hits): a search of the whole text for each of a
        # thousand entries would find the same places again, at a few percent of an extraction's time.
        self.uses_found: dict[str, list[int]] = {}
        self.free: dict[str, list[int]] = {}
        self.leads = self._lead_spans()
        self._lead_starts = [a for a, b in self.leads]
        self.emphasized = [u for u in units if u.role is not Role.BODY]
        self._emphasized_text = "\n".join(u.text for u in self.emphasized)
        self.echoes = self._echoes()
        quoted = [next(g for g in m.groups() if g is not None).strip() for m in QUOTE.finditer(self.joined)]
        # the items of a quoted list are stressed too: “贯穿一条主线、…、闯新路进中游”
        self.quoted = Counter(quoted + [i for q in quoted if "、" in q for i in q.split("、")])

    def _echoes(self) -> set[int]:
        """Core points that copy body sentences: they stress a term but do not say it again."""
        body = "\n".join(u.text for u in self.units if u.role is Role.BODY)
        echoes = set()
        for i, unit in enumerate(self.units):
            if unit.role is not Role.CORE:
                continue
            clauses = [c for c in CLAUSE_END.split(unit.text) if len(c) >= 4]
            if clauses and 2 * sum(c in body for c in clauses) >= len(clauses):
                echoes.add(i)
        return echoes

    def _lead_spans(self) -> list[tuple[int, int]]:
        """A short first sentence of a body paragraph is a sub-heading: 以科技赋能生态安全，厚植绿色发展底色。"""
        spans = []
        for start, unit in zip(self.starts, self.units):
            if unit.role is Role.BODY:
                lead = lead_sentence(unit.text)
                if lead:
                    spans.append((start, start + len(lead)))
                spans += [(start + a, start + b) for a, b in enumerated_points(unit.text) if a > 0]
        return sorted(spans)

    def in_lead(self, pos: int) -> bool:
        i = bisect_right(self._lead_starts, pos) - 1  # the last lead that starts at or before pos
        return i >= 0 and pos < self.leads[i][1]

    def leads_or_titles(self, term: str) -> bool:
        """True when the term stands in the title, a core point or a heading (a term without a line
        break stands in one of them when it stands in their joined text)."""
        if "\n" in term:
            return any(term in u.text for u in self.emphasized)
        return term in self._emphasized_text

    def positions(self, term: str) -> list[int]:
        """Where the joined text says the term, uses not overlapping; searched once, asked many times."""
        if term not in self._positions:
            size = len(term)
            starts = self.uses_found.get(term)
            if starts is not None:
                found, free = [], 0  # free: where the next use may start
                for pos in starts:
                    if pos >= free:
                        found.append(pos)
                        free = pos + size
            else:
                find = self.joined.find
                found, pos = [], find(term)
                while pos != -1:
                    found.append(pos)
                    pos = find(term, pos + size)
            self._positions[term] = found
        return self._positions[term]

    def stats(self, term: str) -> TermStats:
        """Where the term stands, by role; body occurrences counted, other roles once per unit."""
        body = title = core = heading = 0  # counters by role (Role's hash is slow Python code)
        last_unit, leads, echo = -1, 0, 0
        starts, roles = self.starts, self._roles
        for pos in self.free.get(term) or self.positions(term):
            index = bisect_right(starts, pos) - 1
            role = roles[index]
            if role is Role.BODY:
                body += 1
                leads += self.in_lead(pos)
            elif index != last_unit:
                if role is Role.TITLE:
                    title += 1
                elif role is Role.CORE:
                    core += 1
                elif role is Role.HEADING:
                    heading += 1
                echo += index in self.echoes
            last_unit = index
        quoted = self.quoted.get(term, 0) + (term[0] in "《“‘")
        return TermStats(count=body, title=min(1, title), core=core,
                         heading=heading, quoted=quoted, documents=0, lead=leads, echo=echo)

"""The political vocabulary shipped in content/lexicon/, read into plain sets.

    >>> lex = Lexicon.load()
    >>> "新质生产力" in lex.concepts and "推进" in lex.generic
    True
    >>> "科技创新与产业创新深度融合" in lex.by_prefix()["科技"]
    True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
LONG_SAYING = 8  # characters: a shorter entry without its 的 is another word (党的领导, 党领导)
MIN_RUN_ITEM = 3  # characters of each item of a listed list a text may write without its marks (not 修身齐家…)


def _read_entries(path: Path, split_words: bool = False) -> list[str]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.extend(line.split() if split_words else [line])
    return entries


@dataclass(frozen=True)
class Lexicon:
    concepts: frozenset[str] = field(default_factory=frozenset)
    formulas: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    generic: frozenset[str] = field(default_factory=frozenset)
    quote_heads: frozenset[str] = field(default_factory=frozenset)
    umbrella: frozenset[str] = field(default_factory=frozenset)
    vocabulary: frozenset[str] = field(default_factory=frozenset)  # general vocabulary, weaker than terms()
    sayings: frozenset[str] = field(default_factory=frozenset)  # sayings and maxims (功成不必在我), learned whole

    @classmethod
    def load(cls, directory: Path = LEXICON_DIR) -> "Lexicon":
        return cls(
            concepts=frozenset(_read_entries(directory / "concepts.txt")),
            formulas=frozenset(_read_entries(directory / "formulas.txt")),
            sayings=frozenset(_read_entries(directory / "sayings.txt")),
            places=frozenset(_read_entries(directory / "places.txt")),
            generic=frozenset(_read_entries(directory / "generic_words.txt", split_words=True)),
            quote_heads=frozenset(_read_entries(directory / "quote_heads.txt")),
            umbrella=frozenset(_read_entries(directory / "umbrella_terms.txt")),
            vocabulary=frozenset(_read_entries(directory / "vocabulary.txt")),
        )

    def terms(self) -> frozenset[str]:
        """Every entry that names a term (not the stop list)."""
        return self._all_terms

    @cached_property
    def _all_terms(self) -> frozenset[str]:
        return self.concepts | self.formulas | self.places | self.sayings

    def by_prefix(self) -> dict[str, tuple[str, ...]]:
        """Entries grouped by their first two characters, for one pass over a text."""
        return self._by_prefix

    @cached_property
    def _by_prefix(self) -> dict[str, tuple[str, ...]]:
        groups: dict[str, list[str]] = {}
        for term in self.terms() | self._spelling_variants:
            if len(term) >= 2:
                groups.setdefault(term[:2], []).append(term)
        return {k: tuple(v) for k, v in groups.items()}

    @cached_property
    def stock_verbs(self) -> frozenset[str]:
        """The stop list's two-character words (建设, 实施, 推进): the verbs a task or a slogan opens on."""
        return frozenset(w for w in self.generic if len(w) == 2)

    def generic_wrappers(self) -> dict[str, tuple[str, ...]]:
        """For a piece of a stop-list phrase (之义 of 题中应有之义), the stop-list phrases holding it."""
        return self._generic_wrappers

    @cached_property
    def _generic_wrappers(self) -> dict[str, tuple[str, ...]]:
        wrappers: dict[str, list[str]] = {}
        for word in sorted(self.generic):
            for size in range(2, len(word)):
                for i in range(len(word) - size + 1):
                    wrappers.setdefault(word[i:i + size], []).append(word)
        return {k: tuple(dict.fromkeys(v)) for k, v in wrappers.items()}

    def listed_by_start(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, bool], ...]]]:
        """The two-character terms by themselves, and the longer terms and the general vocabulary
        (flagged True) by their first three characters: a pass over a text's three-character runs
        looks up only the few entries that can start there."""
        return self._listed_by_start

    @cached_property
    def _listed_by_start(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, bool], ...]]]:
        short: dict[str, list[str]] = {}
        groups: dict[str, list[tuple[str, bool]]] = {}
        entries = [(t, False) for t in self.terms() | self._spelling_variants]
        entries += [(t, True) for t in self.vocabulary - self.terms()]
        for term, general in entries:
            if len(term) == 2:
                if not general:  # a two-character phrase of the general vocabulary would be every other word
                    short.setdefault(term, []).append(term)
            elif len(term) > 2:
                groups.setdefault(term[:3], []).append((term, general))
        return {k: tuple(v) for k, v in short.items()}, {k: tuple(v) for k, v in groups.items()}

    @cached_property
    def _spelling_variants(self) -> frozenset[str]:
        """和 and 与 join the same pair (科技创新与产业创新深度融合), a comma or a list mark the same
        halves (为中国人民谋幸福、为中华民族谋复兴), a list is written with its marks or without
        (获得感幸福感安全感, 碳达峰碳中和), a pair in either order: either spelling finds the entry."""
        swap = str.maketrans("和与", "与和")
        paired = {t.translate(swap) for t in self.terms() if ("和" in t) != ("与" in t)}
        listed = {t.replace("，", "、") for t in self.terms() if "，" in t and "、" not in t}
        run_together = {t.replace("、", "") for t in self.terms()
                        if "、" in t and min(map(len, t.split("、"))) >= MIN_RUN_ITEM}
        return frozenset(paired | listed | run_together | self._swapped_pairs() | self._shorter_sayings())

    def _swapped_pairs(self) -> set[str]:
        """A pair of like halves joined by 和 or 与 said in either order: 有效市场和有为政府, 有为政府和有效市场."""
        found = set()
        for term in self.terms():
            for joiner in "和与":
                halves = term.split(joiner)
                if len(halves) == 2 and len(halves[0]) == len(halves[1]) >= MIN_RUN_ITEM:
                    found.update(halves[1] + other + halves[0] for other in "和与")
        return found

    def _shorter_sayings(self) -> set[str]:
        """A long saying said without its 的 or its closing 里 (把权力关进制度的笼子里: 把权力关进制度笼子,
        把权力关进制度的笼子; 中华民族伟大复兴的中国梦: 中华民族伟大复兴中国梦)."""
        found = set()
        for term in self.terms():
            if len(term) < LONG_SAYING:
                continue
            bare = term[:-1] if term.endswith("里") else term
            found |= {bare, term.replace("的", ""), bare.replace("的", "")}
        return {t for t in found if len(t) >= LONG_SAYING - 1} - self.terms()

    def jieba_words(self) -> list[str]:
        """Entries jieba can hold: its word pattern never spans punctuation such as 、 or ，."""
        return sorted(t for t in self.terms() if t.isalnum())

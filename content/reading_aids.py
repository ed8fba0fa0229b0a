"""Which characters of a paragraph get pinyin above them, and which reading.

The reading-aid rule, kept apart from the painting (gui.reader_view draws what this decides).
Rare characters (outside GB2312's 3,755 common ones) get their reading anywhere;
a polyphonic character gets one only inside a key term, with the term's own
reading, and only when that reading is not the character's usual one (还林 huán,
重塑 chóng) -- marking every 发 and 量 would crowd the page.

    >>> annotator = RubyAnnotator()
    >>> [(r.start, r.reading) for r in annotator.paragraph("退耕还林", [(2, 4, "huán lín")])]
    [(2, 'huán')]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


# 一 and 不 change tone by the next syllable (yí dìng, bú shì); that is pronunciation, not a
# choice of reading, and marking it over every 一 would crowd the page.
TONE_SANDHI = frozenset("一不")


def _toneless(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Ruby:
    """A reading to draw over the character at `start` of a paragraph."""
    start: int
    reading: str


HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ebef]")


def is_han(ch: str) -> bool:
    return HAN.fullmatch(ch) is not None


def _level_one() -> frozenset[str]:
    """GB2312 level 1: rows 0xB0-0xD7, the 3,755 characters every reader knows."""
    chars = set()
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


COMMON = _level_one()
# Han characters outside COMMON, matched in C rather than tested one by one in Python
RARE = re.compile("[^" + "".join(sorted(COMMON)) + "\\x00-\u33ff\ua000-\U0001ffff\U0002ec00-\U0010ffff]")


def is_common(ch: str) -> bool:
    return ch in COMMON


def _plain(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable.strip().lower())


class RubyAnnotator:
    """Loads pypinyin's character table once (about 0.3 s, so build it off the UI thread)."""

    def __init__(self):
        from pypinyin.pinyin_dict import pinyin_dict
        self._readings = pinyin_dict
        self._term_cache: dict[tuple[str, str], dict[int, str]] = {}

    def readings(self, ch: str) -> list[str]:
        raw = self._readings.get(ord(ch), "")
        return [r for r in raw.split(",") if r]

    def paragraph(self, text: str, term_spans: list[tuple[int, int, str]]) -> list[Ruby]:
        """Rubies for one paragraph; term_spans are (start, end, term pinyin) of key-term occurrences."""
        found: dict[int, str] = {}
        for match in RARE.finditer(text):
            options = self.readings(match.group())
            if options:
                found[match.start()] = options[0]
        for start, end, pinyin in term_spans:
            key = (text[start:end], pinyin)
            if key not in self._term_cache:
                self._term_cache[key] = self._term_rubies(key[0], 0, len(key[0]), pinyin)
            found.update((start + offset, reading) for offset, reading in self._term_cache[key].items())
        return [Ruby(i, found[i]) for i in sorted(found)]

    def _term_rubies(self, text: str, start: int, end: int, pinyin: str) -> dict[int, str]:
        positions = [i for i in range(start, min(end, len(text))) if is_han(text[i])]
        syllables = [s for s in pinyin.split() if any(c.isalpha() for c in s)]
        if not positions or len(positions) != len(syllables):
            return {}  # reading does not line up with the characters: draw nothing rather than mislead
        out = {}
        for i, syllable in zip(positions, syllables):
            options = self.readings(text[i])
            if len(options) < 2 or _plain(syllable) == _plain(options[0]):
                continue
            if text[i] in TONE_SANDHI and _toneless(syllable) == _toneless(options[0]):
                continue
            out[i] = _plain(syllable)
        return out

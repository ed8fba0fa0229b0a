"""Which characters of a paragraph get pinyin above them, and which reading.

No Qt here: this is the reading-aid rule, kept apart from the painting.
Rare characters (outside GB2312's 3,755 common ones) get their reading anywhere;
a polyphonic character gets one only inside a key term, with the term's own
reading, and only when that reading is not the character's usual one (还林 huán,
重塑 chóng) -- marking every 发 and 量 would crowd the page.

    >>> annotator = RubyAnnotator()
    >>> [(r.start, r.reading) for r in annotator.paragraph("退耕还林", [(2, 4, "huán lín")])]
    [(2, 'huán')]
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Ruby:
    """A reading to draw over the character at `start` of a paragraph."""
    start: int
    reading: str


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ebef"


def is_common(ch: str) -> bool:
    """True for GB2312 level-1 characters, the 3,755 every reader knows."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def _plain(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable.strip().lower())


class RubyAnnotator:
    """Loads pypinyin's character table once (about 0.3 s, so build it off the UI thread)."""

    def __init__(self):
        from pypinyin.pinyin_dict import pinyin_dict
        self._readings = pinyin_dict

    def readings(self, ch: str) -> list[str]:
        raw = self._readings.get(ord(ch), "")
        return [r for r in raw.split(",") if r]

    def paragraph(self, text: str, term_spans: list[tuple[int, int, str]]) -> list[Ruby]:
        """Rubies for one paragraph; term_spans are (start, end, term pinyin) of key-term occurrences."""
        found: dict[int, str] = {}
        for i, ch in enumerate(text):
            if is_han(ch) and not is_common(ch):
                options = self.readings(ch)
                if options:
                    found[i] = options[0]
        for start, end, pinyin in term_spans:
            found.update(self._term_rubies(text, start, end, pinyin))
        return [Ruby(i, found[i]) for i in sorted(found)]

    def _term_rubies(self, text: str, start: int, end: int, pinyin: str) -> dict[int, str]:
        positions = [i for i in range(start, min(end, len(text))) if is_han(text[i])]
        syllables = [s for s in pinyin.split() if any(c.isalpha() for c in s)]
        if not positions or len(positions) != len(syllables):
            return {}  # reading does not line up with the characters: draw nothing rather than mislead
        out = {}
        for i, syllable in zip(positions, syllables):
            options = self.readings(text[i])
            if len(options) > 1 and _plain(syllable) != _plain(options[0]):
                out[i] = _plain(syllable)
        return out

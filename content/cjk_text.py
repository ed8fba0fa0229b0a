"""Small string rules about Chinese sentences, used by the parser, the layout repair and the key terms.

    >>> is_terminated("这是一句话。")
    True
    >>> is_terminated("加工等关")
    False
    >>> split_sentences("第一句。第二句！")
    ['第一句。', '第二句！']
"""
from __future__ import annotations

import re

# what ends a clause or a run of words: punctuation, brackets, quote marks, spaces, markup
DONE = re.compile("(?<![为除么])了(?![解不之])")  # 失去了 tells what happened (为了, 了解, 了不起, 一罚了之, 怎么了 do not)
LOCATIVES = frozenset("上下中内外里间")  # place words that close a phrase: 建设中, 基础上, 框架内
CLAUSE_SPLIT = re.compile(r"[，。；！？：、（）()“”‘’《》「」【】\[\]\s…—·,.;:!?/|*#>]+")

# A paragraph that ends with one of these is complete; anything else was cut
# (a column or page break) unless it is a heading.
TERMINAL = frozenset("。！？；…!?;：:”’」』）)】〕.")
# Punctuation that cannot open a sentence: a paragraph starting with it
# continues something printed elsewhere.
NON_INITIAL = frozenset("，。、；：！？）》」』】〕,.;:!?)…%％")
SENTENCE_END = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Only characters of the main block (not CJK's rare and compatibility ones): no punctuation, digit or letter.
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# Markers that open an enumerated point: 第一，/一是/（一）/一、/1.
ENUMERATION = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,3}[，,、是]|[一二三四五六七八九十]{1,3}是|"
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\D|——)"
)


def is_terminated(text: str) -> bool:
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def han_only(text: str, shortest: int = 1) -> bool:
    """Whether text is nothing but Chinese characters, at least `shortest` of them (a list item, a
    clause of a maxim).

    >>> han_only("立党为公"), han_only("为民", shortest=3), han_only("5G网络")
    (True, False, False)
    """
    found = HAN_ONLY.match(text)
    return found is not None and found.end() >= shortest


def split_sentences(text: str) -> list[str]:
    """Sentences with their end punctuation (and closing quotes) attached."""
    return [s for s in SENTENCE_END.findall(text) if s.strip()]


def starts_enumeration(text: str) -> bool:
    return ENUMERATION.match(text.lstrip()) is not None


def _latin_edge(left: str, right: str) -> bool:
    # English words wrapped at a line end lost their space; digits (2026) did not have one
    return bool(left) and bool(right) and left[-1].isascii() and left[-1].isalpha() \
        and right[0].isascii() and right[0].isalpha()


def join_fragments(*pieces: str) -> str:
    """Join a cut paragraph to its continuation(s); a space only between two Latin words."""
    parts: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if parts and _latin_edge(parts[-1], piece):
            parts.append(" ")
        if piece:
            parts.append(piece)
    return "".join(parts)

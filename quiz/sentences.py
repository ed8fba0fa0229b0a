"""Sentence splitting with offsets, so every question can point back into its paragraph.

    >>> [s.text for s in split_sentences("他说：“好。”我们走。")]
    ['他说：“好。”', '我们走。']
"""
from __future__ import annotations

from dataclasses import dataclass

TERMINATORS = "。！？!?"  # not ；: its clauses often lean on the lead-in before the first one
CLOSERS = "”’）)」』》"
OPENERS = {"“": "”", "（": "）", "《": "》", "「": "」"}


@dataclass(frozen=True)
class Sentence:
    """text == paragraph[start:end]; section/paragraph index into Article.sections."""
    text: str
    start: int
    end: int
    section: int = 0
    paragraph: int = 0


def split_sentences(text: str, section: int = 0, paragraph: int = 0) -> list[Sentence]:
    """Split at 。！？； outside quotes and brackets; a closing quote right after stays with its sentence."""
    out: list[Sentence] = []
    start, depth, i, n = 0, [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            depth.append(OPENERS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch in TERMINATORS and (not depth or _closes_soon(text, i)):
            end = i + 1
            while end < n and text[end] in CLOSERS:
                end += 1
            depth = []
            _append(out, text, start, end, section, paragraph)
            start, i = end, end
            continue
        elif ch == "\n":
            _append(out, text, start, i, section, paragraph)
            start, depth = i + 1, []
        i += 1
    _append(out, text, start, n, section, paragraph)
    return out


def _closes_soon(text: str, i: int) -> bool:
    """A terminator inside a quote ends the sentence only when the quote closes right after it."""
    return i + 1 < len(text) and text[i + 1] in CLOSERS


def _append(out, text, start, end, section, paragraph) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, section, paragraph))


def article_sentences(article) -> list[Sentence]:
    """Every body sentence of an article, in reading order."""
    out: list[Sentence] = []
    for si, pi, text in article.iter_paragraphs():
        out.extend(split_sentences(text, si, pi))
    return out

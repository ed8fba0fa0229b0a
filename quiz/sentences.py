"""Sentence splitting with offsets, so every question can point back into its paragraph.

    >>> [s.text for s in split_sentences("他说：“好。”我们走。")]
    ['他说：“好。”', '我们走。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# not ；: the clauses after a semicolon often lean on the lead-in before the first one


@dataclass(frozen=True)
class Sentence:
    """text == paragraph[start:end]; section/paragraph index into Article.sections."""
    text: str
    start: int
    end: int
    section: int = 0
    paragraph: int = 0


BOUNDARY_RE = re.compile(r"[。！？!?][”’）)」』》]*|\n")
OPEN_RE = re.compile(r"[“（《「]")
CLOSE_RE = re.compile(r"[”）》」]")


def split_sentences(text: str, section: int = 0, paragraph: int = 0) -> list[Sentence]:
    """Split at 。！？ outside quotes and brackets; a closing quote right after stays with its sentence."""
    out: list[Sentence] = []
    start = 0
    for m in BOUNDARY_RE.finditer(text):
        piece = text[start:m.start()]
        closed_here = len(m.group()) > 1
        if m.group() != "\n" and not closed_here and \
                len(OPEN_RE.findall(piece)) > len(CLOSE_RE.findall(piece)):
            continue  # a full stop inside a quotation that goes on
        _append(out, text, start, m.start() if m.group() == "\n" else m.end(), section, paragraph)
        start = m.end()
    _append(out, text, start, len(text), section, paragraph)
    return out


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

"""Where a phrase stands in an article: exact character offsets per paragraph.

    >>> from content.model import Article, Section
    >>> art = Article("t", sections=[Section(None, ["甲乙甲", "乙"])])
    >>> [(o.paragraph, o.start, o.end) for o in occurrences_in(art, "甲")]
    [(0, 0, 1), (0, 2, 3)]
"""
from __future__ import annotations

from content.model import Article, Occurrence


def occurrences_in(article: Article, term: str) -> list[Occurrence]:
    found = []
    if not term:
        return found
    for si, pi, text in article.iter_paragraphs():
        pos = text.find(term)
        while pos != -1:
            found.append(Occurrence(si, pi, pos, pos + len(term)))
            pos = text.find(term, pos + len(term))
    return found

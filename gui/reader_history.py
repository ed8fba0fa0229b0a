"""Where the learner was reading: the articles she went on from (返回上一篇), and her place in each
article opened since the app started, so opening it again goes back there and not to its top.

    history = ReaderHistory()
    history.left(7, "文章甲", place)       # she leaves article 7 for another (place: ReaderView.reading_place())
    history.went_on_from(7, "文章甲", place)
    history.back()                         # (7, "文章甲", place), the one to return to
"""
from __future__ import annotations

from content.model import Article

BACK_LIMIT = 30   # a chain of 也出现在 jumps this long is more than anyone retraces


class ReaderHistory:
    def __init__(self):
        self.places: dict[int, tuple] = {}
        self.trail: list[tuple[int, str, tuple]] = []

    def left(self, article_id: int, place: tuple) -> None:
        self.places[article_id] = (place[0], None)   # the place, not an old search mark

    def place_of(self, article_id: int) -> tuple | None:
        return self.places.get(article_id)

    def went_on_from(self, article_id: int, title: str, place: tuple) -> None:
        self.trail.append((article_id, title, (place[0], None)))
        del self.trail[:-BACK_LIMIT]

    def back(self) -> tuple[int, str, tuple] | None:
        return self.trail.pop() if self.trail else None

    def previous_title(self) -> str | None:
        return self.trail[-1][1] if self.trail else None

    def forget(self, article_id: int) -> None:
        """The article was deleted."""
        self.places.pop(article_id, None)
        self.trail = [entry for entry in self.trail if entry[0] != article_id]


def first_occurrence(article: Article, term: str) -> tuple[int, int, int, int] | None:
    """(section, paragraph, start, end) of the term's first use in the body, in reading order."""
    for section, paragraph, text in article.iter_paragraphs():
        at = text.find(term)
        if at >= 0:
            return section, paragraph, at, at + len(term)
    return None

"""What the reader looks up about a key term beyond the open article, kept while that article is open.

    lookups = TermLookups(lib)
    lookups.others("新质生产力", exclude=article_id)   # [(article id, title)] of the other articles using it
    lookups.reading("新质生产力")                      # the pinyin shown for a term the user adds
    lookups.forget()                                  # another article, or its terms changed
"""
from __future__ import annotations

from content.library import Library


class TermLookups:
    def __init__(self, lib: Library):
        self.lib = lib
        self._others: dict[str, list] = {}
        self._pinyin = None  # a PinyinReader, made when the user first adds a term

    def others(self, term: str, exclude: int | None) -> list[tuple[int, str]]:
        # asked on every hover over a term: one query per term while the article stays open
        if term not in self._others:
            self._others[term] = self.lib.articles_using_term(term, exclude=exclude)
        return self._others[term]

    def forget(self) -> None:
        self._others.clear()

    def reading(self, term: str) -> str:
        """The pinyin shown for a term the user adds, until the next analysis recomputes it."""
        if self._pinyin is None:
            from content.pinyin_reading import PinyinReader  # pypinyin's tables load on first use
            self._pinyin = PinyinReader()
        return self._pinyin.reading(term)

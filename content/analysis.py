"""The one object the rest of the app asks for key terms and readings.

    >>> from content.model import Article, Section
    >>> analyzer = Analyzer(data_dir=None)
    >>> art = Article("发展新质生产力", sections=[Section(None, ["加快发展新质生产力。新质生产力是先进生产力。"])])
    >>> analyzer.key_terms(art)[0].term
    '新质生产力'

It owns the segmenter (jieba, with its cache in the data dir) and the extractor. Loading jieba takes
about half a second from the cache: call `load()` in a background thread at start.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from content.keyterms import KeyTermExtractor
from content.model import Article, KeyTerm
from content.pinyin_reading import PinyinReader
from content.segmenter import Segmenter


class Analyzer:
    def __init__(self, data_dir: Path | None = None):
        self.segmenter = Segmenter(cache_dir=Path(data_dir) if data_dir is not None else None)
        self._reader = PinyinReader(cut=self.segmenter.cut, knows=self.segmenter.knows)
        self.extractor = KeyTermExtractor(self.segmenter, reading=self._reader.reading)

    def load(self) -> None:
        """Load jieba's dictionary and pypinyin's now (they load on first use otherwise)."""
        self.segmenter.load()
        self._reader.load()

    def key_terms(self, article: Article, corpus: list[Article] | None = None,
                  added: Iterable[str] = (), removed: Iterable[str] = ()) -> list[KeyTerm]:
        """Best first. corpus: the library's other articles; added/removed: the user's corrections."""
        return self.extractor.extract(article, corpus=corpus, added=added, removed=removed)

    def reading(self, term: str) -> str:
        return self._reader.reading(term)

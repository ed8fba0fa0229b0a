"""Import files and pasted text into the library: read, parse, repair, store.

Key-term analysis is a separate step (`analyse_missing`), so importing stays fast and the
window never waits for jieba.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from content.import_messages import done_message
from content.library import ImportOutcome, KnownArticle, Library, stored_ids
from content.model import BadInput, Page
from content.page_parser import parse_page
from content.paths import SAMPLE_PAGE
from content.reading import read_document


@dataclass
class FileResult:
    path: str
    ok: bool
    message: str
    article_ids: list[int] = field(default_factory=list)
    added: bool = False
    known: list[KnownArticle] = field(default_factory=list)   # articles the library already had

    @property
    def new_ids(self) -> list[int]:
        return stored_ids(self.article_ids, self.added, self.known)


def page_hash(page: Page) -> str:
    """Same articles, same hash: a page saved as .txt and as .docx, or with other spacing, is one page."""
    text = "\n".join(a.full_text() + "\n" + a.author_bio for a in page.articles)
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


MIN_CJK_CHARS = 10


def _cjk_count(page: Page) -> int:
    return sum(1 for a in page.articles for ch in a.full_text() if "\u4e00" <= ch <= "\u9fff")


def parse_text(text: str, source_name: str) -> Page:
    page = parse_page(text, source_name)
    if not page.articles or _cjk_count(page) < MIN_CJK_CHARS:
        raise BadInput(f"“{source_name}”里没有找到可以导入的中文文章正文。")
    return page


def import_text(lib: Library, text: str, source_name: str = "粘贴的文本") -> FileResult:
    try:
        page = parse_text(text, source_name)
    except BadInput as exc:
        return FileResult(source_name, False, str(exc))
    return _stored(source_name, source_name, lib.import_page(page, source_name, page_hash(page)))


def import_file(lib: Library, path: Path) -> FileResult:
    path = Path(path)
    try:
        text = read_document(path)
        page = parse_text(text, path.name)
    except BadInput as exc:
        return FileResult(str(path), False, str(exc))
    return _stored(str(path), path.name, lib.import_page(page, path.name, page_hash(page)))


def _stored(path: str, name: str, outcome: ImportOutcome) -> FileResult:
    return FileResult(path, True, done_message(name, outcome.added, len(outcome.new_ids), outcome.known),
                      outcome.article_ids, outcome.added, outcome.known)


def import_files(lib: Library, paths: Iterable[Path],
                 progress: Callable[[int, int, FileResult], None] | None = None) -> list[FileResult]:
    """Import each file on its own: a bad file gets its message, the others still go in."""
    paths = list(paths)
    results = []
    for i, path in enumerate(paths):
        result = import_file(lib, Path(path))
        results.append(result)
        if progress:
            progress(i + 1, len(paths), result)
    return results


def ensure_sample(lib: Library) -> FileResult | None:
    """First start: an empty library gets the sample page the app ships with."""
    if not lib.is_empty():
        return None
    return import_file(lib, SAMPLE_PAGE)


def analyse_article(lib: Library, analyzer, article_id: int, corpus: list | None = None) -> None:
    """Compute and store one article's key terms, honouring the user's corrections.

    corpus: the library's articles, for document frequencies (loaded when not given).
    """
    article = lib.get_article(article_id)
    added, removed = lib.term_corrections(article_id)
    if corpus is None:
        corpus = [a for _, a in lib.all_articles()]
    others = [a for a in corpus if a.title != article.title or a.sections != article.sections]
    lib.save_key_terms(article_id, analyzer.key_terms(article, corpus=others, added=added, removed=removed))


def analyse_missing(lib: Library, analyzer, ids: Iterable[int] | None = None) -> list[int]:
    """Analyse every article (or those in ids) that has no stored key terms yet; return their ids."""
    todo = [i for i in (ids if ids is not None else lib.article_ids()) if not lib.has_analysis(i)]
    corpus = [a for _, a in lib.all_articles()] if todo else []
    for article_id in todo:
        analyse_article(lib, analyzer, article_id, corpus)
    return todo

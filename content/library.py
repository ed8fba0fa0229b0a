"""The library: pages and articles in one SQLite file through sqlite-utils.

    >>> from content.model import Page, Article, Section
    >>> lib = Library(":memory:")
    >>> page = Page("p.txt", [Article("标题", sections=[Section(None, ["正文内容。"])])])
    >>> lib.import_page(page, "p.txt", "hash1").added
    True
    >>> [s.title for s in lib.list_articles()]
    ['标题']

Every user action is committed when it happens (write_transaction: BEGIN IMMEDIATE); an import is
one transaction.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import sqlite_utils

from content.article_identity import body_key
from content.db_transactions import apply_migrations, configure, write_transaction
from content.keyterm_version import KEY_TERMS_VERSION
from content.library_schema import MIGRATIONS
from content.library_search import SearchHit, refresh_index, search_paragraphs
from content.model import Article, BadInput, KeyTerm, Page, Section
from content.term_occurrences import bare_term
from content.titles import UNTITLED_NOTE

__all__ = ["Library", "ArticleSummary", "ImportOutcome", "KnownArticle", "Renamed", "SearchHit"]

DB_NAME = "library.db"
RENAMED_TITLE_MAX = 100   # a title is one line in lists, papers and the ledger
TITLE_ROW = (-1, 0)       # (section, paragraph) of an article's title among its stored paragraphs


@dataclass
class KnownArticle:
    """An article of an imported page that the library already had (perhaps under another title)."""
    id: int
    title: str      # its title in the library
    read_as: str    # the title the imported file gave it


@dataclass
class ImportOutcome:
    page_id: int
    article_ids: list[int]   # the page's articles in the library, in page order: new ones and known ones
    added: bool              # whether anything new was stored
    known: list[KnownArticle] = field(default_factory=list)

    @property
    def new_ids(self) -> list[int]:
        return stored_ids(self.article_ids, self.added, self.known)


def stored_ids(article_ids: list[int], added: bool, known: list[KnownArticle]) -> list[int]:
    """The ids an import stored (none when nothing was added): its articles less those already here."""
    if not added:
        return []
    here = {k.id for k in known}
    return list(dict.fromkeys(i for i in article_ids if i not in here))


@dataclass
class ArticleSummary:
    id: int
    page_id: int
    title: str
    authors: list[str]
    column: str
    source: str
    imported_at: str
    chars: int
    progress: float = 0.0
    reading_seconds: float = 0.0
    has_analysis: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class Renamed:
    article_id: int
    old_title: str
    title: str


def clean_new_title(title: str) -> str:
    """A title as the user typed it, on one line; BadInput when nothing usable is left.

    >>> clean_new_title("  政府工作报告\\n（2025年）  ")
    '政府工作报告 （2025年）'
    """
    title = " ".join(str(title or "").split())
    if not title:
        raise BadInput("标题不能为空，请输入文章的新标题。")
    if len(title) > RENAMED_TITLE_MAX:
        raise BadInput(f"标题太长了（{len(title)} 个字），请不超过 {RENAMED_TITLE_MAX} 个字。")
    return title


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).astimezone().isoformat(timespec="seconds")


class Library:
    """The article store. `clock` returns seconds since the epoch (injected for tests)."""

    def __init__(self, path: str | Path, clock: Callable[[], float] = time.time):
        self.clock = clock
        if str(path) == ":memory:":
            self.db = sqlite_utils.Database(memory=True, execute_plugins=False)
        else:
            self.db = sqlite_utils.Database(str(path), execute_plugins=False)
            self.db.enable_wal()
        configure(self.db)
        apply_migrations(self.db, MIGRATIONS)

    @classmethod
    def open(cls, data_dir: Path, clock: Callable[[], float] = time.time) -> "Library":
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(data_dir / DB_NAME, clock=clock)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- pages and articles -------------------------------------------------
    def is_empty(self) -> bool:
        return self.db["articles"].count == 0

    def import_page(self, page: Page, source_name: str, content_hash: str) -> ImportOutcome:
        """Store a parsed page as one transaction. The same content imported again adds nothing, and
        neither does an article whose body text the library already has under any title
        (content.article_identity): it is reported in `known` instead. An article the user deleted
        comes back when its page is imported again."""
        if not page.articles:
            raise BadInput(f"“{source_name}”里没有找到文章，没有导入。")
        with write_transaction(self.db):
            same_page = self.db.execute("select id from pages where content_hash = ?", [content_hash]).fetchone()
            keys = [body_key(art) for art in page.articles]
            stored = self._articles_with_keys(keys)
            if same_page and all(k in stored for k in keys):
                return self._known_page(same_page[0], page, stored)
            known = [KnownArticle(*stored[k], art.title) for k, art in zip(keys, page.articles) if k in stored]
            if len(known) == len(keys):
                return ImportOutcome(self._row(known[0].id)["page_id"], [k.id for k in known], False, known)
            now = _iso(self.clock())
            # the same page imported again after some of its articles were deleted: they go back into it
            page_id = same_page[0] if same_page else self.db["pages"].insert(
                {"source": source_name, "content_hash": content_hash, "imported_at": now}).last_pk
            for pos, (key, art) in enumerate(zip(keys, page.articles)):
                if key not in stored:   # a page that repeats an article stores it once
                    stored[key] = (self._insert_article(page_id, pos, art, now, key), art.title)
        ids = [stored[k][0] for k in keys]
        return ImportOutcome(page_id, ids, True, known)

    def _articles_with_keys(self, keys: list[str]) -> dict[str, tuple[int, str]]:
        """body key -> (id, title) of the oldest stored article with that body."""
        marks = ", ".join("?" for _ in keys)
        rows = self.db.execute(f"select body_key, id, title from articles where body_key in ({marks}) "
                               "order by id desc", list(keys)).fetchall()
        return {key: (art_id, title) for key, art_id, title in rows}

    def _known_page(self, page_id: int, page: Page, stored: dict[str, tuple[int, str]]) -> ImportOutcome:
        """The page's own articles, and those of its texts the library keeps on another page now (one
        deleted here and imported again with another file)."""
        read_as = {body_key(art): art.title for art in page.articles}
        rows = self.db.execute("select id, title, body_key from articles where page_id = ? order by position",
                               [page_id]).fetchall()
        known = [KnownArticle(art_id, title, read_as.get(key, title)) for art_id, title, key in rows]
        here = {key for _, _, key in rows}
        elsewhere = [key for key in read_as if key not in here]
        known += [KnownArticle(*stored[key], read_as[key]) for key in elsewhere]
        return ImportOutcome(page_id, [k.id for k in known], False, known)

    def _insert_article(self, page_id: int, position: int, art: Article, now: str, key: str) -> int:
        # an id never given before (not the deleted newest article's: its cards and records keep it)
        art_id = 1 + self.db.execute("select max((select last_id from id_marks where name = 'articles'), "
                                     "(select coalesce(max(id), 0) from articles))").fetchone()[0]
        self.db.execute("update id_marks set last_id = ? where name = 'articles'", [art_id])
        self.db["articles"].insert({
            "id": art_id, "page_id": page_id, "position": position, "title": art.title, "body_key": key,
            "authors": json.dumps(art.authors, ensure_ascii=False), "author_bio": art.author_bio,
            "column_name": art.column, "core_points": json.dumps(art.core_points, ensure_ascii=False),
            "sections": json.dumps([s.to_json() for s in art.sections], ensure_ascii=False),
            "warnings": json.dumps(art.warnings, ensure_ascii=False),
            "chars": art.char_count(), "imported_at": now, "key_terms": None,
        })
        rows = [(art_id, si, pi, text) for si, pi, text in art.iter_paragraphs()]
        # the title, the core points and the column (人民时评, 评论员观察: a cadre searches a column by name)
        rows += [(art_id, -1, i, t) for i, t in enumerate([art.title, *art.core_points, art.column]) if t]
        # executemany directly: the search index triggers make this the import's hot path
        self.db.conn.executemany(
            "insert into paragraphs (article_id, section, paragraph, text) values (?, ?, ?, ?)", rows)
        if art.key_terms:
            self._write_key_terms(art_id, art.key_terms)
        return art_id

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("select id from articles order by page_id, position")]

    def get_article(self, article_id: int) -> Article:
        row = self._row(article_id)
        return Article(
            title=row["title"], authors=json.loads(row["authors"]), author_bio=row["author_bio"] or "",
            column=row["column_name"] or "", core_points=json.loads(row["core_points"]),
            sections=[Section.from_json(s) for s in json.loads(row["sections"])],
            key_terms=[KeyTerm.from_json(k) for k in json.loads(row["key_terms"] or "[]")],
            warnings=json.loads(row["warnings"]))

    def all_articles(self) -> list[tuple[int, Article]]:
        return [(i, self.get_article(i)) for i in self.article_ids()]

    def _row(self, article_id: int) -> dict:
        try:
            return self.db["articles"].get(article_id)
        except sqlite_utils.db.NotFoundError:
            raise KeyError(article_id) from None

    def list_articles(self) -> list[ArticleSummary]:
        sql = """select a.*, p.source, coalesce(r.seconds, 0) as seconds, coalesce(r.progress, 0) as progress
                 from articles a join pages p on p.id = a.page_id
                 left join (select article_id, sum(seconds) as seconds, max(progress) as progress
                            from reading_log group by article_id) r on r.article_id = a.id
                 order by a.page_id desc, a.position"""
        return [self._summary(row) for row in self.db.query(sql)]

    def summary(self, article_id: int) -> ArticleSummary:
        for s in self.list_articles():
            if s.id == article_id:
                return s
        raise KeyError(article_id)

    @staticmethod
    def _summary(row: dict) -> ArticleSummary:
        return ArticleSummary(
            id=row["id"], page_id=row["page_id"], title=row["title"], authors=json.loads(row["authors"]),
            column=row["column_name"] or "", source=row["source"], imported_at=row["imported_at"],
            chars=row["chars"], progress=float(row["progress"]), reading_seconds=float(row["seconds"]),
            has_analysis=row["key_terms"] is not None, warnings=json.loads(row["warnings"]))

    def delete_article(self, article_id: int) -> None:
        row = self._row(article_id)
        with write_transaction(self.db):
            self.db["articles"].delete(article_id)
            # the next paragraphs may take the deleted ones' ids: the index must count them as new
            self.db.execute("update search_index_state set last_rowid = min(last_rowid, "
                            "(select coalesce(max(id), 0) from paragraphs)) where id = 1")
            left = self.db.execute("select count(*) from articles where page_id = ?", [row["page_id"]]).fetchone()[0]
            if not left:
                self.db["pages"].delete(row["page_id"])

    def rename_article(self, article_id: int, title: str) -> Renamed:
        """Give an article a new title, in its row and in the search index, as one transaction.

            >>> lib = Library(":memory:")
            >>> aid = lib.import_page(Page("p.txt", [Article("旧题", sections=[Section(None, ["正文。"])])]),
            ...                       "p.txt", "h").article_ids[0]
            >>> lib.rename_article(aid, " 新的标题 ").title
            '新的标题'

        Key terms, reading records and the body stay as they are. The "no title in the original"
        note goes: the title is now the user's own.
        """
        title = clean_new_title(title)
        try:
            row = self._row(article_id)
        except KeyError:
            raise BadInput(f"文库里没有编号为 {article_id} 的文章，无法重命名。") from None
        warnings = [w for w in json.loads(row["warnings"]) if w != UNTITLED_NOTE]
        with write_transaction(self.db):
            self._retitle_search_row(article_id, title)
            self.db["articles"].update(article_id, {
                "title": title, "warnings": json.dumps(warnings, ensure_ascii=False)})
        return Renamed(article_id, row["title"], title)

    def _retitle_search_row(self, article_id: int, title: str) -> None:
        """Replace the title's paragraph row in place, keeping its id. The FTS5 index has external
        content and no update trigger: an indexed row leaves it with its exact old text and comes
        back with the new (a row not yet indexed is picked up by the next refresh as it is)."""
        section, paragraph = TITLE_ROW
        found = self.db.execute("select id, text from paragraphs where article_id = ? and section = ? "
                                "and paragraph = ?", [article_id, section, paragraph]).fetchone()
        if found is None:
            self.db.execute("insert into paragraphs (article_id, section, paragraph, text) values (?, ?, ?, ?)",
                            [article_id, section, paragraph, title])
            return
        row_id, old_text = found
        indexed = row_id <= self.db.execute("select last_rowid from search_index_state where id = 1").fetchone()[0]
        if indexed:
            self.db.execute("insert into paragraphs_fts(paragraphs_fts, rowid, text) values ('delete', ?, ?)",
                            [row_id, old_text])
        self.db.execute("update paragraphs set text = ? where id = ?", [title, row_id])
        if indexed:
            self.db.execute("insert into paragraphs_fts(rowid, text) values (?, ?)", [row_id, title])

    # ---- key terms -----------------------------------------------------------
    def save_key_terms(self, article_id: int, terms: list[KeyTerm], version: int | None = KEY_TERMS_VERSION) -> None:
        """version: the extractor that made them; None for terms made elsewhere (a study pack), which
        this machine's extractor will redo."""
        self._row(article_id)
        with write_transaction(self.db):
            self._write_key_terms(article_id, terms)
            self.db["articles"].update(article_id, {"key_terms_version": version})

    def _write_key_terms(self, article_id: int, terms: list[KeyTerm]) -> None:
        payload = json.dumps([t.to_json() for t in terms], ensure_ascii=False)
        self.db["articles"].update(article_id, {"key_terms": payload})

    def has_analysis(self, article_id: int) -> bool:
        """Whether the article has key terms to show (perhaps from an older extractor)."""
        return self._row(article_id)["key_terms"] is not None

    def analysis_current(self, article_id: int) -> bool:
        """Whether the stored key terms come from this version of the extractor."""
        row = self._row(article_id)
        return row["key_terms"] is not None and row["key_terms_version"] == KEY_TERMS_VERSION

    def stale_analysis_ids(self) -> list[int]:
        """Articles whose key terms an older extractor made: to analyse again when there is time."""
        sql = ("select id from articles where key_terms is not null and "
               "(key_terms_version is null or key_terms_version != ?) order by id")
        return [row[0] for row in self.db.execute(sql, [KEY_TERMS_VERSION])]

    def term_corrections(self, article_id: int) -> tuple[list[str], list[str]]:
        rows = list(self.db.query(
            "select term, action from term_corrections where article_id = ? order by id", [article_id]))
        return ([r["term"] for r in rows if r["action"] == "add"],
                [r["term"] for r in rows if r["action"] == "remove"])

    def add_term(self, article_id: int, term: str, reading: str = "") -> None:
        """reading: the term's pinyin, stored with it until the next analysis recomputes it."""
        self._correct(article_id, term.strip(), "add", reading)

    def remove_term(self, article_id: int, term: str) -> None:
        self._correct(article_id, term.strip(), "remove")

    def forget_term_correction(self, article_id: int, term: str, action: str = "remove") -> None:
        """Drop a correction as if it had never been made (the reader's 撤销); stored key terms are the
        caller's to put back."""
        with write_transaction(self.db):
            self.db.execute("delete from term_corrections where article_id = ? and term = ? and action = ?",
                            [article_id, term.strip(), action])

    def _correct(self, article_id: int, term: str, action: str, reading: str = "") -> None:
        if not term:
            return
        self._row(article_id)
        with write_transaction(self.db):
            # an earlier correction of the same term in another spelling (人工智能+, “人工智能+”) goes
            same = [row_id for row_id, spelled in self.db.execute(
                "select id, term from term_corrections where article_id = ?", [article_id]).fetchall()
                if bare_term(spelled) == bare_term(term)]
            self.db.conn.executemany("delete from term_corrections where id = ?", [(i,) for i in same])
            self.db["term_corrections"].insert({"article_id": article_id, "term": term, "action": action})
            self._apply_correction_to_stored(article_id, term, action, reading)

    def _apply_correction_to_stored(self, article_id: int, term: str, action: str, reading: str = "") -> None:
        """Keep stored key terms in step with a correction, so the reader needs no re-analysis."""
        raw = self._row(article_id)["key_terms"]
        if raw is None:
            return
        terms = [KeyTerm.from_json(k) for k in json.loads(raw)]
        terms = [t for t in terms if t.term != term]
        if action == "add":
            from content.keyterms import find_occurrences
            occ = find_occurrences(self.get_article(article_id), term)
            top = max((t.weight for t in terms), default=1.0)
            terms.insert(0, KeyTerm(term=term, weight=top, count=len(occ), pinyin=reading, occurrences=occ))
        self._write_key_terms(article_id, terms)

    def articles_using_term(self, term: str, exclude: int | None = None) -> list[tuple[int, str]]:
        sql = """select distinct a.id, a.title from paragraphs p join articles a on a.id = p.article_id
                 where instr(p.text, ?) > 0 order by a.id"""
        return [(r[0], r[1]) for r in self.db.execute(sql, [term]) if r[0] != exclude]

    # ---- search and reading --------------------------------------------------
    def refresh_search_index(self) -> int:
        """Bring the search index up to date (search does this itself; the app calls it after imports)."""
        return refresh_index(self.db)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search_paragraphs(self.db, query, limit)

    def record_reading(self, article_id: int, seconds: float, progress: float,
                       profile_id: int | None = None) -> None:
        self._row(article_id)
        with write_transaction(self.db):
            self.db["reading_log"].insert({
                "article_id": article_id, "profile_id": profile_id, "seconds": float(max(0.0, seconds)),
                "progress": float(min(1.0, max(0.0, progress))), "at": _iso(self.clock())})

    def reading_totals(self, profile_id: int | None = None) -> list[dict]:
        """Per article: total seconds, best progress, first and last reading time (for the study records)."""
        sql = """select article_id, sum(seconds) as seconds, max(progress) as progress,
                 min(at) as first_at, max(at) as last_at from reading_log
                 where (? is null or profile_id = ?) group by article_id"""
        return list(self.db.query(sql, [profile_id, profile_id]))

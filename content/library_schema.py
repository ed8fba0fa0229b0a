"""The library's schema, as sqlite-utils migrations (applied in order, each once)."""
from __future__ import annotations

from sqlite_utils import Migrations

from content.article_identity import stored_body_key

MIGRATIONS = Migrations("xueer-library")


@MIGRATIONS()
def m001_pages_articles(db):
    db["pages"].create({"id": int, "source": str, "content_hash": str, "imported_at": str}, pk="id")
    db["pages"].create_index(["content_hash"], unique=True)
    db["articles"].create({
        "id": int, "page_id": int, "position": int, "title": str, "authors": str, "author_bio": str,
        "column_name": str, "core_points": str, "sections": str, "warnings": str, "chars": int,
        "imported_at": str, "key_terms": str,
    }, pk="id", foreign_keys=[("page_id", "pages", "id")])
    db["paragraphs"].create({"id": int, "article_id": int, "section": int, "paragraph": int, "text": str},
                            pk="id", foreign_keys=[("article_id", "articles", "id")])
    db["paragraphs"].create_index(["article_id"])


@MIGRATIONS()
def m002_corrections_reading(db):
    db["term_corrections"].create({"id": int, "article_id": int, "term": str, "action": str}, pk="id")
    db["term_corrections"].create_index(["article_id"])
    db["reading_log"].create({"id": int, "article_id": int, "profile_id": int, "seconds": float,
                              "progress": float, "at": str}, pk="id")
    db["reading_log"].create_index(["article_id"])


@MIGRATIONS()
def m003_search_index(db):
    # FTS5 trigram finds 3+ character queries fast; shorter ones go through instr() (see library_search).
    # The index is brought up to date lazily (library_search.refresh_index), so an import only stores
    # rows; search_index_state.last_rowid says how far the index has got.
    db.execute("""create virtual table paragraphs_fts using fts5(
                    text, content='paragraphs', content_rowid='id', tokenize='trigram')""")
    db["search_index_state"].insert({"id": 1, "last_rowid": 0}, pk="id")
    # An external-content FTS5 row must be deleted with its exact old text, and only if it was indexed.
    db.execute("""create trigger paragraphs_ad after delete on paragraphs
                  when old.id <= (select last_rowid from search_index_state where id = 1) begin
                    insert into paragraphs_fts(paragraphs_fts, rowid, text) values ('delete', old.id, old.text); end""")
    # Deleting an article removes its paragraphs (and so their index rows) in the same transaction.
    db.execute("""create trigger articles_ad after delete on articles begin
                    delete from paragraphs where article_id = old.id;
                    delete from term_corrections where article_id = old.id;
                    delete from reading_log where article_id = old.id; end""")


@MIGRATIONS()
def m004_key_terms_version(db):
    # which extractor made the stored key terms (content.keyterm_version); NULL: made before versions were kept
    db["articles"].add_column("key_terms_version", int)


@MIGRATIONS()
def m005_article_body_key(db):
    # content.article_identity.body_key: an import finds the article it repeats under another title.
    # Computed here for the articles already stored, so they are matched too. Not unique: a library
    # may already hold the same text twice (imported before this key existed).
    db["articles"].add_column("body_key", str)
    rows = list(db.query("select id, title, core_points, sections, author_bio from articles"))
    db.conn.executemany("update articles set body_key = ? where id = ?",
                        [(stored_body_key(row), row["id"]) for row in rows])
    db["articles"].create_index(["body_key"])


@MIGRATIONS()
def m006_ids_never_reused(db):
    # SQLite gives a new row the highest id plus one, so deleting the newest article let the next import
    # take its id (the old article's cards and records then named the new one) and its paragraphs' ids,
    # which the search index, counting up from the last id it indexed, never picked up. The highest
    # article id handed out is kept (Library._insert_article), and an index that missed reused rows is
    # built again once.
    db["id_marks"].create({"name": str, "last_id": int}, pk="name")
    # above every id still named anywhere: cards, answers and records of a deleted article keep its id
    naming = [t for t in db.table_names() if t != "articles" and "article_id" in db[t].columns_dict]
    top = max([db.execute("select coalesce(max(id), 0) from articles").fetchone()[0],
               *(db.execute(f"select coalesce(max(article_id), 0) from [{t}]").fetchone()[0] for t in naming)])
    db["id_marks"].insert({"name": "articles", "last_id": top})
    db.execute("insert into paragraphs_fts(paragraphs_fts) values ('rebuild')")
    db.execute("update search_index_state set last_rowid = (select coalesce(max(id), 0) from paragraphs) where id = 1")

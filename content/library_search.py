"""Full-text search over stored paragraphs.

FTS5's trigram tokenizer finds words of 3+ characters; 1–2 character words (政绩, 网) are
looked up with instr() over the same rows, so every query length works.

    >>> _terms("正确政绩观  网")
    ['正确政绩观', '网']
"""
from __future__ import annotations

import re

from content.db_transactions import write_transaction
from dataclasses import dataclass

SENTENCE_END = "。！？；!?;\n"


@dataclass
class SearchHit:
    article_id: int
    title: str
    section: int        # -1: the title or a core point
    paragraph: int
    start: int          # offsets of the first match in the paragraph text
    end: int
    snippet: str        # the sentence holding the match


def _terms(query: str) -> list[str]:
    return [t for t in re.split(r"\s+", query.strip()) if t]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _candidate_rows(db, terms: list[str], limit: int) -> list[dict]:
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where, params = [], []
    if long_terms:
        where.append("p.id in (select rowid from paragraphs_fts where paragraphs_fts match ?)")
        params.append(" AND ".join(_fts_phrase(t) for t in long_terms))
    for t in short_terms:
        where.append("instr(p.text, ?) > 0")
        params.append(t)
    sql = f"""select p.article_id, a.title, p.section, p.paragraph, p.text
              from paragraphs p join articles a on a.id = p.article_id
              where {' and '.join(where)}
              order by p.article_id, p.section = -1 desc, p.section, p.paragraph limit ?"""
    return list(db.query(sql, params + [limit]))


def sentence_around(text: str, start: int, end: int) -> str:
    left = max((text.rfind(ch, 0, start) for ch in SENTENCE_END), default=-1) + 1
    rights = [i for i in (text.find(ch, end) for ch in SENTENCE_END) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def refresh_index(db) -> int:
    """Index the paragraphs stored since the last refresh; return how many were added."""
    with write_transaction(db):
        last = db.execute("select last_rowid from search_index_state where id = 1").fetchone()[0]
        top = db.execute("select coalesce(max(id), 0) from paragraphs").fetchone()[0]
        if top <= last:
            return 0
        db.execute("""insert into paragraphs_fts(rowid, text)
                      select id, text from paragraphs where id > ? and id <= ?""", [last, top])
        db.execute("update search_index_state set last_rowid = ? where id = 1", [top])
    return top - last


def search_paragraphs(db, query: str, limit: int = 50) -> list[SearchHit]:
    terms = _terms(query)
    if not terms:
        return []
    refresh_index(db)
    hits = []
    for row in _candidate_rows(db, terms, limit):
        text = row["text"]
        start = text.find(terms[0])
        if start < 0:
            continue
        end = start + len(terms[0])
        hits.append(SearchHit(row["article_id"], row["title"], row["section"], row["paragraph"],
                              start, end, sentence_around(text, start, end)))
    return hits

"""Learning migration m005: term cards made before cloze faces become cloze cards, history kept.

Until m005 a term card's front was only its term ("产学研"), its back a sentence holding it: a card
that asks nothing (ux report 8, P6). Its key was card_key(article_id, "term", term), which is what a
term card's identity (its term) gives today, so the key stays and so do its FSRS state, due date and
reviews; only the faces are redrawn from the sentence stored with the card. The test for a card of
that era is frozen here: a later change to learning_store.card_key must not change which rows this
migration takes for old term cards.
"""
from __future__ import annotations

import hashlib
import json

from quiz.term_cloze import TERM_KIND_LABELS, term_face


def _old_key(article_id, term: str) -> str:
    raw = json.dumps([article_id, "term", term], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def redraw_term_cards(db) -> int:
    """Give every bare-front term card its cloze faces; returns how many changed."""
    changed = 0
    for card in list(db["cards"].rows_where("kind = 'term'")):
        term = card["front"] or ""
        source = json.loads(card["source"] or "{}")
        sentence = source.get("sentence") or ""
        if card["key"] != _old_key(card["article_id"], term) or not term or term not in sentence:
            continue  # not of that era, or nothing to blank: the card stays as it was
        reading, kind = _key_term(db, card["article_id"], term)
        note = _members_line(card["back"] or "", term)
        face = term_face(term, sentence, source.get("article") or "", reading=reading, kind=kind, note=note)
        db["cards"].update(card["id"], {"front": face.front, "back": face.back, "term": term})
        changed += 1
    return changed


def _members_line(back: str, term: str) -> str:
    """The old back of a named set began "六张网：水网、…" on its own line: the new back keeps it."""
    first = back.split("\n", 1)[0]
    return first if first.startswith(f"{term}：") and "\n" in back else ""


def _key_term(db, article_id, term: str) -> tuple[str, str]:
    """The term's reading and kind from the library's articles table, when this database holds it."""
    if article_id is None or "articles" not in db.table_names():
        return "", ""
    row = next(db["articles"].rows_where("id = ?", [article_id]), None)
    for kt in json.loads((row or {}).get("key_terms") or "[]"):
        if kt.get("term") == term:
            return kt.get("pinyin") or "", _kind_label(kt.get("kind"))
    return "", ""


def _kind_label(kind: str | None) -> str:
    return next((label for k, label in TERM_KIND_LABELS.items() if k.value == kind), "")

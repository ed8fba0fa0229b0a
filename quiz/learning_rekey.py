"""Learning migration m003: question ids and card keys that no longer depend on an article's title.

Until m003 a question's id hashed its article's title and its stem as a paper of several articles
had named it, and a list card or a wrong-answer card was keyed by its front (which names the title,
or lists the options in the order they happened to come). After a rename the same question or card
was taken for a new one. The formulas of both eras are written out here, frozen: a later change to
quiz.questions.question_key or learning_store.card_key must not change what this migration does to a
database not yet migrated.
"""
from __future__ import annotations

import hashlib
import json
import re

LIST_CARD_RE = re.compile(r"^《.*》的\d+个(要点|小标题)依次是？$")
OPTION_LINE = "\nA. "


def _sha1(raw: list, size: int) -> str:
    return hashlib.sha1(json.dumps(raw, ensure_ascii=False).encode("utf-8")).hexdigest()[:size]


def rekey_wrong_items(db) -> int:
    """The 错题本's generated questions take the new ids; questions from a question bank keep theirs.
    Two rows that become one question (asked alone, and on a paper of several articles) merge."""
    changed = 0
    for row in list(db["wrong_items"].rows):
        q = json.loads(row["question"] or "{}")
        source = q.get("source") or {}
        title, stem = source.get("article") or "", q.get("stem") or ""
        if not source.get("sentence") or _sha1([title, q.get("type"), stem, q.get("answer")], 12) != row["question_id"]:
            continue
        plain = stem.replace(f"《{title}》中", "文中", 1) if title else stem
        new_id = _sha1([q.get("type"), plain, q.get("answer"), source["sentence"]], 12)
        if new_id == row["question_id"]:
            continue
        q["id"] = new_id
        twin = next(db["wrong_items"].rows_where("profile_id = ? and question_id = ?",
                                                 [row["profile_id"], new_id]), None)
        if twin is None:
            db["wrong_items"].update(row["id"], {"question_id": new_id, "question": json.dumps(q, ensure_ascii=False)})
        else:
            _merge_into(db, twin, row)
        changed += 1
    return changed


def _merge_into(db, keep: dict, gone: dict) -> None:
    later = max(keep, gone, key=lambda r: r["last_wrong_at"] or "")
    firsts = [d for d in (keep["first_wrong_at"], gone["first_wrong_at"]) if d]
    cleared = [d for d in (keep["cleared_at"], gone["cleared_at"]) if d]
    db["wrong_items"].update(keep["id"], {
        "wrong_count": keep["wrong_count"] + gone["wrong_count"],
        "first_wrong_at": min(firsts) if firsts else None,
        "last_wrong_at": later["last_wrong_at"], "last_given": later["last_given"], "streak": later["streak"],
        "cleared_at": max(cleared) if len(cleared) == 2 else None})  # still in the book unless both had left
    db["wrong_items"].delete(gone["id"])


def rekey_cards(db) -> int:
    """List cards are keyed by their items, wrong-answer cards by their question's id (run after
    rekey_wrong_items). A card whose new key another card already holds keeps its old one."""
    changed = 0
    for card in list(db["cards"].rows_where("kind in ('enumeration', 'wrong_answer')")):
        identity = _identity(db, card)
        if identity is None:
            continue
        key = _sha1([card["article_id"], card["kind"], identity], 16)
        taken = db["cards"].count_where("profile_id = ? and key = ?", [card["profile_id"], key])
        if key != card["key"] and not taken:
            db["cards"].update(card["id"], {"key": key})
            changed += 1
    return changed


def _identity(db, card: dict) -> str | None:
    front = card["front"] or ""
    if card["kind"] == "enumeration":
        m = LIST_CARD_RE.match(front)
        return f"{m.group(1)}：{card['back']}" if m else None
    stem = front.split(OPTION_LINE)[0]
    for row in db["wrong_items"].rows_where("profile_id = ?", [card["profile_id"]]):
        if json.loads(row["question"] or "{}").get("stem") == stem:
            return f"question:{row['question_id']}"
    return None

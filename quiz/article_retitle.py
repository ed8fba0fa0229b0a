"""After an article is renamed: its cards and its 错题本 questions say the new title.

Ids do not change (a question's id and a card's key never hash the title), so history stays whole;
only the text a learner reads follows the rename.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> store = LearningStore(sqlite_utils.Database(memory=True)); pid = store.ensure_profile()
    >>> cid = store.add_card(pid, 7, "enumeration", "《旧题》的3个要点依次是？", "1. 甲\\n2. 乙\\n3. 丙",
    ...                      {"article": "旧题"}, identity="要点：甲乙丙")
    >>> follow_rename(store, 7, "旧题", "新题")
    1
    >>> store.card(cid).front, store.card(cid).source["article"]
    ('《新题》的3个要点依次是？', '新题')
"""
from __future__ import annotations

import json

from quiz.learning_store import LearningStore


def follow_rename(store: LearningStore, article_id: int, old_title: str, new_title: str) -> int:
    """Rewrite the article's cards and wrong-book questions from the old title to the new, in one
    transaction; returns how many rows changed."""
    if not old_title or old_title == new_title:
        return 0
    changed = 0
    with store.write():
        for row in list(store.db["cards"].rows_where("article_id = ?", [article_id])):
            update = _retitled_card(row, old_title, new_title)
            if update:
                store.db["cards"].update(row["id"], update)
                changed += 1
        for row in list(store.db["wrong_items"].rows_where("article_id = ?", [article_id])):
            question = json.loads(row["question"] or "{}")
            if _retitle_question(question, old_title, new_title):
                store.db["wrong_items"].update(row["id"], {"question": json.dumps(question, ensure_ascii=False)})
                changed += 1
    return changed


def _retitled_card(row: dict, old: str, new: str) -> dict:
    update = {}
    for column in ("front", "back"):
        text = row[column] or ""
        if f"《{old}》" in text:
            update[column] = text.replace(f"《{old}》", f"《{new}》")
    source = json.loads(row["source"] or "{}")
    if source.get("article") == old:
        source["article"] = new
        update["source"] = json.dumps(source, ensure_ascii=False)
    return update


def _retitle_question(question: dict, old: str, new: str) -> bool:
    changed = False
    source = question.get("source") or {}
    if source.get("article") == old:
        source["article"] = new
        changed = True
    stem = question.get("stem") or ""
    if f"《{old}》" in stem:
        question["stem"] = stem.replace(f"《{old}》", f"《{new}》")
        changed = True
    return changed

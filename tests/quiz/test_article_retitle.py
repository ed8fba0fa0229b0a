"""Renaming an article keeps its learning history whole: the same question keeps its id (the 错题本
finds it again), the same list card is not added twice, and what the learner reads says the new title."""
import hashlib
import json
import random

import pytest

from content.library import Library
from content.page_parser import parse_page
from quiz.answer_log import AnswerMode, record_answer
from quiz.article_retitle import follow_rename
from quiz.cards import CardKind, build_cards
from quiz.learning_store import LearningStore
from quiz.practice import make_questions
from quiz.review_queue import WRONG_ANSWER_KIND, add_article_cards
from quiz.learning_rekey import rekey_cards, rekey_wrong_items
from quiz.wrong_book import WrongBook

from learning_fixtures import StepClock, wrong_answer

NEW_TITLE = "改过标题的文章"


@pytest.fixture
def lib(sample_page_path):
    lib = Library(":memory:")
    text = sample_page_path.read_text(encoding="utf-8")
    lib.import_page(parse_page(text, sample_page_path.name), sample_page_path.name, "h")
    return lib


def articles(lib):
    return [(s.id, lib.get_article(s.id)) for s in lib.list_articles()]


def quiz_of(lib, ids, seed=7):
    return make_questions([a for a in articles(lib) if a[0] in ids], 10, random.Random(seed))


def store_of(lib):
    return LearningStore(lib.db, StepClock())


def by_stem(questions):
    return {q["stem"]: q for q in questions}


def test_a_question_keeps_its_id_and_its_wrong_book_row_when_the_article_is_renamed(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    first_id = articles(lib)[0][0]
    before = quiz_of(lib, {first_id})
    asked = next(q for q in before if q["type"] in ("single_choice", "fill_blank"))
    record_answer(store, pid, asked, wrong_answer(asked), AnswerMode.PRACTICE)

    renamed = lib.rename_article(first_id, NEW_TITLE)
    follow_rename(store, first_id, renamed.old_title, NEW_TITLE)
    again = by_stem(quiz_of(lib, {first_id}))[asked["stem"]]
    assert again["id"] == asked["id"] and again["source"]["article"] == NEW_TITLE
    record_answer(store, pid, again, wrong_answer(again), AnswerMode.PRACTICE)

    items = WrongBook(store, pid).items()
    assert [(i.question["id"], i.wrong_count) for i in items] == [(asked["id"], 2)]
    assert items[0].question["source"]["article"] == NEW_TITLE


def test_a_question_has_one_id_alone_and_on_a_paper_of_several_articles(lib):
    ids = [a for a, _ in articles(lib)]
    alone = {(q["source"]["sentence"], json.dumps(q["answer"], ensure_ascii=False)): q
             for aid in ids for seed in range(6) for q in quiz_of(lib, {aid}, seed)}
    mixed = [q for seed in range(6) for q in quiz_of(lib, set(ids), seed)]
    named = [q for q in mixed if "《" in q["stem"] and "文中" not in q["stem"]]
    twins = [(q, alone[k]) for q in named
             if (k := (q["source"]["sentence"], json.dumps(q["answer"], ensure_ascii=False))) in alone
             and alone[k]["type"] == q["type"] and alone[k]["stem"] != q["stem"]]
    assert twins, "some question of a mixed paper names its article and was also asked alone"
    for named_q, plain_q in twins:
        assert named_q["id"] == plain_q["id"], (named_q["stem"], plain_q["stem"])


def test_the_list_of_headings_card_is_not_added_twice_after_a_rename_and_shows_the_new_title(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    article_id, article = next((a, art) for a, art in articles(lib)
                               if any("《" in c.front for c in build_cards(art) if c.kind == CardKind.ENUMERATION))
    first = add_article_cards(store, pid, article_id, build_cards(article))

    renamed = lib.rename_article(article_id, NEW_TITLE)
    follow_rename(store, article_id, renamed.old_title, NEW_TITLE)
    second = add_article_cards(store, pid, article_id, build_cards(lib.get_article(article_id)))

    assert sorted(set(second)) == sorted(set(first))
    fronts = [store.card(i).front for i in set(first)]
    assert any(f"《{NEW_TITLE}》" in f for f in fronts)
    assert not any(f"《{renamed.old_title}》" in f for f in fronts)


def test_a_question_answered_wrong_again_with_its_options_reordered_is_still_one_card(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    q = a_choice_question(lib)
    record_answer(store, pid, q, wrong_answer_of(q), AnswerMode.PRACTICE)
    reordered = {**q, "options": list(reversed(q["options"]))}
    record_answer(store, pid, reordered, wrong_answer_of(reordered), AnswerMode.PRACTICE)
    cards = list(store.db["cards"].rows_where("kind = ?", [WRONG_ANSWER_KIND]))
    assert len(cards) == 1


def a_choice_question(lib):
    """A 单选 or 多选 of the first article: its options can come in another order."""
    return next(q for seed in range(10) for q in quiz_of(lib, {articles(lib)[0][0]}, seed)
                if q["type"] in ("single_choice", "multiple_choice"))


def wrong_answer_of(q):
    return [next(o for o in q["options"] if o not in q["answer"])]


def old_id(q):
    raw = json.dumps([q["source"]["article"], q["type"], q["stem"], q["answer"]], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def test_wrong_book_rows_of_the_old_ids_take_the_new_ones_and_twins_merge(lib):
    """Before m003 an id hashed the title and the named stem: one question asked alone and on a paper
    of several articles had two rows. The migration's rekeying makes them one, counts added."""
    store = store_of(lib)
    pid = store.ensure_profile()
    q = next(q for seed in range(10) for q in quiz_of(lib, {articles(lib)[0][0]}, seed) if "文中" in q["stem"])
    title = q["source"]["article"]
    named = {**q, "stem": q["stem"].replace("文中", f"《{title}》中", 1)}
    bank = {"id": "bank-7", "type": "true_false", "stem": "题库里的题。", "answer": [True], "source": {}}
    for old, count, when in ((q, 2, "2026-03-01T00:00:00+00:00"), (named, 1, "2026-03-05T00:00:00+00:00"),
                             (bank, 1, "2026-03-02T00:00:00+00:00")):
        store.db["wrong_items"].insert({
            "profile_id": pid, "question_id": old_id(old) if old is not bank else "bank-7", "article_id": 1,
            "question": json.dumps({**old, "id": "x"}, ensure_ascii=False), "wrong_count": count, "streak": 0,
            "first_wrong_at": when, "last_wrong_at": when, "last_given": "[]", "cleared_at": None})

    assert rekey_wrong_items(store.db) == 2
    rows = {r["question_id"]: r for r in store.db["wrong_items"].rows}
    assert set(rows) == {q["id"], "bank-7"}
    merged = rows[q["id"]]
    assert merged["wrong_count"] == 3
    assert merged["first_wrong_at"].startswith("2026-03-01") and merged["last_wrong_at"].startswith("2026-03-05")
    assert rekey_wrong_items(store.db) == 0  # running it again changes nothing


def test_follow_rename_leaves_other_articles_alone(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    (a_id, a), (b_id, b) = articles(lib)[:2]
    store.add_card(pid, b_id, "enumeration", f"《{a.title}》的3个要点依次是？", "…", {"article": a.title})
    assert follow_rename(store, a_id, a.title, NEW_TITLE) == 0


def old_card_key(article_id, kind, front):
    raw = json.dumps([article_id, kind, front], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def test_a_list_card_of_the_old_key_is_found_again_after_the_migration(lib):
    """Made before m003 (keyed by its front, which names the title), then the article renamed: making
    its cards again must not add a second copy without its review history."""
    store = store_of(lib)
    pid = store.ensure_profile()
    article_id, article = next((a, art) for a, art in articles(lib)
                               if any("《" in c.front for c in build_cards(art) if c.kind == CardKind.ENUMERATION))
    card = next(c for c in build_cards(article) if c.kind == CardKind.ENUMERATION and "《" in c.front)
    old_id = store.db["cards"].insert({
        "profile_id": pid, "article_id": article_id, "kind": "enumeration", "front": card.front, "back": card.back,
        "source": "{}", "term": None, "key": old_card_key(article_id, "enumeration", card.front), "fsrs": None,
        "due": None, "reps": 3, "lapses": 0, "leech": 0, "created_at": "2026-03-01T00:00:00+00:00"}).last_pk
    assert rekey_cards(store.db) == 1
    renamed = lib.rename_article(article_id, NEW_TITLE)
    follow_rename(store, article_id, renamed.old_title, NEW_TITLE)
    again = add_article_cards(store, pid, article_id, build_cards(lib.get_article(article_id)))
    assert old_id in again and store.card(old_id).reps == 3
    titled = [c for c in build_cards(lib.get_article(article_id)) if c.kind == CardKind.ENUMERATION and "《" in c.front]
    assert store.db["cards"].count_where("kind = 'enumeration' and front like ?", [f"《{NEW_TITLE}》%"]) == len(titled)


def test_a_wrong_answer_card_of_the_old_key_takes_its_questions_id(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    q = a_choice_question(lib)
    record_answer(store, pid, q, wrong_answer_of(q), AnswerMode.PRACTICE)
    card = next(store.db["cards"].rows_where("kind = ?", [WRONG_ANSWER_KIND]))
    store.db["cards"].update(card["id"], {"key": old_card_key(card["article_id"], WRONG_ANSWER_KIND, card["front"])})
    assert rekey_cards(store.db) == 1
    reordered = {**q, "options": list(reversed(q["options"]))}
    record_answer(store, pid, reordered, wrong_answer_of(reordered), AnswerMode.PRACTICE)
    assert store.db["cards"].count_where("kind = ?", [WRONG_ANSWER_KIND]) == 1


def test_merged_twins_keep_the_earliest_first_date_and_stay_in_the_book_unless_both_had_left(lib):
    store = store_of(lib)
    pid = store.ensure_profile()
    q = next(q for seed in range(10) for q in quiz_of(lib, {articles(lib)[0][0]}, seed) if "文中" in q["stem"])
    title = q["source"]["article"]
    named = {**q, "stem": q["stem"].replace("文中", f"《{title}》中", 1)}
    for old, first, cleared in ((q, None, "2026-03-04T00:00:00+00:00"), (named, "2026-03-02T00:00:00+00:00", None)):
        store.db["wrong_items"].insert({
            "profile_id": pid, "question_id": old_id(old), "article_id": 1,
            "question": json.dumps(old, ensure_ascii=False), "wrong_count": 1, "streak": 0,
            "first_wrong_at": first, "last_wrong_at": "2026-03-03T00:00:00+00:00", "last_given": "[]",
            "cleared_at": cleared})
    rekey_wrong_items(store.db)
    (row,) = list(store.db["wrong_items"].rows)
    assert row["first_wrong_at"].startswith("2026-03-02") and row["cleared_at"] is None

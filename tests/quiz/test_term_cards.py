"""Term cards ask a question (ux report 8, P6): the term blanked in its sentence on the front, the
term with its reading and kind on the back; everyday phrases get no card; history survives."""
import hashlib
import json

import sqlite_utils

from content.model import Article, KeyTerm, Section, TermKind
from quiz.cards import CardKind, build_cards
from quiz.learning_store import (LearningStore, m001_learning_tables, m002_card_suspension,
                                 m003_stable_question_ids, m004_answer_hints)
from quiz.questions import BLANK
from quiz.review_queue import add_article_cards

LISTED = frozenset({"新质生产力"})
TITLE = "以科技创新引领产业发展"
PARAGRAPHS = [
    "各地要因地制宜，以新质生产力为引领推动传统产业转型升级，为少年儿童健康成长创造有利条件。",
    "我们必须始终坚持“揭榜挂帅”的攻关机制，让有能力的团队挑大梁、当主角。",
    "要为少年儿童的健康成长营造良好的社会环境和家庭氛围。",
]


def article(*key_terms: KeyTerm) -> Article:
    return Article(TITLE, sections=[Section(None, list(PARAGRAPHS))], key_terms=list(key_terms))


def new_quality() -> KeyTerm:
    return KeyTerm("新质生产力", 0.9, TermKind.CONCEPT, 1, pinyin="xīn zhì shēng chǎn lì")


def term_cards(art: Article) -> list:
    return [c for c in build_cards(art, LISTED) if c.kind == CardKind.TERM]


def test_the_front_blanks_the_term_in_its_sentence():
    (card,) = term_cards(article(new_quality()))
    assert "新质生产力" not in card.front
    assert f"因地制宜，以{BLANK}为引领推动传统产业转型升级" in card.front


def test_the_front_says_how_many_characters_and_which_article():
    (card,) = term_cards(article(new_quality()))
    assert card.front.endswith(f"（填一个词，5 个字）出自《{TITLE}》")


def test_the_back_gives_the_term_its_reading_and_kind_then_the_marked_sentence():
    (card,) = term_cards(article(new_quality()))
    head, sentence = card.back.split("\n")
    assert head == "【新质生产力】　xīn zhì shēng chǎn lì · 概念"
    assert sentence == PARAGRAPHS[0].replace("新质生产力", "【新质生产力】")


def test_an_everyday_phrase_gets_no_card():
    """健康成长: a key term by frequency, but not in the vocabulary, not quoted, not defined, not long;
    揭榜挂帅, unlisted too, is a key term the article sets in quotes."""
    cards = term_cards(article(new_quality(), KeyTerm("健康成长", 0.57, TermKind.SLOGAN, 2),
                               KeyTerm("揭榜挂帅", 0.5, TermKind.SLOGAN, 1)))
    assert [c.identity or c.front for c in cards] == ["新质生产力", "揭榜挂帅"]  # (before: the front was the term)


def test_a_term_card_is_keyed_by_its_term_not_its_face():
    (card,) = term_cards(article(new_quality()))
    assert card.identity == "新质生产力"


def test_a_long_sentence_shows_the_clause_around_the_term():
    from quiz.term_cloze import excerpt
    sentence = ("要坚持以人民为中心的发展思想，持续推进基本公共服务均等化，加快补齐民生短板；"
                "要发展新质生产力，培育壮大新兴产业和未来产业，不断塑造发展新动能新优势；"
                "要深化改革开放，持续优化营商环境，激发各类经营主体活力。")
    assert excerpt(sentence, "新质生产力") == "……要发展新质生产力，培育壮大新兴产业和未来产业，不断塑造发展新动能新优势；"


def store_with_profile() -> tuple[LearningStore, int]:
    store = LearningStore(sqlite_utils.Database(memory=True))
    return store, store.ensure_profile()


def test_making_the_cards_again_redraws_the_face_and_keeps_the_history():
    store, pid = store_with_profile()
    card_id = store.add_card(pid, 7, "term", "旧的正面", "旧的背面", {}, identity="新质生产力")
    store.db["cards"].update(card_id, {"reps": 5, "due": "2026-12-01T00:00:00+00:00"})
    (card,) = term_cards(article(new_quality()))
    assert add_article_cards(store, pid, 7, [card]) == [card_id]
    stored = store.card(card_id)
    assert (stored.front, stored.reps, stored.due) == (card.front, 5, "2026-12-01T00:00:00+00:00")


def old_key(article_id, term):
    """learning_store.card_key as it was when a term card's front was its term."""
    return hashlib.sha1(json.dumps([article_id, "term", term], ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


FSRS_STATE = {"card_id": 1, "state": 2, "step": None, "stability": 12.5, "difficulty": 5.1,
              "due": "2026-12-10T01:00:00+00:00", "last_review": "2026-11-28T01:00:00+00:00"}


def old_database(path) -> tuple[int, int]:
    """A learning database as the code before m005 left it: a term card reviewed four times."""
    db = sqlite_utils.Database(path)
    old = sqlite_utils.Migrations("xueer-learning")
    for migration in (m001_learning_tables, m002_card_suspension, m003_stable_question_ids, m004_answer_hints):
        old()(migration)
    old.apply(db)
    pid = db["profiles"].insert({"name": "我", "unit": "", "created_at": "2026-11-01T00:00:00+00:00"}).last_pk
    source = {"article": TITLE, "section": 0, "paragraph": 0, "start": 0, "end": len(PARAGRAPHS[0]),
              "sentence": PARAGRAPHS[0]}
    card_id = db["cards"].insert({
        "profile_id": pid, "article_id": 7, "kind": "term", "front": "新质生产力",
        "back": PARAGRAPHS[0].replace("新质生产力", "【新质生产力】"), "source": json.dumps(source, ensure_ascii=False),
        "term": None, "key": old_key(7, "新质生产力"), "fsrs": json.dumps(FSRS_STATE), "due": FSRS_STATE["due"],
        "reps": 4, "lapses": 1, "leech": 0, "created_at": "2026-11-01T00:00:00+00:00", "suspended": 0}).last_pk
    db["reviews"].insert({"profile_id": pid, "card_id": card_id, "rating": 3,
                          "reviewed_at": "2026-11-28T01:00:00+00:00", "duration_ms": 4000, "interval_days": 12.0,
                          "state": 2})
    db.close()
    return pid, card_id


def test_an_old_term_card_becomes_a_cloze_with_its_review_state_kept(tmp_path):
    """Opened by the new code, then its article's cards made again: one card, its history whole."""
    pid, card_id = old_database(tmp_path / "library.db")
    store = LearningStore(sqlite_utils.Database(tmp_path / "library.db"))
    assert f"因地制宜，以{BLANK}为引领" in store.card(card_id).front
    assert add_article_cards(store, pid, 7, term_cards(article(new_quality()))) == [card_id]
    card = store.card(card_id)
    assert card.back.startswith("【新质生产力】　xīn zhì shēng chǎn lì · 概念\n")
    assert (card.fsrs, card.due, card.reps, card.lapses) == (FSRS_STATE, FSRS_STATE["due"], 4, 1)
    assert store.db["reviews"].count_where("card_id = ?", [card_id]) == 1 and store.card_count(pid) == 1


def test_a_term_card_does_not_repeat_the_sentence_a_core_point_card_blanks():
    art = article(new_quality())
    art.core_points = [PARAGRAPHS[0].rstrip("。")]
    art.sections[0].paragraphs.append("各级干部要以新质生产力为抓手，塑造发展新动能新优势。")
    (card,) = term_cards(art)
    assert card.source.sentence == "各级干部要以新质生产力为抓手，塑造发展新动能新优势。"


def test_a_term_card_added_to_a_deck_keeps_its_term():
    # a notice names a term card by its term (its front is a whole sentence)
    store, pid = store_with_profile()
    (card,) = term_cards(article(new_quality()))
    (card_id,) = add_article_cards(store, pid, 7, [card])
    assert store.card(card_id).term == "新质生产力"

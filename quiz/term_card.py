"""A flashcard for one term the reader picked: the term blanked in its best sentence on the front, the
term with its reading and the marked sentence on the back (the same faces as 复习's term cards).

    >>> from content.model import Article, Section
    >>> art = Article("标题", sections=[Section(None, ["要建好算力网。算力网是新型基础设施。"])])
    >>> card = term_card(art, "算力网")
    >>> print(card.front)
    （  ）是新型基础设施。
    （填一个词，3 个字）出自《标题》
    >>> card.back.splitlines()[-1], card.source["start"]
    ('【算力网】是新型基础设施。', 7)
"""
from __future__ import annotations

from dataclasses import dataclass

from content.model import Article, BadInput
from quiz.learning_store import LearningStore
from quiz.sentences import article_sentences
from quiz.term_cloze import key_term_face

# A sentence where the term is followed by one of these is likely to say what it is.
DEFINING_MARKS = ("是", "即", "指", "就是", "（", "，是")


@dataclass
class TermCard:
    front: str
    back: str
    source: dict


def term_card(article: Article, term: str) -> TermCard:
    """The defining sentence of ``term`` if there is one, else its first sentence; BadInput if absent."""
    term = (term or "").strip()
    holding = [s for s in article_sentences(article) if term and term in s.text]
    if not holding:
        raise BadInput(f"文章中找不到“{term}”，无法做成卡片。")
    best = next((s for s in holding if any(s.text[s.text.find(term) + len(term):].startswith(m)
                                           for m in DEFINING_MARKS)), holding[0])
    key_term = next((k for k in article.key_terms if k.term == term), None)
    face = key_term_face(term, best.text, article.title, key_term)
    source = {"article": article.title, "section": best.section, "paragraph": best.paragraph,
              "start": best.start, "end": best.end, "sentence": best.text}
    return TermCard(face.front, face.back, source)


def add_term_card(store: LearningStore, article_id: int, article: Article, term: str,
                  profile_id: int | None = None) -> int:
    """The reader's "make a flashcard of this term": build the card and give it to the current profile.
    The card is the term's (its key, so a card made earlier, or by 复习, keeps its history and takes these faces)."""
    card = term_card(article, term.strip())
    return store.add_card_for_term(article_id, term.strip(), card.front, card.back, card.source, profile_id)

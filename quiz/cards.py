"""Flashcards: a term and its defining (or best) sentence, a core point as a cloze, a list to recall in order.

    >>> from content.model import Article, Section
    >>> art = Article("题", sections=[Section(None, ["坚持问题导向、目标导向、结果导向相统一。"])])
    >>> [c.kind.value for c in build_cards(art)]
    ['enumeration']

The source follows the convention of quiz.questions (core points: section -1, paragraph = index of
the core point; headings: paragraph -1).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from quiz.facts import Fact, FactKind, extract_facts
from quiz.generators.common import gap_stem, marked, blanked
from quiz.generators.fill_blank import blankable, formula_like
from quiz.questions import HEADING_PARAGRAPH, Source
from quiz.vocabulary import is_generic, shipped_vocabulary

MAX_TERM_CARDS = 30
MAX_RECITED = 24  # characters of one item of a list to say in order
# counting characters: a two-character quoted word with one is a counted name (双碳), not a stressed word
COUNTING = set("一二两三四五六七八九十双")


class CardKind(str, Enum):
    TERM = "term"
    CORE_POINT = "core_point"
    ENUMERATION = "enumeration"


@dataclass
class Card:
    kind: CardKind
    front: str
    back: str
    source: Source
    identity: str | None = None  # what makes it the same card when its front names the article

    def to_json(self) -> dict:
        return {"kind": self.kind.value, "front": self.front, "back": self.back, "source": self.source.to_json()}


def build_cards(article, listed: frozenset[str] | None = None) -> list[Card]:
    """Core-point cloze cards first, then list cards, then term cards; each fact once. `listed`: the
    shipped vocabulary, read from the lexicon files when not given."""
    facts = extract_facts(article)
    listed = shipped_vocabulary() if listed is None else listed
    cards = [c for f in facts if f.kind == FactKind.CORE_POINT for c in _core_card(article, f, listed)]
    seen_lists: set[tuple[str, ...]] = set()
    for f in facts:
        if tuple(f.items) not in seen_lists:
            cards += _list_card(article, f)
            seen_lists.add(tuple(f.items))
    cards += _term_cards(article, facts)
    return cards


def _source(article, fact: Fact) -> Source:
    s = fact.sentence
    return Source(article.title, s.section, s.paragraph, s.start, s.end, s.text)


def _core_card(article, fact: Fact, listed: frozenset[str]) -> list[Card]:
    if not blankable(fact, article, listed=listed):
        return []
    text = fact.sentence.text
    return [Card(CardKind.CORE_POINT, blanked(text, fact.spans), marked(text, fact.spans), _source(article, fact))]


def _list_card(article, fact: Fact) -> list[Card]:
    if any(len(item) > MAX_RECITED for item in fact.items):
        return []  # three forty-character sentences in order: no one can check such a recall
    if fact.kind == FactKind.ENUMERATION and formula_like(fact) and len(fact.items) >= 3:
        front = gap_stem(fact) + f"\n（按原文顺序说出括号处的{len(fact.items)}项内容）"
        return [Card(CardKind.ENUMERATION, front, "、".join(fact.items), _source(article, fact))]
    if fact.kind == FactKind.PARALLEL:
        what = "小标题" if fact.sentence.paragraph == HEADING_PARAGRAPH else "要点"
        front = f"《{article.title}》的{len(fact.items)}个{what}依次是？"
        back = "\n".join(f"{i}. {item}" for i, item in enumerate(fact.items, 1))
        return [Card(CardKind.ENUMERATION, front, back, _source(article, fact), identity=f"{what}：{back}")]
    return []


def _term_cards(article, facts: list[Fact]) -> list[Card]:
    """One card per term: its definition when the article gives one, else its best sentence; a named set
    with its members when the article lists them."""
    seen: set[str] = set()
    out = []
    members = {f.label: f.items for f in facts if f.kind == FactKind.ENUMERATION and f.label and f.complete}
    for f in facts:
        if f.kind not in (FactKind.DEFINITION, FactKind.TERM):
            continue
        term = f.answers[0].strip("“”")
        if term in seen or is_generic(term) or len(term) <= 2 and not COUNTING & set(term):
            continue  # “结合”, “整体”: a stressed word, not a term to learn; “双碳” is counted, a name
        seen.add(term)
        back = marked(f.sentence.text, f.spans)
        if term in members:  # “六张网” said here, its six networks listed there: the card says both
            back = f"{term}：{'、'.join(members[term])}\n{back}"
        out.append(Card(CardKind.TERM, term, back, _source(article, f)))
        if len(out) == MAX_TERM_CARDS:
            break
    return out


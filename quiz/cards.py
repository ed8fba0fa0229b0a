"""Flashcards: a term blanked in its defining (or best) sentence, a core point as a cloze, a list to recall in order.

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

from content.cjk_text import CJK
from content.model import TermKind
from quiz.facts import Fact, FactKind, extract_facts
from quiz.generators.common import gap_stem, marked, blanked
from quiz.generators.fill_blank import blankable, formula_like
from quiz.named_pairs import NAMED_PAIRS
from quiz.questions import HEADING_PARAGRAPH, Source
from quiz.term_cloze import key_term_face
from quiz.vocabulary import is_generic, listed_term, shipped_vocabulary

MAX_TERM_CARDS = 30
MAX_RECITED = 24  # characters of one item of a list to say in order
# counting characters: a two-character quoted word with one is a counted name (双碳), not a stressed word
COUNTING = set("一二两三四五六七八九十双")
LONG_NAME = 6  # an unlisted key term this long is a compound name (a programme, a campaign), not a phrase


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
    identity: str | None = None  # what makes it the same card when not its front (a term card: its term)

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
    asked = {_plain(c.source.sentence) for c in cards if c.kind == CardKind.CORE_POINT}
    cards += _term_cards(article, facts, listed, asked)
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
    if fact.kind == FactKind.PARALLEL and fact.label == NAMED_PAIRS:  # relations to handle: a set, not a sequence
        front = f"《{article.title}》谈到的{len(fact.items)}对关系是？"
        back = "\n".join(f"{left} — {right}" for left, right in fact.pairs)
        return [Card(CardKind.ENUMERATION, front, back, _source(article, fact), identity=f"关系：{back}")]
    if fact.kind == FactKind.PARALLEL:
        what = "小标题" if fact.sentence.paragraph == HEADING_PARAGRAPH else "要点"
        front = f"《{article.title}》的{len(fact.items)}个{what}依次是？"
        back = "\n".join(f"{i}. {item}" for i, item in enumerate(fact.items, 1))
        return [Card(CardKind.ENUMERATION, front, back, _source(article, fact), identity=f"{what}：{back}")]
    return []


def _plain(sentence: str) -> str:
    return sentence.rstrip("。！？；")  # a core point is printed without the stop its body twin has


def _term_cards(article, facts: list[Fact], listed: frozenset[str], asked: set[str]) -> list[Card]:
    """One cloze card per term worth learning (TermChooser): its definition when the article gives one,
    else its best sentence; a named set with its members when the article lists them. A card is keyed
    by its term, so a better sentence or face later keeps its review history. `asked`: the sentences
    core-point cards already blank, not shown again while the term has another."""
    chooser = TermChooser.of(article, facts, listed)
    sentences: dict[str, list[Fact]] = {}  # a term's sentences, its definition first
    for f in facts:
        if f.kind in (FactKind.DEFINITION, FactKind.TERM):
            sentences.setdefault(f.answers[0].strip("“”"), []).append(f)
    out = []
    for term, group in sentences.items():
        if len(out) == MAX_TERM_CARDS:
            break
        if chooser.worth(term, group):
            # the first sentence whose blank one answer fills (not a slot in a list of its neighbours)
            group = [f for f in group if _plain(f.sentence.text) not in asked] or group
            best = next((f for f in group if blankable(f, article, listed=listed)), group[0])
            out.append(_term_card(article, best, term, chooser.key_terms.get(term), chooser.members.get(term)))
    return out


@dataclass
class TermChooser:
    """Which terms of one article earn a card: terms of political theory, not the everyday phrases
    the key-term extractor also finds frequent (健康成长, 人才培养)."""
    listed: frozenset[str]
    key_terms: dict                       # term → KeyTerm
    members: dict[str, list[str]]         # a named set (六张网) → its members, as the article lists them
    text: str
    title: str

    @classmethod
    def of(cls, article, facts: list[Fact], listed: frozenset[str]) -> "TermChooser":
        members = {f.label: f.items for f in facts if f.kind == FactKind.ENUMERATION and f.label and f.complete}
        return cls(listed, {kt.term: kt for kt in article.key_terms}, members, article.full_text(), article.title)

    def worth(self, term: str, sentences: list[Fact]) -> bool:
        """In the shipped vocabulary, or a member of a set the article names (六张网's 算力网), or else one
        of the article's key terms (not a figure) that the article defines, sets in quotes, names in
        its title, or that is a long compound name (全民科学素质提升行动)."""
        if is_generic(term) or not CJK.search(term) or len(term) <= 2 and not COUNTING & set(term):
            return False  # “结合”, “整体”: a stressed word, not a term to learn; “双碳” is counted, a name
        key_term = self.key_terms.get(term)
        if key_term is not None and key_term.kind == TermKind.FIGURE:
            return False  # 90%以上: a figure is asked by the quiz's own rules, not learnt as a term
        if listed_term(term, self.listed) or any(term in items for items in self.members.values()):
            return True
        if key_term is None:
            return False  # a quoted phrase the article uses once in passing (“好空气”)
        defined = any(f.kind == FactKind.DEFINITION for f in sentences)
        return defined or f"“{term}”" in self.text or term in self.title \
            or len(term) >= LONG_NAME


def _term_card(article, fact: Fact, term: str, key_term, members: list[str] | None) -> Card:
    note = f"{term}：{'、'.join(members)}" if members else ""  # “六张网” said here, its six networks listed there
    face = key_term_face(term, fact.sentence.text, article.title, key_term, note=note)
    return Card(CardKind.TERM, face.front, face.back, _source(article, fact), identity=term)

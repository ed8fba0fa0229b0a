"""Plain data for pages and articles, shared by every layer.

    >>> art = Article(title="标题", sections=[Section(heading=None, paragraphs=["正文。"])])
    >>> art.paragraph_count()
    1
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import Enum

# where a column's ——subtitle begins (理论周刊 ——写在…之际); a kicker's closing —— (…法官提醒——) leads into the title
SUBTITLE_DASH = re.compile(r"——+(?=[^—\s])")


class TermKind(str, Enum):
    SLOGAN = "slogan"
    CONCEPT = "concept"
    DOCUMENT = "document"
    PLACE = "place"
    FIGURE = "figure"
    OTHER = "other"


@dataclass
class Occurrence:
    """A term's place: character offsets [start, end) in one paragraph of one section."""
    section: int
    paragraph: int
    start: int
    end: int


@dataclass
class KeyTerm:
    term: str
    weight: float
    kind: TermKind = TermKind.OTHER
    count: int = 0
    pinyin: str = ""
    occurrences: list[Occurrence] = field(default_factory=list)

    def to_json(self) -> dict:
        d = asdict(self)
        d["kind"] = self.kind.value
        return d

    @classmethod
    def from_json(cls, d: dict) -> "KeyTerm":
        return cls(term=d["term"], weight=float(d.get("weight", 0.0)),
                   kind=TermKind(d.get("kind", "other")), count=int(d.get("count", 0)),
                   pinyin=d.get("pinyin", ""),
                   occurrences=[Occurrence(**o) for o in d.get("occurrences", [])])


@dataclass
class Section:
    """A heading and its paragraphs. On a page of several signed pieces kept as one article (大家谈),
    a piece's writer and the bio printed at its end; empty otherwise (and then left out of the JSON,
    so stored articles and scripts reading the contract see what they saw before).

        >>> Section.from_json(Section("题", ["正文。"], author="张三").to_json()).author
        '张三'
        >>> Section("题", ["正文。"]).to_json()
        {'heading': '题', 'paragraphs': ['正文。']}
    """
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)
    author: str = ""
    author_bio: str = ""

    def to_json(self) -> dict:
        d = {"heading": self.heading, "paragraphs": list(self.paragraphs)}
        if self.author:
            d["author"] = self.author
        if self.author_bio:
            d["author_bio"] = self.author_bio
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Section":
        return cls(d.get("heading"), list(d.get("paragraphs", [])), author=d.get("author", "") or "",
                   author_bio=d.get("author_bio", "") or "")


@dataclass
class Article:
    title: str
    authors: list[str] = field(default_factory=list)
    author_bio: str = ""
    column: str = ""
    core_points: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    key_terms: list[KeyTerm] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def paragraph_count(self) -> int:
        return sum(len(s.paragraphs) for s in self.sections)

    @property
    def subtitle(self) -> str:
        """The ——subtitle the column carries, shown under the title (市场新趋势  经济大机遇①), without its dashes."""
        m = SUBTITLE_DASH.search(self.column)
        return self.column[m.start():].lstrip("—").strip() if m else ""

    def iter_paragraphs(self):
        """Yield (section_index, paragraph_index, text) in reading order."""
        for si, sec in enumerate(self.sections):
            for pi, text in enumerate(sec.paragraphs):
                yield si, pi, text

    def body_text(self) -> str:
        return "\n".join(text for _, _, text in self.iter_paragraphs())

    def mentions(self, term: str) -> int:
        """How often the reader marks a term: in the paragraphs, the 核心提示 and the section headings,
        not where a longer key term holding it is marked instead (a KeyTerm's count and occurrences
        are the paragraphs' only).

            >>> art = Article("题", core_points=["树立正确政绩观。"], sections=[Section("践行正确政绩观", ["要树牢正确政绩观。"])])
            >>> art.mentions("正确政绩观")
            3
            >>> art.key_terms = [KeyTerm("树立正确政绩观", 1.0)]
            >>> art.mentions("正确政绩观")
            2
        """
        if not term:
            return 0
        longer = [k.term for k in self.key_terms if term in k.term and k.term != term]
        texts = [*self.core_points, *(s.heading or "" for s in self.sections),
                 *(t for _, _, t in self.iter_paragraphs())]
        return sum(_uncovered_count(text, term, longer) for text in texts)

    def full_text(self) -> str:
        """Title, core points, headings and paragraphs: everything a reader sees."""
        parts = [self.title, *self.core_points]
        for sec in self.sections:
            if sec.heading:
                parts.append(sec.heading)
            parts.extend(sec.paragraphs)
        return "\n".join(parts)

    def char_count(self) -> int:
        return sum(len(t) for _, _, t in self.iter_paragraphs())

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "author_bio": self.author_bio,
            "column": self.column,
            "core_points": list(self.core_points),
            "sections": [s.to_json() for s in self.sections],
            "key_terms": [k.to_json() for k in self.key_terms],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, d: dict) -> "Article":
        return cls(title=d.get("title", ""), authors=list(d.get("authors", [])),
                   author_bio=d.get("author_bio", ""), column=d.get("column", ""),
                   core_points=list(d.get("core_points", [])),
                   sections=[Section.from_json(s) for s in d.get("sections", [])],
                   key_terms=[KeyTerm.from_json(k) for k in d.get("key_terms", [])],
                   warnings=list(d.get("warnings", [])))


@dataclass
class Page:
    """One imported file: its articles, in page order."""
    source: str
    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"source": self.source, "articles": [a.to_json() for a in self.articles]}



class BadInput(Exception):
    """Input the app refuses. str(exc) is a clear Chinese message for the user."""


def _uncovered_count(text: str, term: str, longer: list[str]) -> int:
    """Uses of `term` in `text` that are not inside a use of one of the longer terms."""
    covered: set[int] = set()
    for name in longer:
        pos = text.find(name)
        while pos != -1:
            covered.update(range(pos, pos + len(name)))
            pos = text.find(name, pos + len(name))
    count, pos = 0, text.find(term)
    while pos != -1:
        count += pos not in covered
        pos = text.find(term, pos + len(term))
    return count

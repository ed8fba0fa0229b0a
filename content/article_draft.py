"""An article while it is being parsed and repaired: a flat run of headings and paragraphs.

    >>> d = ArticleDraft(title="标题", body=[Block("正文。")])
    >>> d.to_article().sections[0].paragraphs
    ['正文。']
"""
from __future__ import annotations

from dataclasses import dataclass, field

from content.model import Article, Section


@dataclass
class Block:
    text: str
    is_heading: bool = False


@dataclass
class ArticleDraft:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    author_bio: str = ""
    column: str = ""
    core_points: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    # Text printed after the author bio, before the next article: it belongs
    # to this article but sits in the wrong place (layout repair moves it).
    orphan: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # A page of several signed pieces (大家谈): heading of a piece -> its writer's name, and
    # heading -> the bio printed at the piece's end. Keyed by heading text, since repairs rebuild blocks.
    piece_writers: dict[str, str] = field(default_factory=dict)
    piece_bios: dict[str, str] = field(default_factory=dict)

    def paragraphs(self) -> list[Block]:
        return [b for b in self.body if not b.is_heading]

    def to_article(self) -> Article:
        sections: list[Section] = []
        current = Section(heading=None)
        for block in self.body:
            if block.is_heading:
                if current.heading is not None or current.paragraphs:
                    sections.append(current)
                current = Section(heading=block.text)
            else:
                current.paragraphs.append(block.text)
        if current.heading is not None or current.paragraphs:
            sections.append(current)
        self._sign_sections(sections)
        return Article(title=self.title, authors=list(self.authors), author_bio=self.author_bio,
                       column=self.column, core_points=list(self.core_points), sections=sections,
                       warnings=list(self.warnings))

    def _sign_sections(self, sections: list[Section]) -> None:
        """Each piece's writer under its heading, its bio with it. Only a name printed under a heading
        tells who wrote what: a byline's names cannot be matched to pieces (a piece after another's bio
        is split off as an article of its own; several names over one bio wrote the whole together)."""
        for section in sections:
            author = self.piece_writers.get(section.heading or "", "")
            if author:
                section.author, section.author_bio = author, self.piece_bios.get(section.heading, "")

"""Builds the reader's QTextDocument from an Article.

Text goes in through QTextCursor.insertText, never through HTML, so whatever a
file contains (<script>, &lt;, {}) is shown literally. The builder records where
every paragraph, section and key-term occurrence landed, so the view can scroll
to a search hit and tell which term is under the mouse.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QPen, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFrameFormat, QTextListFormat)

from content.model import Article, KeyTerm, TermKind
from content.title_block import split_column
from gui import theme
from gui.fonts import needs_drawn_bold

TERM_SCHEME = "term:"
HEADING = -1            # the paragraph number a term span in a section heading carries
TITLE_SECTION = -2      # the section and paragraph numbers a term span in the title carries
HEADING_SCALE = 1.25
DRAWN_BOLD_WIDTH = 0.04  # of the type size: the stroke that stands in for a missing bold face
SLIDE_SAFE_EDGE = 0.75   # of the type size: kept clear inside a slide's margins (projectors crop edges)


@dataclass
class ReaderStyle:
    body_px: int = theme.DEFAULT_BODY_PX
    family: str = ""
    paper: str = theme.PAPER
    ink: str = theme.INK
    muted: str = theme.MUTED
    kind_colours: dict = field(default_factory=lambda: dict(theme.KIND_COLOURS))
    term_ink: str = theme.INK
    core_box: str = theme.CORE_BOX
    core_border: str = theme.CORE_BORDER
    pinyin_room: bool = True      # taller lines so readings fit above the characters
    line_percent: int = 175
    show_warnings: bool = True    # import warnings are for the reader at the desk, not the audience
    marked_title: bool = True     # the title's terms clickable at the desk; a projected title stays plain


@dataclass(frozen=True)
class TermSpan:
    """A key-term occurrence in document positions [start, end).

    Core points carry section -1 and the point's number; headings carry their section and HEADING;
    the title carries TITLE_SECTION twice."""
    start: int
    end: int
    term_index: int
    section: int
    paragraph: int


@dataclass
class ReaderLayout:
    document: QTextDocument
    paragraph_starts: dict = field(default_factory=dict)   # (section, paragraph) -> position
    section_starts: dict = field(default_factory=dict)     # section -> position of its heading/first paragraph
    term_spans: list = field(default_factory=list)         # TermSpan, in document order
    paragraph_spans: dict = field(default_factory=dict)    # (section, paragraph) -> [(start, end, pinyin)] in paragraph offsets
    document_font: QFont | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReaderDocument", text)


def paragraph_term_spans(article: Article) -> dict:
    """(section, paragraph) -> non-overlapping [(start, end, term_index)], longest first on overlap.

    Occurrences whose offsets no longer match the text are dropped, so a stale
    analysis never highlights the wrong characters.
    """
    texts = {(s, p): t for s, p, t in article.iter_paragraphs()}
    wanted: dict = {}
    for index, term in enumerate(article.key_terms):
        for occ in term.occurrences:
            text = texts.get((occ.section, occ.paragraph))
            if text is not None and 0 <= occ.start < occ.end <= len(text) \
                    and text[occ.start:occ.end] == term.term:
                wanted.setdefault((occ.section, occ.paragraph), []).append((occ.start, occ.end, index))
    return {key: _non_overlapping(spans) for key, spans in wanted.items()}


def _non_overlapping(spans: list) -> list:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept, last_end = [], -1
    for start, end, index in spans:
        if start >= last_end:
            kept.append((start, end, index))
            last_end = end
    return kept


def text_term_spans(article: Article, text: str) -> list:
    """Key terms found by search in a text that occurrences do not cover (a core point)."""
    spans = []
    for index, term in enumerate(article.key_terms):
        pos = text.find(term.term) if term.term else -1
        while pos != -1:
            spans.append((pos, pos + len(term.term), index))
            pos = text.find(term.term, pos + len(term.term))
    return _non_overlapping(spans)


class ReaderDocumentBuilder:
    """One build of one article (or some of its sections) in one style."""

    def __init__(self, article: Article, style: ReaderStyle):
        self.article = article
        self.style = style
        self.doc = QTextDocument()
        self.doc.setUndoRedoEnabled(False)
        font = QFont(style.family) if style.family else QFont()
        font.setPixelSize(style.body_px)
        self.doc.setDefaultFont(font)
        self.doc.setDocumentMargin(0)  # the view sets side margins to fit its width
        self.cursor = QTextCursor(self.doc)
        self.layout = ReaderLayout(self.doc, document_font=QFont(font))
        self._spans = paragraph_term_spans(article)
        self._formats: dict = {}
        self._term_formats: dict = {}

    # -- formats -------------------------------------------------------
    def _char(self, scale: float = 1.0, bold: bool = False, colour: str | None = None) -> QTextCharFormat:
        key = (scale, bold, colour)
        if key not in self._formats:  # a long article reuses a handful of formats thousands of times
            self._formats[key] = self._make_char(scale, bold, colour)
        return self._formats[key]

    def _make_char(self, scale: float, bold: bool, colour: str | None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.doc.defaultFont())
        font.setPixelSize(round(self.style.body_px * scale))
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setForeground(QBrush(QColor(colour or self.style.ink)))
        if needs_drawn_bold(font):
            fmt.setTextOutline(QPen(QColor(colour or self.style.ink), font.pixelSize() * DRAWN_BOLD_WIDTH))
        return fmt

    def _block(self, top: float = 0, bottom: float = 0.6, indent: bool = False,
               align=Qt.AlignmentFlag.AlignLeft, line: int | None = None) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        px = self.style.body_px
        fmt.setTopMargin(top * px)
        fmt.setBottomMargin(bottom * px)
        fmt.setAlignment(align)
        if indent:
            fmt.setTextIndent(2 * px)  # Chinese paragraphs open with two characters of indent
        percent = line or self.style.line_percent
        fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _new_block(self, block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat, first: bool = False):
        if first:
            self.cursor.setBlockFormat(block_fmt)
            self.cursor.setBlockCharFormat(char_fmt)
        else:
            self.cursor.insertBlock(block_fmt, char_fmt)

    # -- parts ---------------------------------------------------------
    def front_matter(self, keep_empty_column: bool = True, core_points: bool = True) -> None:
        """Column, title, authors, core points; a slide drops the column's line when there is no column,
        and leaves the core points to a slide of their own when they do not fit under the title."""
        art = self.article
        kicker, subtitle = split_column(art.column)
        title_first = not kicker and not keep_empty_column
        if not title_first:
            self._new_block(self._block(bottom=0.4, line=130), self._char(1.0, colour=self.style.muted), first=True)
            if kicker:
                self.cursor.insertText(kicker)
        self._new_block(self._block(bottom=0.5, line=130), self._char(1.6, bold=True), first=title_first)
        if art.title and self.style.marked_title:  # 科技强区 of 勇担科技强区时代使命: a click opens it
            self._highlighted(art.title, text_term_spans(art, art.title), TITLE_SECTION, TITLE_SECTION, 1.6, True)
        else:
            self.cursor.insertText(art.title or _tr("（无标题）"))
        if subtitle:
            self._new_block(self._block(bottom=0.6, line=130), self._char(1.2, colour=self.style.muted))
            self.cursor.insertText(subtitle)
        if art.authors:
            self._new_block(self._block(bottom=0.8), self._char(1.0, colour=self.style.muted))
            self.cursor.insertText("  ".join(art.authors))
        for warning in (art.warnings if self.style.show_warnings else []):
            self._new_block(self._block(bottom=0.4, line=130), self._char(0.8, colour=self.style.muted))
            self.cursor.insertText("ⓘ " + warning)
        if art.core_points and core_points:
            self._core_points()

    def core_points_alone(self) -> None:
        """The core-points box on a slide of its own, with no blank line above it."""
        self.cursor.setBlockFormat(self._block(bottom=0, line=1))
        self.cursor.setBlockCharFormat(self._char(0.05))
        self._core_points()

    def _core_points(self) -> None:
        frame = QTextFrameFormat()
        frame.setBorder(1)
        frame.setBorderBrush(QBrush(QColor(self.style.core_border)))
        frame.setBackground(QBrush(QColor(self.style.core_box)))
        frame.setPadding(self.style.body_px * 0.8)
        frame.setTopMargin(self.style.body_px * 0.6)
        frame.setBottomMargin(self.style.body_px * 1.0)
        self.cursor.insertFrame(frame)
        self.cursor.setBlockFormat(self._block(bottom=0.3, line=130))
        self.cursor.setBlockCharFormat(self._char(1.05, bold=True))
        self.cursor.insertText(_tr("核心提示"))
        list_fmt = QTextListFormat()
        list_fmt.setStyle(QTextListFormat.Style.ListDisc)
        points = None
        for i, point in enumerate(self.article.core_points):
            self._new_block(self._block(bottom=0.4, line=150), self._char(1.0))
            if points is None:
                points = self.cursor.createList(list_fmt)
            else:
                points.add(self.cursor.block())
            self._highlighted(point, text_term_spans(self.article, point), -1, i)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def section(self, index: int, with_heading: bool = True, paragraphs: range | None = None) -> None:
        sec = self.article.sections[index]
        first = self.cursor.position() == 0 and self.doc.isEmpty()
        numbers = range(len(sec.paragraphs)) if paragraphs is None else paragraphs
        if sec.heading and with_heading:
            self._new_block(self._block(top=1.0, bottom=0.6, line=140), self._char(HEADING_SCALE, bold=True),
                            first=first)
            self.layout.section_starts[index] = self.cursor.position()
            # a heading has no stored occurrences (they are per paragraph), so its terms are found by search
            self._highlighted(sec.heading, text_term_spans(self.article, sec.heading), index, HEADING,
                              scale=HEADING_SCALE, bold=True)
            first = False
            if sec.author:   # one piece of a 大家谈 page: who wrote it, as the paper prints it
                self._new_block(self._block(bottom=0.4), self._char(1.0, colour=self.style.muted))
                self.cursor.insertText(sec.author)
        for p in numbers:
            text = sec.paragraphs[p]
            self._new_block(self._block(indent=True, top=0.5 if self.style.pinyin_room else 0),
                            self._char(1.0), first=first)
            first = False
            self.layout.section_starts.setdefault(index, self.cursor.position())
            self._paragraph(index, p, text)
        if sec.author_bio and sec.paragraphs and numbers and numbers[-1] == len(sec.paragraphs) - 1:
            self._new_block(self._block(top=0.5, line=150), self._char(0.9, colour=self.style.muted))
            self.cursor.insertText(sec.author_bio)

    def _paragraph(self, s: int, p: int, text: str) -> None:
        self.layout.paragraph_starts[(s, p)] = self.cursor.position()
        self.layout.paragraph_spans[(s, p)] = self._highlighted(text, self._spans.get((s, p), []), s, p)

    def _highlighted(self, text: str, spans: list, s: int, p: int,
                     scale: float = 1.0, bold: bool = False) -> list:
        """Insert text with its key terms formatted; return (start, end, pinyin) of each term."""
        start = self.cursor.position()
        plain = self._char(scale, bold)
        at = 0
        pinyin_spans = []
        for t_start, t_end, index in spans:
            if t_start > at:
                self.cursor.insertText(text[at:t_start], plain)
            self.cursor.insertText(text[t_start:t_end], self._term_format(index, scale, bold))
            self.layout.term_spans.append(TermSpan(start + t_start, start + t_end, index, s, p))
            pinyin_spans.append((t_start, t_end, self.article.key_terms[index].pinyin))
            at = t_end
        if at < len(text):
            self.cursor.insertText(text[at:], plain)
        return pinyin_spans

    def _term_format(self, index: int, scale: float = 1.0, bold: bool = False) -> QTextCharFormat:
        key = (index, scale, bold)
        if key not in self._term_formats:
            self._term_formats[key] = self._make_term_format(index, scale, bold)
        return self._term_formats[key]

    def _make_term_format(self, index: int, scale: float, bold: bool) -> QTextCharFormat:
        term: KeyTerm = self.article.key_terms[index]
        fmt = QTextCharFormat(self._char(scale, bold, colour=self.style.term_ink))
        kind = term.kind if isinstance(term.kind, TermKind) else TermKind.OTHER
        fmt.setBackground(QBrush(QColor(self.style.kind_colours[kind])))
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"{TERM_SCHEME}{index}")
        return fmt

    def bio(self) -> None:
        bio = unshown_bio(self.article)
        if bio:
            self._new_block(self._block(top=1.0, line=150), self._char(0.9, colour=self.style.muted))
            self.cursor.insertText(bio)


def unshown_bio(article: Article) -> str:
    """The article's bio less the pieces' bios, which show at the end of their own pieces."""
    shown = [s.author_bio for s in article.sections if s.author_bio]
    if not shown:
        return article.author_bio
    bio = article.author_bio
    for piece in shown:
        bio = bio.replace(piece, "", 1)
    return " ".join(bio.split())


def build_article_document(article: Article, style: ReaderStyle) -> ReaderLayout:
    """The whole article as the reader shows it."""
    builder = ReaderDocumentBuilder(article, style)
    builder.front_matter()
    for index in range(len(article.sections)):
        builder.section(index)
    builder.bio()
    return builder.layout


@dataclass(frozen=True)
class Slide:
    """One presenter slide: the front matter and/or paragraphs [first, last) of one section.

    A section's heading goes on the slide that starts at its first paragraph. When title and
    core points do not fit one screen, the title slide goes without_core_points and the core
    points get a slide of their own (core_points_only)."""
    section: int = -1        # -1: no body text on this slide
    first: int = 0
    last: int = 0
    front_matter: bool = False
    without_core_points: bool = False
    core_points_only: bool = False

    def holds(self, section: int, paragraph: int) -> bool:
        return section == self.section and self.first <= paragraph < max(self.last, self.first + 1)


Fits = Callable[[ReaderLayout], bool]   # does this built slide fit the screen without scrolling?


def build_slide_document(article: Article, style: ReaderStyle, slide: Slide | int) -> ReaderLayout:
    """A presenter slide; a number picks from the unmeasured plan (title, then one slide per section)."""
    if isinstance(slide, int):
        slide = plan_slides(article, style)[slide]
    builder = ReaderDocumentBuilder(article, style)
    if slide.front_matter:
        builder.front_matter(keep_empty_column=False,  # on the wall every line counts
                             core_points=not slide.without_core_points)
    if slide.core_points_only and article.core_points:
        builder.core_points_alone()
    if slide.section >= 0:
        builder.section(slide.section, with_heading=slide.first == 0,
                        paragraphs=range(slide.first, slide.last))
    _keep_off_the_edges(builder.doc, style.body_px)
    return builder.layout


def _keep_off_the_edges(doc: QTextDocument, px: int) -> None:
    """A projector may crop the picture's edges: a slide's text (and the readings over its first line)
    keeps SLIDE_SAFE_EDGE of the type size clear inside whatever margins the view sets. Padding,
    since the view and the slide planner set the margins: both keep it, so a planned slide still fits."""
    root = doc.rootFrame()
    fmt = root.frameFormat()
    fmt.setPadding(px * SLIDE_SAFE_EDGE)
    root.setFrameFormat(fmt)


def plan_slides(article: Article, style: ReaderStyle, fits: Fits | None = None) -> list[Slide]:
    """Title slide, then each section in slides of whole paragraphs, as many as fit.

    Without fits (no screen to measure yet) every section is one slide. With fits, an
    article without core points opens its title slide with the body's first paragraphs
    (a headless lead only), so the audience never faces a title on an empty wall."""
    sections = article.sections
    if fits is None:
        return [Slide(front_matter=True)] + [Slide(i, 0, len(sec.paragraphs)) for i, sec in enumerate(sections)]
    title = Slide(front_matter=True)
    slides = [title]
    if article.core_points and not fits(build_slide_document(article, style, title)):
        slides = [Slide(front_matter=True, without_core_points=True), Slide(core_points_only=True)]
    if not article.core_points and sections and not sections[0].heading:
        title = _grow(article, style, fits, Slide(0, 0, 0, front_matter=True))
        if title.last == 0:
            title = Slide(front_matter=True)
        slides = [title]
    for index, sec in enumerate(sections):
        first = title.last if title.section == index else 0
        if first and first >= len(sec.paragraphs):
            continue  # the title slide took the whole lead
        while True:
            slide = _grow(article, style, fits, Slide(index, first, min(first + 1, len(sec.paragraphs))))
            slides.append(slide)
            first = slide.last
            if first >= len(sec.paragraphs):
                break
    return slides


def _grow(article: Article, style: ReaderStyle, fits: Fits, slide: Slide) -> Slide:
    """Add the section's next paragraphs while the slide still fits (its first one is kept even if not)."""
    count = len(article.sections[slide.section].paragraphs)
    while slide.last < count:
        bigger = replace(slide, last=slide.last + 1)
        if not fits(build_slide_document(article, style, bigger)):
            break
        slide = bigger
    return slide


def slide_count(article: Article, style: ReaderStyle | None = None, fits: Fits | None = None) -> int:
    return len(plan_slides(article, style or ReaderStyle(), fits))


def compute_rubies(annotator, article: Article, layout: ReaderLayout) -> dict[int, str]:
    """Document position -> reading, for every paragraph of the built document."""
    rubies = {}
    for (s, p), spans in layout.paragraph_spans.items():
        base = layout.paragraph_starts[(s, p)]
        for ruby in annotator.paragraph(article.sections[s].paragraphs[p], spans):
            rubies[base + ruby.start] = ruby.reading
    return rubies

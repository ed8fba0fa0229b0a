"""Parse a page of text (a newspaper theory page, a report, a speech) into articles.

    >>> page = parse_page("## 标题\\n\\n□张三\\n\\n正文第一段。\\n\\n（作者系某大学教授）")
    >>> art = page.articles[0]
    >>> art.title, art.authors, art.author_bio
    ('标题', ['张三'], '（作者系某大学教授）')

parse_page never raises: any str gives a Page, possibly with no articles and a warning.
"""
from __future__ import annotations

import re

from content.article_draft import ArticleDraft, Block
from content.cjk_text import NON_INITIAL, TERMINAL, has_cjk, is_terminated
from content.layout_repair import detach_unsigned_piece, repair_article
from content.line_classes import Line, LineKind, classify_line, split_compound, split_names
from content.model import Article, Page
from content.page_lines import logical_lines, split_documents
from content.text_cleanup import clean_text, strip_notice_tail
from content.title_block import ends_in_dash, fold_dash_headings, take_title_marks
from content.titles import UNTITLED_NOTE, clean_title, derive_title, title_from_file_name

EMPTY_PAGE = "这一页没有找到可以导入的正文"
UNREADABLE_PAGE = "这一页的结构无法识别，未能导入"
REPEATED_ARTICLES = "文件里有 {} 篇文章与前面的完全相同，只保留一篇"
REPEATED_SECTIONS = "正文里有 {} 节与前面的完全相同，只保留一节"
# An unmarked line this short, with no sentence punctuation, followed by body
# text, is a section heading (Word/HTML bold lost in conversion).
UNMARKED_HEADING_MAX = 40
COLUMN_MAX = 10
_SENTENCE_PUNCT = re.compile(r"[。！？；!?;]")
_LATIN = re.compile(r"[A-Za-z0-9]")
# A heading does not end on a particle or preposition that needs a following word.
_DANGLING_END = frozenset("的之和与及或把被从")
_SKIPPED = (LineKind.BLANK, LineKind.SEPARATOR, LineKind.NOISE)


def parse_page(text: str, source: str = "") -> Page:
    try:
        return build_page(text, source)
    except Exception:  # the user's file is never a reason to crash; build_page is tested directly
        return Page(source=source, articles=[], warnings=[UNREADABLE_PAGE])


def build_page(text: str, source: str = "") -> Page:
    documents = split_documents(clean_text(text if isinstance(text, str) else ""))
    articles = [a for meta, body in documents for a in _articles(meta, body, source)]
    unique = _without_repeats(articles)
    if len(unique) < len(articles):  # said on the article, where the library list and the reader show notes
        unique[0].warnings.append(REPEATED_ARTICLES.format(len(articles) - len(unique)))
    return Page(source=source, articles=unique, warnings=[] if unique else [EMPTY_PAGE])


def _articles(meta: dict, body: str, source: str) -> list[Article]:
    body = strip_notice_tail(body)
    lines = [classify_line(piece) for raw in logical_lines(body) for piece in split_compound(raw)]
    lines = [ln for ln in lines if ln.kind not in _SKIPPED and _worth_keeping(ln)]
    _promote_unmarked_headings(lines)
    column = _take_column(lines)
    kicker = take_title_marks(lines, meta.get("title", ""))
    fold_dash_headings(lines)
    drafts = [piece for draft in _segment(lines, column) for piece in (draft, detach_unsigned_piece(draft)) if piece]
    if kicker and drafts:  # the kicker and subtitle belong to the first article only, not the whole page
        drafts[0].column = " ".join(part for part in (drafts[0].column, kicker) if part)
    articles = [_without_repeated_sections(_finish(d, i, meta, source)) for i, d in enumerate(drafts)]
    return [a for a in articles if a.paragraph_count() or a.core_points]


def _without_repeated_sections(article: Article) -> Article:
    """A text pasted or saved many times over comes as one article whose sections repeat: kept once."""
    seen, kept = set(), []
    for section in article.sections:
        heading = None if section.heading == article.title else section.heading  # the title said again
        key = (heading, tuple(section.paragraphs))
        if key not in seen:
            seen.add(key)
            kept.append(section)
    if len(kept) < len(article.sections):
        article.warnings.append(REPEATED_SECTIONS.format(len(article.sections) - len(kept)))
        article.sections = kept
    return article


def _without_repeats(articles: list[Article]) -> list[Article]:
    """The same article twice in one file (files joined, a page saved twice): kept once."""
    seen, kept = set(), []
    for art in articles:
        key = (art.title, art.full_text())
        if key not in seen:
            seen.add(key)
            kept.append(art)
    return kept


def _worth_keeping(line: Line) -> bool:
    """Lines with letters or digits but no Chinese are debris on a Chinese page (licence tags,
    'false', time stamps, URLs); a lone punctuation mark is not: it is part of a broken sentence."""
    return line.kind != LineKind.BODY or has_cjk(line.text) or not _LATIN.search(line.text)


def _next_content(lines: list[Line], i: int) -> Line | None:
    return lines[i + 1] if i + 1 < len(lines) else None


def _looks_like_heading(text: str) -> bool:
    if len(text) > UNMARKED_HEADING_MAX or len(text) < 2 or _SENTENCE_PUNCT.search(text):
        return False
    if text[-1] in TERMINAL or text[-1] in "，、," or text[-1] in _DANGLING_END or ends_in_dash(text):
        return False
    return not (text[0] in "（(" and text[-1] in "）)")


def _is_title_line(lines: list[Line], i: int) -> bool:
    """A heading-like line right above a byline: the next article's title."""
    nxt = _next_content(lines, i)
    return nxt is not None and nxt.kind == LineKind.BYLINE and _looks_like_heading(lines[i].text)


def _is_unmarked_heading(lines: list[Line], i: int, prev: Line | None) -> bool:
    line, nxt = lines[i], _next_content(lines, i)
    if line.kind != LineKind.BODY or nxt is None or not _looks_like_heading(line.text):
        return False
    if nxt.kind == LineKind.BYLINE:
        return True  # a title sits above its byline
    continues_prev = prev is not None and prev.kind == LineKind.BODY and not is_terminated(prev.text)
    return (not continues_prev and nxt.kind == LineKind.BODY and nxt.text[0] not in NON_INITIAL
            and not _is_title_line(lines, i + 1))


def _promote_unmarked_headings(lines: list[Line]) -> None:
    """Short unmarked lines followed by body text (or a byline) are headings; not a line that
    continues a cut paragraph, nor one followed straight by the next article's title."""
    prev: Line | None = None
    in_core = False  # short lines after 核心提示 are core points, not headings
    for i, line in enumerate(lines):
        if line.kind == LineKind.CORE_MARK:
            in_core = True
        elif line.kind != LineKind.BULLET and (line.kind != LineKind.BODY or is_terminated(line.text)):
            in_core = False
        if not in_core and _is_unmarked_heading(lines, i, prev):
            line.kind, line.level = LineKind.HEADING, 0
        prev = line


def _take_column(lines: list[Line]) -> str:
    """A short line at the very top, before the first title, names the page's column (理政践悟)."""
    if len(lines) < 3:
        return ""
    first, second = lines[0], lines[1]
    if (first.kind in (LineKind.BODY, LineKind.HEADING) and len(first.text) <= COLUMN_MAX
            and not re.search(r"[，。、：；！？,.:;!?]", first.text)
            and second.kind == LineKind.HEADING and lines[2].kind == LineKind.BYLINE):
        del lines[0]
        return first.text
    return ""


def _starts_article(lines: list[Line], i: int) -> bool:
    nxt = _next_content(lines, i)
    return lines[i].kind == LineKind.HEADING and nxt is not None and nxt.kind == LineKind.BYLINE


def _segment(lines: list[Line], column: str) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    cur: ArticleDraft | None = None
    in_core = after_bio = False
    for i, line in enumerate(lines):
        if _starts_article(lines, i) or (cur is None and line.kind == LineKind.HEADING):
            cur = ArticleDraft(title=line.text, column=column)
            drafts.append(cur)
            in_core = after_bio = False
            continue
        if cur is None:
            cur = ArticleDraft(column=column)
            drafts.append(cur)
        in_core, after_bio = _feed(cur, line, in_core, after_bio)
    return drafts


def _feed(cur: ArticleDraft, line: Line, in_core: bool, after_bio: bool) -> tuple[bool, bool]:
    """Put one line into the article; return the new (in core points, after bio) state."""
    kind = line.kind
    if kind == LineKind.BYLINE:
        if not cur.authors:
            cur.authors = split_names(line.text)
        if line.bio and not cur.author_bio:
            cur.author_bio = line.bio
        return in_core, after_bio
    if kind == LineKind.CORE_MARK:
        return True, after_bio
    if in_core and (kind == LineKind.BULLET or kind == LineKind.BODY and not is_terminated(line.text)):
        # core points are bullets, or in plain text short lines without a full stop
        cur.core_points.append(line.text)
        return True, after_bio
    if kind == LineKind.BIO:
        if not cur.author_bio:
            cur.author_bio = line.text
        return False, True
    target = cur.orphan if after_bio else cur.body
    target.append(Block(line.text, is_heading=kind == LineKind.HEADING))
    return False, after_bio


def _finish(draft: ArticleDraft, index: int, meta: dict, source: str) -> Article:
    if index == 0 and meta:
        if not draft.title and meta.get("title"):
            draft.title = meta["title"]
        if not draft.authors and meta.get("author"):
            draft.authors = split_names(meta["author"])
    repair_article(draft)
    draft.title = clean_title(draft.title)
    if not draft.title:
        # an untitled first article takes a Chinese file name; otherwise a title is made from its text
        draft.title = (index == 0 and title_from_file_name(source)) or derive_title(draft, source)
        draft.warnings.append(UNTITLED_NOTE)
    return draft.to_article()

"""The lines around a marked title: a kicker above it (引题), a ——subtitle under it (副题), and
dash-ended lead lines in the body. None of them is a section heading.

    >>> from content.line_classes import classify_line
    >>> lines = [classify_line(t) for t in ("### 引题一句", "# 主标题", "## ——写在某会议召开之际", "正文。")]
    >>> take_title_marks(lines, "")
    '引题一句 ——写在某会议召开之际'
    >>> [ln.text for ln in lines]
    ['主标题', '正文。']
"""
from __future__ import annotations

import re

from content.cjk_text import has_cjk, is_terminated, starts_enumeration
from content.line_classes import Line, LineKind, is_editor_sign
from content.model import SUBTITLE_DASH
from content.titles import clean_title

# Newspaper markdown puts at most a line or two of kicker above the title.
KICKER_MAX_LINES = 2
SUBTITLE_MAX = 60
_SERIES_LINE = re.compile(r"^(?:系列|专栏|栏目)\s*[：:]\s*(\S.{0,40})$")
DASHES = "—―─-–"
LEAD_DASH = "——"
# A column's name (理论, 大家谈, 评论员观察) is a short label; a 引题 above a news title is a sentence
# (一粒药从实验室到临床应用有多远): shown above the title, but no column to list or filter by.
COLUMN_NAME_MAX = 12
SERIES_NAME_MAX = 24          # 大家谈·向着教育强国奋进⑤: a column and its series theme
COLUMN_WORDS = ("专论", "专栏", "周刊", "笔谈", "论坛", "观察", "时评", "系列")  # 中国经济专论: a column however long
_JOINED = re.compile(r"(?<!\s) (?!\s)")    # the one space the parser joins a column and a kicker with
_SENTENCE_MARKS = re.compile(r"[，。？！；：,.?!;:\s]")
# A 提要 (standfirst) is one or two clauses; a longer unpunctuated line is a paragraph cut short.
STANDFIRST_MAX = 100


def _norm(text: str) -> str:
    return "".join(clean_title(text).split())


def _title_index(lines: list[Line], meta_title: str) -> int | None:
    """Which of the leading heading lines is the title: the front matter's title when one of them
    is it; otherwise the `#` line, when only lower-level headings (kickers) stand above it."""
    lead = 0
    while lead < len(lines) and lines[lead].kind == LineKind.HEADING and lines[lead].level >= 1:
        lead += 1
    if meta_title:
        wanted = _norm(meta_title)
        found = next((i for i in range(lead) if _norm(lines[i].text) == wanted), None)
        if found is not None:
            return found if found <= KICKER_MAX_LINES else None
    first = next((i for i in range(min(lead, KICKER_MAX_LINES + 1)) if lines[i].level == 1), None)
    return first


def is_subtitle(line: Line) -> bool:
    text = line.text
    return (line.kind in (LineKind.HEADING, LineKind.BODY) and text.startswith(LEAD_DASH)
            and len(text) <= SUBTITLE_MAX and not is_terminated(text) and len(text.strip(DASHES)) >= 2)


def take_title_marks(lines: list[Line], meta_title: str) -> str:
    """Remove the kicker lines above a marked title and a ——subtitle right under it; return their text
    (the subtitle with two leading dashes, so the reader can show it under the title), to be kept as the
    article's column. Lines are changed in place."""
    t = _title_index(lines, meta_title)
    if t is None:
        return ""
    kept = [ln.text for ln in lines[:t]]
    kickers = len(kept)
    del lines[:t]
    if len(lines) > 1 and is_subtitle(lines[1]):
        kept.append(LEAD_DASH + lines[1].text.lstrip(DASHES).strip())
        del lines[1]
    series = _SERIES_LINE.match(lines[1].text) if len(lines) > 1 and lines[1].kind != LineKind.BYLINE else None
    if series:  # 系列：大家谈·…⑤ under the title names the column the piece runs in: a kicker, before any subtitle
        kept.insert(kickers, series.group(1))
        del lines[1]
    return " ".join(kept)


def ends_in_dash(text: str) -> bool:
    """A line ending in —— leads into what follows (以优良作风作引领——): it is no heading of its own."""
    return text.rstrip().endswith(LEAD_DASH)


def fold_dash_headings(lines: list[Line]) -> None:
    """A marked heading ending in —— (**思想领航——**) opens the heading under it, with which it is one
    heading (思想领航——永葆…); with body text under it, it is a heading without the dashes."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind == LineKind.HEADING and line.level >= 2 and ends_in_dash(line.text) \
                and len(line.text.rstrip(DASHES)) >= 2:
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and nxt.kind == LineKind.HEADING and nxt.level != 1 and not nxt.text.startswith(LEAD_DASH):
                nxt.text = line.text.rstrip() + nxt.text
                del lines[i]
                continue
            line.text = line.text.rstrip().rstrip(DASHES).rstrip()
        i += 1


def fold_question_headings(lines: list[Line]) -> None:
    """A bold question (**如何…？**) right above a marked heading is that heading's first half: a
    question-and-answer head (**如何…？** / **用…导航**) is one heading, not a question left as text
    at the end of the section before it."""
    i = 0
    while i + 1 < len(lines):
        line, nxt = lines[i], lines[i + 1]
        if line.bold and line.kind == LineKind.BODY and nxt.kind == LineKind.HEADING and nxt.level >= 2:
            nxt.text = line.text + nxt.text
            del lines[i]
            continue
        i += 1


def _is_whole(line: Line) -> bool:
    text = line.text
    return (line.kind == LineKind.BODY and line.alone and len(text) <= STANDFIRST_MAX and has_cjk(text)
            and not is_terminated(text) and text[-1] not in "，、," and not ends_in_dash(text))


def mark_whole_lines(lines: list[Line]) -> None:
    """In a source that gives one paragraph per line between blank lines (a newspaper site's markdown),
    a short line ending without punctuation is complete as it stands (a 提要, a caption-like lead):
    it is not cut, and nothing joins it to the next paragraph. Extracted pages are not called here."""
    for line in lines:
        line.whole = _is_whole(line)


def take_standfirst(lines: list[Line]) -> None:
    """The whole lines right under a marked title (and its byline), above the first paragraph, are the
    article's 提要: they become core points, whether short enough to pass for headings or not."""
    if not lines or lines[0].kind != LineKind.HEADING or lines[0].level != 1:
        return
    i = 1
    while i < len(lines) and lines[i].kind == LineKind.BYLINE:
        i += 1
    run = []
    while i < len(lines) and lines[i].whole and lines[i].kind in (LineKind.BODY, LineKind.HEADING) \
            and lines[i].level == 0 and not starts_enumeration(lines[i].text):
        run.append(lines[i])
        i += 1
    if i < len(lines) and lines[i].kind == LineKind.BODY:  # a 提要 stands above the text
        for line in run:
            line.kind = LineKind.STANDFIRST


STANDFIRST_LINE = 20  # characters: an open line this long under a name or an editor's note is a 提要, no heading


def take_standfirst_after_note(lines: list[Line]) -> None:
    """A series' commentary prints the editor's note (……本版推出系列评论…… / ——编  者) between its byline and its
    提要 lines: the long open lines right under the signature, above the first paragraph, are the 提要 (core
    points), not a heading and text. Called before the signature, a line of noise, is dropped."""
    for i, sign in enumerate(lines):
        if sign.kind != LineKind.NOISE or not is_editor_sign(sign.text):
            continue
        _standfirst_run(lines, i + 1, clauses=True)  # (one line of no clauses may be the first heading)


def take_standfirst_after_byline(lines: list[Line]) -> None:
    """A commentary's 提要 block under its writer's name (常  晋 / 向制度要力量，…拍得狠 / 只有在…生存空间 / text): two or
    more long open lines of clauses, above the first paragraph, are core points, not headings. One such line alone may
    be a heading (a theory piece may open on its first part), so it is left to the pull-quote check."""
    signed = (LineKind.BYLINE, LineKind.SECTION_AUTHOR)
    byline = next((i for i, line in enumerate(lines[:4]) if line.kind in signed), None)
    if byline is None:
        return
    start = byline + 1 + (byline + 1 < len(lines) and is_subtitle(lines[byline + 1]))
    _standfirst_run(lines, start, least=2, clauses=True)


def _standfirst_run(lines: list[Line], j: int, least: int = 1, clauses: bool = False) -> None:
    """Marks the long open lines from j on as 提要 lines when a paragraph follows them; `least`: how many make a 提要,
    `clauses`: each must hold two clauses."""
    run = []
    while j < len(lines) and (lines[j].kind == LineKind.BLANK or _standfirst_line(lines[j])):
        if lines[j].kind != LineKind.BLANK:
            run.append(lines[j])
        j += 1
    if clauses and not all("，" in line.text for line in run):
        return
    if len(run) >= least and j < len(lines) and lines[j].kind == LineKind.BODY and is_terminated(lines[j].text):
        for line in run:
            line.kind = LineKind.STANDFIRST


def _standfirst_line(line: Line) -> bool:
    text = line.text
    return (line.kind == LineKind.BODY and line.alone and len(text) >= STANDFIRST_LINE and not is_terminated(text)
            and text[-1] not in "，、,：:" and not ends_in_dash(text) and not starts_enumeration(text))


ECHO_MIN = 8  # characters of a lead line that must recur in the text to be its pulled quote


def take_echoed_lead(lines: list[Line]) -> None:
    """A line right under the title that the text repeats word for word later (a newspaper's 提要,
    pulled from the article: 推进改革，也要讲究因地制宜的方法论…) is a core point, not a section heading."""
    if len(lines) < 3 or lines[0].kind != LineKind.HEADING or lines[1].kind not in (LineKind.HEADING, LineKind.BODY):
        return
    lead = lines[1].text
    if len(lead) >= ECHO_MIN and not is_terminated(lead) and any(ln.kind == LineKind.BODY and lead in ln.text for ln in lines[2:]):
        lines[1].kind, lines[1].level = LineKind.STANDFIRST, 0


def is_column_name(text: str) -> bool:
    """A short label with no sentence punctuation or spaces (a series name may run longer with ·).

    >>> is_column_name("大家谈·向着教育强国奋进⑤"), is_column_name("一粒药从实验室到临床应用有多远")
    (True, False)
    """
    limit = SERIES_NAME_MAX if "·" in text or text.endswith(COLUMN_WORDS) else COLUMN_NAME_MAX
    return bool(text) and len(text) <= limit and not _SENTENCE_MARKS.search(text)


def column_name(column: str) -> str:
    """The column an article runs in, for the library's 栏目: the line above the title (or its first
    part, when the parser joined a column and a kicker) when it is a name, '' when it is a kicker
    sentence (a two-part slogan, with two spaces inside, is one).

    >>> column_name("理论 ——写在某某会议召开之际"), column_name("一粒药从实验室到临床应用有多远")
    ('理论', '')
    >>> column_name("河南“大河之南号”主题列车——"), column_name("法治聚焦 电影近来爆火，法官提醒——")
    ('', '法治聚焦')
    """
    parts = _JOINED.split(split_column(column)[0])
    return parts[0] if parts and is_column_name(parts[0]) and not ends_in_dash(parts[0]) else ""


def split_column(column: str) -> tuple[str, str]:
    """The column's kicker (shown above the title) and its ——subtitle (shown under it).

    >>> split_column("理论周刊 ——写在某某会议召开之际")
    ('理论周刊', '——写在某某会议召开之际')
    >>> split_column("大家谈"), split_column("河南“大河之南号”主题列车——")
    (('大家谈', ''), ('河南“大河之南号”主题列车——', ''))
    """
    m = SUBTITLE_DASH.search(column)  # (a kicker's closing ——, leading into the title, opens no subtitle)
    return (column, "") if m is None else (column[:m.start()].strip(), column[m.start():].strip())

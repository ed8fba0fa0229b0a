"""From raw page text to logical lines: front matter split off, run-on text broken into paragraphs.

    >>> meta, rest = split_front_matter('---\\ntitle: "题目"\\nauthor: "张  辉"\\n---\\n正文。')
    >>> meta["title"], rest
    ('题目', '正文。')
    >>> logical_lines("甲。\\u3000\\u3000乙。")
    ['甲。', '乙。']
"""
from __future__ import annotations

import re

from content.cjk_text import is_terminated, split_sentences, starts_enumeration
from content.line_classes import LineKind, classify_line
from content.line_wrap import looks_hard_wrapped, rewrap_lines

# a heading's number alone on its line (一、, （二）, 3.) and how long the heading it numbers may be
LONE_MARKER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])$")
MARKED_HEADING_MAX = 40

# Lines longer than this are text whose paragraph breaks were lost (a single
# field out of a CSV); shorter long lines are real paragraphs (reports have
# paragraphs of well over a thousand characters).
RUN_ON_LENGTH = 1500
# Target paragraph size when re-breaking run-on text at sentence ends.
PARAGRAPH_TARGET = 300
FRONT_MATTER_FIELDS = ("title", "author", "date", "section_name")   # section_name: the page (理论, 评论)

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*)$")
_IDEOGRAPHIC_BREAK = re.compile(r"\u3000{2,}")
_PHOTO_CREDIT = re.compile(
    r"\s*(?:新华社|人民日报|本报|中新社|人民网)?(?:记者|通讯员|特约记者)?\s*"
    r"[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5})?\s*/\s*摄(?:影)?")
# A photo caption opens with a date ("2020年7月31日上午，…") right after a sentence end.
_CAPTION_START = re.compile(r"(?:^|(?<=[。！？”]))\s*\d{4}年\d{1,2}月\d{1,2}日")
CAPTION_REACH = 400


# A block of front matter after the top: a file of several articles, each with its own fields. Every
# line between the rules must be a field, so a rule drawn in the text is never taken for one.
_LATER_FRONT_MATTER = re.compile(r"\n[ \t]*---[ \t]*\n((?:[ \t]*[A-Za-z_]+[ \t]*:[^\n]*\n)+)[ \t]*---[ \t]*(?=\n|\Z)")


def split_documents(text: str) -> list[tuple[dict[str, str], str]]:
    """Each document of a file with its front matter: one for a plain file, several when files were
    joined together (each one's title/author/date fields then belong to its own text).

        >>> [(m.get("title"), body.strip()) for m, body in split_documents(
        ...     '---\\ntitle: "甲"\\n---\\n正文一。\\n---\\ntitle: "乙"\\nsection: "第09版"\\n---\\n正文二。')]
        [('甲', '正文一。'), ('乙', '正文二。')]
    """
    meta, rest = split_front_matter(text)
    parts, start = [], 0
    for m in _LATER_FRONT_MATTER.finditer(rest):  # each later block read once, from its own match
        parts.append((meta, rest[start:m.start()]))
        meta, start = _fields(m.group(1)), m.end()
    parts.append((meta, rest[start:]))
    return parts


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-like front matter at the very top: the title/author/date fields, and the rest of the text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    return _fields(m.group(1)), text[m.end():]


def _fields(block: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        f = _FIELD.match(line.strip())
        if f and f.group(1).lower() in FRONT_MATTER_FIELDS:
            meta[f.group(1).lower()] = f.group(2).strip().strip("\"'").strip()
    return meta


def drop_photo_captions(line: str) -> str:
    """Remove "…日，…。 新华社记者 X/摄" captions spliced into running text."""
    if "摄" not in line or "/" not in line:
        return line
    out, pos = [], 0
    for credit in _PHOTO_CREDIT.finditer(line):
        window_start = max(pos, credit.start() - CAPTION_REACH)
        starts = [s.start() for s in _CAPTION_START.finditer(line, window_start, credit.start())]
        cut = starts[-1] if starts else credit.start()
        out.append(line[pos:cut])
        pos = credit.end()
    out.append(line[pos:])
    return "".join(out)


def break_run_on(line: str) -> list[str]:
    """Re-break a paragraph-less run of text at sentence ends: before an enumeration marker, or every few sentences."""
    paragraphs: list[str] = []
    current = ""
    for sentence in split_sentences(line):
        fresh = starts_enumeration(sentence)
        if current and (fresh or len(current) >= PARAGRAPH_TARGET):
            paragraphs.append(current)
            current = ""
        current += sentence
    if current:
        paragraphs.append(current)
    return paragraphs


def _expand(line: str) -> list[str]:
    pieces = _IDEOGRAPHIC_BREAK.split(line) if "\u3000\u3000" in line else [line]
    out: list[str] = []
    for piece in pieces:
        if "※" in piece:
            out.extend(p for p in piece.split("※"))
        else:
            out.append(piece)
    return out


def _standalone(line: str) -> bool:
    return classify_line(line).kind not in (LineKind.BODY, LineKind.BLANK, LineKind.BULLET)


def _opener(line: str) -> bool:
    return classify_line(line).kind == LineKind.BULLET


def logical_lines(text: str) -> list[str]:
    raw_lines = text.split("\n")
    if looks_hard_wrapped(raw_lines):
        raw_lines = rewrap_lines(raw_lines, _standalone, _opener)
    lines: list[str] = []
    for raw in raw_lines:
        for piece in _expand(raw):
            piece = drop_photo_captions(piece)
            if len(piece) > RUN_ON_LENGTH:
                lines.extend(break_run_on(piece))
            else:
                lines.append(piece)
    return _markers_joined(lines)


def _markers_joined(lines: list[str]) -> list[str]:
    """A heading's number left alone on its line (一、 / 坚持党的全面领导) is put back before its heading's words.

    >>> _markers_joined(["一、", "", "坚持党的全面领导", "", "正文。"])
    ['一、坚持党的全面领导', '', '正文。']
    >>> _markers_joined(["一、", "", "各地认真贯彻党中央决策部署，推动各项工作取得新进展。"])
    ['一、', '', '各地认真贯彻党中央决策部署，推动各项工作取得新进展。']
    """
    if not any(LONE_MARKER.match(line.strip()) for line in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if LONE_MARKER.match(line.strip()):  # (the next line with text is looked for only after a number)
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            words = lines[nxt].strip() if nxt is not None else ""
            if words and len(words) <= MARKED_HEADING_MAX and not is_terminated(words):
                out.append(line.strip() + words)
                i = nxt + 1
                continue
        out.append(line)
        i += 1
    return out

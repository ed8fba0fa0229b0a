"""What one line of a page is: a heading, a byline, an author bio, a bullet, body text, noise…

    >>> classify_line("□郭俊兰 杨亮").kind
    <LineKind.BYLINE: 'byline'>
    >>> classify_line("## 标题").text
    '标题'

Classification looks at one line only; decisions that need neighbours (an unmarked
short line that is a section heading, a heading that starts a new article) are
made by the page parser.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class LineKind(str, Enum):
    BLANK = "blank"
    HEADING = "heading"        # marked: "# …", "**…**", a Word heading style
    BYLINE = "byline"          # □李中楷 / 作者：X / 本报记者 X
    BIO = "bio"                # （作者系…）
    CORE_MARK = "core_mark"    # 核心提示
    BULLET = "bullet"          # - item
    SEPARATOR = "separator"    # ---- / ====
    NOISE = "noise"            # editor credits, newspaper source lines, datelines
    SOURCE_NOTE = "source_note"  # （摘编自《…》，原题为《…》） / （来源：…）: kept with the bio
    STANDFIRST = "standfirst"  # a 提要 line under the title of a newspaper article (set by the parser)
    SECTION_AUTHOR = "section_author"  # the writer's name under one piece of a multi-author page (parser)
    BODY = "body"


@dataclass
class Line:
    kind: LineKind
    text: str
    level: int = 0             # heading level (1 = "#"); 0 when not a heading
    bio: str = ""              # a bio given on the byline line itself
    alone: bool = False        # stood between blank lines in the source (set by the parser)
    whole: bool = False        # a paragraph known to be complete though unpunctuated (parser)
    bold: bool = False         # a bold line kept as text (a bold question: maybe the first half of a heading)


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)(.*)$")
_BOLD_MARKS = re.compile(r"\*\*|__")
_BULLET = re.compile(r"^(?:[-*+]\s+|[•●◆■▪]\s*)(.+)$")
_SEPARATOR = re.compile(r"^[=\-_*~—–·.。…\s]{3,}$")
_CORE_WORDS = ("核心提示", "内容提要", "内容摘要", "摘要", "提要", "导读", "要点提示")
# 数据来源：… / 图片来源：… under a chart or photo credit the picture, not the text
_CREDIT_WORDS = ("数据来源", "图片来源", "图表来源", "资料来源", "责任编辑", "责编",
                 "文字编辑", "新媒体编辑", "图片编辑", "编辑", "校对", "审核", "审校", "终审", "制图",
                 "摄影", "美编", "监制", "统筹", "策划", "来源", "出品", "版式设计", "视觉设计", "设计", "排版",
                 "发布时间", "发布日期", "时间", "日期", "浏览次数", "阅读量", "字号", "分享到")
_BYLINE_LABELS = ("作者", "文", "撰文", "作者署名")
_REPORTER_LABELS = ("本报记者", "本报通讯员", "新华社记者", "记者")
_CORE_MARK = re.compile(r"^[【\[]?(?:" + "|".join(_CORE_WORDS) + r")[】\]]?[：:]?$")
_BYLINE_BOX = re.compile(r"^[□■◇◆]\s*(.{1,40})$")
_BYLINE_LABEL = re.compile(r"^(?:" + "|".join(_BYLINE_LABELS) + r")\s*[：:|｜]\s*(.{1,60})$")
_BYLINE_REPORTER = re.compile(r"^(?:" + "|".join(_REPORTER_LABELS) + r")\s+(.{1,40})$")
_BIO = re.compile(r"^[（(]\s*(?:作者|本文作者)\s*(?:分别)?\s*(?:系|为|是|单位|简介|均系|均为)[\s\S]{1,200}[）)]$")
_CREDIT = re.compile(r"^(?:" + "|".join(_CREDIT_WORDS) + r")\s*[：:|｜]\s*.{1,60}$")
# the writer's name may be a foreign one written with a middle dot (爱德华多·雷加拉多《人民日报》（2025年…）)
_SOURCE_NOTE = re.compile(r"^[\u4e00-\u9fff\s·•・]{0,14}《[^》]{2,15}》\s*[（(]\s*\d{4}\s*年.{0,30}[）)]\s*$")
# A note on where the text comes from: （摘编自《广西日报》，原题为《…》）, （来源：…）, or any short
# line naming the original title (原题为《…》). It is no part of the text.
_SOURCE_NOTE_LINE = re.compile(r"^[（(]\s*(?:摘编自|节选自|选编自|摘自|转载自|选自|原载|来源\s*[：:])[^（）()]{1,80}[）)]$")
# the same at the end of an excerpt, after a dash: ——摘自2026年7月30日《中国纪检监察报》，作者：…，原题为《…》
_DASHED_SOURCE_NOTE = re.compile(r"^[—－\-]{1,3}\s*(?:摘编自|节选自|选编自|摘自|转载自|选自|原载于?)\s*\S.{0,160}$")
_ORIGINAL_TITLE = re.compile(r"^[（(]?(?:本文|此文)?原题(?:为|是)?\s*[：:]?\s*《[^》]{1,60}》")
SOURCE_NOTE_MAX = 100
# "——编者" signs an editor's note: the note is text, the signature is not.
_EDITOR_SIGN = re.compile(r"^[—－\-]{1,3}\s*编\s*者$")
# （图表来源：…）: a caption's credit in brackets, dropped like the bare form.
_CAPTION_CREDIT = re.compile(r"^[（(]\s*(?:数据|图片|图表|资料)来源[^（）()]{1,60}[）)]$")
# A photo's credit under its caption: 叶龙斌摄（影像中国）, 王  玮摄（人民视觉）, 本报记者  张三摄, 受访者供图, 百度公司供图,
# 新华社发; the caption above it is text and stays.
_PHOTO_CREDIT = re.compile(r"^[\u4e00-\u9fffA-Za-z·/\s]{1,16}(?:摄|供图|供稿|提供|发)(?:[（(][\u4e00-\u9fff]{2,8}[）)])?$")
PHOTO_CREDIT_MAX = 30
_SIGNED_TEXT = re.compile(r"^([\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff])文$")  # a padded name and 文: who wrote it
_PHOTO_CREDIT_BY = re.compile(r"(?<![拍航抓跟实偷统])摄|供图|(?:新华社|中新社|人民视觉|视觉中国|影像中国)\S{0,4}发")
# Who put the page together: （本版由环球时报组稿、人民日报社理论部编辑）, （本版编辑：张三）
_PAGE_CREDIT = re.compile(r"^[（(]?\s*本版[^（）()]{0,60}(?:组稿|编辑|策划|统筹|制作|责编)[^（）()]{0,30}[）)]?$")
# Who reported a news piece, printed in brackets at its end or start: （综合本报记者甲和新华社记者乙报道）,
# （本报记者甲、乙）. It belongs with the byline, kept like a source note.
_NEWSROOMS = ("本报", "新华社", "人民网", "中新社", "央视", "光明日报", "经济日报")
_REPORTER = r"(?:" + "|".join(_NEWSROOMS) + r")(?:特约)?(?:记者|通讯员)"
_REPORT_CREDIT = re.compile(r"^[（(]\s*(?:综合[^（）()。！？；]{1,80}报道|" + _REPORTER + r"[^（）()。！？；]{1,80})\s*[）)]$")
_REPORTER_SPLIT = re.compile(r"(?:和|及|与|、|，|,|\s)*" + _REPORTER + r"\s*")
# 本报记者甲乙丙 with the name glued to the label, alone on its line: a reporter's byline.
# a desk that signs a piece instead of a writer (人民观点: 本报评论部; 本报评论员文章): the byline, alone on its line
_BYLINE_DESK = re.compile(r"^((?:本报|人民日报|新华社|光明日报|经济日报|求是)(?:特约)?(?:评论部|评论员|编辑部))$")
_BYLINE_REPORTER_GLUED = re.compile(r"^(?:本报|新华社|人民网|中新社)(?:特约)?(?:记者|通讯员)([\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*)$")
_DATELINE = re.compile(r"^[（(](?:新华社|本报|人民网|中新社)[^）)]{0,20}电[）)]$")
# A line opening with a Chinese character other than these can only be body text
# (markup, bylines, bios and separators open with other characters): a fast path.
_SPECIAL_FIRST = frozenset(w[0] for w in _CORE_WORDS + _CREDIT_WORDS + _BYLINE_LABELS + _REPORTER_LABELS)
_NAME_SPLIT = re.compile(r"[\s\u3000、，,]+")


def is_photo_credit(text: str) -> bool:
    """A photographer's or a source's credit on its own line (景宗鹏摄（人民视觉）, 受访者供图); not a sentence that
    ends on 发 or 提供 (加快发展, 由政府提供).

    >>> [is_photo_credit(t) for t in ("叶龙斌摄（影像中国）", "申  晓摄（人民视觉）", "受访者供图", "新华社发", "CFP供图")]
    [True, True, True, True, True]
    >>> [is_photo_credit(t) for t in ("（新华社记者  万  象摄）", "张三/摄")]
    [True, True]
    >>> [is_photo_credit(t) for t in ("推动高质量发展", "服务由政府提供", "摄", "新质生产力加快发", "用镜头记录拍摄")]
    [False, False, False, False, False]
    """
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()  # （新华社记者  万  象摄）
    return len(text) > 2 and bool(_PHOTO_CREDIT.match(text)) and bool(_PHOTO_CREDIT_BY.search(text))


def is_editor_sign(text: str) -> bool:
    """——编  者 closing an editor's note (the note is text, the signature is not)."""
    return bool(_EDITOR_SIGN.match(text.strip()))


def strip_markup(text: str) -> str:
    """Plain text of a Markdown line: images dropped, links kept as their text, bold marks gone."""
    if "](" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _BOLD_MARKS.sub("", text)
    return text.strip()


def split_names(raw: str) -> list[str]:
    """Names on a byline; single characters are a padded two-character name ("张  辉"), a single character
    after a longer part ends it ("欧阳  明") unless it opens a padded name of its own ("吴雨娜  王  玮").

    >>> split_names("吴雨娜  王  玮"), split_names("张  辉"), split_names("欧阳  明")
    (['吴雨娜', '王玮'], ['张辉'], ['欧阳明'])
    """
    parts = [p for p in _NAME_SPLIT.split(raw.strip()) if p]
    names: list[str] = []
    for k, part in enumerate(parts):
        opens_padded = len(part) == 1 and k + 1 < len(parts) and len(parts[k + 1]) == 1
        if names and (len(names[-1]) == 1 or len(part) == 1 and not opens_padded):
            names[-1] += part
        else:
            names.append(part)
    return names


# the paper and its date after the names on a byline
_PAPER_TAG = re.compile(r"《[^》]{2,15}》\s*[（(]\s*\d{4}\s*[年\-/.][^（）()]{0,30}[）)]\s*$")


def _byline(text: str) -> Line | None:
    for pattern in (_BYLINE_BOX, _BYLINE_LABEL, _BYLINE_REPORTER, _BYLINE_REPORTER_GLUED, _BYLINE_DESK):
        m = pattern.match(text)
        if m:
            raw = _PAPER_TAG.sub("", m.group(1)).strip()  # 何  聪  白光迪《人民日报》（2025年03月26日第 04 版）
            bio = ""
            paren = re.search(r"[（(].*[）)]$", raw)
            if paren:
                bio, raw = paren.group(0), raw[: paren.start()]
            if raw and len(raw) <= 30 and not re.search(r"[。！？；]", raw):
                return Line(LineKind.BYLINE, raw.strip(), bio=bio)
    return None


def _marked(text: str) -> Line | None:
    m = _MD_HEADING.match(text)
    if m:
        body = strip_markup(m.group(2))
        return Line(LineKind.HEADING, body, level=len(m.group(1))) if body else Line(LineKind.BLANK, "")
    m = _BOLD_LINE.match(text)
    if m and "**" not in m.group(1):
        bold, rest = strip_markup(m.group(1)), strip_markup(m.group(2))
        if bold and not rest and bold[-1] not in "。！？；!?;":  # a bold full sentence is emphasis, not a heading
            return Line(LineKind.HEADING, bold, level=3)
        if bold and not rest and bold[-1] in "？?":  # text unless a bold line follows (see fold_question_headings)
            return Line(LineKind.BODY, bold, bold=True)
    m = _BULLET.match(text)
    if m and not _SEPARATOR.match(text):
        return Line(LineKind.BULLET, strip_markup(m.group(1)))
    return None


_GLUED_BOLD = re.compile(r"^((?:\*\*|__)[^*_]{1,40}?(?:\*\*|__))\s*([^*\s].*)$")
_TRAILING_BIO = re.compile(r"^(.*[。！？!?”])\s*([（(]\s*(?:作者|本文作者)\s*(?:分别)?\s*(?:系|为|是)[^（）()]{1,150}[）)])$")
_INLINE_CORE = re.compile(r"^[【\[]?(" + "|".join(_CORE_WORDS) + r")[】\]]?[：:]\s*(\S.*)$")


def split_compound(raw: str) -> list[str]:
    """Split a line holding two things into two lines.

    "**小标题**正文…": the bold part is a heading unless it is a full sentence;
    "…篇章。（作者系…）": the bio printed at the end of the last paragraph;
    "核心提示：…": the core point printed after the mark.
    """
    text = _IMAGE.sub("", raw).strip() if "](" in raw else raw.strip()
    m = _GLUED_BOLD.match(text)
    if m and m.group(1)[-3] not in "。！？；：:.!?":
        return [m.group(1), m.group(2)]
    if text.endswith(("）", ")")) and "作者" in text:
        m = _TRAILING_BIO.match(text)
        if m:
            return [m.group(1), m.group(2)]
    m = _INLINE_CORE.match(text) if "：" in text[:8] or ":" in text[:8] else None
    if m:
        return [m.group(1), "- " + m.group(2)]
    return [raw]


def _plain_body(text: str) -> bool:
    first = text[0]
    return ("\u4e00" <= first <= "\u9fff" and first not in _SPECIAL_FIRST and "《" not in text[:12]
            and "](" not in text and "**" not in text and "__" not in text
            and not (len(text) <= SOURCE_NOTE_MAX and "原题" in text))


def is_source_note(text: str) -> bool:
    """（摘编自…）, （来源：…）, a short line naming the original title (原题为《…》), or a reporters' credit."""
    return (bool(_SOURCE_NOTE_LINE.match(text) or _DASHED_SOURCE_NOTE.match(text))
            or (len(text) <= SOURCE_NOTE_MAX and bool(_ORIGINAL_TITLE.search(text)))
            or is_report_credit(text))


def is_report_credit(text: str) -> bool:
    """（综合本报记者甲和新华社记者乙报道） / （本报记者甲、乙）: who reported the piece."""
    return text[:1] in "（(" and bool(_REPORT_CREDIT.match(text))


def reporter_names(text: str) -> list[str]:
    """The names in a reporters' credit, without the papers and the word 记者.

        >>> reporter_names("（综合本报记者孙甲和新华社记者徐乙、彭丙报道）")
        ['孙甲', '徐乙', '彭丙']
    """
    inner = text.strip().strip("（()）").strip()
    inner = re.sub(r"^综合", "", inner)
    inner = re.sub(r"(?:报道|采写|整理)$", "", inner)
    names = [n for part in _REPORTER_SPLIT.split(inner) for n in split_names(part)]
    return [n for n in names if 2 <= len(n) <= 4 and n not in _NEWSROOMS and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in n)]


def classify_line(raw: str) -> Line:
    text = raw.strip().lstrip("\u3000").strip()
    if text and _plain_body(text):
        if len(text) <= PHOTO_CREDIT_MAX and is_photo_credit(text):
            return Line(LineKind.NOISE, text)
        signed = _SIGNED_TEXT.match(text)
        if signed:  # 与  歌文 closing a piece: text by 与歌
            return Line(LineKind.BYLINE, "".join(signed.group(1).split()))
        return Line(LineKind.BODY, text)
    while text.startswith(">"):
        text = text[1:].strip()
    if "](" in text:
        text = _IMAGE.sub("", text).strip()
    if not text:
        return Line(LineKind.BLANK, "")
    if _SEPARATOR.match(text):
        return Line(LineKind.SEPARATOR, "")
    marked = _marked(text)
    if marked is not None:
        return marked
    text = strip_markup(text)
    if not text:
        return Line(LineKind.BLANK, "")
    if _CORE_MARK.match(text):
        return Line(LineKind.CORE_MARK, text)
    if _BIO.match(text):
        return Line(LineKind.BIO, text)
    if len(text) <= PHOTO_CREDIT_MAX and is_photo_credit(text):
        return Line(LineKind.NOISE, text)
    if is_source_note(text):
        return Line(LineKind.SOURCE_NOTE, text)
    if _SOURCE_NOTE.match(text):
        names = split_names(text[:text.index("《")])  # 周珊珊《人民日报》（2025年01月02日第 04 版）: the writer, then the paper
        if names and all(2 <= len(n) <= 4 or "·" in n and len(n) <= 12 for n in names):
            return Line(LineKind.BYLINE, "  ".join(names))
        return Line(LineKind.NOISE, text)
    if (_CREDIT.match(text) or _CAPTION_CREDIT.match(text) or _DATELINE.match(text)
            or _EDITOR_SIGN.match(text) or _PAGE_CREDIT.match(text)):
        return Line(LineKind.NOISE, text)
    return _byline(text) or Line(LineKind.BODY, text)

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
from content.cjk_text import NON_INITIAL, TERMINAL, has_cjk, is_terminated, starts_enumeration
from content.layout_repair import WholeBlock, detach_unsigned_piece, repair_article
from content.line_classes import (Line, LineKind, classify_line, is_report_credit, is_source_note,
                                  reporter_names, split_compound, split_names)
from content.model import Article, Page
from content.page_lines import logical_lines, split_documents
from content.text_cleanup import clean_text, strip_notice_tail
from content.title_block import (DASHES, LEAD_DASH, STANDFIRST_LINE, ends_in_dash, fold_dash_headings,
                                 fold_question_headings, is_column_name, is_subtitle, mark_whole_lines, split_column,
                                 take_echoed_lead, take_standfirst, take_standfirst_after_byline,
                                 take_standfirst_after_note, take_title_marks)
from content.titles import UNTITLED_NOTE, clean_title, derive_title, title_from_file_name

EMPTY_PAGE = "这一页没有找到可以导入的正文"
UNREADABLE_PAGE = "这一页的结构无法识别，未能导入"
REPEATED_ARTICLES = "文件里有 {} 篇文章与前面的完全相同，只保留一篇"
REPEATED_SECTIONS = "正文里有 {} 节与前面的完全相同，只保留一节"
# An unmarked line this short, with no sentence punctuation, followed by body
# text, is a section heading (Word/HTML bold lost in conversion).
UNMARKED_HEADING_MAX = 40
# …a longer one (着力增强…的思想引领力、精神凝聚力、价值感召力、国际影响力) only between whole paragraphs,
# each on a line of its own: a page wrapped at a fixed width has no short line before a long one.
LONG_HEADING_MAX, WHOLE_PARAGRAPH = 60, 80
LONG_LINE_OPENERS = ("—", "－", "-", "―", "─", "“", "「", "本文系", "本文为", "本报", "记者", "新华社", "作者", "编者", "图为")
LONG_LINE_CLOSERS = ("”", "」", "』", "）", ")")
COLUMN_MAX = 10
_SENTENCE_PUNCT = re.compile(r"[。！？；!?;]")
_LATIN = re.compile(r"[A-Za-z0-9]")
# A heading does not end on a particle or preposition that needs a following word.
_ITEM_OF_A_TEST = re.compile(r"^\s*(?:[A-Ha-h]|\d{1,3})\s*[、.．]|.*[（(][\sA-Ha-h√×]*[）)]$")
_DANGLING_END = frozenset("的之和与及或把被从")
# words that end on one of those characters and end a title well (让老百姓可感可及, 实现碳达峰碳中和, 全球
# 治理何去何从, 幸福都是奋斗出来的); no verb that wants an object (惠及, 涉及: a cut line goes on)
_WHOLE_ENDINGS = frozenset("可及 普及 不及 得及 中和 温和 平和 祥和 共和 缓和 柔和 饱和 人和 谦和 随和 参与 "
                           "目的 服从 遵从 听从 何从 出来的 起来的 下来的".split())
_SKIPPED = (LineKind.BLANK, LineKind.SEPARATOR, LineKind.NOISE)
LIST_ITEM_ENDS = ("；", ";")  # the items of a list of short paragraphs end so, all but the last
AUTHOR_NAME_MIN, AUTHOR_NAME_MAX = 2, 4
# the commonest Chinese surnames: a three-character line opening on one, under a title, is a writer's name
COMMON_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# the next two hundred of the 百家姓 (not those that open the most words: 文, 安, 成, 时, 国, 全 …); a three-character line
# on one of these is a name only above a ——subtitle (盛玉雷; not 房地产 or 冷思考 above 一、…)
MORE_SURNAMES = frozenset("盛常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍"
                          "涂苗谷曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓吉缪褚娄窦戚岑景费卜冷晏席卫米柏宗瞿桂佟臧闵苟"
                          "邬边卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝封谈匡鞠荆冀郁胥班储栗燕楚鄢谌皮粟冼蔺楼闻厉伊"
                          "仝郜阚权帅屠朴练廉禹祖漆卿揭竺")
# the pen names the central papers sign their commentaries with (人民日报: 任仲平, 国纪平, 钟声, 仲音, 和音, 宣言; 新华社: 辛识平)
PEN_NAMES = frozenset("任仲平 国纪平 钟声 钟轩理 仲音 和音 宣言 辛识平".split())
COLUMN_NOTES = ("开栏的话", "编者按", "编者的话")  # an editor's note that may stand under the writer's name
ORG_BYLINE_MAX = 30
_ORG_BYLINE = re.compile(r"^[\u4e00-\u9fff（）·]{4,}(?:课题组|研究会|专委会|委员会|研究院|研究所|研究中心|中心组|编辑部|评论部|党组|学会|协会|联合会)$")
PARTICIPANTS_SCAN, PARTICIPANTS_MAX, PARTICIPANT_LINE = 8, 8, 50
_GUESTS = re.compile(r"^(?:嘉\s*宾|访谈嘉宾|对话嘉宾)\s*[：:]\s*")
_HOST = re.compile(r"^主\s*持\s*人?\s*[：:]\s*")
_LABELLED = re.compile(_GUESTS.pattern + "|" + _HOST.pattern)
_WIDE_GAP = re.compile(r"\s{2,}|\u3000+")
# how a guest's post ends (…大使, …教授, …院长, 本报记者)
POSTS = ("大使", "教授", "讲师", "院长", "所长", "校长", "馆长", "会长", "社长", "部长", "局长", "厅长", "司长", "处长", "主任",
         "研究员", "干事", "总干事", "书记", "主席", "委员", "代表", "专家", "学者", "记者", "编辑", "主编", "经理", "董事长",
         "总裁", "理事长", "秘书长", "负责人", "首席经济学家", "院士", "博士", "作家", "导演", "主持人")
_REPRINT_NOTE = re.compile(r"^[（(]\s*(?:摘编自|摘自|选自|原载|转载自|来源\s*[：:]\s*《)")
_SECTION_LABELS = frozenset("引言 前言 导言 导语 序言 绪论 结语 结束语 小结 余论 后记 附录 总体要求 主要任务 基本原则 保障措施 工作目标".split())
# A newspaper prints the opinion column a piece runs in after its title: 标题（人民时评）. Told by the
# kinds of column name, not by a list of one paper's columns; a part marker or （试行） is no column.
# A series may follow the column after a dot: （前沿观察·关注人才体制机制改革）, （权威发布·开局起步“十五五”）.
_COLUMN_TAG = re.compile(r"^(.{4,}?)\s*[（(]([\u4e00-\u9fff·]{0,24}(?:时评|短评|快评|锐评|热评|评论|观察|论坛|新论|解读|深思|"
                         r"观点|撷萃|纵横|专论|论苑|评介|随笔|笔谈|今日谈|大家谈|纵横谈|专家谈|社论|评论员文章|评论员|之道|系列谈|微观|"
                         r"茶座|札记|漫谈|杂谈|走笔|侧记|发布|和音|钟声|要论|聚焦|点评|访谈|访谈录|对话|视点|透视|"
                         r"深入学习贯彻习近平新时代中国特色社会主义思想)(?:·[^（）()]{1,24})?)[）)]$")


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
    lines = _mark_alone([classify_line(piece) for raw in _title_rejoined(logical_lines(body))
                         for piece in split_compound(raw)])
    take_standfirst_after_note(lines)  # (before the note's signature is dropped)
    lines = [ln for ln in lines if ln.kind not in _SKIPPED and _worth_keeping(ln)]
    _take_participants(lines)
    if meta:  # front matter: a newspaper site's markdown, one whole paragraph per line
        mark_whole_lines(lines)
    _mark_section_authors(lines)
    take_standfirst_after_byline(lines)
    _promote_unmarked_headings(lines)
    column = _take_column(lines)
    kicker = take_title_marks(lines, meta.get("title", ""))
    take_standfirst(lines)
    take_echoed_lead(lines)
    fold_dash_headings(lines)
    fold_question_headings(lines)
    if meta:
        _mark_lead_ins(lines)
    drafts = [piece for draft in _segment(lines, column) for piece in (draft, detach_unsigned_piece(draft)) if piece]
    if kicker and drafts:  # the kicker and subtitle belong to the first article only, not the whole page
        drafts[0].column = " ".join(part for part in (drafts[0].column, kicker) if part)
    articles = [_without_repeated_sections(_finish(d, i, meta, source)) for i, d in enumerate(drafts)]
    return [a for a in articles if a.paragraph_count() or a.core_points]


def _title_rejoined(lines: list[str]) -> list[str]:
    """A title printed on two lines, the first cut after a word that needs the next (推进科技创新和 /
    产业创新深度融合), then a blank line: one title, not the start of the first paragraph.

        >>> _title_rejoined(["推进科技创新和", "产业创新深度融合", "", "正文。"])
        ['推进科技创新和产业创新深度融合', '', '正文。']
        >>> _title_rejoined(["推进科技创新", "产业创新深度融合", "", "正文。"])
        ['推进科技创新', '产业创新深度融合', '', '正文。']
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 2 >= len(lines) or lines[first + 2].strip():
        return lines
    head, rest = lines[first].strip(), lines[first + 1].strip()
    if not (head and rest and _dangling(head)) or not _looks_like_heading(head + rest):
        return lines
    return lines[:first] + [head + rest] + lines[first + 2:]


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


def _mark_lead_ins(lines: list[Line]) -> None:
    """In a source of one paragraph per line, a paragraph ending in —— or ： that introduces a list (一段时间
    以来，有关“突破”的消息接踵而至——, then short paragraphs ending in ；) is whole as it stands: the list's
    first item stays its own paragraph, as the others are. A lead-in to one paragraph (一组数字，说明了
    治理的成效——今年以来…) still runs into it. Marked after the 提要 and headings are taken."""
    for i, line in enumerate(lines):
        following = _next_content(lines, i)
        if line.kind == LineKind.BODY and line.alone and has_cjk(line.text) \
                and (ends_in_dash(line.text) or line.text.rstrip().endswith(("：", ":"))) \
                and following is not None and following.kind == LineKind.BODY \
                and following.text.rstrip().endswith(LIST_ITEM_ENDS):
            line.whole = True


def _take_participants(lines: list[Line]) -> None:
    """An interview's list of guests and host (嘉  宾：联合国教科文组织前总干事  博科娃 / 南京大学…院长  王逸舟 / 主持人：…
    副教授  吴  浩; the host may come first) is its byline: the names sign it, their posts are its note; no headings,
    no 提要. A line counts only with a post before its name (…教授  李四; not 合作共赢  行稳致远)."""
    for i, line in enumerate(lines[:PARTICIPANTS_SCAN]):
        if line.kind not in (LineKind.BODY, LineKind.HEADING) or not _LABELLED.match(line.text):
            continue
        people = []
        for other in lines[i:i + PARTICIPANTS_MAX]:
            person = _participant(other) if other is line or not _LABELLED.match(other.text) or people else None
            if person is None:
                break
            people.append(person)
        if people:
            lines[i:i + len(people)] = [Line(LineKind.BYLINE, "、".join(name for label, post, name in people),
                                             bio="；".join(f"{label}{post} {name}" for label, post, name in people))]
        return


def _participant(line: Line) -> tuple[str, str, str] | None:
    """(label, post, name) of a guest's or the host's line: 北京大学燕京学堂院长  董  强 → ('', '北京大学燕京学堂院长', '董强').

    >>> _participant(Line(LineKind.BODY, "嘉  宾：联合国教科文组织前总干事  博科娃"))
    ('嘉宾：', '联合国教科文组织前总干事', '博科娃')
    >>> _participant(Line(LineKind.BODY, "主持人：某大学副教授\u3000吴\u3000浩")), _participant(Line(LineKind.BODY, "合作共赢  行稳致远"))
    (('主持人：', '某大学副教授', '吴浩'), None)
    """
    text = line.text.strip()
    if line.kind not in (LineKind.BODY, LineKind.HEADING) or len(text) > PARTICIPANT_LINE or is_terminated(text):
        return None
    label = "嘉宾：" if _GUESTS.match(text) else "主持人：" if _HOST.match(text) else ""
    parts = _WIDE_GAP.split(_LABELLED.sub("", text).strip())
    if len(parts) < 2 or not parts[0].endswith(POSTS):
        return None
    tail = parts[1:]
    name = "".join(tail) if all(len(p) == 1 for p in tail) else tail[-1]
    return (label, parts[0], name) if 2 <= len(name) <= 6 and has_cjk(name) else None


def _mark_alone(lines: list[Line]) -> list[Line]:
    """Note the lines that stand between blank lines (or the text's ends)."""
    for i, line in enumerate(lines):
        before = i == 0 or lines[i - 1].kind == LineKind.BLANK
        after = i + 1 == len(lines) or lines[i + 1].kind == LineKind.BLANK
        line.alone = before and after
    return lines


def _is_author_name(text: str) -> bool:
    name = "".join(text.split())
    return name not in _SECTION_LABELS and AUTHOR_NAME_MIN <= len(name) <= AUTHOR_NAME_MAX and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def _is_writers_line(text: str) -> bool:
    """Writers signing together (孔庆江  范晓波  车路遥: most names on a common surname) or a body signing (全国党建研究会
    非公专委会, 中央党校（国家行政学院）课题组), alone under a title.

    >>> [_is_writers_line(t) for t in ("孔庆江  范晓波  车路遥", "全国党建研究会非公专委会", "周  洁  冯  华")]
    [True, True, True]
    >>> [_is_writers_line(t) for t in ("创新  协调  绿色", "推动高质量发展", "严查  严管  严惩", "高产  高效  优质")]
    [False, False, False, False]
    """
    names = split_names(text)
    if len(names) >= 2 and all(2 <= len(n) <= 3 and has_cjk(n) for n in names):
        if any(len(part) == 2 for part in text.split()):
            return False  # a name of two characters is printed padded (王  蒙); 严查  严管  严惩 is a slogan
        return 2 * sum(n[0] in COMMON_SURNAMES for n in names) > len(names)
    return len(text) <= ORG_BYLINE_MAX and bool(_ORG_BYLINE.match(text))


def _mark_section_authors(lines: list[Line]) -> None:
    """A 2–4-character line standing alone right after a heading line, with text under it, is the
    writer of that piece (大家谈: several signed pieces on one page), not a heading of its own."""
    for i in range(1, len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        under_title = i == 1 or i == 2 and is_subtitle(lines[1])  # (a ——subtitle may stand between: ——评…)
        # a text copied with no blank lines (one paragraph a line) has no line alone: right under the title
        # a line that is a name (张文显, 倪虹, 曲永义, 国纪平) over a paragraph is the writer's all the same
        if (line.kind == LineKind.BODY and (line.alone or under_title and _name_over_paragraph(line.text, nxt))
                and (_is_author_name(line.text) or under_title and _is_writers_line(line.text))
                and (_heading_above(lines, i) or under_title and i == 2)
                and nxt.kind == LineKind.BODY
                and (is_terminated(nxt.text) or _opens_a_piece(nxt.text)
                     and _looks_like_a_name(line.text, _subtitle_or_standfirst(nxt.text)))):
            line.kind = LineKind.SECTION_AUTHOR


def _name_over_paragraph(text: str, nxt: Line) -> bool:
    """A writer's name in a text copied with no blank lines: two or three characters on a surname (倪虹, 钟才文,
    曲永义; padded, 邹  翔) or a pen name, over a finished paragraph that is no numbered part (not 房地产 over 一、…).

        >>> body = Line(LineKind.BODY, "新中国成立以来，中国经济发展取得的成就举世瞩目。")
        >>> [_name_over_paragraph(t, body) for t in ("倪虹", "钟才文", "曲永义", "国纪平", "引言", "新时代", "发展")]
        [True, True, True, True, False, False, False]
        >>> _name_over_paragraph("倪虹", Line(LineKind.BODY, "一、深刻认识推动房地产高质量发展的重要意义"))
        False
    """
    name = "".join(text.split())
    if not (is_terminated(nxt.text) and not starts_enumeration(nxt.text)) or name in _SECTION_LABELS:
        return False
    on_surname = name[:1] in COMMON_SURNAMES or name[:1] in MORE_SURNAMES
    return name in PEN_NAMES or on_surname and AUTHOR_NAME_MIN <= len(name) <= 3 and has_cjk(name)


def _subtitle_or_standfirst(text: str) -> bool:
    return text.startswith(LEAD_DASH) or len(text) >= STANDFIRST_LINE and not starts_enumeration(text)


def _looks_like_a_name(text: str, above_subtitle: bool = False) -> bool:
    """A writer's name as newspapers print it: two characters padded apart (邹  翔), or three opening on a common
    surname (张文显; 盛玉雷 only above a ——subtitle or a 提要 line), or a paper's pen name (国纪平); not a heading of a
    part (缘起, 总论, 新时代, 第一部分, 房地产 above 一、…), which a paragraph need not follow.

    >>> [_looks_like_a_name(t) for t in ("邹  翔", "张文显", "国纪平", "缘起", "新时代", "第一部分", "房地产")]
    [True, True, True, False, False, False, False]
    >>> _looks_like_a_name("盛玉雷", above_subtitle=True), _looks_like_a_name("盛玉雷")
    (True, False)
    """
    name = "".join(text.split())
    padded = len(name) == 2 and name != text.strip()
    return (padded or len(name) == 3 and (name[0] in COMMON_SURNAMES or above_subtitle and name[0] in MORE_SURNAMES)
            or name in PEN_NAMES)


def _opens_a_piece(text: str) -> bool:
    """What may follow a writer's name besides a paragraph: a commentary's 提要 line, long and left open (“零增长”，
    意味着…是关键), its subtitle (——市场新趋势  经济大机遇①), a column's note (开栏的话) or its first numbered part
    (一、坚持党的全面领导)."""
    return text.startswith(("——",) + COLUMN_NOTES) or len(text) >= STANDFIRST_LINE or starts_enumeration(text)


def _heading_above(lines: list[Line], i: int) -> bool:
    """The line above is a piece's title: a heading longer than a name, not one of a run of core points."""
    prev = lines[i - 1]
    if len("".join(prev.text.split())) <= AUTHOR_NAME_MAX:
        return False
    if prev.kind == LineKind.HEADING:
        return True
    j = i - 1
    while j >= 0 and lines[j].kind in (LineKind.BODY, LineKind.BULLET) and not is_terminated(lines[j].text):
        j -= 1
    in_core = j >= 0 and lines[j].kind == LineKind.CORE_MARK
    return prev.kind == LineKind.BODY and _looks_like_heading(prev.text) and not in_core


def _next_content(lines: list[Line], i: int) -> Line | None:
    return lines[i + 1] if i + 1 < len(lines) else None


def _looks_like_heading(text: str, longest: int = UNMARKED_HEADING_MAX) -> bool:
    tagged = _COLUMN_TAG.match(text)  # a long column tag (…（深入学习贯彻…思想）) makes no title too long
    core = tagged.group(1) if tagged else text
    if tagged:  # a title may ask its question before its column: …体制机制如何跟上？（经济热评）
        core = core.rstrip("？！?!")
    if len(core) > longest or len(text) < 2 or _SENTENCE_PUNCT.search(core):
        return False
    if _ends_sentence(text) or text[-1] in "，、," or _dangling(text) or ends_in_dash(text):
        return False
    return not (text[0] in "（(" and text[-1] in "）)")


def _dangling(text: str) -> bool:
    """Whether a line ends on a particle, conjunction or preposition that needs a following word (…的,
    …和): not 可及 or 碳中和, words of their own."""
    return text[-1] in _DANGLING_END and text[-2:] not in _WHOLE_ENDINGS and text[-3:] not in _WHOLE_ENDINGS


def _ends_sentence(text: str) -> bool:
    """A closing quote or bracket ends a sentence only after a full stop (…奋斗。”); a title may end on
    a quoted word or its column tag (须算好“三笔账”, …（思想纵横）).

    >>> _ends_sentence("树牢正确政绩观须算好“三笔账”"), _ends_sentence("他说：“要奋斗。”"), _ends_sentence("好（人民时评）")
    (False, True, False)
    """
    core = text.rstrip("”’」』）)】〕")
    if core == text or _ITEM_OF_A_TEST.match(text):
        return text[-1] in TERMINAL  # a test's question (…包括（ ABCD ）) or option (A、“两学一做”) is no title
    return bool(core) and core[-1] in TERMINAL


def _is_title_line(lines: list[Line], i: int) -> bool:
    """A heading-like line right above a byline: the next article's title."""
    nxt = _next_content(lines, i)
    return nxt is not None and nxt.kind == LineKind.BYLINE and _looks_like_heading(lines[i].text)


def _is_unmarked_heading(lines: list[Line], i: int, prev: Line | None, long_ones: bool = False) -> bool:
    line, nxt = lines[i], _next_content(lines, i)
    if line.kind != LineKind.BODY or nxt is None:
        return False
    continues_prev = prev is not None and prev.kind == LineKind.BODY and not is_terminated(prev.text)
    if long_ones and not (not continues_prev and nxt.kind == LineKind.BODY and len(nxt.text) >= WHOLE_PARAGRAPH
                          and _may_be_long_heading(line.text)):
        return False
    if not _looks_like_heading(line.text, LONG_HEADING_MAX if long_ones else UNMARKED_HEADING_MAX):
        return False
    if nxt.kind in (LineKind.BYLINE, LineKind.SECTION_AUTHOR):
        return True  # a title sits above its byline, a piece's title above its writer's name
    if not continues_prev and (nxt.kind == LineKind.CORE_MARK or prev is None and is_subtitle(nxt)):
        return True  # a title above its 导读 or 核心提示, or a page's first line above its ——subtitle (——访…)
    return (not continues_prev and nxt.kind == LineKind.BODY and nxt.text[0] not in NON_INITIAL
            and not _is_title_line(lines, i + 1))


def _promote_unmarked_headings(lines: list[Line]) -> None:
    """Short unmarked lines followed by body text (or a byline) are headings; not a line that
    continues a cut paragraph, nor one followed straight by the next article's title. Where the page
    has such headings, a longer line of the same kind between whole paragraphs is one too."""
    for long_ones in (False, True):
        if long_ones and not any(line.kind == LineKind.HEADING for line in lines[1:]):
            return
        prev: Line | None = None
        in_core = False  # short lines after 核心提示 are core points, not headings
        for i, line in enumerate(lines):
            if line.kind == LineKind.CORE_MARK:
                in_core = True
            elif line.kind != LineKind.BULLET and (line.kind != LineKind.BODY or is_terminated(line.text)):
                in_core = False
            if not in_core and _is_unmarked_heading(lines, i, prev, long_ones):
                line.kind, line.level = LineKind.HEADING, 0
            prev = line


def _may_be_long_heading(text: str) -> bool:
    """Not a subtitle (——…), a quotation, a caption or credit (…（新华社记者 某某 摄）), a note on the
    text (本文系…) or a speaker's line (记者：…)."""
    return not (text.startswith(LONG_LINE_OPENERS) or text.endswith(LONG_LINE_CLOSERS) or "摄" in text[-4:])


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
    """A heading above a byline is an article's title; not a ——line right under a title (——访…研究员张明 above
    本报记者  李  丽: an interview's subtitle)."""
    nxt = _next_content(lines, i)
    if lines[i].kind != LineKind.HEADING or nxt is None or nxt.kind != LineKind.BYLINE:
        return False
    prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind != LineKind.BLANK), None)
    return not (is_subtitle(lines[i]) and prev is not None and prev.kind in (LineKind.HEADING, LineKind.BODY)
                and not is_terminated(_without_column_tag(prev.text)))  # (a title line left open, a heading or the
    # page's first line; a title closing on its column's tag too: …发展壮大（促进民营经济高质量发展·权威访谈）)


def _without_column_tag(title: str) -> str:
    tagged = _COLUMN_TAG.match(title)
    return tagged.group(1) if tagged else title


def _segment(lines: list[Line], column: str) -> list[ArticleDraft]:
    drafts: list[ArticleDraft] = []
    cur: ArticleDraft | None = None
    headline = ""  # a page's headline standing over the reports under it, shown above each one's title
    in_core = after_bio = False
    for i, line in enumerate(lines):
        if cur is not None and _next_reprint(lines, i):
            _titled_by_first_piece(cur)
            cur = ArticleDraft(title=line.text, column=cur.column)
            drafts.append(cur)
            in_core = after_bio = False
            continue
        if _starts_article(lines, i) or (cur is None and line.kind == LineKind.HEADING):
            kicker = _kicker_taken(cur, lines, i)
            if cur is not None and not (cur.body or cur.core_points or cur.authors):
                drafts.remove(cur)  # it held only the kicker, or a page's headline over its reports (稳就业，企业在行动)
                headline = cur.title or headline
            cur = ArticleDraft(title=line.text, column=" ".join(part for part in (column, headline, kicker) if part))
            drafts.append(cur)
            in_core = after_bio = False
            continue
        if cur is None:
            cur = ArticleDraft(column=column)
            drafts.append(cur)
        if _subtitle_of(cur, lines, i):
            # ——市场新趋势  经济大机遇① under the title or its byline: the subtitle, shown under the title, no heading
            cur.column = f"{cur.column} {LEAD_DASH}{line.text.lstrip(DASHES).strip()}".strip()
            continue
        in_core, after_bio = _feed(cur, line, in_core, after_bio)
    return drafts


def _next_reprint(lines: list[Line], i: int) -> bool:
    """A page of commentaries reprinted from other papers (纵横): each one under its title and writer, closed by its
    source note (（摘编自《贵州日报》，原题为《…》）), is an article of its own; a panel's pieces (大家谈) close on bios."""
    nxt = _next_content(lines, i)
    return (i > 0 and lines[i].kind == LineKind.HEADING and nxt is not None and nxt.kind == LineKind.SECTION_AUTHOR
            and lines[i - 1].kind == LineKind.SOURCE_NOTE and bool(_REPRINT_NOTE.match(lines[i - 1].text)))


def _titled_by_first_piece(draft: ArticleDraft) -> None:
    """The first reprint went under the column's name (纵横 / 给大山的小孩更大的舞台 / 陈久菊 / …): its heading is its title."""
    if not draft.body or not draft.body[0].is_heading or any(b.is_heading for b in draft.body[1:]):
        return
    if not draft.title or not is_column_name(draft.title):
        return
    draft.column = " ".join(part for part in (draft.column, draft.title) if part)
    draft.title = draft.body.pop(0).text
    draft.piece_writers.pop(draft.title, None)


def _kicker_taken(cur: ArticleDraft | None, lines: list[Line], i: int) -> str:
    """The line above a title that leads into it (河南“中原铁道·大河之南号”主题列车—— / 融合中原文化  刷新旅行体验; …法官
    提醒—— / 任性网络直播  当心被诉侵权): the title's kicker (引题), taken off the end of the text before it."""
    if cur is None or i == 0 or not ends_in_dash(lines[i - 1].text) or not cur.body:
        return ""
    last = cur.body[-1]
    if last.text != lines[i - 1].text:
        return ""
    cur.body.pop()
    return last.text


def _subtitle_of(cur: ArticleDraft, lines: list[Line], i: int) -> bool:
    """A ——line before any text of the article, the only one of its shape in the article (——坚持…, ——坚持… set
    out under a byline are points, each a heading)."""
    if not cur.title or cur.body or cur.orphan or LEAD_DASH in cur.column or not is_subtitle(lines[i]):
        return False
    for j in range(i + 1, len(lines)):
        if _starts_article(lines, j):
            break  # the next article's lines are its own
        if is_subtitle(lines[j]):
            return False
    return True


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
    if kind in (LineKind.SECTION_AUTHOR, LineKind.STANDFIRST, LineKind.SOURCE_NOTE):
        return in_core, _feed_marked(cur, line, after_bio)
    if in_core and (kind == LineKind.BULLET or kind == LineKind.BODY and not is_terminated(line.text)):
        # core points are bullets, or in plain text short lines without a full stop
        cur.core_points.append(line.text)
        return True, after_bio
    if kind == LineKind.BIO:
        _add_bio(cur, line.text)
        _note_piece_bio(cur, line.text, after_bio)
        return False, True
    target = cur.orphan if after_bio else cur.body
    target.append(WholeBlock(line.text) if line.whole and kind == LineKind.BODY else Block(line.text, is_heading=kind == LineKind.HEADING))
    return False, after_bio


def _feed_marked(cur: ArticleDraft, line: Line, after_bio: bool) -> bool:
    """A piece's writer, a 提要 line or a source note; return whether text after a bio follows."""
    if line.kind == LineKind.STANDFIRST:
        cur.core_points.append(line.text)
        return after_bio
    if line.kind == LineKind.SOURCE_NOTE:
        if not cur.authors and is_report_credit(line.text):  # an unsigned news piece: its reporters sign it
            cur.authors = reporter_names(line.text)
        cur.author_bio = f"{cur.author_bio} {line.text}".strip() if line.text not in cur.author_bio else cur.author_bio
        return after_bio
    names = split_names(line.text)
    cur.authors += [name for name in names if name not in cur.authors]
    if after_bio:  # the next piece of a multi-author page: its title went below the last bio
        cur.body += cur.orphan
        cur.orphan = []
    heading = _last_heading(cur.body)
    if heading is not None and names and heading not in cur.piece_writers:
        cur.piece_writers[heading] = "、".join(names)
    return False


def _last_heading(blocks: list[Block]) -> str | None:
    return next((b.text for b in reversed(blocks) if b.is_heading), None)


def _note_piece_bio(cur: ArticleDraft, bio: str, after_bio: bool) -> None:
    """The bio closing one piece of a multi-author page, kept with that piece's heading (a piece
    printed after the last bio is still in the orphan blocks)."""
    heading = (_last_heading(cur.orphan) if after_bio else None) or _last_heading(cur.body)
    if heading is not None and heading not in cur.piece_bios:
        cur.piece_bios[heading] = bio


def _add_bio(cur: ArticleDraft, bio: str) -> None:
    """The first bio, or each piece's bio on a multi-author page; a source note read first goes after it."""
    if not cur.author_bio or is_source_note(cur.author_bio):
        cur.author_bio = f"{bio} {cur.author_bio}".strip()
    elif len(cur.authors) > 1 and bio not in cur.author_bio:
        cur.author_bio = f"{cur.author_bio} {bio}"


def _move_column_tag(draft: ArticleDraft) -> None:
    """The column tag closing the title goes to the column, unless a kicker already names one;
    a ——subtitle alone in the column stays under the title, the tag goes above it."""
    m = _COLUMN_TAG.match(draft.title)
    if m is None or (draft.column and not draft.column.startswith("——") and not ends_in_dash(draft.column)):
        return  # (a kicker leading into the title, …法官提醒——, names no column)
    draft.title = m.group(1)
    draft.column = f"{m.group(2)} {draft.column}".strip()


def _page_column(draft: ArticleDraft, meta: dict) -> None:
    """The front matter's section_name (理论, 评论) is the column when nothing above the title names one;
    a ——subtitle stays under the title."""
    name = clean_title(meta.get("section_name", ""))
    if name and is_column_name(name) and not split_column(draft.column)[0]:
        draft.column = f"{name} {draft.column}".strip()


def _finish(draft: ArticleDraft, index: int, meta: dict, source: str) -> Article:
    if index == 0 and meta:
        if not draft.title and meta.get("title"):
            draft.title = meta["title"]
        if not draft.authors and meta.get("author"):
            draft.authors = split_names(meta["author"])
    repair_article(draft)
    draft.title = clean_title(draft.title)
    _move_column_tag(draft)
    if index == 0 and meta:
        _page_column(draft, meta)
    if not draft.title:
        # an untitled first article takes a Chinese file name; otherwise a title is made from its text
        draft.title = (index == 0 and title_from_file_name(source)) or derive_title(draft, source)
        draft.warnings.append(UNTITLED_NOTE)
    return draft.to_article()

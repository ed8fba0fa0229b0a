"""A sentence's role in its article: a claim the article makes, or evidence it brings for one.

News-style theory pages argue with cases (在某省某市，…), interviewees' words (某负责人表示：“…”) and
statistics (数据显示，…). A study group learns the claims; asking the name of a lake in a case, the
hours an interviewee walks, or a count of cases tests the anecdote, not the point (review round 18).

    >>> ctx = ArticleContext.of_text("生态文明", "生态文明建设是关系中华民族永续发展的根本大计。")
    >>> sentence_role("在福建厦门，一处湖泊从臭水湖变为城市会客厅。", ctx).value
    'case'
    >>> sentence_role("习近平总书记指出：“绿水青山就是金山银山。”", ctx).value
    'claim'

Places are found by a closed list of the provincial-level names and by administrative suffixes
(市/县/旗/镇/村/社区…) after a proper name; a place the article is about (in its title, or said
throughout) is its subject, not a case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from enum import Enum

from quiz.figures import find_figures
from quiz.vocabulary import GENERIC_WORDS, VERB_HEADS, is_generic


class Role(str, Enum):
    CLAIM = "claim"
    CASE = "case"            # a named sub-national place or unit telling what happened there
    TESTIMONY = "testimony"  # the words of an interviewee, not of the leader or a central document
    DATA = "data"            # a data marker (数据显示, 截至…) or a row of statistics


# the provincial-level divisions by their short names: general geography, not any article's words
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 "
             "广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门").split()
PROVINCE_RE = re.compile("|".join(sorted(PROVINCES, key=len, reverse=True)))
# a place is where a case happens when it opens a clause (在福建厦门，… / 2024年以来，甘肃省纪委监委…):
# named inside a clause (支持香港、澳门发展, 库布其至上海通道) it is a destination or an object, no case
PLACE_AT_CLAUSE_RE = re.compile(r"(?:^|[，；：。！？…”])(?:在|据|如|比如|例如|近日)?$")
# ... or is where someone goes (客商来某省考察, 走进某市): a visit is a scene of a case
VISIT_BEFORE_RE = re.compile(r"(?:走进|走入|来到|前往|奔赴|赴|(?<![带以未原将本后近看起出回从历向归])来|逛|探访|走访)$")
# a proper name (2–4 characters) before an administrative suffix; the suffix must end a word
# (市场, 区域, 乡村, 村民 are no places)
UNIT_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:省(?![份级])|市(?![场民值面域级])|县(?![域城级委])|旗(?![帜手])|盟(?![友市])"
                     r"|镇(?![压])|村(?![民庄落级委党两])|街道|社区)")
# characters no place name holds, so a name is cut after them (推动|科右前旗, 加强|农村 → no name)
NAME_BREAK = set("的了和与及等在对把被向从为以是有将各全本我该其每这那个大小新老城农乡地区市县省镇村社街部盟旗")
# the leader and the founders of the doctrine: whatever they said is a claim, not testimony
LEADER_RE = re.compile(r"总书记|习近平|毛泽东|邓小平|江泽民|胡锦涛|马克思|恩格斯|列宁")
# ... and what the centre decided, wherever it was said or applied
AUTHORITY_RE = re.compile(LEADER_RE.pattern + r"|党中央|中共中央|国务院")
# 说 of 村民说事, 说法, 说明 is no speaking: a word of its own
SPEECH_VERB_RE = re.compile(r"(?:表示|说(?![事法明服教理辞唱])|介绍|坦言|感慨|告诉记者|谈到|回忆|直言|认为|提出|建议)[：:，,]?“?")
# people a report quotes: officials of a place, residents, experts (not the leader: see LEADER_RE)
SPEAKER_RE = re.compile(r"负责人|主任|书记|局长|厅长|处长|县长|市长|镇长|乡长|村长|村民|居民|群众|网格员|干部|代表|委员"
                        r"|专家|教授|研究员|工作人员|职工|老师|学生|记者|院长|所长|经理|董事长|队长|站长|组长|师傅|大姐|大爷")
# an official of a central body (中央纪委国家监委…有关负责人) states policy: a claim, not a witness's story
CENTRAL_RE = re.compile(r"中央|国家|全国|国务院")
DATA_MARKER_RE = re.compile(r"^[^，。；]{0,12}?(?:有?数据显示|一组数据|据统计|统计显示|截至|截止)")
ROW_OF_FIGURES = 3  # three figures (years aside) in one sentence are a report's tally
# two are, after a period opening the sentence (2024年1至11月，共查处…2.3万起，处理3.6万人)
PERIOD_OPEN_RE = re.compile(r"^[^，。；]{0,14}?(?:\d{1,2}至\d{1,2}月|以来|上半年|前三季度|一年来)")
# ... of what was done: a row of targets (预期目标是：…, 力争…, 拟…) is what the article sets out
PLAN_RE = re.compile(r"目标|指标|力争|预期|预计|计划|拟|将|要")
OWN_PLACE_PARAGRAPHS = 3


@dataclass(frozen=True)
class ArticleContext:
    """What a sentence's role depends on beyond itself: the article's title and whole text."""
    title: str
    text: str

    @classmethod
    def of(cls, article) -> "ArticleContext":
        return cls(article.title or "", article.full_text())

    @classmethod
    def of_text(cls, title: str, text: str) -> "ArticleContext":
        return cls(title, text)

    @cached_property
    def persons(self) -> frozenset[str]:
        """The people the article names with a title (馆长某某): named again bare, they are still speakers."""
        return frozenset(titled_names(self.text))

    def own_place(self, name: str) -> bool:
        """内蒙古 in an article on 内蒙古: in the title, or said in paragraphs throughout (a case is told
        in one or two), a place is the subject."""
        return name in self.title or sum(name in p for p in self.text.split("\n")) >= OWN_PLACE_PARAGRAPHS


def sentence_role(text: str, context: ArticleContext) -> Role:
    """The role of one sentence of the article (see the module's doc)."""
    if DATA_MARKER_RE.search(text) or _row_of_figures(text):
        return Role.DATA
    if _testimony(text, context):
        return Role.TESTIMONY
    if not AUTHORITY_RE.search(text) and any(not context.own_place(p) for p in places(text)):
        return Role.CASE
    if NARRATIVE_RE.match(text) or EXAMPLE_OPEN_RE.match(text) or _scene(text, context):
        return Role.CASE
    return Role.CLAIM


# a sentence that opens on a recent date or on the writer or reporter going somewhere tells a scene: the
# commentary's opening story (近日，在…; 笔者走进…; 记者来到…), not its point
NARRATIVE_RE = re.compile(r"^(?:近日|日前|前不久|不久前|前些天|前段时间|今年[一二三四五六七八九十\d]+月|"
                          r"[一二三四五六七八九十\d]+月[一二三四五六七八九十\d]+日|笔者|记者)")


# an example announced (以集成电路领域为例，… / 比如，…): the sentence tells a case
EXAMPLE_OPEN_RE = re.compile(r"^(?:(?:就|再|还|仅|单)?以[^，。；]{1,20}为例|比如|例如|譬如|(?:就|再|还|仅|单)?拿[^，。；]{1,12}来说"
                             r"|(?:关于[^，。；]{1,10}，)?(?:还)?有(?:这样)?一个[^，。；]{0,4}故事"
                             r"|(?:再)?看(?:东部|西部|中部|东北|南方|北方|沿海|内陆|基层|一线)[，：])")  # 看东部，某地…: a survey of cases
# what turns a case's paragraph back to the writer's point: a demand, a lesson or an authority, a turn
# (然而，…) or the next numbered point (四是融合化。)
MODAL_YAO = r"(?<![重主紧首概纪摘简政险只])要(?![素点件害领闻])"  # a demand: not 重要, 主要, 只要, 要素
POINT_MARK_RE = re.compile(AUTHORITY_RE.pattern + r"|" + MODAL_YAO + r"|必须|应当|应该|需要|只有|才能|关键在|根本在|启示|说明|表明|证明"
                           r"|可见|意味着|因此|所以|总之|归根|印证|折射|体现了|》(?:提出|要求|明确|强调|指出)")
# 一个重要原因是…: the writer explains the case (a claim of its own), and the story may go on after it
EXPLAIN_RE = re.compile(r"原因(?:是|在于)")
POINT_OPEN_RE = re.compile(r"^(?:然而|但是|但|不过|同时|此外|另一方面|[一二三四五六七八九十]是|第[一二三四五六七八九十]"
                           r"|首先|其次|再次|最后)")


def sentence_roles(texts: list[str], context: ArticleContext, paragraphs: list | None = None) -> list[Role]:
    """The roles of an article's sentences in reading order: a quotation standing alone (“……”) takes
    the role of the attribution or the case right after it (…村干部说。 / ……在一次检查中，某市…).
    With each sentence's paragraph given, a case goes on through its paragraph: the sentences after a
    case sentence tell the same story (…“汽车办”加强统筹协调, 4小时车程内…) until one makes a point.

    >>> ctx = ArticleContext.of_text("题", "")
    >>> [r.value for r in sentence_roles(["“以前难办的事也有人办了。”", "村干部高兴地说。"], ctx)]
    ['testimony', 'testimony']
    >>> texts = ["在福建厦门，一处湖泊变为城市会客厅。", "专班统筹推进，三年完成治理。", "生态治理必须久久为功。"]
    >>> [r.value for r in sentence_roles(texts, ctx, [0, 0, 0])]
    ['case', 'case', 'claim']
    """
    roles = [sentence_role(t, context) for t in texts]
    for i in range(len(texts) - 1, 0, -1):
        if roles[i] in (Role.TESTIMONY, Role.CASE) and _quotation(texts[i - 1]):
            roles[i - 1] = roles[i]  # “这辆车为什么加了两次油？”……在一次监督检查中，某市纪委…
    if paragraphs is not None:
        for i in range(1, len(texts)):  # …负责人说，…。“未来将…。”: the speaker goes on
            if roles[i - 1] is Role.TESTIMONY and _quotation(texts[i]) and paragraphs[i] == paragraphs[i - 1]:
                roles[i] = Role.TESTIMONY
        told = [False] * len(texts)  # a story goes on: from a place or an example, not a news peg (不久前，…发布)
        for i in range(1, len(texts)):
            story = told[i - 1] or roles[i - 1] is Role.CASE and _tells_a_story(texts[i - 1], context)
            if not (story and paragraphs[i] == paragraphs[i - 1] and roles[i] is Role.CLAIM):
                continue
            if EXPLAIN_RE.search(texts[i]):
                told[i] = True
            elif not POINT_MARK_RE.search(texts[i]) and not POINT_OPEN_RE.match(texts[i]):
                roles[i], told[i] = Role.CASE, True
    return roles


def in_open_row(text: str, pos: int) -> bool:
    """从空间站建成，到某井完成钻探；从某核电站投运，到大模型跻身第一梯队……推动…: a row of 从…到… the
    writer leaves open with …… holds examples; a term at `pos` before the …… is one of them, whatever
    the clause after it concludes.

    >>> t = "从甲工程建成，到乙工程投运；从丙项目起步，到丁项目领先……创新增厚了底气。"
    >>> in_open_row(t, t.index("乙")), in_open_row(t, t.index("创新"))
    (True, False)
    """
    k = text.find("……", pos)
    if k < 0:
        return False
    row = text[:k]
    return row.count("从") >= 2 and row.count("到") >= 2  # (a row of claims, …才能…；…才能……, is no example)


def _tells_a_story(text: str, context: ArticleContext) -> bool:
    return bool(EXAMPLE_OPEN_RE.match(text)) or any(not context.own_place(p) for p in places(text)) \
        or _scene(text, context)


# the writer or a visitor walks into a place or a life (走进上海徐汇滨江，… / 回望某村第一书记的10年): a scene
VISIT_OPEN_RE = re.compile(r"^(?:[^，。；？！]{1,6}，)?(?:走进|走入|来到|回望|漫步|走在|步入|置身|踏进|探访|走访|行走在)")
# a question asked of a named place or firm (某地靠什么孕育…？ / 某集群何以跃居…？): the case it opens
CASE_QUESTION_RE = re.compile(r"何以|靠什么|凭什么|为何|为什么|缘何")
# a person named with a title (馆长某某, 外籍专家某某, 驻村第一书记某某): a person in a story
TITLE_RE = re.compile(r"(?=[馆专书院教校主局厅处县市镇乡村董总经所站队研创负讲设工])(?<!总)(?:馆长|专家|书记|院士|教授|校长|主任|局长|厅长|处长|县长|市长|镇长|乡长|村长|董事长"
                      r"|总经理|经理|所长|院长|站长|队长|研究员|创始人|负责人|讲解员|设计师|工程师|馆员)")
TITLED_NAME_RE = re.compile(TITLE_RE.pattern + r"([\u4e00-\u9fff]{2,3}?)(?=[，。、：；“]|(?:说|表示|介绍|认为|提出|建议|指出|坦言"
                            r"|感慨|看到|看来|便|就|亲自|曾|在|的|也|还|又|已|将|带|把|对|用|为|从|和|与|是|留任|告诉|回忆))")
NOT_NAME_END = set("者家人员们士生师长委组队界门方型")  # 专家学者, 院士专家: a kind of person, no name
NOT_NAME_START = set("表介说认提建指坦感告谈回直看便就亲在也还又已将带把对用为从和与是留同等")  # 负责人表示
NOT_NAME_CHARS = set("的了和与及在对把被向从为以是有将各全本我该其每这那个们等组会处级团员院所部委")
# an exhibit hall, museum or firm as a sentence's subject (某某展览馆内，… / 某某集团发布…): a named place of a case
BODY_WORD_RE = re.compile(r"(?=[展博纪美陈集公])(?:展览馆|博物馆|纪念馆|美术馆|陈列馆|博物院|集团|公司)")
BODY_NAME_RE = re.compile(r"(?:^|[，：])([\u4e00-\u9fff]{2,14})$")  # the name from the clause's start to the head
BODY_AFTER_RE = re.compile(r"(?:内|里|中)?(?:[，、]|[\u4e00-\u9fff])")
TASK_RE = re.compile(MODAL_YAO + r"|必须|力争|确保|争取|应当|务必")
NOT_BODY_START = tuple("一这那各每该其本我些某两")
NOT_BODY_CHARS = set("的了被把将到在从对向为是有和与及")


def _scene(text: str, context: ArticleContext) -> bool:
    """A case told without a case marker: a visit (走进/来到/回望 + a place or person), a question asked of a
    named place, a person named with a title, or a named hall, museum or firm as the subject."""
    visit, hint = VISIT_OPEN_RE.match(text), TITLE_RE.search(text) or BODY_WORD_RE.search(text)
    if not (visit or hint or text.endswith("？")) or AUTHORITY_RE.search(text):
        return False  # 总书记来到…: the leader's visit is the authority's word, not a case
    if visit and (places(text[:text.find("，", 12) % 99 + 1] + "，") or titled_names(text)
                                      or PROVINCE_RE.search(text, 0, 16)):
        return True
    if text.endswith("？") and CASE_QUESTION_RE.search(text):
        subject = text[:CASE_QUESTION_RE.search(text).start()]
        if PROVINCE_RE.search(subject) or UNIT_RE.search(subject) or named_bodies(subject, context):
            return True
    if not hint or TASK_RE.search(text):
        return False  # 某某集团要…，力争…: a task set for a firm, no story of it
    return bool(titled_names(text) or named_bodies(text, context))


def titled_names(text: str) -> list[str]:
    """Persons named with a title: 馆长某某 → 某某 (a name is no common word and holds no function character).

    >>> titled_names("只要有时间，馆长陈曾路便会亲自讲解。"), titled_names("专家学者认为，要加强研究。")
    (['陈曾路'], [])
    """
    out = []
    for m in TITLED_NAME_RE.finditer(text):
        name = m.group(1)
        if CENTRAL_RE.search(text, max(text.rfind(c, 0, m.start()) for c in "，。；：") + 1, m.start()):
            continue  # 国家某局副局长某某: an official of a central body states policy
        if not NOT_NAME_CHARS & set(name) and not is_generic(name) and name[:2] not in GENERIC_WORDS \
                and name[-1] not in NOT_NAME_END and name[0] not in NOT_NAME_START \
                and not PROVINCE_RE.match(name):
            out.append(name)
    return out


def named_bodies(text: str, context: ArticleContext) -> list[str]:
    """Named halls, museums and firms opening a clause (中国某某展览馆内，…), not the article's own subject."""
    out = []
    for m in BODY_WORD_RE.finditer(text):
        named = BODY_NAME_RE.search(text, max(0, m.start() - 15), m.start())
        if not named or not BODY_AFTER_RE.match(text, m.end()):
            continue
        name, head = named.group(1) + m.group(0), m.group(0)
        if not name.startswith(NOT_BODY_START) and not NOT_BODY_CHARS & set(name) and not context.own_place(name) \
                and not context.own_place(head):  # 革命博物馆是… in an article on museums: its subject
            out.append(name)
    return out


def _quotation(text: str) -> bool:
    return text.startswith("“") and text.rstrip("。！？").endswith("”") and text.count("“") == 1


def places(text: str) -> list[str]:
    """Names of sub-national places or units that open a clause of the text: provinces by name,
    others by their administrative suffix.

    >>> places("河南省纪委监委设立监督窗口。近日，万兴社区网格员入户走访，支持香港发展。")
    ['河南', '万兴']
    """
    found = []
    for m in PROVINCE_RE.finditer(text):
        if _opens_or_visited(text, m.start()) and m.group(0) not in found:
            found.append(m.group(0))
    for m in UNIT_RE.finditer(text):
        name = m.group(1)
        if not _opens_or_visited(text, m.start()) or NAME_BREAK & set(name) or is_generic(name) \
                or name[:2] in VERB_HEADS:
            continue
        if not any(name in p or p in name for p in found):
            found.append(name)
    return found


def _opens_or_visited(text: str, start: int) -> bool:
    return bool(PLACE_AT_CLAUSE_RE.search(text, 0, start) or VISIT_BEFORE_RE.search(text, 0, start))


def _testimony(text: str, context: ArticleContext | None = None) -> bool:
    """某某负责人表示：“…” / 村民王某说 / “…，”网格员说: a speaker named by role (or a person the article
    names with a title: 某某提出，…), not an authority."""
    for m in SPEECH_VERB_RE.finditer(text):
        quote_before = text.rfind("”", 0, m.start())
        clause_start = max(max(text.rfind(c, 0, m.start()) for c in "，。；：！？"), quote_before) + 1
        subject = text[clause_start:m.start()]
        named = SPEAKER_RE.search(subject) or context is not None and any(p in subject for p in context.persons)
        if named and not LEADER_RE.search(subject) and not CENTRAL_RE.search(subject):
            return True
    return False


def _row_of_figures(text: str) -> bool:
    if PLAN_RE.search(text):
        return False
    figures = [text[a:b] for a, b in find_figures(text)]
    count = sum(1 for f in figures if not (f.endswith("年") and len(f) == 5))
    return count >= ROW_OF_FIGURES or count >= 2 and bool(PERIOD_OPEN_RE.search(text))


# 早在2013年…就指出: the date of a supporting quote; 2024年以来，…: the period a summary opens on
EARLY_BEFORE = ("早在", "远在")
SINCE_AFTER_RE = re.compile(r"^(?:以来|来|至今)")
SPEECH_OF_PERSON_RE = re.compile(r"(?:总书记|同志|主席|书记)[^，。；]{0,20}?(?:指出|强调|说|讲|写道|谈到|表示|要求|提出)")
EVENT_AFTER_RE = re.compile(r"^[^，。；]{0,16}?(?:会议|全会|大会|《)")


def incidental_year(text: str, start: int, end: int) -> bool:
    """Is the year at text[start:end] incidental: it dates a quote or opens a summary period, rather
    than dating an event the sentence is about (2017年中央经济工作会议提出…)?

    >>> t = "早在2013年，习近平总书记就指出，要实事求是。"
    >>> incidental_year(t, 2, 7)
    True
    >>> t = "2017年中央经济工作会议提出，推动高质量发展。"
    >>> incidental_year(t, 0, 5)
    False
    """
    if not text[start:end].endswith("年"):
        return False
    if text[:start].endswith(EARLY_BEFORE) or SINCE_AFTER_RE.match(text[end:]):
        return True
    if EVENT_AFTER_RE.match(text[end:]):
        return False
    return bool(SPEECH_OF_PERSON_RE.search(text, end))

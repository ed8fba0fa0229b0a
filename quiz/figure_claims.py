"""Which figures of an article are its own claims, worth a question, and which only illustrate.

A work report or a plan sets out targets and results (到2030年…达到, 力争, 主要预期目标是：…): its
figures are what a study group learns, and the figure rules of quiz.figures and quiz.facts stand. A
commentary or a theory page argues, and its figures are mostly illustration: a commute told by the
writer (开车上班…通畅时40分钟可达), a row of news after a lead-in (…消息接踵而至——高铁营业里程突破…；),
a count of a case's items (调研5个县, 示范村14个), a row the writer leaves open (……). There a figure
is asked only when the article claims it: a target or plan, a result told of the country, a total it
stresses (review round 24, pattern 1).

    >>> texts = ["开车上班，通畅时40分钟可达。", "我国粮食产量达到1.4万亿斤。"]
    >>> scope = FigureScope.of_texts(texts, [0, 1], column="评论员观察")
    >>> scope.genre.value, scope.claimed(0, texts[0], 6, 10), scope.claimed(1, texts[1], 10, 15)
    ('argued', False, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quiz.figures import ROW_FIGURE_RE, SHARE_RE, TARGET_BEFORE_RE, dated_event_end, find_figures, inside_title


class FigureGenre(str, Enum):
    PLAN = "plan"      # a work report, a plan: its figures are mostly targets and results it sets out
    ARGUED = "argued"  # a commentary, a theory page: its figures illustrate an argument


# a figure set out as a target or plan, or a national policy number (红线, 不低于)
TARGET_RE = re.compile(r"目标(?!任务)|指标|力争|争取|预期(?!寿命)|计划|规划|(?<![高加长升降少大增减])[到至]\d{4}年|十[四五六]五|确保|拟|红线|底线"
                       r"|不低于|不少于|不超过")
# enough target figures that the article is one setting them out (the two work reports hold 8 of 30 and 34 of 69,
# a commentary at most 2)
PLAN_SENTENCES = 5
PLAN_SHARE = 0.2
# columns of argued prose: commentary and theory pages
ARGUED_COLUMN_RE = re.compile(r"评|论|观察|观点|理论|思想|纵横|随笔|札记|感悟|践悟|深思|声音")
# the writer as narrator (笔者认为 is the writer's view, not a story)
NARRATOR_RE = re.compile(r"笔者(?!认为|以为|看来|觉得|主张|建议|相信|期待)|(?<![自本])我(?:曾|第一次|记得|到过|去过|走进|来到"
                         r"|看到|听到|遇到|发现|想起|还记得|小时候|年轻时)")
# a paragraph opening on an everyday scene: the writer's anecdote
SCENE_OPEN_RE = re.compile(r"^(?:[^，。；]{0,6}，)?(?:开车|驾车|乘车|坐车|打车|搭乘|乘坐|骑车|上班|下班|出门|清晨|傍晚|深夜|周末"
                           r"|走进|走入|来到|漫步|走在|行走在|置身|推开|打开手机|刷手机|早上|晚上)")
# a lead-in that introduces a row of items (…消息接踵而至—— / …成绩令人振奋：), not a quotation (指出：“)
LEAD_IN_RE = re.compile(r"(?:——|：|:)(?!“|‘|\s*$)")
LEAD_IN_END_RE = re.compile(r"(?:——|：|:)$")
ITEM_GOES_ON = ("；", ";")
# a total or a level the clause stresses (HEADLINE_RE of quiz.figures without its target words, which
# TARGET_RE reads more narrowly, and without 左右, which a commute's hour takes as well)
STRESS_RE = re.compile(r"规模|总(?:量|额|数|计|产量|规模)|合计|全年|首个|突破|超过|达到|增至|升至|提高到|增加到|上升到")
# a landmark the clause makes of its figure (全部实现脱贫, 规模最大, 居世界首位)
LANDMARK_RE = re.compile(r"全部|首次|历史性|最大|首位|第一|居世界|世界前列|历史新高")
YEAR_RE = re.compile(r"\d{4}年")
# a span of years (过去5年, 连续15年) is a figure of its own beside a share or a count
SHARE_REACH = 12  # 达到9773亿元，同比增长8.2%: a share or change said right after its figure
SPAN_OF_YEARS_RE = re.compile(r"(?<!\d)\d{1,2}年(?![\d月])")


@dataclass(frozen=True)
class FigureScope:
    """The article's genre and the sentences whose figures only illustrate (by index in reading order)."""
    genre: FigureGenre
    anecdotes: frozenset[int] = frozenset()  # in a paragraph the writer tells as a scene
    row_items: frozenset[int] = frozenset()  # items of a lead-in's row, in later paragraphs

    @classmethod
    def of_texts(cls, texts: list[str], paragraphs: list, column: str = "") -> "FigureScope":
        genre = figure_genre(texts, column)
        if genre is FigureGenre.PLAN:
            return cls(genre)
        return cls(genre, frozenset(anecdote_sentences(texts, paragraphs)), frozenset(row_items(texts, paragraphs)))

    def claimed(self, index: int, text: str, start: int, end: int) -> bool:
        """Is the figure text[start:end] of sentence `index` the article's claim? In a plan, always (the
        older rules decide); in argued prose, not in an anecdote, a lead-in's row, an open row, a sentence
        of several figures, and only a target, a result of the country, a stressed total or a dated event."""
        if self.genre is FigureGenre.PLAN:
            return True
        if index in self.anecdotes or index in self.row_items or in_lead_in_row(text, start) \
                or in_open_row(text, end):
            return False
        if mixed_figures(text):
            return target_year(text, start, end)  # 部署16项任务，并提出到2030年，…: the plan's year stays
        return argued_claim(text, start, end)


def figure_genre(texts: list[str], column: str = "") -> FigureGenre:
    """PLAN when the article sets out targets (≥5 sentences whose figures are targets, ≥20% of its
    figure sentences) and no commentary column or narrator says otherwise; ARGUED else.

    >>> figure_genre(["力争粮食产量达到1.4万亿斤。"] * 5), figure_genre(["力争粮食产量达到1.4万亿斤。"] * 5, "人民时评")
    (<FigureGenre.PLAN: 'plan'>, <FigureGenre.ARGUED: 'argued'>)
    """
    with_figures = [t for t in texts if _non_year_figures(t)]
    targets = [t for t in with_figures if TARGET_RE.search(t)]
    if column and ARGUED_COLUMN_RE.search(column) or any("笔者" in t for t in texts):
        return FigureGenre.ARGUED
    if len(targets) >= PLAN_SENTENCES and len(targets) >= PLAN_SHARE * len(with_figures):
        return FigureGenre.PLAN
    return FigureGenre.ARGUED


def anecdote_sentences(texts: list[str], paragraphs: list) -> set[int]:
    """Sentences of a paragraph the writer tells as a story: the writer as narrator (笔者便有了…, 我曾…)
    or a paragraph opening on an everyday scene (开车上班，…)."""
    by_paragraph: dict = {}
    for i, key in enumerate(paragraphs):
        by_paragraph.setdefault(key, []).append(i)
    out: set[int] = set()
    for members in by_paragraph.values():
        if SCENE_OPEN_RE.match(texts[members[0]]) or any(NARRATOR_RE.search(texts[i]) for i in members):
            out.update(members)
    return out


def row_items(texts: list[str], paragraphs: list) -> set[int]:
    """Sentences of later paragraphs that are items of a lead-in's row: after a sentence ending on a
    lead-in (——, ：) or holding one and ending on ；, each next paragraph's sentence is an item while
    the item before went on with ；. A row of targets (力争, 到2030年) is no illustration: left out."""
    out: set[int] = set()
    open_row = False
    for i, text in enumerate(texts):
        new_paragraph = i == 0 or paragraphs[i] != paragraphs[i - 1]
        if open_row and new_paragraph and not TARGET_RE.search(text):
            out.add(i)
            open_row = text.rstrip().endswith(ITEM_GOES_ON)
            continue
        lead = LEAD_IN_END_RE.search(text.rstrip()) or LEAD_IN_RE.search(text) and text.rstrip().endswith(ITEM_GOES_ON)
        open_row = bool(lead) and not TARGET_RE.search(text)
    return out


def in_lead_in_row(text: str, start: int) -> bool:
    """一段时间以来，…消息接踵而至——我国高铁营业里程突破5万公里，…: the figure is an item of the row
    the lead-in opens (not of a row of targets: 主要预期目标是：…)."""
    lead = LEAD_IN_RE.search(text, 0, start)
    return bool(lead) and not TARGET_RE.search(text, 0, lead.start())


def in_open_row(text: str, end: int) -> bool:
    """…，4项中国成果入围…… / …全国每生产20台…就有1台出自某镇……: a row the writer leaves open with
    …… holds examples; its figures illustrate."""
    return "……" in text[end:]


def mixed_figures(text: str) -> bool:
    """酿酒葡萄种植面积10.81万亩，建设示范村14个: two figures (years aside, 40多个 and 700余人 counted)
    of different units tell several things at once, a case's inventory; a change of one thing (从50部
    增长到800部) is one."""
    found = [m for m in ROW_FIGURE_RE.finditer(text) if not inside_title(text, m.start())]
    # 达到100万亿元、增长6%: a change or share of the figure before is the same fact
    units = {m.group(0)[-1] for k, m in enumerate(found)
             if k == 0 or m.start() - found[k - 1].end() > SHARE_REACH
             or not SHARE_RE.search(text, found[k - 1].end(), m.start())}
    units |= {"年"} if SPAN_OF_YEARS_RE.search(text) else set()
    return len(units) >= 2


def argued_claim(text: str, start: int, end: int) -> bool:
    """In argued prose, a figure worth asking: a target its own clause sets out (到2028年形成不少于100个…),
    a total or landmark its own clause stresses (突破100万亿元大关, 近1亿贫困人口全部实现脱贫), or a year
    that dates an event or a target (2020年提出“双碳”目标). A result told plainly (我国有22个…, 全国9899万…)
    illustrates, however national: the judges of rounds 20–24 took none of them."""
    if YEAR_RE.fullmatch(text[start:end]):
        return dated_year(text, start, end)
    clause_start = max(text.rfind(c, 0, start) for c in "，；。：") + 1
    clause_end = min([k for k in (text.find(c, end) for c in "，；。") if k >= 0] or [len(text)])
    if "与" in text[clause_start:start] and "相比" in text[end:clause_end]:
        return False  # 与居民医保超过95%的资金使用率相比: the baseline of a comparison
    return bool(TARGET_RE.search(text, clause_start, clause_end) or STRESS_RE.search(text, clause_start, start)
                or LANDMARK_RE.search(text, clause_start, clause_end))


def target_year(text: str, start: int, end: int) -> bool:
    return bool(YEAR_RE.fullmatch(text[start:end])) and bool(TARGET_BEFORE_RE.search(text, 0, start))


def dated_year(text: str, start: int, end: int) -> bool:
    return bool(YEAR_RE.fullmatch(text[start:end])) and dated_event_end(text, start, end) is not None


def _non_year_figures(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in find_figures(text) if not YEAR_RE.fullmatch(text[a:b])]

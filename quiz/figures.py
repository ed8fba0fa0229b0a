"""Statistics and targets (1.75亿千瓦, 17项, 90%) and plausible wrong figures for them.

    >>> text = "新能源装机规模达到1.75亿千瓦。"
    >>> [text[a:b] for a, b in find_figures(text)]
    ['1.75亿千瓦']
"""
from __future__ import annotations

import random
import re
from collections.abc import Collection

from quiz.vocabulary import VERB_HEADS, listed_term

UNITS = ("个百分点|平方公里|千瓦时|万千瓦|亿千瓦|千瓦|公里|千米|公顷|美元|小时|分钟|%|％|项|个|家|人|名|所|座|条"
         "|吨|元|倍|年|亩|次|件|种|类|户|台|辆|架|部|篇|岁|天|万|亿|米|GW|MW|")
FIGURE_RE = re.compile(r"(?<![\d.．·第—\-～~/A-Za-z])(\d+(?:\.\d+)?)(万亿|亿|万|千)?(" + UNITS.rstrip("|") + r")"
                       r"(?![\d—\-～~月A-Za-z口代度级龄门])")
NUMBER_RE = re.compile(r"^(\d+(?:\.\d+)?)(.*)$")


def find_figures(text: str) -> list[tuple[int, int]]:
    """Figures with a unit, outside 《》 titles and full dates."""
    out = []
    for m in FIGURE_RE.finditer(text):
        if inside_title(text, m.start()) or (m.group(3) == "年" and len(m.group(1)) != 4):
            continue
        if m.group(3) == "年" and re.match(r"\d{1,2}月", text[m.end():]):
            continue
        out.append((m.start(), m.end()))
    return out


def inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


# before a figure: "at least" (超过4.2万亿: 3.4万亿 is exceeded too) or "at most" (不足, 低于)
AT_LEAST_BEFORE_RE = re.compile(r"(?:超过|突破|逾|多于|高于|达到|达|超)[^\d，。；、：]{0,2}$")
AT_MOST_BEFORE_RE = re.compile(r"(?:不到|不足|低于|少于|未达|控制在)[^\d，。；、：]{0,2}$")
AT_LEAST_AFTER_RE = re.compile(r"^(?:以上|之上|多|余|有余)")
AT_MOST_AFTER_RE = re.compile(r"^(?:以下|以内|之内|左右)")
SCALE = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}


def figure_bound(text: str, start: int, end: int) -> int:
    """+1 when the text says the figure is a floor (超过X, X以上), -1 a ceiling (不足X, X以下), 0 exact."""
    before, after = text[max(0, start - 6):start], text[end:end + 3]
    if AT_MOST_BEFORE_RE.search(before) or AT_MOST_AFTER_RE.match(after):
        return -1
    if AT_LEAST_BEFORE_RE.search(before) or AT_LEAST_AFTER_RE.match(after):
        return 1
    return 0


def magnitude(figure: str) -> tuple[float, str] | None:
    """1288.8万辆 → (12888000.0, "辆"): figures of one unit compared whatever their 万/亿."""
    m = FIGURE_RE.fullmatch(figure)
    if not m:
        return None
    return float(m.group(1)) * SCALE.get(m.group(2) or "", 1.0), m.group(3)


def safe_wrong_figures(text: str, span: tuple[int, int], n: int, rng: random.Random,
                       forbidden: set[str], allowed=None) -> list[str]:
    """Wrong figures for text[span] that no reader could argue are true as well, `allowed` ones only.

    Above a floor (超过X) only larger ones, below a ceiling only smaller ones; and none lying between
    the answer and another figure of the same unit in the sentence (完成1288.8万辆…达产（  ）).
    The first three straddle the answer at a rank drawn by chance, so "pick the largest" wins no more
    than its share of questions."""
    figure = text[span[0]:span[1]]
    own = magnitude(figure)
    if own is None:
        return []
    bound = figure_bound(text, *span)
    # (a change said beside it, 赤字规模5.66万亿元、比上年增加1.6万亿元, bounds nothing: every lower total
    # is as false, and without them the answer was always the smallest option)
    others = [magnitude(text[a:b]) for a, b in find_figures(text)
              if (a, b) != span and not CHANGE_BEFORE_RE.search(text, max(0, a - 6), a)]
    related = [v for v, unit in filter(None, others) if unit == own[1]]
    if bound:
        related = related + [own[0]]
    limits = [own[0]] + related
    low, high = min(limits), max(limits)

    floor, ceiling = range_ends(text, *span)

    def false_for_sure(cand: str) -> bool:
        value = magnitude(cand)[0]
        if not floor < value < ceiling:
            return False  # 2至（1个）小时: a range running backwards is false on its face
        if bound > 0:
            return value > high
        if bound < 0:
            return value < low
        return not any(min(own[0], v) <= value <= max(own[0], v) for v in related)

    pool = [c for c in wrong_figures(figure, 40, rng, forbidden, split=True)
            if magnitude(c) and false_for_sure(c) and (allowed is None or allowed(c))]
    lower = [c for c in pool if magnitude(c)[0] < own[0]]
    higher = [c for c in pool if magnitude(c)[0] > own[0]]
    return _straddle(lower, higher, n, rng)


# between the opening figure and 至 only its unit may stand: 从5.8%降至5.2% is a fall, not a range
RANGE_OPEN_RE = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万|千)?(?:(?![降减升增提下上跌涨])[^\d，。；、：]){0,3}(?:至|到|—|－|～|~)$")
RANGE_CLOSE_RE = re.compile(r"^(?:至|到|—|－|～|~)(\d+(?:\.\d+)?)(万亿|亿|万|千)?")


def range_ends(text: str, start: int, end: int) -> tuple[float, float]:
    """The other end of a range the figure closes or opens (每天2至（4个）小时, 3到（5年）): a wrong
    figure must stay above the opening end or below the closing one, or the range runs backwards.
    The other end may go without unit or scale (2至4个, 1至1.5万): it takes the figure's.

        >>> text = "每天平均有2至4个小时入户走访"
        >>> range_ends(text, text.index("4个"), text.index("4个") + 2)
        (2.0, inf)
    """
    own = magnitude(text[start:end])
    floor, ceiling = float("-inf"), float("inf")
    if own is None:
        return floor, ceiling
    scale = FIGURE_RE.fullmatch(text[start:end]).group(2) or ""
    m = RANGE_OPEN_RE.search(text[max(0, start - 12):start])
    if m:
        floor = float(m.group(1)) * SCALE.get(m.group(2) or scale, 1.0)
    m = RANGE_CLOSE_RE.match(text[end:end + 12])
    if m:
        ceiling = float(m.group(1)) * SCALE.get(m.group(2) or scale, 1.0)
    return floor, ceiling


def shuffled_digits(figure: str, other: str) -> bool:
    """Is `other` the figure's own digits reshuffled (56.6万 → 65.1万, 132 → 123)? A false statement
    made so tests the eye, not the point: a reader who learned 56.6万 may misread 65.1万 for it.

        >>> shuffled_digits("56.6万个", "65.1万个"), shuffled_digits("56.6万个", "48.1万个")
        (True, False)
    """
    a, b = _digits(figure), _digits(other)
    if not a or not b or a == b:
        return False
    if sorted(a) == sorted(b):
        return True
    return len(a) >= 2 and len(b) >= 2 and a[0] != a[1] and a[:2] == b[1] + b[0]


def _digits(figure: str) -> str:
    m = NUMBER_RE.match(figure)
    return m.group(1).replace(".", "").lstrip("0") if m else ""


def _straddle(lower: list[str], higher: list[str], n: int, rng: random.Random) -> list[str]:
    """Take from both sides: among the first three, as many lower ones as a uniform draw says."""
    n_low = rng.randint(0, min(3, n))
    n_low = min(max(n_low, min(3, n) - len(higher)), len(lower))
    out = lower[:n_low] + higher[:min(3, n) - n_low]
    rest = lower[n_low:] + higher[min(3, n) - n_low:]
    rng.shuffle(rest)
    return (out + rest)[:n]


def wrong_figures(figure: str, n: int, rng: random.Random, forbidden: set[str], split: bool = False) -> list[str]:
    """n figures of the same unit and precision near the true one, none in `forbidden`
    (with `split`, all of them, lower and higher alike, for the caller to draw from)."""
    m = NUMBER_RE.match(figure)
    if not m:
        return []
    number, unit = m.group(1), m.group(2)
    decimals = len(number.split(".")[1]) if "." in number else 0
    value = float(number)
    lower, higher = [], []
    for c in _nearby(value, decimals, unit):
        text = (f"{c:.{decimals}f}" if decimals else str(int(round(c)))) + unit
        if c > 0 and text != figure and text not in forbidden:
            (lower if c < value else higher).append(text)
    lower, higher = list(dict.fromkeys(lower)), list(dict.fromkeys(higher))
    rng.shuffle(lower)
    rng.shuffle(higher)
    if split:
        return lower + higher
    n_low = rng.randint(0, n)  # where the true figure ranks among the options is left to chance
    n_low = min(max(n_low, n - len(higher)), len(lower))
    return lower[:n_low] + higher[:n - n_low]


def _nearby(value: float, decimals: int, unit: str) -> list[float]:
    if unit == "年" and value > 1000:
        return [value + d for d in (-3, -2, -1, 1, 2, 3)]
    percent = unit.startswith(("%", "％"))
    if decimals == 0 and value <= 12:
        out = [value + d for d in (-3, -2, -1, 1, 2, 3, 4)]
    elif decimals == 0:  # as round as the answer, no rounder (36130 → 28900, not 30000)
        digits = str(int(value))
        step = 10 ** min(len(digits) - len(digits.rstrip("0")), max(0, len(digits) - 2))
        # no simple ratios (0.5, 0.75, 1.5, 2): options that are halves and doubles of one of them give it away
        out = [round(value * f / step) * step for f in (0.56, 0.63, 0.72, 0.83, 1.17, 1.28, 1.41, 1.66)]
    else:
        step = 5 * 10 ** -decimals if decimals >= 2 else 10 ** -decimals
        out = [round(round(value * f / step) * step, decimals) for f in (0.6, 0.7, 0.8, 0.85, 1.15, 1.2, 1.3, 1.4)]
    # 100% and "1倍" read as jokes among options: nobody asks whether a share was all of it
    # …先后1次: a single time reads wrong next to words of repetition, giving a false statement away
    return [v for v in out if not (percent and v >= 100) and not (unit in ("倍", "次") and v <= 1)]


COUNTED_RE = re.compile(r"^([一二两三四五六七八九十])(个|大|张|项|条|种|类|支|权|新|重|基本|统一)")
CN_NUMERALS = "一二三四五六七八九十"


def wrong_counts(term: str, n: int, rng: random.Random, text: str, listed: Collection[str]) -> list[str]:
    """四个自信 → 三个自信, 五个自信…: the count changed, for counted slogans; none the article uses and
    none that is a formula of its own (三个面向 beside 四个面向)."""
    m = COUNTED_RE.match(term)
    if not m:
        return []
    value = 2 if m.group(1) == "两" else CN_NUMERALS.index(m.group(1)) + 1
    out = []
    for v in sorted({v for v in (value - 2, value - 1, value + 1, value + 2) if 2 <= v <= 10},
                    key=lambda v: (abs(v - value), rng.random())):
        numeral = "两" if v == 2 else CN_NUMERALS[v - 1]
        cand = numeral + term[1:]
        if cand not in text and cand != term and not listed_term(cand, listed):
            out.append(cand)  # 三个面向 is no wrong option for 四个面向: it is a formula of its own
    return out[:n]


def count_given_away(sentence: str, span: tuple[int, int]) -> bool:
    """所有权、资格权、使用权“（三权分置）” / 毛泽东思想、邓小平理论、“（三个代表）”: the count of a
    counted slogan is read off the list just before it (or the slogan is a member of a list everyone
    recites), so its count variants are no question."""
    m = COUNTED_RE.match(sentence[span[0]:span[1]].strip("“”"))
    if not m:
        return False
    count = 2 if m.group(1) == "两" else CN_NUMERALS.index(m.group(1)) + 1
    before = sentence[:span[0]].rstrip("“")
    if before.endswith("、"):
        return True
    clause = before[max(before.rfind(c) for c in "，；。：！？") + 1:]
    items = [i for i in clause.split("、") if i]
    if len(items) >= 2 and len(items) >= count - 1:
        return True
    return len(_counted_things(sentence, span, m.group(2))) >= max(2, count - 1)


def _counted_things(sentence: str, span: tuple[int, int], head: str) -> set[str]:
    """The things a one-character head counts, named elsewhere in the sentence: 三权分置 beside 集体土地
    所有权、农户承包权、土地经营权 (所有权, 承包权, 经营权)."""
    if len(head) != 1 or head in "个大张项条种类支":
        return set()
    rest = sentence[:span[0]] + "。" + sentence[span[1]:]
    return {m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{2}" + head, rest)}


def keeps_order(text: str, span: tuple[int, int], cand: str) -> bool:
    """Put in the figure's place, does cand stay on its side of every other figure of its unit in its
    own ；-clause (of the whole sentence, for years)? A false statement whose part outgrows its total
    (产煤7.7亿吨，完成保供任务8.3亿吨) or whose year falls before the year it follows is false at a glance."""
    own, value = magnitude(text[span[0]:span[1]]), magnitude(cand)
    if own is None or value is None:
        return True
    lo, hi = text.rfind("；", 0, span[0]) + 1, (text.find("；", span[1]) + 1 or len(text) + 1) - 1
    if own[1] == "年":  # 2024年……较2023年: years order the whole sentence
        lo, hi = 0, len(text)
    near = [magnitude(text[a:b]) for a, b in find_figures(text) if (a, b) != tuple(span) and lo <= a and b <= hi]
    same_unit = [v for v, unit in filter(None, near) if unit == own[1]]
    if own[1] == "年" and own[0] in same_unit:
        return False  # 到2035年……从2035年: the year said twice links the two, a change breaks the link
    return all((value[0] < v) == (own[0] < v) for v in same_unit if v != own[0])


def minor_figure(text: str, start: int, end: int) -> bool:
    """A figure no study group should learn, or that all know without the article: one of several
    sub-items (3D打印机、工业机器人出口分别实现了32.8%、45.2%的增长) or the country's population
    (11亿人口 for 14亿 is false to anyone)."""
    clause = text[max(text.rfind(c, 0, start) for c in "，；。") + 1:start]
    return "分别" in clause or text[end:end + 2] == "人口"


RATIO_RE = re.compile(r"目标|力争|左右|预期|之比|比重|强度")
HEADLINE_RE = re.compile(r"目标|力争|左右|预期|规模|总|合计|达到|全年|首个|突破")
CHANGE_BEFORE_RE = re.compile(r"(?:增长|提高|提升|下降|增加|减少|降低|上涨|上升|回落|增速|增幅|降幅)[^\d，。；]{0,2}$")
PAIR_BEFORE_RE = re.compile(r"\d[^\d，。；]{0,6}(?:和|、|及|与)$")


TARGET_LEAD_RE = re.compile(r"(?:目标|指标)[^，。；]{0,4}[:：]")


def follows_a_figure(text: str, start: int, end: int) -> bool:
    """科研院所超400家，国家级创新平台195个: another figure (a year aside) comes earlier in the
    sentence, so this one, not a year itself, is a side figure of it, learned by no one (review
    rounds 15–16). Not in a list the sentence opens as targets (主要预期目标是：…粮食产量1.4万亿斤)."""
    if _is_year(text[start:end]) or TARGET_LEAD_RE.search(text, 0, start):
        return False
    return any(b <= start and not _is_year(text[a:b]) for a, b in find_figures(text))


def _is_year(figure: str) -> bool:
    return figure.endswith("年") and len(figure) == 5


def secondary_figure(text: str, start: int, end: int) -> bool:
    """A figure not worth a question (review round 9): a growth rate or change (技术合同成交额增长11.2%),
    the second of a pair (产销分别增长34.4%和35.5%), a percent with decimals, one of a row of
    figures, or any figure after another in its sentence (round 16); unless its own clause marks it a
    target or a total (目标, 左右, 规模, 合计…: 赤字率4%左右…，赤字规模5.66万亿元 keeps the second)."""
    if minor_figure(text, start, end):
        return True
    clause = text[max(text.rfind(c, 0, start) for c in "，；。：、") + 1:start]
    figure = text[start:end]
    if "." in figure and figure.endswith(("%", "％")) and not RATIO_RE.search(clause + text[end:end + 2]):
        return True  # 77.41%, 35.5%: a share to the hundredth is learned by no one, unless a target
    if HEADLINE_RE.search(clause + text[end:end + 2]):
        return False
    if follows_a_figure(text, start, end):
        return True
    before, after = text[:start], text[end:end + 1]
    if CHANGE_BEFORE_RE.search(before) and (not after or after in "，。；、）…"):
        return True
    if PAIR_BEFORE_RE.search(before) or figure.endswith("个百分点"):
        return True
    rates = [text[a:b] for a, b in find_figures(text) if text[a:b].endswith(("%", "％", "个百分点"))]
    return figure in rates and len(rates) >= 3  # one of a row of rates


DONE_RE = re.compile(r"首次|提出|以来|已|召开|举行|印发|出台|作出|确立")
CLAUSE_ENDS = "，；。：！？"


def reported_done(text: str, start: int, end: int) -> bool:
    """Does the clause of text[start:end] report something done (2024年首次提出…以来, 2023年底召开的),
    not a plan (到2035年基本实现)? A later year there is false on its face to anyone who knows the date."""
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_ENDS) + 1
    hi = min([k for k in (text.find(c, end) for c in CLAUSE_ENDS) if k >= 0] or [len(text)])
    return bool(DONE_RE.search(text, lo, hi))


# what follows a year that opens a span of time (2023年以来, 2013年起): a period summed up, not an event
PERIOD_AFTER_RE = re.compile(r"(?:初|底|末|中)?(?:以来|起|至今|开始|之后|后)")
# an event a year may date: a meeting, a document, a proposal or decision (召开/印发/提出…), a law in force
EVENT_RE = re.compile(r"提出|召开|举行|印发|出台|发布|颁布|通过|作出|部署|确立|审议|施行|启动|写入|首次|成立|设立"
                      r"|会议|全会|大会|座谈会|《")
# 将2018年作为…年: the year is what is decided; not a change (提高到2024年的2.3%: the year of a level reached)
TARGET_BEFORE_RE = re.compile(r"(?:(?<![高加长升降少大增减])[到至]|力争|争取|将)$")


def dated_event_end(text: str, start: int, end: int) -> int | None:
    """Where the clause ends that holds what the year text[start:end] dates, when it dates an event
    the sentence is about (2017年中央经济工作会议, 2013年…首次提出, 1995年《条例》颁布) or a target
    (到2035年，…基本实现); None for a summary period (2023年以来, 自2013年起), the date of a quote
    (早在2013年…就指出) or of a record (2009年我国电影总票房为…): a year swapped there tests nothing taught.

        >>> text = "2013年，总书记在湘西考察时，首次提出精准扶贫，此后各地推进。"
        >>> text[:dated_event_end(text, 0, 5)]
        '2013年，总书记在湘西考察时，首次提出精准扶贫'
        >>> dated_event_end("2023年以来，持续狠刹享乐主义。", 0, 5) is None
        True
    """
    if not re.fullmatch(r"\d{4}年", text[start:end]) or PERIOD_AFTER_RE.match(text, end):
        return None
    lo = max(text.rfind(c, 0, start) for c in "；。！？") + 1
    hi = min([k for k in (text.find(c, end) for c in "；。！？") if k >= 0] or [len(text)])
    clause_start = max(text.rfind(c, 0, start) for c in CLAUSE_ENDS) + 1
    stops = [k for k in range(end, hi) if text[k] in CLAUSE_ENDS] + [hi]
    if TARGET_BEFORE_RE.search(text, max(lo, clause_start), start):
        # 到2035年，乡村振兴取得决定性进展: the target is what the next clause says of the year
        return stops[1] if len(stops) > 1 and stops[0] - end <= 1 else stops[0]
    pos = start
    for stop in stops:
        if EVENT_RE.search(text, pos, stop):
            return stop
        pos = stop
    return None


ROW_JOINS = set("、，；")
ROW_PLAN_RE = re.compile(r"目标|指标|力争|争取|预期|预计|计划|到\d{4}年|将|要|确保|拟|继续|新建")


def achievements_row(text: str) -> bool:
    """自动化码头建成52座、…已在10多个码头应用: two or more figures (years aside) in clauses joined by
    、 or ， are a row of achievements, each a detail no study group learns; a row of targets (力争, 到2030年)
    is what the article sets out and stays.

    >>> achievements_row("建成智慧码头12座、智能系统已在20多个港口应用。"), achievements_row("力争建成12座、覆盖20个港口。")
    (True, False)
    """
    if ROW_PLAN_RE.search(text) or text[:2] in VERB_HEADS:
        return False  # 推动…，完成治沙2000万亩以上，建设…2500公里: a row of tasks
    spans = [m.span() for m in ROW_FIGURE_RE.finditer(text) if not inside_title(text, m.start())]
    return any(ROW_JOINS & set(text[b1:a2]) and not SHARE_RE.search(text[b1:a2])
               for (_, b1), (a2, _) in zip(spans, spans[1:]))


# 新增装机3亿千瓦以上，占新增装机的86%: the second figure is a share or change of the first, one fact
SHARE_RE = re.compile(r"占|比重|比例|同比|增长|增加|提高|下降|减少")


# any number with what it counts (10多个, 52座, 1.8万元), a year, a date or a time of day aside
ROW_FIGURE_RE = re.compile(r"(?<![\d.．])\d+(?:\.\d+)?(?!\d|年|月|日|号|时)(?:万亿|亿|万|千)?[多余]?(?:[%％]|[\u4e00-\u9fff])")


LIST_COUNT_UNITS = ("个", "项", "条", "种", "类", "大", "点", "方面", "件", "支", "张", "重")


def counts_listed(text: str, start: int, end: int) -> bool:
    """文脉筑基、生态扩圈、算法破局，提供了（3个观察视角）: the figure counts a list printed in the same
    sentence; the count is read off the list, and the list itself is the point to ask.

    >>> t = "守正、创新、开放，构成了3个关键词。"
    >>> counts_listed(t, t.index("3"), t.index("3") + 2)
    True
    """
    m = re.match(r"(\d+)(" + "|".join(LIST_COUNT_UNITS) + ")", text[start:end + 2])
    if not m or int(m.group(1)) < 2:
        return False
    count = int(m.group(1))
    if text[end:end + 1] == "字" and m.group(2) == "个":
        return True  # ‘某某’这3个字: the characters of the word printed beside it
    colon = re.match(r"[^，。；]{0,8}[：:]", text[end:])  # 提供了3个视角：A、B、C
    rest = text[:start] + ("。" + text[end + colon.end():] if colon else "")
    return any(len([i for i in re.split(r"[、]|和|与|及", c) if i.strip("“”")]) == count
               for c in re.split(r"[，。；：:！？]", rest) if "、" in c)

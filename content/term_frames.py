"""Formulations built on a rhetorical frame, learned whole: clauses said in parallel (既要做显功，也要做潜功),
two aims held together (目标导向和问题导向相统一) and a shift from one way to another (从事后应对向源头预防转变).

    >>> parallel_clauses("审大小而图之，酌缓急而布之，既尽力而为，又量力而行。")
    ['审大小而图之，酌缓急而布之', '既尽力而为，又量力而行']
    >>> unity_frames("坚持目标导向和问题导向相统一，")
    ['目标导向和问题导向相统一']
    >>> shift_frames("推动网络治理从事后应对向源头预防转变。")
    ['从事后应对向源头预防转变']

Instructors pick such a formulation whole even when the text says it once; the words inside it are
pieces of it unless the text also says them on their own.
"""
from __future__ import annotations

import math
import re

from content.cjk_text import DONE
from content.term_programmes import OPENERS, PARTICLES, word_starts

CLAUSE = re.compile(r"[^，；、。！？：“”‘’（）()《》\n]+")
JOINERS = "，；、"
MIN_CLAUSE, MAX_CLAUSE = 4, 12
NO_FORMULA = re.compile(r"[0-9０-９A-Za-z%]")
AIM = r"[\u4e00-\u9fff]{2,10}"
UNITY_TAILS = ("相统一", "有机统一", "相结合", "有机结合", "相衔接", "相促进", "相辅相成", "并重", "并举", "两手抓")
UNITY = re.compile(f"(?:和|与|同)({AIM}?)({'|'.join(UNITY_TAILS)})")
QUOTED_AIM = r"[\u4e00-\u9fff“”‘’]{2,14}"  # 从“单村治理”到“片区协同”: the ways are often quoted
SHIFT = re.compile(f"(?:从|由)({QUOTED_AIM}?)(?:向|到|迈向|走向)({QUOTED_AIM}?)(转变|转型|升级|演进|跃升|迈进|延伸|拓展)?"
                   "(?=[^\u4e00-\u9fff“”‘’]|的|$)")
# both ways quoted: the quotes mark where each ends (从“路修到哪里”到“服务跟到哪里”)
QUOTED_SHIFT = re.compile("(?:从|由)(“[^“”]{2,12}”)(?:向|到|迈向|走向)(“[^“”]{2,12}”)(转变|转型|升级|演进|跃升|迈进|延伸|拓展)?")
# two quoted ways in a correlative or causal frame, nothing between them but its word
QUOTED_PAIR = re.compile("(?:既要?(“[^“”]{2,8}”)(?:又要?|也要?)|(?<![所可加予难足用借得])以(“[^“”]{2,8}”)"
                         "(?:带动|促进|推动|撬动|赢得|换来)|(“[^“”]{3,8}”)[和与])(“[^“”]{2,8}”)")  # not 可以|“小切口”撬动…
NOT_FROM = ("从严", "从而", "从来", "从中", "从此", "从小", "从未", "从不", "由于", "由此", "由衷")  # 全面|从严|治党
SENTENCE_PART = re.compile(r"[^，；、。！？：（）()《》\n]+")  # a clause with its quotes
QUOTES = re.compile("[“”‘’]")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万0123456789")
QUOTED_PART = re.compile("“([^“”]+)”")
NOT_IN_AIM = re.compile(r"[的是在了着]")
OPENING = word_starts(OPENERS + PARTICLES + ("做到", "注重", "实现", "通过", "借助", "依靠", "促进", "保持"))
# (通过|顶层设计与基层实践相结合, 促进|有效市场和有为政府相结合)
# the part a thing plays in a plan: 以…为主题 / 根本动力 / 抓手 (not 为契机, 为榜样: an occasion, a model)
ROLES = ("主题", "主线", "核心", "抓手", "重点", "根本动力", "根本目的", "根本保障", "根本遵循", "引领", "牵引", "支撑",
         "基础", "前提", "关键", "着力点", "落脚点", "出发点", "切入点", "突破口", "主攻方向", "首要任务", "战略基点",
         "价值取向", "主体", "导向", "中心")
ROLE = re.compile(f"(?<![所可加予难足用借得])以((?:(?!以)[\u4e00-\u9fff“”]){{2,24}}?)为(?:{'|'.join(sorted(ROLES, key=len, reverse=True))})"
                  "(?=[，。；、：）]|$)")
# a named speaker, his verb, then a whole quoted sentence (群众要求“尽快修路” is no citation); a demand
# (“要持续推动全面从严治党向基层延伸”) is a task said again, its name a term of its own, no saying
CITED = re.compile(r"(?:总书记|习近平|主席|》)[^。“”]{0,8}?(?:指出|强调|要求|说|所说|写道|提出)[：:，]?“(?!要|必须|应当|应该)"
                   r"([^“”。！？]{8,30})[。！？]?”")
SENTENCE = re.compile(r"(?:^|(?<=[。！？]))([^。！？\n]+)[。！？]")
MAX_MAXIM_CLAUSE = 9
QUOTED_PASSAGE = re.compile(r"“[^“”]*[。！？][^“”]*[。！？][^“”]*”")  # a quotation of two sentences or more
MAXIM_CLAUSE = re.compile(r"^[^的了\W\d_A-Za-z]+$")  # Chinese only, no 的 or 了 (a statement's grammar)
# a clause opening on a speaker, a demand or an adverb is a statement (我们认为，必须如此; 要加强领导，要完善制度)
STATEMENT_OPENERS = ("我", "你", "他", "她", "这", "那", "要", "必须", "应", "各", "都", "就", "也", "还", "只", "但", "而且",
                     "因此", "所以", "如果", "虽然", "对于", "同时", "其中", "目前", "今年", "近年")
STATEMENT_WORDS = re.compile("认为|表示|觉得|是否|可以|能够|得以|已经|正在|方面")
# a pronoun (这是…，也是…), 比如…，比如… (examples) or 是…，是… (what the subject before them is said
# to be) opens a statement about something said elsewhere, no formula
REFERRING_OPENERS = ("我", "你", "他", "她", "它", "这", "那", "比如", "例如", "譬如", "是")
CONDITIONS = ("只要", "只有", "如果", "一旦", "倘若", "要是", "假如")
# a clause naming where or when something holds (无论在国内层面，|还是在国际层面; 在革命时期，在建设时期):
# a setting, no formula
SETTING_CLAUSE = re.compile("(?:无论|不论|不管|还是|或是|也|都)?是?在[\u4e00-\u9fff]{1,8}"
                            "(?:(?:层面|方面|领域|范围|层级)[上中]?|上|中|里|内|外|时期|期间)")
CORRELATIVES = ("既", "不仅", "不但", "一方面")  # 既要做显功，也要做潜功 opens its own formula
NUMERALS = "一二三四五六七八九十"
TIMES = ("昔日", "如今", "曾经", "过去", "现在", "当初", "今天", "以前", "往日", "今日", "当年", "原来", "后来", "从前", "今后",
         "未来", "以往", "眼下", "当下")
MAX_GAP = 2  # the two sides of a frame differ by at most two characters: 问题导向|效果导向


def framed_formulations(text: str) -> list[str]:
    """Every framed formulation of the text (the cheap checks skip the frames it cannot hold)."""
    found = parallel_clauses(text)
    if "以" in text and "为" in text:
        found += role_frames(text)
    if any(tail in text for tail in UNITY_TAILS):
        found += unity_frames(text)
    if ("从" in text or "由" in text) and ("向" in text or "到" in text):
        found += shift_frames(text)
    if "”" in text and ("既" in text or "以" in text or "”和“" in text or "”与“" in text):
        found += quoted_pair_frames(text)
    return found


def quoted_pair_frames(text: str) -> list[str]:
    """Two quoted ways held together in one short frame, said whole: 既“放得活”又“管得好”, 以“一子落”
    带动“全盘活”; the quoted halves are pieces of it.

    >>> quoted_pair_frames("市场准入既“放得活”又“管得好”，以“一子落”带动“全盘活”。")
    ['既“放得活”又“管得好”', '以“一子落”带动“全盘活”']
    >>> quoted_pair_frames("以“绣花”功夫“下好”先手棋"), quoted_pair_frames("我们可以“小切口”撬动“大民生”")
    ([], [])

    Two quoted ways joined by 和 or 与 are one formula when they mirror each other: one character apart
    (“看不见的手”和“看得见的手”) or the same characters in another order; two formulas said together
    (“两个确立”和“两个维护”) stay two, and so do the last two of a longer quoted list (“不敢腐”“不能腐”和“不想腐”).

    >>> quoted_pair_frames("“看不见的手”和“看得见的手”都要用"), quoted_pair_frames("“两个确立”和“两个维护”")
    (['“看不见的手”和“看得见的手”'], [])
    >>> quoted_pair_frames("一体推进“不敢腐”“不能腐”和“不想腐”")
    []
    """
    return [m.group(0) for m in QUOTED_PAIR.finditer(text)
            if m.group(3) is None or _mirrored(m.group(3), m.group(4)) and not text[:m.start()].endswith(("”", "”、"))]


def _mirrored(first: str, second: str) -> bool:
    """Two quoted words alike but for one character, or made of the same characters; not two counts or
    plans told apart by a numeral (“十四五”和“十五五”, “两个务必”和“三个务必”).

        >>> _mirrored("“看不见的手”", "“看得见的手”"), _mirrored("“十四五”", "“十五五”")
        (True, False)
    """
    if len(first) != len(second) or first == second:
        return False
    if any(a != b and (a in NUMERAL_CHARS or b in NUMERAL_CHARS) for a, b in zip(first, second)):
        return False
    return sum(a != b for a, b in zip(first, second)) == 1 or sorted(first) == sorted(second)


def cited_sentences(text: str) -> list[str]:
    """A short sentence a leader or a document is quoted saying (习近平总书记指出：“没有监督的权力必然导致
    腐败，这是一条铁律。”): instructors take the wording whole.

    >>> cited_sentences("总书记指出：“关键核心技术是要不来、买不来、讨不来的。”他说")
    ['关键核心技术是要不来、买不来、讨不来的']
    >>> cited_sentences("习近平总书记深刻指出，“要持续推动全面从严治党向基层延伸”。")
    []
    """
    return [m.group(1) for m in CITED.finditer(text)]


def role_frames(text: str) -> list[str]:
    """What a plan makes the theme, the driving force or the focus of its work, said whole:
    以推动高质量发展为主题, 以改革创新为根本动力, 以科技赋能为抓手.

    >>> role_frames("坚持以推动高质量发展为主题，以改革创新为根本动力。")
    ['以推动高质量发展为主题', '以改革创新为根本动力']
    >>> role_frames("以此为契机，以他为榜样。")
    []
    """
    return [m.group(0) for m in ROLE.finditer(text)]


def balanced_sentences(text: str) -> list[str]:
    """A sentence that is nothing but two (or four) clauses of one length is a maxim, said to be
    remembered: 道不虚谈，学求实效。 锐始者必图其终，成功者先计于始。 (a heading has no full stop).

    >>> balanced_sentences("求实效是归宿。道不虚谈，学求实效。我们常说，实践出真知。")
    ['道不虚谈，学求实效']
    """
    found = []
    passages = [m.span() for m in QUOTED_PASSAGE.finditer(text)]
    for m in SENTENCE.finditer(text):
        body = m.group(1)
        if any(a <= m.start() < b for a, b in passages):
            continue  # a line of a longer quoted passage (the four lines of “第一想到不忘本…”), no maxim of its own
        clauses = re.split("[，；]", body)
        if len(clauses) in (2, 4) and len({len(c) for c in clauses}) == 1 and (
                MIN_CLAUSE <= len(clauses[0]) <= MAX_MAXIM_CLAUSE) and all(MAXIM_CLAUSE.match(c) for c in clauses) and not any(
                c.startswith(STATEMENT_OPENERS) or STATEMENT_WORDS.search(c) for c in clauses):
            found.append(body)
    return found


def parallel_clauses(text: str) -> list[str]:
    """Runs of two or more clauses in a row (joined by ，；、) of one length, four to twelve characters,
    that share a third of their characters in the same places: 既要做显功，也要做潜功;
    以扩大开放促进深化改革，以深化改革促进扩大开放. Runs end where the likeness ends."""
    found = []
    spans = [m.span() for m in CLAUSE.finditer(text)]
    first = 0  # the run so far: spans[first:k]
    for k in range(1, len(spans) + 1):
        if k < len(spans):
            (a, b), (c, d) = spans[k - 1], spans[k]
            if b - a == d - c and c == b + 1 and text[b] in JOINERS and _alike(text[a:b], text[c:d], text[b] == "、"):
                continue
        if k - first >= 2 and _whole_run(text, spans, first, k):
            found.append(text[spans[first][0]:spans[k - 1][1]])
        first = k
    return found


def _whole_run(text: str, spans: list[tuple[int, int]], first: int, end: int) -> bool:
    """A run of like clauses is a formula only when it is the whole of it: not when a clause joined to
    it goes on in the same frame at another length (学得深不深、查得准不准、|改得到不到位), when it is
    what follows from a condition (只要…，|我们的工作就会越做越好，我们的事业就会兴旺发达) or when it
    opens on a pronoun (这是思想方法，也是工作方法: a statement about something said before). A run
    opening on 既 or 不仅 starts its own formula, whatever comes before.

    >>> parallel_clauses("能更敏锐地捕捉市场需求，更稳定地完成产品交付，更快速地推动产品迭代。")
    []
    >>> parallel_clauses("干部要做显绩，既要做显功，也要做潜功。")
    ['既要做显功，也要做潜功']
    """
    a, b = spans[first]
    if text[a:b].startswith(REFERRING_OPENERS) or _straddles(text, spans, first, end):
        return False
    if any(DONE.search(text, c, d) for c, d in spans[first:end]):
        return False  # 既失去了阅读的乐趣，也得不到…: what happened, told in two clauses
    if all(SETTING_CLAUSE.fullmatch(text, c, d) for c, d in spans[first:end]):
        return False  # 无论在国内层面，还是在国际层面: where the point holds (not 在干中学，在学中干)
    if first > 0 and text[spans[first - 1][1]:a] in JOINERS and not text[a:b].startswith(CORRELATIVES):
        before = text[slice(*spans[first - 1])]
        if before.startswith(CONDITIONS) or _same_frame(before, text[a:b]) or _same_frame(before[-(b - a):], text[a:b], 0) \
                or _counts_on(before, text[a:b]):
            return False
    if end < len(spans) and text[spans[end - 1][1]:spans[end][0]] in JOINERS:
        after, last = text[slice(*spans[end])], text[slice(*spans[end - 1])]
        if _same_frame(after, last) or _counts_on(last, after):
            return False
    return True


def _counts_on(last: str, after: str) -> bool:
    """一怕…，二怕…，|三怕身为党员被老百姓戳脊梁骨: the clause after a run numbers on from its last one
    (the same word after the next numeral), at whatever length, or the clause before numbers into its
    first: the run is part of a longer series.

    >>> parallel_clauses("一怕党的事业干不好，二怕党的形象受损害，三怕身为党员被老百姓戳脊梁骨。")
    []
    >>> parallel_clauses("一怕身为党员被老百姓戳脊梁骨，二怕党的事业干不好，三怕党的形象受损害。")
    []
    """
    k = NUMERALS.find(last[:1])
    return k >= 0 and after[:1] == NUMERALS[k + 1:k + 2] and last[1:2] == after[1:2]


def _straddles(text: str, spans: list[tuple[int, int]], first: int, end: int) -> bool:
    """百年大计，|教育为本；教育大计|，教师为本: a run joined by ； whose clauses each hold on to a
    neighbour by a ， takes halves of two sentences, no formula.

    >>> parallel_clauses("百年大计，教育为本；教育大计，教师为本。")
    []
    """
    if text[spans[first][1]] != "；":
        return False
    before = first > 0 and text[spans[first - 1][1]:spans[first][0]] == "，"
    after = end < len(spans) and text[spans[end - 1][1]:spans[end][0]] == "，"
    return before or after


def _same_frame(neighbour: str, clause: str, gap: int = 1) -> bool:
    """改得到不到位 beside 查得准不准: a clause opening the same way (its first or second character in
    place, and one more further on) at another length (gap 1), or, with gap 0, the end of a longer
    clause built alike (主体能|更敏锐地捕捉市场需求 before 更稳定地完成产品交付)."""
    same = [i for i, (x, y) in enumerate(zip(neighbour, clause)) if x == y]
    return abs(len(neighbour) - len(clause)) >= gap and bool(same) and same[0] <= 1 and len(same) >= 2


def unity_frames(text: str) -> list[str]:
    """X和Y相统一, X与Y相结合: two aims of like length held together, X opening its clause or right
    after the verb that asks for it (坚持|目标导向和问题导向相统一)."""
    found = []
    for clause in CLAUSE.findall(text):
        for m in UNITY.finditer(clause):
            first = _first_aim(clause[:m.start()])
            if _like_sides(first, m.group(1)):
                found.append(clause[m.start() - len(first):m.end()])
    return found


def shift_frames(text: str) -> list[str]:
    """从X向Y转变, 由X到Y: a shift between two ways of like length (从单兵作战向体系作战升级). A clause
    that a list goes on (…向系统性、综合性风险治理转变) holds no whole shift.

    >>> shift_frames("加快从单灾种应对向系统性、综合性风险治理转变。")
    []
    >>> shift_frames("实现从出行艰难到四通八达、从城乡二元分割到更普惠均衡的跨越。")
    []
    >>> shift_frames("园区党建，从“有形覆盖”到“有效运转”")
    ['从“有形覆盖”到“有效运转”']
    >>> shift_frames("推动从“物质救助”向“权利保障”、从“短期解困”向“长期发展”转型")
    ['从“物质救助”向“权利保障”', '从“短期解困”向“长期发展”转型']
    >>> shift_frames("实现了从“站起来”到“富起来”、“强起来”的伟大飞跃")
    []
    >>> shift_frames("从信用管理到健康服务，从成立到上市")
    []
    >>> shift_frames("从孔子“君子有三畏”到东汉杨震“四知却金”，敬畏之心代代相传")
    []
    >>> shift_frames("村容村貌从昔日“脏乱差”到如今“美如画”")
    ['从昔日“脏乱差”到如今“美如画”']
    >>> shift_frames("从瞄准“固定靶”到善打“移动靶”")
    ['从瞄准“固定靶”到善打“移动靶”']
    >>> shift_frames("实现从制造大国到制造强国的跨越")
    ['从制造大国到制造强国']
    >>> shift_frames("从“路修到哪里”到“服务跟到哪里”，从规模扩张转向品质提升")
    ['从“路修到哪里”到“服务跟到哪里”', '从规模扩张转向品质提升']
    """
    found = []
    parts = list(SENTENCE_PART.finditer(text))
    for n, clause in enumerate(parts):
        listed_before = text[clause.start() - 1:clause.start()] == "、"
        listed_after = text[clause.end():clause.end() + 1] == "、"
        quoted = list(QUOTED_SHIFT.finditer(clause.group(0)))
        # a list of quoted shifts (从“物质救助”向“权利保障”、从“短期解困”向“长期发展”转型) names each, when
        # every item is one (not 从“站起来”到“富起来”、“强起来”)
        if quoted and (listed_before and not _quoted_shift(parts, n - 1, ends=True)
                       or listed_after and not _quoted_shift(parts, n + 1, ends=False)):
            continue
        if not quoted and (listed_before or listed_after):
            continue  # 从物资匮乏到物产丰饶、…、从城乡二元分割到更普惠均衡: one item of a list of shifts
        for m in quoted or SHIFT.finditer(clause.group(0)):
            first, second = m.group(1), m.group(2)
            if m.group(0).startswith(NOT_FROM) or _range(m):
                continue
            if _balanced(first) and _balanced(second) and _like_sides(QUOTES.sub("", first), QUOTES.sub("", second)):
                found.append(m.group(0))
    return found


def _quoted_shift(parts: list[re.Match], n: int, ends: bool) -> bool:
    """Whether the list's item before ends on a quoted shift, or the item after opens on one."""
    if not 0 <= n < len(parts):
        return False
    part = parts[n].group(0).strip()
    if not ends:
        return QUOTED_SHIFT.match(part) is not None
    return any(m.end() == len(part) for m in QUOTED_SHIFT.finditer(part))


def _range(m: re.Match) -> bool:
    """从信用管理到健康服务, 从成立到上市: from one plain thing to another, with no shift named (no
    向…转变, no quoted ways, no word the two share: 从制造大国到制造强国 is a shift), is a range of
    things or of time."""
    first, second = m.group(1), m.group(2)
    joiner = m.string[m.end(1):m.start(2)]
    if joiner != "到" or m.group(3):
        return False
    if "“" in first + second:  # quoted ways (从“有形覆盖”到“有效运转”, 从昔日“脏乱差”到如今“美如画”), unless
        return _sayings(first, second)  # whose sayings they are: 从孔子“君子有三畏”到东汉杨震“四知却金”
    return len(first) >= 2 and not set(first) & set(second)


def _sayings(first: str, second: str) -> bool:
    """孔子“君子有三畏” … 东汉杨震“四知却金”: two sayings after who said them, nothing shared between
    them (not two ways after when, 昔日“脏乱差” … 如今“美如画”, nor after a verb, 瞄准“固定靶” … 善打“移动靶”)."""
    said = [QUOTED_PART.search(side) for side in (first, second)]
    if not all(said) or set(said[0].group(1)) & set(said[1].group(1)):
        return False
    return all(side[:m.start()] and side.endswith("”") and not side[:m.start()].endswith(TIMES)
               for side, m in zip((first, second), said))


def _balanced(side: str) -> bool:
    return side.count("“") == side.count("”") and side.count("‘") == side.count("’")


def _first_aim(before: str) -> str:
    """The first aim: from the last verb before it (坚持|目标导向) or the clause's start."""
    ends = [o.start() + len(o.group(1)) for o in OPENING.finditer(before)]
    return before[max((e for e in ends if len(before) - e >= 2), default=0):]


def _like_sides(first: str, second: str) -> bool:
    return (2 <= len(first) <= 10 and 2 <= len(second) <= 10 and abs(len(first) - len(second)) <= MAX_GAP
            and first != second and not NOT_IN_AIM.search(first + second))


def _alike(a: str, b: str, listed: bool) -> bool:
    """Clauses of one length sharing a third of their characters in place. Items of a list (、) that
    share only a word at one end (科技实力、国防实力, 智慧电力、智慧农业) name things, not a formula;
    a shared frame inside them is one (问寒问暖、问需问计, 民有所呼、我有所应)."""
    if len(a) != len(b) or not MIN_CLAUSE <= len(a) <= MAX_CLAUSE or a == b or NO_FORMULA.search(a + b):
        return False
    same = [i for i, (x, y) in enumerate(zip(a, b)) if x == y]
    if listed and (same == list(range(len(same))) or same == list(range(len(a) - len(same), len(a)))):
        return False
    return len(same) >= max(2, math.ceil(len(a) / 3))

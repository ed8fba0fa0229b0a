"""Finding enumerations: inline lists (A、B、C), counted lists (…三大片区, 合称“六张网”),
numbered points (一是…二是…, 第一…第二…) and parallel paragraph leads (以科技…，以科技…).

    >>> e = inline_lists("坚持问题导向、目标导向、结果导向相统一，精准发力。")[0]
    >>> e.items
    ['问题导向', '目标导向', '结果导向']
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from quiz.known_formulas import known_formula
from quiz.vocabulary import CANONICAL_ORDERS, is_generic, looks_like_term

# words after which a list's first item begins (聚焦A、B、C)
LEAD_MARKERS = ("聚焦", "围绕", "推动", "推进", "加强", "坚持", "实现", "包括", "涵盖", "提升", "构建", "发展",
                "培育", "推广", "完善", "建设", "开展", "实施", "深化", "促进", "形成", "加快", "着力", "突出",
                "强化", "打造", "注重", "统筹", "树立", "弘扬", "践行", "落实", "做好", "抓好", "守住", "解决",
                "运用", "利用", "依托", "借助", "通过", "采用", "应用", "引进", "建立", "设立", "布局", "组建",
                "狠抓", "抓住", "瞄准", "整治", "包括", "尤其是", "特别是", "重点是", "支持", "鼓励", "引导",
                "如", "在", "对", "把", "将", "从", "为", "是", "有", "的", "了", "即", "和", "与", "及", "以",
                "：", "向", "到", "让", "使", "要", "等")
LONG_MARKERS = [m for m in LEAD_MARKERS if len(m) > 1]
SHORT_MARKERS = [m for m in LEAD_MARKERS if len(m) == 1]
# what may follow a list's last item (A、B、C等领域 / 相统一 / 的)
TAIL_MARKERS = ("等", "相统一", "相结合", "相协调", "相适应", "相衔接", "一体化", "协同", "融合", "的",
                "上", "中", "方面", "领域", "等方面", "并举", "齐头并进", "全覆盖", "全过程")
COUNT_RE = re.compile(r"^(?:等)?([一二三四五六七八九十两]+)(大|个|项|种|条|方面|类|张|支|座|片)")
CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
QUANTIFIER_RE = re.compile(r"^(?:一批|一系列|一些|各类|各种|多种|一大批)")
CLAUSE_RE = re.compile(r"[^，。；：！？“”（）《》\n]+")
NUMBERED_RE = re.compile(r"(?:^|[。；])\s*((?:第)?[一二三四五六七八九十]+(?:是|要|，|、))")


@dataclass
class Enumeration:
    """Members of one list, in source order, with their offsets in `text` (a sentence or a paragraph)."""
    items: list[str]
    spans: list[tuple[int, int]]
    count_label: str = ""      # 三大片区 / 六个领域: the list is complete and says so
    complete: bool = True      # False when an end item could not be cut cleanly (it is then left out)


def chinese_number(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return CN_DIGITS.get(a, 0) * 10 + CN_DIGITS.get(b, 0)
    return CN_DIGITS.get(s, 0)


def inline_lists(text: str) -> list[Enumeration]:
    """Lists of three or more items joined by 、 inside one clause."""
    out = []
    if text.count("、") < 2:
        return out
    for m in CLAUSE_RE.finditer(text):
        clause = m.group()
        if clause.count("、") < 2:
            continue
        enum = _split_clause(clause, m.start(), text)
        if enum and len(enum.items) >= 3:
            out.append(enum)
    return out


def _split_clause(clause: str, offset: int, text: str) -> Enumeration | None:
    parts = clause.split("、")
    middle = _split_joined(parts[1:-1])
    if not all(1 <= len(p) <= 12 for p in middle):
        return None
    max_len = max(len(p) for p in middle) + 2
    first = QUANTIFIER_RE.sub("", _cut_first(parts[0], max_len, middle, parts[-1]))
    if len(first) >= max(len(p) for p in middle) + 2 and len({len(p) for p in middle}) == 1:
        first = ""  # 能源生产、调度、交易: the first part is longer than its peers, so it was cut wrong
    lasts, tail = _cut_last(parts[-1], max_len, middle)
    items = ([first] if first else []) + middle + lasts
    spans, pos = [], len(parts[0]) - len(first)
    for item in items:
        k = clause.find(item, pos)
        spans.append((offset + k, offset + k + len(item)))
        pos = k + len(item)
    complete = bool(first) and bool(lasts)
    if not all(looks_like_term(i) or len(i) == 1 for i in items) or any("的" in i for i in items):
        return None
    label = _count_label(tail, clause, offset, text, len(items)) if complete else ""
    return Enumeration(items, spans, label, complete)


def _split_joined(middle: list[str]) -> list[str]:
    """价值观和权力观 inside a list is two items when both halves share the other items' ending."""
    plain = [p for p in middle if not any(c in p for c in "和及与")]
    suffix = common_suffix(plain) if len(plain) >= 2 else ""
    out = []
    for p in middle:
        halves = re.split("[和及与]", p, maxsplit=1)
        if suffix and len(halves) == 2 and all(h.endswith(suffix) and len(h) > len(suffix) for h in halves):
            out.extend(halves)
        else:
            out.append(p)
    return out


def _cut_first(seg: str, max_len: int, middle: list[str], last: str = "") -> str:
    """The first item, cut from the clause before it; one middle item alone is weak evidence of the
    items' size (碳排放权、排污权、水权: not 碳|排放权), so the last item must bear it out."""
    # 创造无愧于党、无愧于人民、无愧于时代: one middle item and the last share the list's head (无愧于); the
    # first item starts there, not inside the verb before it (造无愧于党)
    prefix = common_prefix(middle)
    if not prefix and len(middle) == 1 and len(common_prefix(middle + [last])) >= 2:
        prefix = common_prefix(middle + [last])
    if prefix and prefix in seg:
        cand = seg[seg.rfind(prefix):]
        return cand if len(cand) <= max_len else ""
    lengths = {len(p) for p in middle}
    suffix = common_suffix(middle + [seg])
    if len(lengths) == 1 and (len(middle) >= 2 or len(last) >= min(lengths) and last[:min(lengths)].endswith(suffix)) \
            and suffix \
            and len(seg) > min(lengths):
        return seg[-min(lengths):]  # 党员干部世界观、人生观、价值观: items of one shape and size
    if lengths == {3} and len(seg) > 3 and _built_alike([seg[-3:]] + middle + [last[:3]]) and last[3:4] != "等" \
            and not _cuts_marker(seg, len(seg) - 3):
        return seg[-3:]  # 发挥法治固根本、稳预期、利长远的作用: three-character verb–object items, one build
    best = _cut_after_marker(seg, max_len, LONG_MARKERS)
    while best and _cut_after_marker(best, max_len, LONG_MARKERS):  # 加快推进X: both verbs go
        best = _cut_after_marker(best, max_len, LONG_MARKERS)
    if best:
        return best
    if len(seg) <= max_len and not seg.startswith(("以", "在", "把", "对", "从")):
        return seg
    if len(lengths) == 1 and (min(lengths) >= 4 or len(middle) >= 2) and len(last) >= min(lengths):
        return seg[-min(lengths):]  # 推动各种所有制取长补短、相互促进: four-character items, four characters
    return _cut_after_marker(seg, max_len, SHORT_MARKERS)


def _cut_after_marker(seg: str, max_len: int, markers: list[str]) -> str:
    best = ""
    for marker in markers:
        k = seg.rfind(marker)
        if k >= 0:
            cand = seg[k + len(marker):]
            if 2 <= len(cand) <= max_len and len(cand) > len(best):
                best = cand
    return best


def _cut_last(seg: str, max_len: int, middle: list[str]) -> tuple[list[str], str]:
    """The last item(s) and what follows them in the clause."""
    suffix = common_suffix(middle + [seg[:max(len(p) for p in middle)]]) or common_suffix(middle)
    if suffix and suffix in seg:
        k = seg.find(suffix) + len(suffix)
        return ([seg[:k]], seg[k:]) if k <= max_len else ([], seg)
    n = len(middle) + 2
    for m in re.finditer(r"([一二三四五六七八九十两]+)(?:大|个|项|种|条|方面|类|张|支|座|片)", seg):
        count = chinese_number(m.group(1))
        if m.start() >= 1 and count == n:
            return [seg[:m.start()]], seg[m.start():]
        joined = re.split("[和及与]", seg[:m.start()], maxsplit=1)
        if m.start() >= 1 and count == n + 1 and len(joined) == 2 and all(joined):
            return joined, seg[m.start():]
    k = seg.find("等", 1)
    if 0 < k <= max_len:
        return [seg[:k]], seg[k:]
    for marker in ("和", "及", "与"):  # A、B和C: the last part is two items; keep the list to A、B
        if marker in seg[:max_len]:
            return [], seg
    cut = len(seg)
    for marker in TAIL_MARKERS:
        k = seg.find(marker, 2)
        if 0 < k < cut:
            cut = k
    item = seg[:cut]
    if len(item) > max_len:
        return [], seg
    return [item], seg[cut:]


def _count_label(tail: str, clause: str, offset: int, text: str, n: int) -> str:
    m = COUNT_RE.match(tail)
    if m and chinese_number(m.group(1)) == n:
        rest = re.match(r"[^，。；、（）]{0,2}", tail[m.end():]).group()
        return (m.group() + rest).lstrip("等")
    after = text[offset + len(clause):offset + len(clause) + 16]
    called = re.match(r"”?（(?:合称|简称|统称|以下简称)“([^”]{2,10})”）", after)
    return called.group(1) if called else ""


def numbered_points(text: str) -> list[tuple[str, int, int]]:
    """The lead clause of each numbered point (一是X，…；二是Y，…) of one paragraph, with offsets."""
    marks = list(NUMBERED_RE.finditer(text))
    if len(marks) < 2:
        return []
    numbers = [chinese_number(m.group(1).lstrip("第").rstrip("是要，、")) for m in marks]
    if numbers != list(range(1, len(numbers) + 1)):
        return []
    return [lead_clause(text, m.end(1)) for m in marks]


def lead_clause(text: str, start: int) -> tuple[str, int, int]:
    m = re.compile(r"[^，。；：！？\n]+").match(text, start)
    if not m:
        return "", start, start
    return m.group(), m.start(), m.end()


def point_number(paragraph: str) -> tuple[int, int]:
    """(n, lead end) when a paragraph opens a numbered point (一是 / 第一， / 一、 / （一）), else (0, 0)."""
    m = re.match(r"\s*(?:（([一二三四五六七八九十]+)）|(?:第)?([一二三四五六七八九十]+)(?:是|、|，))", paragraph)
    if not m:
        return 0, 0
    return chinese_number(m.group(1) or m.group(2)), m.end()


def common_prefix(items: list[str]) -> str:
    """The start all items share, if shorter than each of them."""
    if len(items) < 2:
        return ""
    p = items[0]
    for i in items[1:]:
        while not i.startswith(p):
            p = p[:-1]
    return p if p and len(p) < min(len(i) for i in items) else ""


def common_suffix(items: list[str]) -> str:
    return common_prefix([i[::-1] for i in items])[::-1]


# heads of concrete things whose kinds make open lists (生态农业、设施农业、体验农业…, 庭院经济、林下经济…),
# unlike the abstract heads of formulas (…导向, …意识, …性, …化)
OPEN_KINDS = ("路", "网", "农业", "产业", "企业", "经济", "项目", "工程", "基地", "园区", "平台", "中心", "设施",
              "产品", "行业", "市场", "景区", "城市", "活动", "课程")


def is_formula(items: list[str], label: str = "", complete: bool = True) -> bool:
    """A list worth reciting: complete, short members, and a fixed count or a shared form."""
    if not complete or not 2 <= len(items) <= 6 or any(len(i) > 8 for i in items):
        return False
    if label:
        return True
    if common_suffix(items).endswith(OPEN_KINDS) and not canonical(items):
        return False  # 产业路、旅游路、园区路、便民路: kinds of a concrete thing, and any other kind fits
    lengths = {len(i) for i in items}
    same_end = len({i[-2:] for i in items}) == 1 or (len({i[-1] for i in items}) == 1 and len(lengths) == 1)
    same_start = len({i[:1] for i in items}) == 1 and len(lengths) == 1
    return same_end or same_start or _built_alike(items)


CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
FUNCTION_CHARS = frozenset("的地得和与及或在是了着把被对为以从向等")


def _cuts_marker(seg: str, cut: int) -> bool:
    """Whether a cut at `cut` falls inside a lead word (依|托旅游、食用菌: 依托 leads into the list)."""
    return any(seg.startswith(m, i) for m in LONG_MARKERS for i in range(max(0, cut - len(m) + 1), cut))


def _built_alike(items: list[str]) -> bool:
    """固根本、稳预期、利长远 / 感党恩、听党话、跟党走: three or more three-character items (a verb and its
    object, a slogan's usual build), none a stock word or holding a function word, make a formula even with
    no character in common. Four-character items are as often a list of examples (集成电路、人工智能、…)."""
    return len(items) >= 3 and all(len(i) == 3 and CJK_ONLY.fullmatch(i) for i in items) \
        and not any(is_generic(i) or FUNCTION_CHARS & set(i) for i in items)


def verb_object_formula(items: list[str], text: str = "") -> bool:
    """固根本、稳预期、利长远 / 抓重点、补短板、强弱项: a formula of three-character members built alike, said in
    one order by everyone who says it — a known formula, or one the article (`text`) says twice. A writer's
    closing triple said once (干实事、出实绩、务实功) teaches no order (review round 24, pattern 4). Not one verb
    on many places (进农村、进社区、进学校) nor names of one kind (进博会、广交会、服贸会): those are in no order."""
    return _built_alike(items) and len({i[0] for i in items}) == len({i[-1] for i in items}) == len(items) \
        and (known_formula(items) or said_again(items, text))


# suffixes that make a word of a quality or a trend (针对性, 智能化, 获得感, 凝聚力): lists of them are the
# genre's boilerplate unless they are a formula
ROTE_SUFFIXES = ("性", "化", "感", "力")


def rote_list(items: list[str], text: str = "", listed: Collection[str] = ()) -> bool:
    """A list that gives no question (多选, 填空, 排序): items of one suffix -性/-化/-感/-力 or three-character
    members built alike (干实事、出实绩、务实功), neither a formula (known_formulas, the lexicon's entries, the
    canonical orders, in any order) nor said twice in the article (review round 24, pattern 4).

        >>> rote_list(["精准性", "实效性", "协同性"]), rote_list(["系统性", "整体性", "协同性"])
        (True, False)
    """
    suffix = common_suffix(items)
    if not (suffix and suffix.endswith(ROTE_SUFFIXES) or verb_objects(items)):
        return False
    return not known_formula(items, listed) and not said_again(items, text)


# last characters of a noun's form (集团化、公司制、股份制 / 知识型、技能型): members so built name kinds, not acts
NOMINAL_ENDS = frozenset("化制型式性观链网感力度业区园权")


def verb_objects(items: list[str]) -> bool:
    """干实事、出实绩、务实功 / 稳经营、调结构、提效益: three-character members built alike, with no shared head
    (创新链、产业链、资金链 is a family of one noun) and none ending as a noun's form does."""
    return _built_alike(items) and not common_suffix(items) and not any(i[-1] in NOMINAL_ENDS for i in items)


def said_again(items: list[str], text: str) -> bool:
    """The list, in its order, at least twice in the text."""
    return bool(text) and text.count("、".join(items)) >= 2


def shaped_alike(items: list[str]) -> bool:
    """Three or more items of one length (three characters or more) and one ending: 高端化、智能化、绿色化、
    融合化 / 系统性、整体性、协同性 — a formulation, even when some of its members are stock words."""
    return len(items) >= 3 and len({len(i) for i in items}) == 1 and len(items[0]) >= 3 \
        and bool(common_suffix(items)) and all(CJK_ONLY.fullmatch(i) for i in items)


def canonical(items: list[str]) -> bool:
    """A run of three or more of a fixed formulation, in its order (创新、协调、绿色…)."""
    n = len(items)
    return n >= 3 and any(tuple(items) == f[k:k + n] for f in CANONICAL_ORDERS for k in range(len(f) - n + 1))


def listed_formula(items: list[str], listed: Collection[str]) -> bool:
    """Three or more items that are a formula of the shipped vocabulary, or a run of one, in its order
    (科学立法、严格执法、公正司法、全民守法; its 、-joined entries and the canonical orders)."""
    if len(items) < 3:
        return False
    if "、".join(items) in listed or canonical(items):
        return True
    index = getattr(listed, "formulas_by_member", None)
    families = index.get(items[0], ()) if index is not None else [tuple(e.split("、")) for e in listed if "、" in e]
    n = len(items)
    return any(tuple(items) == f[k:k + n] for f in families for k in range(len(f) - n + 1))

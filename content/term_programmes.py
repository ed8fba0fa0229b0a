"""Named programmes of a report: what a government launches, wages, carries out or enacts by name.

    >>> programme_names("大力实施单产提升行动。持续打好“三北”工程攻坚战。", frozenset({"重点"}))
    ['单产提升行动', '“三北”工程攻坚战']
    >>> programme_names("以精细管护守牢民生底线。", frozenset({"民生"}))
    []

A long report names dozens of programmes (…行动, …工程, …攻坚战, …计划, …战略), each said once or
twice: the verb that launches it (实施, 开展, 打好, 推进 …) marks where its name begins, the head
where it ends. jieba cuts such names into ordinary words, so they are found on the raw text.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

# Longest first: 行动计划 before 行动, 专项斗争 before 斗争.
HEADS = ("行动计划", "攻坚行动", "专项行动", "专项斗争", "攻坚战", "保卫战", "行动", "工程", "计划", "战略", "条例",
         "底线", "红线", "学习教育", "主题教育", "集中教育", "原则")
# A line to hold is named only after the verb that holds it: 守住|系统性风险底线 (not 突破纪律底线).
LINES = ("底线", "红线")
# Heads that follow at once belong to one name: “三北”工程|攻坚战.
HEAD_RUN = re.compile("(?:" + "|".join(HEADS) + ")+")
# Verbs that launch or wage a programme; the name starts right after the last one in the clause.
OPENERS = ("实施", "开展", "推进", "推动", "打好", "打赢", "抓好", "狠抓", "启动", "组织", "完成", "部署",
           "深化", "实行", "做好", "发起", "持续", "加快", "建设", "开工", "推行", "确保", "发挥", "紧扣", "围绕",
           "制定", "奉行", "贯彻", "落实", "坚持", "加强", "强化", "支持", "规划", "构建", "用好", "推出", "出台", "修订", "修改",
           "守住", "守牢", "守好", "兜牢", "兜住", "严守", "坚守", "遵循", "秉持", "遵守", "违反")
HOLDING = ("守住", "守牢", "守好", "兜牢", "兜住", "严守", "坚守")  # they hold a line; no name holds one inside
# Without a verb, a particle opens the name: 以|北疆文化建设提升行动|为引领, 要把|就业促进行动|作为….
PARTICLES = ("以", "把", "将", "对")
WORDS_BEFORE_YI = frozenset("可难得予加用借足所")  # 可以, 难以, 予以…: words holding 以, no particle opening a name
JOINING_PARTICLES = ("把", "将")  # 把|X同Y结合: X is joined to Y, neither is named
JOINED_TO = re.compile("(?<![共协相等认赞合胡大])同(?![步城心舟频业济行工])")
# After the head: the end of the clause or a word that cannot continue the name (行动|为引领, 工程|取得).
FOLLOWERS = frozenset("为作取和与及等的是中上有，。；！？：、）)\n")
CLAUSE_BREAKS = frozenset("，。；！？：、（）()\n")
WINDOW = 40  # characters before a head where its clause may begin
_BREAK_CLASS = "".join(sorted(CLAUSE_BREAKS)).replace("\n", "\\n").replace("(", "\\(").replace(")", "\\)")
LAST_BREAK = re.compile(f"[{_BREAK_CLASS}][^{_BREAK_CLASS}]*$")  # the last clause break of a window
NAME_CHARS = re.compile(r"^[\u4e00-\u9fff“”‘’+0-9]+$")


def word_starts(words) -> re.Pattern:
    """Every place one of the words starts, overlapping ones too (a lookahead), longest word first;
    group 1 is the word."""
    return re.compile("(?=(" + "|".join(sorted(set(words), key=len, reverse=True)) + "))")


OPENING = word_starts(OPENERS + PARTICLES)  # every place an opener or particle starts, overlapping ones too
LEADING = ("了", "不发生", "好", "以", "把", "将", "在", "对", "从", "由", "要", "和", "与")  # 守住|了|…底线
DROPPED = ("一批", "一系列", "若干", "一些", "各类", "各项")  # 建设|一批|重大高效节水灌溉工程
QUANTIFIERS = DROPPED + ("新一轮", "重大", "重点", "专项", "三年", "五年")
# 巴黎提出“15分钟之城”计划: who launched it; 把思想引领转化为…行动: what it becomes; 以|精细管护守牢民生底线:
# a clause holding a line; 就读于…工程: a person's studies
NOT_IN_NAME = re.compile(r"[在等的是]|(?:就读|位|属|用|源|始|处|致力|立足)于|通过|依托|作为|服务|提出|发布|宣布|[上和与]$|[转变化成]为|"
                         + "|".join(HOLDING) +
                         r"|^(?:这|那|该|此|既|也|又|还|更|需要|必须|应当|应该|可以|能够)")  # 这一系统工程, 既打攻坚战,
# 需要从国家战略(的大处着眼): a pointer, a clause or what must be done, no name
MIN_NAME, MAX_NAME = 2, 14
# Institutions a text sets up by name: 建立健全|重大决策终身责任追究制度, 构建|沙盒监管模式.
INSTITUTION_HEADS = ("制度", "机制", "体制", "体系", "框架", "模式", "格局", "市场", "清单")
INSTITUTION_OPENERS = ("建立健全", "建立", "健全", "完善", "构建", "实行", "推行", "形成", "融入", "将", "把")
# Verbs that cannot open an institution's name (发展|产业体系 is a task, 铸就|新格局 a claim).
ACTION_WORDS = frozenset(INSTITUTION_OPENERS + OPENERS + ("发展", "优化", "不断", "铸就", "重构", "纳入", "提升", "促进",
                                                          "实现", "打造", "重塑", "引导", "上升"))
MIN_INSTITUTION = 3  # 长效|机制, 工作|机制: a two-character modifier names no institution of its own
JOINING = "和"  # 社会信用体系和监管制度: two institutions set up at once
DONE_WELL = "好"  # 统筹好, 处理好: a verb with the complement of a task done well opens no name
INSTITUTION_RUN = re.compile("(?:" + "|".join(INSTITUTION_HEADS) + ")+")
INSTITUTION_TAIL = re.compile(INSTITUTION_RUN.pattern + "$")
SETTING_UP = word_starts(INSTITUTION_OPENERS + OPENERS)
# a market as a place to go (将目光投向海外市场, 推动成果投入市场, 开拓国际市场), not a market set up
# (“春风”持续吹入就业市场: whatever goes into it, 入市 too, whose names the cut cuts (用地|入市交易市场);
# not the 入 of 收入)
ENTERING = re.compile("(?<!收)入|(?:投|推|进|走|流|转|打|面|迈)(?:向|进)|开拓|拓展|占领|抢占")


def programme_names(text: str, generic: frozenset[str]) -> list[str]:
    """Names of programmes in the text, in reading order (a name may repeat)."""
    found = []
    for m, start in _heads_with_clauses(text, HEAD_RUN):
        listed = start > 0 and text[start - 1] == "、"  # 蓝天、碧水、|净土保卫战: a list's last item
        name = _named_part(text[start:m.end()], generic, listed)
        if name:
            found.append(name)
    return found


def _heads_with_clauses(text: str, heads: re.Pattern) -> Iterable[tuple[re.Match, int]]:
    """Each run of heads that ends a name (a clause break or a word that cannot go on follows), with
    where its clause begins (at most WINDOW characters before it)."""
    for m in heads.finditer(text):
        end = m.end()
        if (text[end] if end < len(text) else "\n") not in FOLLOWERS:
            continue
        window_start = max(0, m.start() - WINDOW)
        last_break = LAST_BREAK.search(text, window_start, m.start())
        yield m, last_break.start() + 1 if last_break else window_start


def institution_names(text: str, generic: frozenset[str], opens_name: Callable[[str, int], bool] = lambda s, i: True,
                      verb: Callable[[str], bool] = lambda word: False) -> list[str]:
    """Institutions set up by name, in reading order: the head (…制度, …机制, …体系) ends the name, the
    verb that sets it up (建立, 健全, 完善, 构建 …) opens it. A modifier joined by 的 describes the
    institution (建立|适配人工智能发展的|新型投融资体制): the name is what follows the last 的.
    `opens_name(clause, i)`: whether a name can start at i (not inside a word); no name opens on a verb.
    A list's later item is a name only when no verb of its own opens it or follows its first word
    (`verb(word)`): 摸透自身情况、熟悉外部格局 and 在部分产业、领域试行“沙盒监管”机制 set nothing up. Nor does a verb with 好 (就要把|统筹好有效市场和有为政府的关系…: a task
    done well, whose object runs on past the head).

    >>> institution_names("并建立健全重大决策终身责任追究制度，完善长效机制。", frozenset())
    ['重大决策终身责任追究制度']
    >>> institution_names("建立适配人工智能发展的新型投融资体制。", frozenset())
    ['新型投融资体制']
    >>> institution_names("企业越来越多地将目光投向海外市场。", frozenset())
    []
    >>> institution_names("随着“春风”持续吹入就业市场，岗位更多了。", frozenset())
    []
    >>> institution_names("建立农村集体经营性建设用地入市交易市场。", frozenset())
    []
    >>> institution_names("健全城乡统一的收入分配市场。", frozenset())
    ['收入分配市场']
    >>> institution_names("推动多项创新成果投入市场。", frozenset())
    []
    >>> institution_names("拟在部分产业、领域试行“沙盒监管”机制。", frozenset(), verb=lambda w: w == "试行")
    []
    >>> institution_names("就要把统筹好有效市场和有为政府的关系建立在发展上。", frozenset(), verb=lambda w: w == "统筹")
    []
    """
    found = []
    for m, clause_start in _heads_with_clauses(text, INSTITUTION_RUN):
        clause = text[clause_start:m.start()]
        cuts = sorted({o.start() + len(o.group(1)) for o in SETTING_UP.finditer(clause)}, reverse=True)
        if clause_start > 0 and text[clause_start - 1] == "、":
            cuts.append(0)  # …双控制度、|全国碳排放权交易市场: a list's later item is set up by the same verb
        for cut in cuts:  # the nearest verb that leaves a whole name: 完善|公共服务体系, not 公共服务|体系
            start = max(cut, clause.rfind("的") + 1)
            name = _checked(clause[start:] + m.group(0), generic, INSTITUTION_HEADS)
            if (name and len(name) - len(m.group(0)) >= MIN_INSTITUTION and name[:2] not in ACTION_WORDS
                    and opens_name(clause, start) and not (cut == 0 and (verb(name[:2]) or verb(name[2:4])))
                    and not (name[2:3] == DONE_WELL and verb(name[:2]))
                    and not (name.endswith("市场") and ENTERING.search(name))):
                found += [n for n in _joined_institutions(name, m.group(0)) if n not in found]
                break
    return found


def _joined_institutions(name: str, head: str) -> list[str]:
    """健全|社会信用体系和监管制度 sets up two institutions: the first, whole before 和 with its own head,
    is a name of its own (社会信用体系); the second one only when it is named past its head (监管制度 is
    not). 城乡统一的…体制机制 and 党和国家监督体系 stay whole.

        >>> _joined_institutions("社会信用体系和监管制度", "制度")
        ['社会信用体系']
        >>> _joined_institutions("党和国家监督体系", "体系")
        ['党和国家监督体系']
        >>> _joined_institutions("党和国家监督体系和纪检监察体制", "体制")
        ['党和国家监督体系', '纪检监察体制']
    """
    body = name[:-len(head)]
    cut = next((i for i, ch in enumerate(body) if ch == JOINING and INSTITUTION_TAIL.search(body[:i])), -1)
    if cut < 0:
        return [name]
    first, second = body[:cut], body[cut + 1:]
    if len(institution_body(first)) < MIN_INSTITUTION:
        return [name]
    return [first] + ([second + head] if len(second) >= MIN_INSTITUTION else [])


def institution_body(name: str) -> str:
    """The name without its heads: 社会治安综合治理体制机制 → 社会治安综合治理."""
    heads = INSTITUTION_TAIL.search(name)
    return name[:heads.start()] if heads else name


def _named_part(upto: str, generic: frozenset[str], listed: bool) -> str:
    """The name ending at the end of upto: after the nearest opener that leaves a whole name
    (建设|三年行动计划 is too short: 实施|教育强国建设三年行动计划), without a leading particle. After
    把 or 将, 同 joins the thing to another (把学校发展同国家战略…结合起来): no name."""
    cuts = sorted({m.start() + len(m.group(1)) for m in OPENING.finditer(upto)
                   if not (m.group(1) == "以" and upto[m.start() - 1:m.start()] in WORDS_BEFORE_YI)}, reverse=True)
    if not cuts and not listed and not upto.endswith(LINES):
        cuts = [0]
    for cut in cuts:
        if upto[:cut].endswith(JOINING_PARTICLES) and JOINED_TO.search(upto, cut):
            return ""
        name = _checked(upto[cut:], generic)
        if name:
            return name
    return ""


def _checked(name: str, generic: frozenset[str], heads: tuple[str, ...] = HEADS) -> str:
    while name.startswith(LEADING):
        name = name[next(len(q) for q in LEADING if name.startswith(q)):]
    while name.startswith(DROPPED):
        name = name[next(len(q) for q in DROPPED if name.startswith(q)):]
    head = next((h for h in heads if name.endswith(h)), "")
    body = name[:len(name) - len(head)]
    core = body
    while core.startswith(QUANTIFIERS):
        core = core[next(len(q) for q in QUANTIFIERS if core.startswith(q)):]
    bare = core.replace("“", "").replace("”", "")
    if (not head or not MIN_NAME <= len(body) <= MAX_NAME or not NAME_CHARS.match(name) or len(bare) < 2
            or bare in generic or bare.isdigit() or NOT_IN_NAME.search(body) or name.count("“") != name.count("”")):
        return ""
    return name


def learned_name(name: str, listed: frozenset[str]) -> str:
    """The name a programme is learned by: its quoted name (“英才兴蒙”|工程 → 英才兴蒙) or the listed
    name of a strategy (实施|西部大开发战略 → 西部大开发); otherwise the programme's own name."""
    body = name[:len(name) - len(next(h for h in HEADS if name.endswith(h)))]
    if body.startswith("“") and body.endswith("”") and body.count("“") == 1:
        return body[1:-1]
    if name.endswith("战略") and name not in listed and name[:-2] in listed:
        return name[:-2]
    return name


def from_quote(name: str, acts: Callable[[str], bool]) -> str:
    """A programme's quoted name with its head is the whole name; the words before the quote do something to it
    (正确处理|“人工智能+”行动).

    `acts(words)`: whether the words before the quote say what is done (not 科技“突围”工程).

    >>> acts = lambda words: words == "正确处理"
    >>> from_quote("正确处理“人工智能+”行动", acts), from_quote("科技“突围”工程", acts), from_quote("全民科学素质提升行动", acts)
    ('“人工智能+”行动', '科技“突围”工程', '全民科学素质提升行动')
    """
    opening, closing = name.find("“"), name.find("”")
    if opening > 0 and acts(name[:opening]) and name.count("“") == 1 and closing != -1 and name[closing + 1:] in HEADS:
        return name[opening:]
    return name


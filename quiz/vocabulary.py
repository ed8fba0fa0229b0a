"""General vocabulary of Chinese political-theory writing that must never be a blank or an answer.

These are words every article uses (推进, 建设, 发展 …): asking for them tests nothing and a blank
on them admits many answers. General lists only; nothing here is taken from one article.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection

from content.lexicon_files import Lexicon

GENERIC_WORDS = frozenset("""
推进 建设 提升 坚持 创新 领域 发展 加强 完善 推动 实现 促进 加快 深化 强化 构建 健全 优化 落实
工作 问题 重要 全面 深入 持续 不断 进一步 积极 大力 切实 着力 扎实 有效 更加 充分 坚决 努力
体系 能力 水平 机制 体制 制度 方面 过程 基础 条件 环境 作用 地位 关系 方式 模式 格局 局面 任务
目标 要求 措施 举措 政策 方向 重点 关键 核心 主体 力量 资源 服务 管理 治理 保障 支撑 支持 引领
经济 社会 文化 生态 政治 科技 技术 产业 企业 市场 国家 人民 群众 干部 党员 地方 部门 单位 组织
改革 开放 安全 稳定 质量 效益 效率 结构 规模 速度 水平 功能 价值 意义 成效 成果 经验 特色 优势
问题 矛盾 风险 挑战 机遇 形势 时代 历史 未来 实践 理论 思想 精神 意识 观念 理念 原则 道路
新时代 新征程 高质量 现代化 一体化 智能化 数字化 绿色化 信息化 系统 统筹 协调 协同 融合 联动
我们 他们 我国 全国 全区 全省 各级 各地 各类 各族 一批 一系列 一些 这些 有关 相关 其中 以及
研究 探索 部署 决策 实施 开展 组织 领导 指导 监督 检查 考核 评价 保护 利用 应用 运用 使用
提高 增强 扩大 降低 减少 增加 形成 打造 培育 壮大 巩固 拓展 拓宽 夯实 筑牢 激发 释放 凝聚
工程 计划 行动 项目 方案 规划 专项
贯彻 重大 社会主义 马克思主义 共产党 中国共产党 生产力 生产关系 党中央 中央 政府 地区 区域 城市 农村 乡村 基层 一线 全社会 总书记 习近平 同志 当前 今年 近年来
""".split())

# function words and adverbs that cannot begin a term (a candidate starting so was cut badly)
TIME_ENDS = ("以来", "以后", "以前", "之后", "之前", "期间", "之际", "时期")  # 十八大以来: a time, not a term
BAD_TERM_STARTS = tuple("这那其它此该每各我你他她也都而但就还更又才则并且及与和或把被将对于从在为以是的了着型性式级者们")
BAD_TERM_ENDS = tuple("的了着地得和与及或并而在对把被将从为以是不也都就还更又才则之其等时")


PLAN_NAME_RE = re.compile(r"^十[一二三四五六七八九十]*五$")  # “十四五”: every report names the plans


def is_generic(term: str) -> bool:
    """True when the term is a generic word or made only of generic words (创新发展, 推进建设)."""
    t = term.strip("“”\"'《》")
    if PLAN_NAME_RE.match(t):
        return True
    if len(t) < 2 or t in GENERIC_WORDS:
        return True
    if len(t) == 3 and t[1:] in GENERIC_WORDS and t[0] in "新大总全各好强高":
        return True  # 新任务, 大发展: a generic word with a generic modifier
    if t[:2] not in GENERIC_WORDS and t[:3] not in GENERIC_WORDS and t[:4] not in GENERIC_WORDS:
        return False
    return _covered(t, 0, {})


def _covered(t: str, i: int, memo: dict) -> bool:
    if i == len(t):
        return True
    if i in memo:
        return memo[i]
    ok = any(t[i:j] in GENERIC_WORDS and _covered(t, j, memo) for j in range(i + 2, min(len(t), i + 4) + 1))
    memo[i] = ok
    return ok


TERM_BREAK_RE = re.compile(r"[，。；：！？、（）()《》,.;:!? \u3000\n]")


def looks_like_term(text: str) -> bool:
    """A cheap check that a span could stand alone as a term: no punctuation, no dangling function word."""
    if not 2 <= len(text) <= 16 or TERM_BREAK_RE.search(text):
        return False
    return not text.startswith(BAD_TERM_STARTS) and not text.endswith(BAD_TERM_ENDS + TIME_ENDS)


# inside an unquoted term these mean a phrase was cut out of a sentence (投资体量与丰富, 四川视察时)
INNER_BREAKS = "的和与及是不在时为"
LEADING_VERBS = frozenset("""建设 推进 打造 构筑 构建 抢占 梳理 兼具 贯彻 落实 推动 加强 实现 促进 追求 探索 开拓 坚持 提升
加快 深化 强化 健全 完善 优化 形成 培育 发展 坚定 牢记 践行 树立 把握 落地 抢抓 聚焦 围绕 立足 依托
学习 掌握 运用 做好 抓好 办好 用好 守好 管好""".split())
# verbs that open a free verb–object phrase (搭建平台, 重构产业): many phrases fit such a blank
VERB_HEADS = LEADING_VERBS | frozenset("""搭建 重构 重塑 健全 畅通 打通 打破 破除 突破 破解 提高 增强 扩大 降低 减少 增加
激发 释放 凝聚 夯实 筑牢 巩固 拓展 拓宽 壮大 引导 鼓励 支持 保障 保护 维护 守护 服务 助力 赋能 支撑 引领 带动
加大 加速 加紧 推广 普及 营造 塑造 锻造 铸就 厚植 涵养 提振 稳定 扩展 延伸 整合 统筹 协调 对接 衔接 融入 实施
开展 开创 开辟 创造 创建 组建 建立 设立 布局 部署 谋划 规划 落细 压实 压紧 织密 补齐 补强 做强 做优 做大 做实
用足 深耕 抓住 抓实 紧扣 瞄准 锚定 锁定 把准 守住 守牢 兜牢 兜住 筑起 激活 盘活 提质 提速 增效 降本
面向""".split())
# adverbs of manner that open a free verb phrase (无缝对接, 深度融合, 协同推进)
MANNER_HEADS = frozenset("无缝 深度 全面 持续 加快 大力 积极 有效 切实 扎实 协同 统筹 充分 不断 高效 精准 有序 稳步"
                         " 牢固 深入 认真 坚决 始终 自觉".split())
# verbs that close a phrase as its action (产业链无缝对接, 创新融合): a term names a thing, not an act
VERB_TAILS = frozenset("对接 衔接 融合 联动 转化 转型 升级 提升 突破 奔赴 推进 落地 发力 赋能 增效".split())


def is_verb_phrase(term: str) -> bool:
    """A free verb phrase, not a term: 搭建平台, 重构产业, 无缝对接 (many phrases would fit its blank).

    Callers let a quoted slogan through (“双向奔赴” is fixed by its quotes)."""
    t = term.strip("“”")
    if len(t) < 3:
        return False
    return t[:2] in VERB_HEADS or t[:2] in MANNER_HEADS or t[-2:] in VERB_TAILS and len(t) <= 4


BOUNDARY = set("，。；：！？、（）()《》“”‘’ \n\u3000—…") | set("的是和与及在把将对为以等了中上并而也都要从向")


NAME_USES = 3


def stands_alone(term: str, text: str) -> bool:
    """Is the term a whole word in this text, not a fragment (成效转化为谋创新, 传统基建的托底)?

    It is when it is quoted somewhere, or when on each side it meets a boundary (punctuation or a
    function word) at least once or meets different characters at different places.
    """
    if f"“{term}”" in text:
        return True
    if any(q in term for q in "“”‘’"):
        return False
    if any(ch in term[1:-1] for ch in INNER_BREAKS) and text.count(term) < NAME_USES:
        return False  # 成效转化为谋创新: a run across words; said again and again (新的文化生命体), a name
    if term[:2] in LEADING_VERBS:
        return False
    if len(term) >= 6 and text.count(term) < 2:
        return _set_apart(term, text)
    lefts, rights = set(), set()
    k = text.find(term)
    while k >= 0:
        lefts.add(text[k - 1] if k > 0 else "\n")
        rights.add(text[k + len(term)] if k + len(term) < len(text) else "\n")
        k = text.find(term, k + 1)
    if not lefts:
        return False
    return _side_ok(lefts) and _side_ok(rights)


def _set_apart(term: str, text: str) -> bool:
    """A long term said once is whole only where the text sets it apart: a mark or a function word on
    its right, and on its left the same or a verb that takes it as object (处于|百年未有之大变局，,
    贯彻|总体国家安全观，); after a name (和林格尔|数据中心集群) it is the tail of a longer name."""
    k = text.find(term)
    left, right = text[k - 1:k] or "\n", text[k + len(term):k + len(term) + 1] or "\n"
    return right in BOUNDARY and (left in BOUNDARY | OBJECT_MARKS or text[max(0, k - 2):k] in VERB_HEADS)


# characters that end a verb or preposition whose object follows (处于, 基于, 对于)
OBJECT_MARKS = set("于")


def _side_ok(chars: set[str]) -> bool:
    return len(chars) >= 2 or bool(chars & BOUNDARY)


# common two-character words that a term's edge character may form with its neighbour in running text
# (物流网 + 络 → 网络): a blank ending there would cut a word in two
EDGE_WORDS = frozenset("""
网络 网站 网民 网上 力量 力度 化学 业务 业态 场景 点位 线路 面积 性能 性质 体系 体制 体育 系统 区域 地区 国家 国际
家庭 家乡 人民 人员 人才 人口 民生 民族 民主 生活 生产 生态 产品 产业 品牌 业绩 机构 机关 机制 构建 设施 施工
工作 工程 作用 用户 户籍 资金 资源 源头 头部 部门 门户 金融 融合 合作 作品 品质 质量 量子 子女 代表 表示 示范
范围 围绕 绕行 行业 行动 动力 动能 能力 能源 源泉 文化 化工 工业 会议 议题 题材 材料 料理 理论 论述 述评
""".split()) | GENERIC_WORDS


def is_word(pair: str) -> bool:
    """Do these two characters make a common word on their own?"""
    return len(pair) == 2 and pair in EDGE_WORDS


# Members of the stock families of political-theory writing (…观, …网, …链, …经济, …自信, …安全,
# …强国, …权, …主义, …精神), one family a line: non-members for a 多选 on a list of one family when the
# library offers too few. A family of one ending holds one kind of thing: rights in land are not
# political rights. General vocabulary only; none is taken from one article.
STOCK_FAMILIES = tuple(tuple(line.split()) for line in """
发展观 历史观 民族观 国家观 文化观 生态观 群众观 安全观 人才观 义利观
油气管网 铁路网 公路网 航空网 广播电视网
供应链 数据链 服务链 生态链 信息链
数字经济 平台经济 银发经济 冰雪经济 海洋经济 绿色经济 循环经济 夜间经济 首发经济 民营经济 共享经济 县域经济 林下经济 枢纽经济 通道经济 口岸经济 草原经济
道路自信 理论自信 制度自信 文化自信
政治意识 大局意识 核心意识 看齐意识 忧患意识 责任意识 法治意识 创新意识 宗旨意识 底线意识
数据安全 网络安全 经济安全 政治安全 国土安全 军事安全 文化安全 社会安全 科技安全 核安全
文化强国 教育强国 科技强国 人才强国 制造强国 质量强国 航天强国 网络强国 交通强国 体育强国 农业强国 海洋强国 贸易强国 金融强国
健康中国 平安中国 法治中国 数字中国
物质文明 政治文明 精神文明 社会文明
领导权 管理权 话语权 主导权 知情权 参与权 表达权 监督权
所有权 经营权 承包权 使用权 资格权 收益权 处置权 抵押权 占有权
发展权 生存权
形式主义 官僚主义 享乐主义 个人主义 本位主义 分散主义 自由主义 好人主义 宗派主义 山头主义
人口红利 改革红利 人才红利 政策红利 数字红利 开放红利
未来产业 数字产业 文化产业 旅游产业 绿色产业 特色产业
需求导向 市场导向 价值导向 实践导向 政策导向
红船精神 井冈山精神 长征精神 延安精神 西柏坡精神 抗战精神 雷锋精神 焦裕禄精神 工匠精神 劳模精神 劳动精神 企业家精神 塞罕坝精神 抗疫精神 载人航天精神
""".strip().splitlines())
STOCK_TERMS = tuple(t for family in STOCK_FAMILIES for t in family)
# Umbrellas over the members of lists of their ending (交通网 over 铁路网, 互联网 and 通信网 over 电信网
# or 新一代通信网): offered as a non-member, the learner who ticks one has a case. Never offered.
UMBRELLA_TERMS = frozenset("交通网 互联网 通信网 信息网 网络".split())


# Fixed formulations of political theory whose order is itself taught (创新、协调、绿色、开放、共享):
# a list in one of these orders is worth a 排序. General formulas only; none is taken from one article.
CANONICAL_ORDERS = tuple(tuple(f.split("、")) for f in """
创新、协调、绿色、开放、共享
富强、民主、文明、和谐、美丽
自由、平等、公正、法治
爱国、敬业、诚信、友善
经济建设、政治建设、文化建设、社会建设、生态文明建设
政治建设、思想建设、组织建设、作风建设、纪律建设、制度建设
道路自信、理论自信、制度自信、文化自信
政治意识、大局意识、核心意识、看齐意识
思想性、艺术性、观赏性
科技、绿色、普惠、养老、数字金融
科技金融、绿色金融、普惠金融、养老金融、数字金融
系统性、整体性、协同性
市场化、法治化、国际化
产业兴旺、生态宜居、乡风文明、治理有效、生活富裕
文明乡风、良好家风、淳朴民风
社会公德、职业道德、家庭美德、个人品德
新型工业化、信息化、城镇化、农业现代化
质量变革、效率变革、动力变革
领导权、管理权、话语权
所有权、承包权、经营权
有法可依、有法必依、执法必严、违法必究
科学立法、严格执法、公正司法、全民守法
不敢腐、不能腐、不想腐
站起来、富起来、强起来
经济实力、科技实力、综合国力
全球发展倡议、全球安全倡议、全球文明倡议
物质文明、政治文明、精神文明、社会文明、生态文明
""".split())


# Counted short forms every cadre knows without being told (national usage, not one article's):
# any other two-character counted form (“双圈”) is answerable only where the article spells it out.
KNOWN_SHORT_FORMS = frozenset("""
双碳 两新 两重 双减 三农 四风 两会 两委 两山 双拥 三权 两翼 三保 三北 双控
""".split())


def unexplained_short_form(answer: str, text: str) -> bool:
    """“双圈” in an article that never says what it stands for: 川渝, 成渝 read as well in its place."""
    short = answer.strip("“”")
    if len(short) != 2 or short[0] not in "一二两三四五六七八九十双" or short in KNOWN_SHORT_FORMS \
            or f"“{short}”" not in text:
        return False
    explained = (f"{short}”即", f"{short}”，即", f"{short}”（", f"{short}”是指", f"{short}”指",
                 f"简称“{short}”", f"简称{short}", f"{short}”就是")
    return not any(e in text for e in explained)


class ListedTerms(frozenset):
    """The shipped vocabulary as a set, with the members of its formulas (its 、-joined entries and the
    canonical orders) indexed once: member → the formulas it belongs to."""

    @functools.cached_property
    def formulas_by_member(self) -> dict[str, list[tuple[str, ...]]]:
        return formulas_by_member(self)


def formulas_by_member(listed: Collection[str]) -> dict[str, list[tuple[str, ...]]]:
    return index_by_member([tuple(e.split("、")) for e in listed if "、" in e] + list(CANONICAL_ORDERS))


def index_by_member(formulas) -> dict[str, list[tuple[str, ...]]]:
    """member → the formulas holding it (each formula once per member)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for formula in formulas:
        for member in dict.fromkeys(formula):
            index.setdefault(member, []).append(formula)
    return index


def shipped_vocabulary(lexicon: Lexicon | None = None) -> ListedTerms:
    """The political vocabulary shipped in content/lexicon/ (curated terms and the general vocabulary),
    read from the files unless a loaded Lexicon is given. Whoever builds questions reads it once
    (TermIndex.listed) and passes it on."""
    lexicon = lexicon or Lexicon.load()
    return ListedTerms(lexicon.terms() | lexicon.vocabulary)


def listed_term(term: str, listed: Collection[str]) -> bool:
    """Is the phrase in the shipped vocabulary of political theory (新质生产力, 基层党组织, 中欧班列),
    not merely a phrase the key-term extractor found frequent (城乡居民, 经济运行)?

        >>> listed = shipped_vocabulary()
        >>> listed_term("新质生产力", listed), listed_term("“新质生产力”", listed), listed_term("经济运行", listed)
        (True, True, False)
    """
    return term.strip("“”《》") in listed

"""Formulas of political prose whose members go together, beyond the shipped lexicon's 、-joined entries:
lists of one suffix (系统性、整体性、协同性), triples of three-character verb–objects (固根本、稳预期、利长远)
and sets of rights or duties named together (知情权、参与权、表达权、监督权).

A list of one suffix or of one three-character build is boilerplate unless it is such a formula or the
article says it twice (review round 24, pattern 4): 精准性、实效性、协同性 said once is the writer's triad, and
全局性 is as apt. And a wrong option of a 多选 is never a member of a set a right option belongs to: beside
知情权、参与权, 监督权 looks right because it is (pattern 3).

Written from general knowledge of the genre (central documents, speeches, work reports), not from any
article the app is tested on.

    >>> known_formula(["整体性", "系统性", "协同性"]), known_formula(["精准性", "实效性", "协同性"])
    (True, False)
"""
from __future__ import annotations

from collections.abc import Collection

from quiz.vocabulary import CANONICAL_ORDERS, formulas_by_member, index_by_member

# lists of one suffix that are formulas of central usage (their order in texts varies; membership is fixed)
SUFFIX_FORMULAS = tuple(tuple(line.split("、")) for line in """
系统性、整体性、协同性
市场化、法治化、国际化
高端化、智能化、绿色化、融合化
数字化、网络化、智能化
数字化、网络化、智能化、绿色化
多样性、稳定性、持续性
制度化、规范化、程序化
革命化、年轻化、知识化、专业化
思想性、艺术性、观赏性
政治性、时代性、原则性、战斗性
原则性、系统性、预见性、创造性
普惠性、基础性、兜底性
历史性、转折性、全局性
结构性、根源性、趋势性
科学性、人民性、实践性、开放性
高创新性、强渗透性、广覆盖性
原创性、引领性
先进性、纯洁性
基础性、战略性、先导性
真理性、科学性
针对性、实效性
服务性、公益性、互助性
绿色化、优质化、特色化、品牌化
前瞻性、战略性
传播力、引导力、影响力、公信力
凝聚力、引领力
传播力、影响力
创造力、凝聚力、战斗力
政治领导力、思想引领力、群众组织力、社会号召力
政治判断力、政治领悟力、政治执行力
获得感、幸福感、安全感
积极性、主动性、创造性
凝聚力、向心力
自由化、便利化
绿色化、低碳化
规模化、标准化、集群化、品牌化
""".split())

# formulas of three-character verb–objects, said in one order by all who say them
VERB_OBJECT_FORMULAS = tuple(tuple(line.split("、")) for line in """
固根本、稳预期、利长远
抓重点、补短板、强弱项
感党恩、听党话、跟党走
听党话、感党恩、跟党走
要不来、买不来、讨不来
不敢腐、不能腐、不想腐
站起来、富起来、强起来
守初心、担使命、找差距、抓落实
举旗帜、聚民心、育新人、兴文化、展形象
稳增长、促改革、调结构、惠民生、防风险、保稳定
稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期
保就业、保民生、保市场主体
扩内需、调结构、促转型
去产能、去库存、去杠杆、降成本、补短板
强信心、暖人心、聚民心
接地气、聚人气、扬正气
出思想、出成果、出人才
立规矩、讲规矩、守规矩
转作风、改作风、树新风
明底数、摸实情、找症结
控增量、去存量
稳存量、扩增量、提质量
稳就业、防风险、惠民生
增品种、提品质、创品牌
做选择、搞变通、打折扣
硬脊梁、铁肩膀、真本事
去杂质、除病毒、防污染
基础稳、优势多、韧性强、潜能大
生态美、产业兴、百姓富
生态美、百姓富
学思想、强党性、重实践、建新功
干革命、搞建设、抓改革
兜底线、织密网、建机制
知敬畏、存戒惧、守底线
任务书、时间表、优先序
任务书、时间表、路线图
""".split())

# members named together (rights, duties, fields): a wrong option from one of them is a right answer by reflex
CANONICAL_SETS = tuple(tuple(line.split("、")) for line in """
知情权、参与权、表达权、监督权
领导权、管理权、话语权
所有权、承包权、经营权
宅基地所有权、资格权、使用权
政治意识、大局意识、核心意识、看齐意识
道路自信、理论自信、制度自信、文化自信
坚定维护、坚决维护
民主选举、民主协商、民主决策、民主管理、民主监督
党政军民学、东西南北中
政治建设、思想建设、组织建设、作风建设、纪律建设、制度建设
经济建设、政治建设、文化建设、社会建设、生态文明建设
富强、民主、文明、和谐、美丽
自由、平等、公正、法治
爱国、敬业、诚信、友善
创新、协调、绿色、开放、共享
产业振兴、人才振兴、文化振兴、生态振兴、组织振兴
共商、共建、共享
共建、共治、共享
""".split())

KNOWN_SETS = SUFFIX_FORMULAS + VERB_OBJECT_FORMULAS + CANONICAL_SETS + CANONICAL_ORDERS


# member → the known sets holding it: constant data, indexed once for the many lists a quiz looks at
BY_MEMBER = index_by_member(KNOWN_SETS)


def known_formula(items: list[str], listed: Collection[str] = ()) -> bool:
    """Are two or more items all members of one formula, in any order: a formula of this module, a
    canonical order, or a 、-joined entry of the shipped vocabulary (`listed`)?"""
    mine = set(items)
    if len(mine) < 2:
        return False
    return any(mine <= set(f) for f in _families(items, listed))


def set_partners(items: list[str], listed: Collection[str] = ()) -> set[str]:
    """Every member of a formula or named set that holds one of the items, the items left out: the words
    a reader expects beside them (知情权 → 参与权, 表达权, 监督权)."""
    return {m for f in _families(items, listed) for m in f} - set(items)


def _families(items: list[str], listed: Collection[str]) -> list[tuple[str, ...]]:
    found = [f for i in dict.fromkeys(items) for f in BY_MEMBER.get(i, ())]
    if listed:
        index = getattr(listed, "formulas_by_member", None)
        index = formulas_by_member(listed) if index is None else index
        found += [f for i in items for f in index.get(i, ())]
    return found

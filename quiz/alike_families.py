"""Families of words built alike in political-theory writing (…化, …性, …感, …力, …观念): wrong options for a
多选 on a list of one family when the library offers too few. Each line holds one kind of thing (directions
of industrial change are not habits of work, though both end in 化). General vocabulary written from
knowledge of the genre; none is taken from one article.

    >>> wrong = alike_non_members(["高端化", "智能化", "绿色化"], "", 2, __import__("random").Random(0))
    >>> len(wrong), all(w.endswith("化") and len(w) == 3 for w in wrong)
    (2, True)
"""
from __future__ import annotations

import random

from quiz.enumerations import common_suffix

ALIKE_FAMILIES = tuple(tuple(line.split()) for line in """
高端化 智能化 绿色化 融合化 数字化 网络化 信息化 集约化 规模化 标准化 品牌化 国际化 集群化 服务化 平台化 个性化 定制化 低碳化 清洁化 循环化 品质化 特色化 专业化 精细化 链条化
制度化 规范化 程序化 常态化 长效化 法治化 科学化 民主化 精准化 透明化 便利化 均等化 一体化 社会化 市场化 多元化
系统性 整体性 协同性 前瞻性 针对性 有效性 创造性 主动性 积极性 先进性 纯洁性 预见性 战略性 全局性 长期性 艰巨性 复杂性 规律性 时代性 科学性 人民性 实践性 开放性 包容性 普惠性 持续性 稳定性 连续性 原创性 引领性
获得感 幸福感 安全感 归属感 认同感 荣誉感 使命感 责任感 紧迫感 成就感 参与感 自豪感
凝聚力 向心力 战斗力 创造力 竞争力 影响力 号召力 引领力 传播力 公信力 执行力 组织力 生命力 感召力 吸引力
""".strip().splitlines())


def alike_non_members(items: list[str], topic_text: str, n: int, rng: random.Random,
                      forbidden: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Up to n members of the items' family that are not among them: the same ending and length, none said
    in the article (it may list them elsewhere), none sharing a character of the items' stems (高效化 beside
    高端化 is near enough to be meant)."""
    suffix = common_suffix(items)
    family = next((f for f in ALIKE_FAMILIES if suffix and any(i in f for i in items)), ())
    stems = {c for i in items for c in i[:len(i) - len(suffix)]}
    lengths = {len(i) for i in items}
    pool = sorted({c for c in family if c not in items and c not in forbidden and c not in topic_text
                   and c.endswith(suffix) and len(c) in lengths and not set(c[:len(c) - len(suffix)]) & stems})
    return rng.sample(pool, min(n, len(pool)))

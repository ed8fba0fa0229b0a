"""Words of political prose that stand for one another (合作共赢 / 互利共赢, 互利互惠 / 互惠互利): a blank on one
of them admits the others, and none of them is a wrong option for another (review round 24, pattern 3).

Written from general knowledge of the genre, one set a line; none is taken from an article the app is
tested on.

    >>> sorted(synonyms("合作共赢"))[:2]
    ['互利共赢', '互惠共赢']
    >>> rival_synonym("合作共赢", "分享机遇，合作共赢。……促进资源共享、互利共赢。")
    '互利共赢'
"""
from __future__ import annotations

import re

SYNONYM_SETS = tuple(frozenset(line.split()) for line in """
合作共赢 互利共赢 互惠共赢 开放共赢 共赢发展
互利互惠 互惠互利 平等互利
实事求是 从实际出发 一切从实际出发 立足实际
以人民为中心 人民至上
守正创新 守正出新
真抓实干 苦干实干 实干担当
共同发展 共同繁荣
民心相通 人心相通
交流互鉴 互学互鉴 文明互鉴
开放包容 兼容并蓄
团结奋斗 团结奋进
协同联动 协调联动
同向发力 同频共振
系统谋划 统筹谋划 整体谋划
精准施策 靶向施策 分类施策
共建共治共享 共建共享
提质增效 降本增效
为民造福 造福人民 造福于民
凝心聚力 凝聚人心 凝聚共识
担当作为 履职尽责 勇于担当
求真务实 务实求实
久久为功 持之以恒 驰而不息
优势互补 互补共赢
""".strip().splitlines())
# heads that any modifier joins to one meaning: …共赢 (合作共赢, 互利共赢, 多方共赢) is one thing said many ways
LOOSE_HEADS = ("共赢",)


def synonyms(term: str) -> set[str]:
    """The other members of the term's synonym sets."""
    return {w for s in SYNONYM_SETS if term in s for w in s} - {term}


def rival_synonym(answer: str, text: str) -> str:
    """A synonym of the answer that the article itself says (or another X共赢 of its length), or ""."""
    found = [w for w in sorted(synonyms(answer)) if w in text and answer not in w and w not in answer]
    for head in LOOSE_HEADS:
        if answer.endswith(head) and len(answer) > len(head):
            size = len(answer) - len(head)
            found += [m for m in re.findall(f"[\u4e00-\u9fff]{{{size}}}{head}", text) if m != answer]
    return found[0] if found else ""

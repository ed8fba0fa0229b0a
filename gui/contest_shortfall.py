"""What the contest set-up says when the ticked articles give fewer questions than the rounds need.

    >>> from quiz.contest_rules import ContestRules, fit_rules
    >>> asked = ContestRules()
    >>> shortened(asked, fit_rules(asked, 2, 13))
    '抢答题减为 7 道，必答题和风险题不变'
"""
from __future__ import annotations

from quiz.contest_rules import ContestRules

# (field, name, per team)
ROUNDS = (("required_per_team", "必答题", True), ("buzzer_questions", "抢答题", False),
          ("risk_per_team", "风险题", True))


def _change(name: str, per_team: bool, value: int) -> str:
    if value == 0:
        return f"不出{name}"
    return f"{name}减为{'每队 ' if per_team else ' '}{value} 道"


def shortened(asked: ContestRules, fitted: ContestRules) -> str:
    """How the rounds are cut to fit: “抢答题减为 7 道，必答题和风险题不变”."""
    changes, kept = [], []
    for name_of, name, per_team in ROUNDS:
        before, after = getattr(asked, name_of), getattr(fitted, name_of)
        if after != before:
            changes.append(_change(name, per_team, after))
        elif before:
            kept.append(name)
    return "，".join(changes) + (f"，{'和'.join(kept)}不变" if kept else "")


def shortfall_text(available: int, needed: int, articles: int, asked: ContestRules, fitted: ContestRules) -> str:
    """The set-up's warning before a contest that has too few questions."""
    which = "这篇文章" if articles == 1 else f"这 {articles} 篇文章"
    return (f"竞赛需要 {needed} 道题，{which}只能出 {available} 道合格的题。\n\n"
            f"要照设置的题数比赛，请返回多勾选几篇文章，或减少抢答题。\n"
            f"也可以现在开始：{shortened(asked, fitted)}，每一轮都有题可答。")


def start_label(available: int) -> str:
    return f"用这 {available} 道题开始"


BACK_LABEL = "返回修改"
BACK_STATUS = "题目不够：请多勾选几篇文章，或减少抢答题，再按“开始竞赛”。"

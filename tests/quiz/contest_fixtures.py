"""Small question pools and a hand-driven clock for contest tests."""
from __future__ import annotations

import random

from quiz.contest import Contest, ContestRules, HostAction, Phase, Round, Team


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_questions(n: int, qtype: str = "single_choice") -> list[dict]:
    return [{"id": f"q{i}", "type": qtype, "stem": f"第{i}题（  ）", "options": ["甲", "乙", "丙", "丁"],
             "answer": ["甲"], "explanation": f"原文第{i}句【甲】。", "difficulty": (i % 10) / 10,
             "source": {"article": "文章", "section": 0, "paragraph": 0, "start": 0, "end": 5,
                        "sentence": f"原文第{i}句甲。"}} for i in range(n)]


def make_contest(teams: int = 2, questions: int = 40, rules: ContestRules | None = None,
                 clock: FakeClock | None = None) -> Contest:
    names = ["第一党小组", "第二党小组", "第三党小组", "第四党小组", "五", "六", "七", "八", "九"]
    return Contest([Team(names[i], "#000000", str(i + 1)) for i in range(teams)], make_questions(questions),
                   random.Random(7), clock or FakeClock(), rules)


def play_to_end(c: Contest, stake: int = 10, buzzer: int = 0) -> list[tuple[Round, Phase]]:
    """Every answer wrong, 抢答 won by team `buzzer`; the (round, phase) after each host step."""
    seen = []
    while c.phase != Phase.FINISHED:
        if c.phase == Phase.STAKE:
            c.choose_stake(stake)
        elif c.phase == Phase.READY:
            c.start()
        elif c.round == Round.BUZZER and c.phase == Phase.ASKING:
            c.buzz(buzzer)
        elif HostAction.RIGHT in c.available():
            c.wrong()
        else:
            c.next()
        seen.append((c.round, c.phase))
    return seen

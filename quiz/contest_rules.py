"""The teams and rules of a 知识竞赛, and fitting its rounds to the questions the articles give.

    >>> fit_rules(ContestRules(), teams=2, available=13).buzzer_questions   # 必答 4 + 风险 2 kept
    7

A contest that asks for more questions than the ticked articles give is shortened before it starts,
never half way: 抢答 gives way first (its length is the host's free choice), then 必答 down to one
question a team, and the 风险题 round, the one the teams wait for, last. So every round whose title
card the audience sees has its questions.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from content.model import BadInput
from quiz.question_data import as_dict

MIN_TEAMS, MAX_TEAMS = 2, 8
# Oral contests need questions the audience can read at a glance and the host can judge at once.
CONTEST_TYPES = ("single_choice", "multiple_choice", "true_false", "fill_blank")


@dataclass
class Team:
    name: str
    colour: str = "#c0392b"
    buzz_key: str = ""       # the key this team presses in 抢答; the GUI maps it
    members: list[str] = field(default_factory=list)   # for the 学习台账's contest participation


@dataclass
class ContestRules:
    required_per_team: int = 2
    buzzer_questions: int = 10
    risk_per_team: int = 1
    required_seconds: float = 30.0
    buzzer_seconds: float = 10.0      # the window for buzzing
    answer_seconds: float = 10.0      # 抢答: time to answer after buzzing
    risk_seconds: float = 30.0
    required_points: int = 10
    buzzer_points: int = 10
    buzzer_wrong_points: int = 10     # 抢答 answered wrongly loses this much
    starting_score: int = 100


def validate_teams(teams: list[Team]) -> None:
    if not MIN_TEAMS <= len(teams) <= MAX_TEAMS:
        raise BadInput(f"知识竞赛需要 {MIN_TEAMS}–{MAX_TEAMS} 个参赛队，现在有 {len(teams)} 个。")
    names = [t.name.strip() for t in teams]
    if any(not n for n in names):
        raise BadInput("每个参赛队都要有队名。")
    if len(set(names)) != len(names):
        raise BadInput("参赛队的队名不能重复。")
    keys = [t.buzz_key for t in teams if t.buzz_key]
    if len(set(keys)) != len(keys):
        raise BadInput("每个参赛队的抢答键必须不同。")


def questions_needed(teams: int, rules: ContestRules) -> int:
    return (rules.required_per_team + rules.risk_per_team) * teams + rules.buzzer_questions


def contest_pool(questions: list) -> list[dict]:
    """The questions an oral contest can use, each once."""
    pool, seen = [], set()
    for q in (as_dict(x) for x in questions):
        if q.get("type") in CONTEST_TYPES and q.get("id") not in seen:
            seen.add(q.get("id"))
            pool.append(q)
    return pool


def fit_rules(rules: ContestRules, teams: int, available: int) -> ContestRules:
    """The rules with rounds shortened so that `available` questions are enough for all of them."""
    fitted = replace(rules)
    # (round, the least it goes down to at this step): 必答 keeps one a team until 风险 is down to one
    steps = (("buzzer_questions", 0), ("required_per_team", 1), ("risk_per_team", 1),
             ("required_per_team", 0), ("risk_per_team", 0))
    for name, floor in steps:
        while questions_needed(teams, fitted) > available and getattr(fitted, name) > floor:
            setattr(fitted, name, getattr(fitted, name) - 1)
    # what a per-team cut left over goes back to 抢答, up to what the host asked for
    spare = max(0, available - questions_needed(teams, fitted))
    fitted.buzzer_questions = min(rules.buzzer_questions, fitted.buzzer_questions + spare)
    return fitted


def contest_questions(articles: list, count: int, rng: random.Random) -> list[dict]:
    """Questions of the types an oral contest can use, half as many again as needed (some may be dropped)."""
    from quiz.quiz_builder import build_quiz
    from quiz.questions import QuestionType
    types = {QuestionType(t) for t in CONTEST_TYPES}
    return [as_dict(q) for q in build_quiz(articles, count + count // 2, rng, types)]

"""A 知识竞赛 as a pure state machine: teams, rounds, timers, scores. No Qt, no wall clock.

    >>> import random
    >>> t = [0.0]
    >>> c = Contest([Team("第一党小组", "#c0392b"), Team("第二党小组", "#2e86c1")],
    ...             questions=[{"id": str(i), "type": "true_false", "stem": "…", "answer": [True]} for i in range(20)],
    ...             rng=random.Random(1), clock=lambda: t[0])
    >>> c.next()                    # from the round's title card to the first 必答 question
    >>> c.right(); c.scores()[0]    # every team starts on 100
    110

Rounds run in the order organisations use: 必答 (each team in turn), 抢答 (first buzz answers),
风险 (the team stakes 10/20/30 points), then the ranking. The host drives it with next, reveal,
right, wrong and undo; the state is plain JSON so a contest survives a restart.

In 抢答 the question is read out first (Phase.READY, no clock); the buzz window opens only when
the host calls start() (“开始”). A team that buzzes before that is marked 抢跑 and may not buzz
on that question; it loses no points.
"""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Callable

from content.model import BadInput
# ContestRules and Team are also imported from here by other modules
from quiz.contest_rules import ContestRules, Team, contest_pool, fit_rules, validate_teams
from quiz.contest_timer import CountdownTimer

RISK_STAKES = (10, 20, 30)
STATE_FORMAT = 1


class Round(str, Enum):
    REQUIRED = "required"    # 必答
    BUZZER = "buzzer"        # 抢答
    RISK = "risk"            # 风险
    RANKING = "ranking"      # the end: 排名


ROUND_TITLES = {Round.REQUIRED: "必答题", Round.BUZZER: "抢答题", Round.RISK: "风险题", Round.RANKING: "最终排名"}
ROUND_ORDER = (Round.REQUIRED, Round.BUZZER, Round.RISK, Round.RANKING)


class Phase(str, Enum):
    INTRO = "intro"              # the round's title card
    READY = "ready"              # 抢答: question on screen, waiting for the host's “开始”
    STAKE = "stake"              # 风险: the team is choosing its stake
    ASKING = "asking"            # question on screen, timer running (抢答: waiting for a buzz)
    ANSWERING = "answering"      # 抢答: a team buzzed and is answering
    REVEALED = "revealed"        # answer and source on screen, waiting for right/wrong
    SCORED = "scored"            # points given, explanation on screen
    FINISHED = "finished"


class HostAction(str, Enum):
    NEXT = "next"
    START = "start"          # 抢答: “开始”, buzzing opens
    REVEAL = "reveal"
    RIGHT = "right"
    WRONG = "wrong"
    UNDO = "undo"
    PAUSE = "pause"
    RESUME = "resume"


class InvalidAction(BadInput):
    """A host action that does not fit the contest's current state."""


@dataclass
class ScoreEvent:
    team: int
    points: int
    round: str
    question_id: str | None
    correct: bool = True


@dataclass
class Standing:
    rank: int
    team: Team
    score: int


class Contest:
    """One contest. Host actions raise InvalidAction when they do not fit; `available()` says which fit."""

    def __init__(self, teams: list[Team], questions: list, rng: random.Random,
                 clock: Callable[[], float], rules: ContestRules | None = None):
        validate_teams(teams)
        self.teams = list(teams)
        self._rng = rng
        self._clock = clock
        self._pool = contest_pool(questions)
        if not self._pool:
            raise BadInput("所选文章没有适合竞赛的题目（单选、多选、判断、填空），请换几篇文章。")
        # too few questions: 抢答 is shortened now, so no round announced later is left without any
        self.rules = fit_rules(rules or ContestRules(), len(teams), len(self._pool))
        self.used_ids: list[str] = []
        self.score_list = [self.rules.starting_score] * len(teams)
        self.events: list[ScoreEvent] = []
        # a round set to no questions shows no title card: the contest opens on the first with questions
        first = next((r for r in ROUND_ORDER[:-1] if self.round_length(r) > 0), None)
        if first is None:
            raise BadInput("必答题、抢答题和风险题的题数都是 0，竞赛没有题可出。请至少给一轮设置题数。")
        self.round = first
        self.phase = Phase.INTRO
        self.turn = 0                  # questions asked so far in this round
        self.question: dict | None = None
        self.team: int | None = None   # the team answering the current question
        self.stake = 0
        self.buzzes: list[int] = []    # teams in the order they buzzed on this question
        self.false_starts: list[int] = []   # 抢跑: buzzed before “开始”; out of this question
        self.timer = CountdownTimer(clock)
        self.paused = False
        self.time_up = False

    # ---- what the screens read -------------------------------------------------------------
    def scores(self) -> list[int]:
        return list(self.score_list)

    def remaining(self) -> float:
        return self.timer.remaining()

    def ranking(self) -> list[Standing]:
        """Teams best first; equal scores share a rank (1, 1, 3)."""
        order = sorted(range(len(self.teams)), key=lambda i: (-self.score_list[i], i))
        out: list[Standing] = []
        for pos, i in enumerate(order):
            tied = out and out[-1].score == self.score_list[i]
            out.append(Standing(out[-1].rank if tied else pos + 1, self.teams[i], self.score_list[i]))
        return out

    def round_length(self, rnd: Round | None = None) -> int:
        rnd = rnd or self.round
        n = len(self.teams)
        return {Round.REQUIRED: self.rules.required_per_team * n, Round.BUZZER: self.rules.buzzer_questions,
                Round.RISK: self.rules.risk_per_team * n, Round.RANKING: 0}[rnd]

    def available(self) -> set[HostAction]:
        if self.paused:
            return {HostAction.RESUME}
        acts = {HostAction.UNDO} if self._undoable() else set()
        if self.timer.running():
            acts.add(HostAction.PAUSE)
        if self.phase in (Phase.INTRO, Phase.SCORED):
            acts.add(HostAction.NEXT)
        if self.phase == Phase.READY:
            acts.add(HostAction.START)
        if self.phase in (Phase.READY, Phase.ASKING, Phase.ANSWERING):
            acts.add(HostAction.REVEAL)
        if self.team is not None and self.phase in (Phase.ASKING, Phase.ANSWERING, Phase.REVEALED):
            acts |= {HostAction.RIGHT, HostAction.WRONG}
        if self.phase == Phase.REVEALED and self.team is None:
            acts.add(HostAction.NEXT)       # 抢答 nobody buzzed: nothing to score
        return acts

    # ---- host actions -----------------------------------------------------------------------
    def next(self) -> None:
        """From a title card or a scored question: the next question, stake choice or round."""
        self._require(HostAction.NEXT)
        self.question, self.team, self.buzzes, self.stake, self.time_up = None, None, [], 0, False
        self.false_starts = []
        self.timer.stop()
        if self.phase != Phase.INTRO and self.turn >= self.round_length():
            return self._enter_next_round()
        if self.phase == Phase.INTRO and self.round_length() == 0:
            return self._enter_next_round()
        if self.round == Round.RISK and self._questions_left():
            self.team = self.turn % len(self.teams)
            self.phase = Phase.STAKE
            return
        self._ask(self._draw())

    def choose_stake(self, points: int) -> None:
        """风险: the team in turn stakes 10, 20 or 30 points; harder questions for higher stakes."""
        if self.paused or self.phase != Phase.STAKE:
            raise InvalidAction("现在不是选择风险题分值的时候。")
        if points not in RISK_STAKES:
            raise InvalidAction("风险题分值只能是 10、20 或 30 分。")
        self.stake = points
        target = {10: 0.3, 20: 0.5, 30: 0.7}[points]
        self._ask(self._draw(target_difficulty=target))

    def start(self) -> None:
        """抢答: the host says “开始”; the buzz window opens now."""
        self._require(HostAction.START)
        self.phase = Phase.ASKING
        self.timer.start(self.rules.buzzer_seconds)

    def buzz(self, team: int) -> bool:
        """A team pressed its key. True when this buzz won the question (the first one in time)."""
        if not 0 <= team < len(self.teams):
            raise InvalidAction("没有这个参赛队。")
        if self.paused or self.round != Round.BUZZER or team in self.buzzes or team in self.false_starts:
            return False
        if self.phase == Phase.READY:
            self.false_starts.append(team)    # 抢跑
            return False
        if self.phase == Phase.ANSWERING:
            self.buzzes.append(team)      # too late, but the screen shows who came second
            return False
        if self.phase != Phase.ASKING or self.timer.expired():
            return False
        self.buzzes.append(team)
        self.team = team
        self.phase = Phase.ANSWERING
        self.timer.start(self.rules.answer_seconds)
        return True

    def reveal(self) -> None:
        self._require(HostAction.REVEAL)
        self.timer.stop()
        self.phase = Phase.REVEALED

    def right(self) -> None:
        self._score(correct=True)

    def wrong(self) -> None:
        self._score(correct=False)

    def undo(self) -> ScoreEvent:
        """Take back the last scoring; if it was on the question still on screen, it can be scored again."""
        self._require(HostAction.UNDO)
        event = self.events.pop()
        self.score_list[event.team] -= event.points
        if self.question and event.question_id == self.question.get("id") and self.phase == Phase.SCORED:
            self.phase = Phase.REVEALED
        return event

    def pause(self) -> None:
        self._require(HostAction.PAUSE)
        self.timer.pause()
        self.paused = True

    def resume(self) -> None:
        self._require(HostAction.RESUME)
        self.timer.resume()
        self.paused = False

    def tick(self) -> bool:
        """Called by the screen's timer. True when time has just run out."""
        if self.paused or self.time_up or not self.timer.expired():
            return False
        self.time_up = True
        if self.phase == Phase.ASKING and self.round == Round.BUZZER:
            self.phase = Phase.REVEALED      # nobody buzzed: show the answer, no points
        self.timer.stop()
        return True

    # ---- internals --------------------------------------------------------------------------
    def _require(self, action: HostAction) -> None:
        if action not in self.available():
            raise InvalidAction(FINISHED_REFUSAL if self.phase == Phase.FINISHED else _REFUSALS[action])

    def _undoable(self) -> bool:
        return bool(self.events)

    def _enter_next_round(self) -> None:
        idx = ROUND_ORDER.index(self.round) + 1
        while ROUND_ORDER[idx] != Round.RANKING and not self._has_questions(ROUND_ORDER[idx]):
            idx += 1  # a round with no questions (set so, or none left) is skipped, title card and all
        self.round = ROUND_ORDER[idx]
        self.turn = 0
        self.team = None
        self.phase = Phase.FINISHED if self.round == Round.RANKING else Phase.INTRO

    def _has_questions(self, rnd: Round) -> bool:
        return self.round_length(rnd) > 0 and bool(self._questions_left())

    def _ask(self, question: dict | None) -> None:
        if question is None:              # pool used up: the round ends early
            return self._enter_next_round()
        self.question = question
        self.used_ids.append(question["id"])
        self.turn += 1
        if self.round == Round.BUZZER:
            self.phase = Phase.READY          # the clock waits for the host's “开始”
            return
        self.phase = Phase.ASKING
        if self.round == Round.REQUIRED:
            self.team = (self.turn - 1) % len(self.teams)
        self.timer.start(self.rules.required_seconds if self.round == Round.REQUIRED else self.rules.risk_seconds)

    def _questions_left(self) -> list[dict]:
        used = set(self.used_ids)
        return [q for q in self._pool if q["id"] not in used]

    def _draw(self, target_difficulty: float | None = None) -> dict | None:
        left = self._questions_left()
        if not left:
            return None
        if target_difficulty is None:
            if self.turn == 0:  # a round opens on a formulation to know, not on a date or a figure
                left = [q for q in left if not _asks_a_number(q)] or left
            return self._rng.choice(left)
        self._rng.shuffle(left)
        return min(left, key=lambda q: abs(float(q.get("difficulty", 0.5)) - target_difficulty))

    def _score(self, correct: bool) -> None:
        self._require(HostAction.RIGHT if correct else HostAction.WRONG)
        points = self._points(correct)
        self.timer.stop()
        self.events.append(ScoreEvent(self.team, points, self.round.value, self.question.get("id"), correct))
        self.score_list[self.team] += points
        self.phase = Phase.SCORED

    def _points(self, correct: bool) -> int:
        if self.round == Round.RISK:
            return self.stake if correct else -self.stake
        if self.round == Round.BUZZER:
            return self.rules.buzzer_points if correct else -self.rules.buzzer_wrong_points
        return self.rules.required_points if correct else 0

    # ---- persistence ------------------------------------------------------------------------
    def to_json(self) -> dict:
        """Everything needed to carry on later; a running timer is saved as paused."""
        return {"format": STATE_FORMAT, "teams": [asdict(t) for t in self.teams], "rules": asdict(self.rules),
                "pool": self._pool, "used_ids": list(self.used_ids), "scores": list(self.score_list),
                "events": [asdict(e) for e in self.events], "round": self.round.value,
                "phase": self.phase.value, "turn": self.turn, "question": self.question, "team": self.team,
                "stake": self.stake, "buzzes": list(self.buzzes), "false_starts": list(self.false_starts),
                "time_up": self.time_up,
                "timer": self.timer.to_json(), "paused": self.paused or self.timer.running()}

    @classmethod
    def from_json(cls, d: dict, rng: random.Random, clock: Callable[[], float]) -> "Contest":
        if d.get("format") != STATE_FORMAT:
            raise BadInput("无法读取这场竞赛的保存记录（格式不符）。")
        c = cls([Team(**t) for t in d["teams"]], d["pool"], rng, clock, ContestRules(**d["rules"]))
        c.used_ids, c.score_list = list(d["used_ids"]), list(d["scores"])
        c.events = [ScoreEvent(**e) for e in d["events"]]
        c.round, c.phase, c.turn = Round(d["round"]), Phase(d["phase"]), d["turn"]
        c.question, c.team, c.stake = d["question"], d["team"], d["stake"]
        c.buzzes, c.time_up = list(d["buzzes"]), d["time_up"]
        c.false_starts = list(d.get("false_starts", []))
        c.timer = CountdownTimer.from_json(d["timer"], clock)
        c.paused = bool(d["paused"]) and c.timer.has_time()
        return c


FINISHED_REFUSAL = "竞赛已经结束。要再赛一场，请按“新的竞赛”。"
_REFUSALS = {
    HostAction.NEXT: "请先判定本题（对或错），再进入下一题。",
    HostAction.START: "现在不是宣布“开始”的时候（抢答题出示后才能开始）。",
    HostAction.REVEAL: "现在没有可以揭晓答案的题目。",
    HostAction.RIGHT: "现在没有需要判定的作答。",
    HostAction.WRONG: "现在没有需要判定的作答。",
    HostAction.UNDO: "还没有可以撤销的计分。",
    HostAction.PAUSE: "计时没有在进行，无需暂停。",
    HostAction.RESUME: "竞赛没有暂停。",
}


def _asks_a_number(question: dict) -> bool:
    """（5月18日）是第49个国际博物馆日 / 研发经费投入增至（36130亿元）: the answer is a date or a figure."""
    return any(ch.isdigit() for a in question.get("answer", []) if isinstance(a, str) for ch in a)


"""What the projector shows at each moment of a contest, as plain data (the Qt window only draws it).

    >>> marked_segments("坚持【问题导向】相统一")
    [('坚持', False), ('问题导向', True), ('相统一', False)]
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from quiz.contest import ROUND_ORDER, ROUND_TITLES, RISK_STAKES, Contest, Phase, Round
from quiz.question_data import LETTERS_FOR_OPTIONS, answer_text

ROUND_NUMBERS = "一二三四"
MARK_RE = re.compile(r"【(.*?)】")
NUMBER_UNIT_RE = re.compile(r"(\d) (分|秒)")
BLANK_RE = re.compile(r"（\s*）")
SCREEN_BLANK = "（\u00a0\u00a0\u00a0\u00a0）"   # no-break spaces: a blank is never split across lines


@dataclass
class ScoreCard:
    name: str
    colour: str
    score: int
    active: bool          # answering now
    rank: int | None = None


@dataclass
class AudienceView:
    banner: str                       # 第一轮 必答题 · 第3题
    headline: str                     # who answers, or the round's rules
    stem: str = ""
    options: list[str] = field(default_factory=list)
    seconds_left: int | None = None   # None: no countdown on screen
    time_up: bool = False
    answer: str = ""                  # shown in red once revealed
    explanation: list[tuple[str, bool]] = field(default_factory=list)   # (text, is the answer)
    source_title: str = ""
    verdict: str = ""                 # 回答正确 +10 / 回答错误 −30
    scores: list[ScoreCard] = field(default_factory=list)
    ranking: list[ScoreCard] = field(default_factory=list)
    paused: bool = False
    buzz_order: list[str] = field(default_factory=list)


def marked_segments(explanation: str) -> list[tuple[str, bool]]:
    """Split "…【answer】…" into (text, is_answer) pieces for colouring."""
    out, pos = [], 0
    for m in MARK_RE.finditer(explanation):
        if m.start() > pos:
            out.append((explanation[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(explanation):
        out.append((explanation[pos:], False))
    return out


def round_banner(contest: Contest) -> str:
    if contest.round == Round.RANKING:
        return ROUND_TITLES[Round.RANKING]
    number = ROUND_NUMBERS[ROUND_ORDER.index(contest.round)]
    text = f"第{number}轮 {ROUND_TITLES[contest.round]}"
    if contest.phase not in (Phase.INTRO, Phase.STAKE) and contest.turn:
        text += f" · 第{contest.turn}题"
    return text


def round_rules(contest: Contest) -> str:
    r = contest.rules
    return {Round.REQUIRED: f"各队依次作答，每题 {r.required_seconds:g} 秒，答对加 {r.required_points} 分",
            Round.BUZZER: f"听到“开始”后按本队抢答键，{r.buzzer_seconds:g} 秒内抢答；答对加 {r.buzzer_points} 分，"
                          f"答错扣 {r.buzzer_wrong_points} 分",
            Round.RISK: "各队自选 " + "、".join(map(str, RISK_STAKES)) + " 分题，答对加分，答错扣分",
            Round.RANKING: ""}[contest.round]


def headline(contest: Contest) -> str:
    team = contest.teams[contest.team].name if contest.team is not None else ""
    if contest.phase == Phase.INTRO:
        return round_rules(contest)
    if contest.phase == Phase.STAKE:
        return f"请{team}选择分值：" + " / ".join(f"{s} 分" for s in RISK_STAKES)
    if contest.round == Round.BUZZER:
        if team:
            return f"{team} 抢答成功，请作答"
        return "无人抢答" if contest.time_up else "请抢答！"
    if contest.round == Round.RISK and team:
        return f"{team} 作答（{contest.stake} 分）"
    return f"请{team}作答" if team else ""


def keep_units(text: str) -> str:
    """“30 秒”, “10 分 / 20 分” never split between the number and its unit."""
    return NUMBER_UNIT_RE.sub("\\1\u00a0\\2", text).replace(" / ", "\u00a0/ ")


def audience_view(contest: Contest) -> AudienceView:
    view = _audience_view(contest)
    view.headline, view.verdict = keep_units(view.headline), keep_units(view.verdict)
    return view


def _audience_view(contest: Contest) -> AudienceView:
    view = AudienceView(round_banner(contest), headline(contest), paused=contest.paused,
                        scores=_score_cards(contest), buzz_order=[contest.teams[i].name for i in contest.buzzes])
    if contest.phase == Phase.FINISHED:
        view.headline = "感谢各队参赛"
        view.ranking = [ScoreCard(s.team.name, s.team.colour, s.score, False, s.rank) for s in contest.ranking()]
        return view
    q = contest.question
    if q and contest.phase in (Phase.ASKING, Phase.ANSWERING, Phase.REVEALED, Phase.SCORED):
        view.stem = BLANK_RE.sub(SCREEN_BLANK, q.get("stem", ""))
        view.options = [f"{LETTERS_FOR_OPTIONS[i]}. {o}" for i, o in enumerate(q.get("options") or [])]
    if contest.phase in (Phase.ASKING, Phase.ANSWERING):
        view.seconds_left = math.ceil(contest.remaining())
        view.time_up = contest.time_up
    if q and contest.phase in (Phase.REVEALED, Phase.SCORED):
        view.options = []             # the answer line repeats the right options; room for the source
        view.headline = _answerer(contest)
        view.answer = _answer_with_letters(q)
        view.explanation = marked_segments(q.get("explanation") or "")
        view.source_title = (q.get("source") or {}).get("article", "")
    if contest.phase == Phase.SCORED and contest.events and contest.events[-1].question_id == q.get("id"):
        event = contest.events[-1]
        view.verdict = ("回答正确" if event.correct else "回答错误") + (
            f"  {'+' if event.points > 0 else '−'}{abs(event.points)} 分" if event.points else "")
    return view


def _answerer(contest: Contest) -> str:
    if contest.team is not None:
        name = contest.teams[contest.team].name
        return f"{name}（{contest.stake} 分）" if contest.round == Round.RISK else name
    return "无人抢答" if contest.round == Round.BUZZER else ""


def _answer_with_letters(q: dict) -> str:
    options = [str(o) for o in q.get("options") or []]
    answers = [str(a) for a in q.get("answer") or []]
    if q.get("type") in ("single_choice", "multiple_choice") and options:
        letters = "".join(LETTERS_FOR_OPTIONS[i] for i, o in enumerate(options) if o in answers)
        return f"{letters}　{answer_text(q)}"
    return answer_text(q)


def _score_cards(contest: Contest) -> list[ScoreCard]:
    return [ScoreCard(t.name, t.colour, s, contest.team == i and contest.phase != Phase.INTRO)
            for i, (t, s) in enumerate(zip(contest.teams, contest.scores()))]

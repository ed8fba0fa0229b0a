"""What the projector shows at each moment of a contest, as plain data (the Qt window only draws it).

    >>> marked_segments("坚持【问题导向】相统一")
    [('坚持', False), ('问题导向', True), ('相统一', False)]
    >>> short_title("深入把握习近平文化思想的核心要义及其内在逻辑（深入学习贯彻习近平新时代中国特色社会主义思想）")
    '深入把握习近平文化思想的核心要义…'
"""
from __future__ import annotations

import colorsys
import math
import re
from dataclasses import dataclass, field

from quiz.contest import ROUND_ORDER, ROUND_TITLES, RISK_STAKES, Contest, Phase, Round
from quiz.question_data import LETTERS_FOR_OPTIONS, answer_text, lettered
from quiz.questions import BLANK_RE

ROUND_NUMBERS = "一二三四"
MARK_RE = re.compile(r"【(.*?)】")
NUMBER_UNIT_RE = re.compile(r"(\d) (分|秒)")
SCREEN_BLANK = "（\u00a0\u00a0\u00a0\u00a0）"   # no-break spaces: a blank is never split across lines
# What the audience is asked to do, above the question.
KIND_LABELS = {"true_false": "判断正误", "single_choice": "单项选择", "multiple_choice": "多项选择（正确答案不止一个）",
               "fill_blank": "填空"}
TRUE_FALSE_CHOICES = ["正确", "错误"]
# An article title on the projector: a series tag in brackets goes, and a long title is cut, so that
# a stem quoting 《…》 does not spend three lines of the wall on it.
TITLE_LIMIT = 18
SERIES_TAG_RE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
READY_HEADLINE = "听主持人读题，听到“开始”后再按键抢答"
GO_HEADLINE = "开始！请抢答"
# Team colours by name: the screens never show a colour code. Dark enough for white text on them.
TEAM_PALETTE = (("红", "#c0392b"), ("蓝", "#1f618d"), ("绿", "#1e8449"), ("橙", "#ca6f1e"),
                ("紫", "#6c3483"), ("青", "#138d90"), ("棕", "#7e5109"), ("灰", "#616a6b"))


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
    kind_label: str = ""              # 判断正误 / 单项选择 / …
    options_inline: bool = False      # 正确　错误 on one line
    go: bool = False                  # 抢答 just opened: “开始！” in large type
    notice: str = ""                  # 抢跑 teams
    marked_stem: list[tuple[str, bool]] = field(default_factory=list)   # 填空 revealed: the source in its place


def colour_name(colour: str) -> str:
    """The palette's Chinese name nearest in hue to a #rrggbb colour (older saves may hold any colour)."""
    h, sat, v = _hsv(colour)
    if sat < 0.2:
        return "灰"
    def distance(named: tuple[str, str]) -> float:
        nh, _, nv = _hsv(named[1])
        turn = abs(h - nh)
        return 4 * min(turn, 1 - turn) + abs(v - nv)
    return min((nc for nc in TEAM_PALETTE if nc[0] != "灰"), key=distance)[0]


def _hsv(colour: str) -> tuple[float, float, float]:
    code = str(colour).lstrip("#")
    try:
        r, g, b = (int(code[i:i + 2], 16) / 255 for i in (0, 2, 4)) if len(code) == 6 else (0.5, 0.5, 0.5)
    except ValueError:
        r = g = b = 0.5
    return colorsys.rgb_to_hsv(r, g, b)


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


def short_title(title: str) -> str:
    """The title without a trailing series tag（深入学习贯彻…）, cut with … when still long."""
    bare = SERIES_TAG_RE.sub("", title).strip() or title.strip()
    # not cut just after a joining word: “…核心要义…”, not “…核心要义及…”
    return bare if len(bare) <= TITLE_LIMIT else bare[:TITLE_LIMIT - 1].rstrip("及和与的、，") + "…"


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
        if contest.phase == Phase.READY:
            return READY_HEADLINE
        return "无人抢答" if contest.time_up else GO_HEADLINE
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
    if q and contest.phase in (Phase.READY, Phase.ASKING, Phase.ANSWERING, Phase.REVEALED, Phase.SCORED):
        _show_question(view, q)
    if contest.false_starts:
        view.notice = "抢跑：" + "、".join(contest.teams[i].name for i in contest.false_starts) + "（本题不得抢答）"
    view.go = contest.round == Round.BUZZER and contest.phase == Phase.ASKING and contest.team is None \
        and not contest.time_up
    if contest.phase in (Phase.ASKING, Phase.ANSWERING):
        view.seconds_left = math.ceil(contest.remaining())
        view.time_up = contest.time_up
    if q and contest.phase in (Phase.REVEALED, Phase.SCORED):
        view.options = []             # the answer line repeats the right options; room for the source
        view.headline = _answerer(contest)
        view.answer = _answer_with_letters(q)
        view.explanation = marked_segments(q.get("explanation") or "")
        view.source_title = short_title(_article_of(q))
        if _source_repeats_stem(q, view.explanation):
            # the source is the stem with the answer in: shown once, in the stem's large type
            view.stem, view.marked_stem, view.explanation = "", view.explanation, []
    if contest.phase == Phase.SCORED and contest.events and contest.events[-1].question_id == q.get("id"):
        event = contest.events[-1]
        view.verdict = ("回答正确" if event.correct else "回答错误") + (
            f"  {'+' if event.points > 0 else '−'}{abs(event.points)} 分" if event.points else "")
    return view


def _article_of(q: dict) -> str:
    return (q.get("source") or {}).get("article", "") or ""


def _source_repeats_stem(q: dict, segments: list[tuple[str, bool]]) -> bool:
    """A stem with blanks (填空, most 单选) whose every piece around them is in the source sentence,
    which holds the answer: the stem is the source, less the answer."""
    if not BLANK_RE.search(q.get("stem", "")) or not any(is_answer for _, is_answer in segments):
        return False
    source = "".join(text for text, _ in segments)
    pieces = [p.strip() for p in BLANK_RE.split(q.get("stem", ""))]
    return all(p in source for p in pieces if p)


def _show_question(view: AudienceView, q: dict) -> None:
    view.kind_label = KIND_LABELS.get(q.get("type"), "")
    stem, title = q.get("stem", ""), _article_of(q)
    if title and short_title(title) != title:
        stem = stem.replace(f"《{title}》", f"《{short_title(title)}》")
    view.stem = BLANK_RE.sub(SCREEN_BLANK, stem)
    if q.get("type") == "true_false":
        view.options, view.options_inline = list(TRUE_FALSE_CHOICES), True
    else:
        view.options = lettered(q.get("options") or [])


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

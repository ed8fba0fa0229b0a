"""Scores of a printed paper (试卷), marked by hand and typed or pasted in, for the 学习台账.

    >>> parsed = parse_scores("王芳 92\\n李强\\t88.5\\n赵敏，九十")
    >>> [(s.name, s.score) for s in parsed.rows]
    [('王芳', '92'), ('李强', '88.5')]
    >>> parsed.bad[0].number, parsed.bad[0].text
    (3, '赵敏，九十')
    >>> sitting = new_sitting("2026-11-27", "理论学习测试（A卷）", parsed.rows, full_marks=100)
    >>> [(s.name, s.score, s.percent(sitting.full_marks)) for s in sitting.scores]
    [('王芳', 92.0, 92.0), ('李强', 88.5, 88.5)]

Parsing only splits lines: a line is 姓名 [单位/支部] 得分, separated by spaces, tabs or commas. A
line that cannot be read is reported with its number and text and never dropped silently. The
checks (a score within 0..满分, a name on every row, each name once per paper) are in
`new_sitting`, which the dialog, the CLI and the store all go through.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from content.model import BadInput

DEFAULT_FULL_MARKS = 100.0
MAX_FULL_MARKS = 1000.0
FIELD_SPLIT = re.compile(r"[\s,，、;；:：]+")
SCORE_TEXT = re.compile(r"^(\d+(?:\.\d+)?)分?$")
NAME_THEN_SCORE = re.compile(r"^(\D+?)(\d+(?:\.\d+)?分?)$")     # 王芳92: typed with no gap


class BadScoreRow(BadInput):
    """A refusal that names a row (1-based), so a screen can take the user to it."""

    def __init__(self, message: str, number: int):
        super().__init__(message)
        self.number = number


@dataclass
class ScoreRow:
    """One line or table row as typed: the score still text, so a bad one can be shown as it was."""
    name: str
    score: str
    unit: str = ""
    line: int | None = None     # its line in pasted text, so a refusal names the line the user sees


@dataclass
class BadLine:
    number: int           # 1-based line number in the pasted text
    text: str
    reason: str

    def message(self) -> str:
        return f"第 {self.number} 行“{self.text}”：{self.reason}"

    def short_message(self) -> str:
        """Without the line number: for where the line is shown again on its own."""
        return f"“{self.text}”：{self.reason}"


@dataclass
class ParsedScores:
    rows: list[ScoreRow] = field(default_factory=list)
    bad: list[BadLine] = field(default_factory=list)

    def bad_text(self) -> str:
        """The unreadable lines as they were, to put back where the user pasted them."""
        return "\n".join(b.text for b in self.bad)


@dataclass
class PaperScore:
    name: str
    score: float
    unit: str = ""

    def percent(self, full_marks: float) -> float:
        """On a 100 scale, so papers of different full marks can be compared and averaged."""
        return round(100.0 * self.score / full_marks, 1)


@dataclass
class PaperSitting:
    date: str                       # ISO date the paper was sat
    title: str                      # 学习贯彻二十届四中全会精神测试（A卷）
    scores: list[PaperScore] = field(default_factory=list)
    full_marks: float = DEFAULT_FULL_MARKS
    topic: str = ""
    article_ids: list[int] = field(default_factory=list)
    id: int | None = None


def parse_line(text: str) -> ScoreRow | str:
    """A ScoreRow, or the reason (Chinese) the line cannot be read."""
    parts = [p for p in FIELD_SPLIT.split(unicodedata.normalize("NFKC", text).strip()) if p]
    joined = NAME_THEN_SCORE.match(parts[0]) if len(parts) == 1 else None
    if joined:
        parts = [joined.group(1), joined.group(2)]
    if len(parts) < 2:
        return "要写姓名和得分，中间用空格或逗号隔开，例如“王芳 92”"
    if len(parts) > 3:
        return "一行只写一个人：姓名、单位（可不写）、得分"
    if not SCORE_TEXT.match(parts[-1]):
        return f"得分“{parts[-1]}”不是数字"
    if SCORE_TEXT.match(parts[0]):
        return "第一项应是姓名"
    return ScoreRow(parts[0], parts[-1].rstrip("分"), parts[1] if len(parts) == 3 else "")


def parse_scores(text: str) -> ParsedScores:
    """One person per line; blank lines are skipped, every other line is read or reported."""
    parsed = ParsedScores()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row = parse_line(line)
        if isinstance(row, ScoreRow):
            row.line = number
            parsed.rows.append(row)
        else:
            parsed.bad.append(BadLine(number, line.strip(), row))
    return parsed


def _number(text: str | float, what: str) -> float:
    if isinstance(text, (int, float)):
        return float(text)
    match = SCORE_TEXT.match(unicodedata.normalize("NFKC", str(text)).strip())
    if not match:
        raise BadInput(f"{what}“{text}”不是数字，请写成 92 或 92.5 这样。")
    return float(match.group(1))


def _score(row: ScoreRow, number: int, full_marks: float) -> PaperScore:
    name = " ".join(row.name.split())
    if not name:
        raise BadScoreRow(f"第 {number} 行没有填姓名（得分 {row.score}），请补上姓名或删掉这一行。", number)
    if not str(row.score).strip():
        raise BadScoreRow(f"第 {number} 行{name}没有填得分。", number)
    try:
        score = _number(row.score, f"第 {number} 行{name}的得分")
    except BadInput as exc:
        raise BadScoreRow(str(exc), number) from None
    if not 0 <= score <= full_marks:
        raise BadScoreRow(f"第 {number} 行{name}的得分 {score:g} 不在 0 到 {full_marks:g} 分之间"
                          f"（满分 {full_marks:g} 分）。", number)
    return PaperScore(name, score, " ".join(row.unit.split()))


def check_day(day: str | date) -> str:
    if isinstance(day, date):
        return day.isoformat()
    try:
        return date.fromisoformat(str(day).strip()).isoformat()
    except ValueError:
        raise BadInput(f"日期“{day}”看不懂，请写成 2026-11-27 这样的格式。") from None


def check_full_marks(full_marks: str | float) -> float:
    full = _number(full_marks, "满分")
    if not 0 < full <= MAX_FULL_MARKS:
        raise BadInput(f"满分应在 1 到 {MAX_FULL_MARKS:g} 分之间，而不是 {full:g}。")
    return full


def new_sitting(day: str | date, title: str, rows: list[ScoreRow], full_marks: str | float = DEFAULT_FULL_MARKS,
                topic: str = "", article_ids: list[int] | None = None) -> PaperSitting:
    """A checked sitting: BadInput names the row to fix. Rows left wholly blank are skipped."""
    title = " ".join(title.split())
    if not title:
        raise BadInput("请填写试卷名称，例如“学习贯彻二十届四中全会精神测试（A卷）”。")
    full = check_full_marks(full_marks)
    numbered = [(r.line or n, r) for n, r in enumerate(rows, start=1) if r.name.strip() or str(r.score).strip()]
    if not numbered:
        raise BadInput("还没有录入成绩：每人写姓名和得分，例如“王芳 92”。")
    scores = [_score(r, n, full) for n, r in numbered]
    _refuse_repeats(scores, [n for n, _ in numbered])
    return PaperSitting(check_day(day), title, scores, full, " ".join(topic.split()),
                        list(dict.fromkeys(article_ids or [])))


def _refuse_repeats(scores: list[PaperScore], numbers: list[int]) -> None:
    seen: dict[str, int] = {}
    for score, number in zip(scores, numbers):
        if score.name in seen:
            raise BadScoreRow(f"{score.name}录入了两次（第 {seen[score.name]} 行和第 {number} 行），"
                              "同一份试卷每人只记一个成绩，请删掉一行。", number)
        seen[score.name] = number


def sitting_json(sitting: PaperSitting) -> dict:
    """The CLI's JSON for one sitting."""
    return {"id": sitting.id, "date": sitting.date, "title": sitting.title, "topic": sitting.topic,
            "article_ids": sitting.article_ids, "full_marks": sitting.full_marks,
            "scores": [{"name": s.name, "unit": s.unit, "score": s.score, "percent": s.percent(sitting.full_marks)}
                       for s in sitting.scores]}

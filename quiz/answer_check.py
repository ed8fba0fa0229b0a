"""Checking an answer, fit for Chinese: width and punctuation forgiven, characters (的/得/地) not.

    >>> check({"type": "fill_blank", "answer": ["问题导向", "目标导向"]}, ["问题导向 ", "结果导向"]).score
    0.5
    >>> normalise("“六张网”， ２０２５年")
    '六张网2025年'

``given`` has the same shape as a question's ``answer`` (DESIGN.md): blank texts in order,
chosen option texts (options are matched by their text, never their letter, since they are
shuffled), ``[True]``/``[False]``, items in order, or ``[[left, right], ...]`` pairs.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from quiz.questions import BLANK_RE, QuestionType

# Scored all or nothing unless partial credit is on (each blank of a 填空 always counts on its own).
WHOLE_ANSWER_TYPES = {QuestionType.ORDERING, QuestionType.MATCHING}
TRUE_WORDS = {"true", "对", "正确", "是", "√", "✓", "t", "y", "yes"}
FALSE_WORDS = {"false", "错", "错误", "否", "×", "✗", "x", "f", "n", "no"}


@dataclass
class CheckResult:
    """``score`` is 0..1; ``parts`` says for each blank, option, item or pair whether it was right."""
    correct: bool
    score: float
    parts: list[bool] = field(default_factory=list)


def normalise(text) -> str:
    """NFKC (full-width digits and letters to half-width), lower case, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = _DECIMAL_POINT.sub("\x00", text)  # 1.75 must not become 175
    return "".join(ch for ch in text if not _ignorable(ch)).replace("\x00", ".")


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_MEANINGFUL_MARKS = {"%", "‰", "\x00"}


def _ignorable(ch: str) -> bool:
    if ch in _MEANINGFUL_MARKS:
        return False
    category = unicodedata.category(ch)
    # P*: punctuation (，。、“”《》…), Z*: spaces, Cc/Cf: controls and zero-width marks
    return category[0] in "PZ" or category in ("Cc", "Cf") or ch.isspace()


def same_text(a, b) -> bool:
    return normalise(a) == normalise(b)


def check(question: dict, given, partial_credit: bool = False) -> CheckResult:
    """Score ``given`` against a question dict in DESIGN.md's format. Never raises on odd input."""
    qtype = QuestionType(question["type"])
    answer = list(question.get("answer") or [])
    given = _as_list(given)
    if qtype == QuestionType.MULTIPLE_CHOICE:
        result = _multiple_choice(answer, given, partial_credit)
    elif qtype == QuestionType.FILL_BLANK:
        result = _fill_blank(answer, given, list_runs(question.get("stem") or "", len(answer)))
    else:
        result = _CHECKERS[qtype](answer, given)
    if qtype in WHOLE_ANSWER_TYPES and not partial_credit and not result.correct:
        result.score = 0.0  # an order or a matching half right is not known; parts still show which
    return result


def _as_list(given) -> list:
    if given is None:
        return []
    if isinstance(given, (list, tuple)):
        return list(given)
    return [given]


def _fraction(parts: list[bool]) -> CheckResult:
    score = sum(parts) / len(parts) if parts else 0.0
    return CheckResult(correct=bool(parts) and all(parts), score=score, parts=parts)


# What may stand between two blanks that are items of one list: 、 and the joining words, quotes around items.
_LIST_JOINT = re.compile(r"^[“”‘’\s]*(?:、|和|与|及|以及|、以及)?[“”‘’\s]*$")


def list_runs(stem: str, blanks: int) -> list[list[int]]:
    """Blanks written one after another as items of one list (（ ）、（ ）和（ ）): within a run the
    items may be given in any order, as a marker would accept them; every other blank stands alone.

        >>> list_runs("坚持（  ）、（  ）、“（  ）”相统一，从（  ）走向（  ）。", 5)
        [[0, 1, 2], [3], [4]]
    """
    spots = [m.span() for m in BLANK_RE.finditer(stem)]
    if len(spots) != blanks:
        return [[i] for i in range(blanks)]
    runs = [[0]] if blanks else []
    for i in range(1, blanks):
        between = stem[spots[i - 1][1]:spots[i][0]]
        if _LIST_JOINT.match(between):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs



def _blank_matches(typed, expected) -> bool:
    """Same text; a percentage may be written without its sign (90 for 90%), and a figure with its unit
    without the bound word around it (90% for 90%以上), as a marker accepts."""
    if same_text(typed, expected):
        return True
    wanted, got = normalise(expected), normalise(typed)
    if wanted[-1:] in ("%", "‰") and got == wanted[:-1] and wanted[:-1][-1:].isdigit():
        return True
    return _same_figure_within_bound(got, wanted)


# Words that bound a figure: dropping one keeps the figure a learner is asked to know, but writing the
# other direction (以下 for 以上) states the opposite, so a bound given must face the same way.
class _Bound(str, Enum):
    ABOVE = "above"
    BELOW = "below"
    ABOUT = "about"


_BOUND_PREFIXES = {"超过": _Bound.ABOVE, "逾": _Bound.ABOVE, "至少": _Bound.ABOVE, "不少于": _Bound.ABOVE,
                   "不低于": _Bound.ABOVE, "多于": _Bound.ABOVE, "高于": _Bound.ABOVE,
                   "不到": _Bound.BELOW, "不足": _Bound.BELOW, "不超过": _Bound.BELOW, "少于": _Bound.BELOW,
                   "低于": _Bound.BELOW, "至多": _Bound.BELOW, "最多": _Bound.BELOW,
                   "约": _Bound.ABOUT, "大约": _Bound.ABOUT, "近": _Bound.ABOUT, "将近": _Bound.ABOUT,
                   "接近": _Bound.ABOUT}
_BOUND_SUFFIXES = {"以上": _Bound.ABOVE, "之上": _Bound.ABOVE, "以下": _Bound.BELOW, "之下": _Bound.BELOW,
                   "以内": _Bound.BELOW, "之内": _Bound.BELOW, "左右": _Bound.ABOUT, "上下": _Bound.ABOUT,
                   "前后": _Bound.ABOUT}
_NUMERAL = "0-9.零〇一二两三四五六七八九十百千万亿"
_FIGURE = re.compile(f"[{_NUMERAL}]*[0-9零〇一二两三四五六七八九十][{_NUMERAL}]*")
# 多/余 inside a figure (3000多亿元, 十余年) read as "more than"
_INNER_MORE = re.compile(f"(?<=[{_NUMERAL}])[多余](?=[^多余]*$)")


def _split_bound(text: str) -> tuple[str, set]:
    """(the figure with its unit, the directions of the bound words taken off)."""
    bounds = set()
    for word in sorted(_BOUND_PREFIXES, key=len, reverse=True):
        if text.startswith(word) and _FIGURE.match(text[len(word):]):
            text, bounds = text[len(word):], bounds | {_BOUND_PREFIXES[word]}
            break
    for word in sorted(_BOUND_SUFFIXES, key=len, reverse=True):
        if text.endswith(word):
            text, bounds = text[:-len(word)], bounds | {_BOUND_SUFFIXES[word]}
            break
    inner = _INNER_MORE.search(text)
    if inner and _FIGURE.match(text):
        text, bounds = text[:inner.start()] + text[inner.end():], bounds | {_Bound.ABOVE}
    return text, bounds


def _same_figure_within_bound(got: str, wanted: str) -> bool:
    """90% (or 超过90%) for 90%以上: the same figure and unit, the bound left out or facing the same way.
    The figure must be all there, its unit too: 90 for 90%以上 is not enough."""
    core, bounds = _split_bound(wanted)
    if not bounds or not _FIGURE.match(core):
        return False
    typed_core, typed_bounds = _split_bound(got)
    return typed_core == core and typed_bounds <= bounds


def _accepted(expected) -> list:
    return [expected] if isinstance(expected, str) else list(expected)


def _fill_blank(answer: list, given: list, runs: list[list[int]] | None = None) -> CheckResult:
    """Each blank on its own, in order except among the items of one list; an accepted alternative
    may be written as "甲/乙"."""
    parts = [False] * len(answer)
    for run in runs or [[i] for i in range(len(answer))]:
        unused = list(run)
        for i in run:
            typed = given[i] if i < len(given) else ""
            if not normalise(typed):
                continue
            # its own blank first, so a list given in the article's order is matched position by position
            for j in sorted(unused, key=lambda j: j != i):
                if any(_blank_matches(typed, a) for a in _accepted(answer[j])):
                    parts[i] = True
                    unused.remove(j)
                    break
    return _fraction(parts)


def _single_choice(answer: list, given: list) -> CheckResult:
    ok = len(given) == 1 and bool(answer) and same_text(given[0], answer[0])
    return CheckResult(correct=ok, score=float(ok), parts=[ok])


def _multiple_choice(answer: list, given: list, partial_credit: bool) -> CheckResult:
    """All or nothing by default; with partial credit, a choice missed costs its share, a wrong one all."""
    expected = {normalise(a) for a in answer}
    chosen = {normalise(g) for g in given}
    parts = [normalise(a) in chosen for a in answer]
    wrong = chosen - expected
    if chosen == expected:
        return CheckResult(True, 1.0, parts)
    score = 0.0 if wrong or not partial_credit else sum(parts) / max(1, len(answer))
    return CheckResult(False, score, parts)


def _truth(value) -> bool | None:
    if isinstance(value, bool):
        return value
    word = normalise(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def _true_false(answer: list, given: list) -> CheckResult:
    ok = bool(answer) and len(given) == 1 and _truth(given[0]) is not None \
        and _truth(given[0]) == _truth(answer[0])
    return CheckResult(correct=ok, score=float(ok), parts=[ok])


def _ordering(answer: list, given: list) -> CheckResult:
    parts = [i < len(given) and same_text(given[i], item) for i, item in enumerate(answer)]
    return _fraction(parts)


def _matching(answer: list, given: list) -> CheckResult:
    chosen = {}
    for pair in given:
        if isinstance(pair, (list, tuple)) and len(pair) == 2:
            chosen[normalise(pair[0])] = normalise(pair[1])
    parts = [chosen.get(normalise(left)) == normalise(right) for left, right in answer]
    return _fraction(parts)


_CHECKERS = {
    QuestionType.FILL_BLANK: _fill_blank,
    QuestionType.SINGLE_CHOICE: _single_choice,
    QuestionType.MULTIPLE_CHOICE: _multiple_choice,
    QuestionType.TRUE_FALSE: _true_false,
    QuestionType.ORDERING: _ordering,
    QuestionType.MATCHING: _matching,
}


def display_answer(question: dict, pair_joiner: str = " → ") -> str:
    """The right answer as a reader sees it: 问题导向；目标导向 / A、C / 正确 / 甲→乙."""
    qtype = QuestionType(question["type"])
    answer = list(question.get("answer") or [])
    if qtype == QuestionType.TRUE_FALSE:
        return "正确" if answer and _truth(answer[0]) else "错误"
    if qtype == QuestionType.MATCHING:
        return "；".join(f"{left}{pair_joiner}{right}" for left, right in answer)
    if qtype == QuestionType.ORDERING:
        return " → ".join(str(a) for a in answer)
    return "；".join(str(a) for a in answer)


def display_given(question: dict, given) -> str:
    """What the learner answered, in the same form as display_answer (empty: 未作答)."""
    given = _as_list(given)
    if not given or all(g in ("", None) for g in given):
        return "未作答"
    return display_answer({"type": question["type"], "answer": given})

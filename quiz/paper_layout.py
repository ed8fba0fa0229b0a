"""A printed 试卷 laid out once (sections by type, numbering, points, variants), then written as .docx or .pdf.

    >>> qs = [{"id": "a", "type": "true_false", "stem": "新质生产力是创新起主导作用的先进生产力。", "answer": [True]}]
    >>> paper = build_paper(qs, "学习测试", seed=1, points=DEFAULT_POINTS)
    >>> paper.sections[0].heading
    '一、判断题（共1题，每题1分，共1分）'
    >>> build_paper(qs * 0 + [dict(qs[0], id=str(i)) for i in range(20)], "学习测试").total_points
    100
    >>> paper.sections[0].items[0].key
    '√'

Without explicit points the paper adds up to 100: each type's points are chosen in proportion to
DEFAULT_POINTS (see round_points); when whole points per type cannot make 100 exactly, the last questions
of a section are worth one point more, and its heading says which (see split_to_target). Variant A keeps the generated order; every other variant shuffles the questions within each
section and the options of each question, reproducibly from the seed and the variant's letter.
"""
from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field

from content.model import BadInput
from quiz.question_data import LETTERS_FOR_OPTIONS, TYPE_NAMES, answer_text, as_dict, lettered
from quiz.questions import BLANK_RE, QuestionType

SECTION_ORDER = (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                 QuestionType.FILL_BLANK, QuestionType.ORDERING, QuestionType.MATCHING)
DEFAULT_POINTS = {QuestionType.SINGLE_CHOICE: 2, QuestionType.MULTIPLE_CHOICE: 3, QuestionType.TRUE_FALSE: 1,
                  QuestionType.FILL_BLANK: 2, QuestionType.ORDERING: 3, QuestionType.MATCHING: 4}
TYPE_VALUES = {t.value for t in QuestionType}
CHINESE_NUMERALS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PRINTED_BLANK = "（__________）"
CHOICE_SLOT = "（    ）"


@dataclass
class PaperItem:
    number: int
    qtype: QuestionType
    stem: str                       # as printed: blanks widened, the answer slot in place
    options: list[str]              # as printed, already labelled "A. …"
    key: str                        # the answer as the key prints it
    answer: str                     # the answer in words
    source: dict
    pairs_left: list[str] = field(default_factory=list)   # 配对: the numbered left column


@dataclass
class PaperSection:
    qtype: QuestionType
    heading: str
    points_each: int
    items: list[PaperItem]
    raised: int = 0                 # the section's last `raised` questions are worth points_each + 1

    @property
    def points(self) -> int:
        return self.points_each * len(self.items) + self.raised


@dataclass
class Paper:
    title: str
    variant: str
    sections: list[PaperSection]

    @property
    def total_points(self) -> int:
        return sum(s.points for s in self.sections)

    @property
    def question_count(self) -> int:
        return sum(len(s.items) for s in self.sections)

    @property
    def full_title(self) -> str:
        return f"{self.title}（{self.variant}卷）" if self.variant else self.title

    def info_line(self) -> str:
        return "单位：________________    姓名：____________    得分：________"

    def note_line(self) -> str:
        return f"（本卷共{self.question_count}题，满分{self.total_points}分）"


def build_paper(questions: list, title: str, seed: int = 1, variant: str = "",
                points: dict | None = None) -> Paper:
    """Lay out the questions as a paper; variant "" or "A" keeps their order and options."""
    qs = [as_dict(q) for q in questions]
    if not qs:
        raise BadInput("没有可以组卷的题目。")
    if not title.strip():
        raise BadInput("请填写试卷标题。")
    rng = random.Random(f"{seed}-{variant}") if variant not in ("", "A") else None
    raised = {}
    if points is None:
        counts = Counter(QuestionType(q["type"]) for q in qs if q.get("type") in TYPE_VALUES)
        points, raised = split_to_target(counts, round_points(counts))
    points = {**DEFAULT_POINTS, **points}
    sections, number = [], 1
    for qtype in SECTION_ORDER:
        group = [q for q in qs if q.get("type") == qtype.value]
        if not group:
            continue
        if rng:
            rng.shuffle(group)
        items = []
        for q in group:
            items.append(lay_out(q, number, rng))
            number += 1
        section = PaperSection(qtype, "", points[qtype], items, raised.get(qtype, 0))
        section.heading = f"{CHINESE_NUMERALS[len(sections)]}、{TYPE_NAMES[qtype]}（{points_note(section)}）"
        sections.append(section)
    if not sections:
        raise BadInput("这些题目的题型无法排进试卷。")
    return Paper(title.strip(), variant, sections)


def points_note(section: PaperSection) -> str:
    """共5题，每题9分，共45分; with raised questions: 共5题，第3～4题每题9分，第5题每题10分，共46分."""
    n, each = len(section.items), section.points_each
    if not section.raised or not section.items:
        return f"共{n}题，每题{each}分，共{section.points}分"
    first, last = section.items[0].number, section.items[-1].number
    split = last - section.raised + 1
    return (f"共{n}题，{_numbers(first, split - 1)}每题{each}分，"
            f"{_numbers(split, last)}每题{each + 1}分，共{section.points}分")


def _numbers(first: int, last: int) -> str:
    return f"第{first}题" if first == last else f"第{first}～{last}题"


def split_to_target(counts: dict, points: dict, target: int = 100) -> tuple[dict, dict]:
    """Points per type and, per type, how many of its questions get one point more, so the paper
    totals `target` when whole points per type cannot (9 判断 + 6 单选 + 15 填空: no whole points
    make 100). The split goes to the biggest section that keeps a heavier type worth no less."""
    points = dict(points)
    diff = target - sum(points[t] * n for t, n in counts.items() if t in points)
    if diff < 0:    # one point less on |diff| questions = one less on all, one more on the others
        lower = [t for t in points if points[t] > 1 and counts[t] > -diff and not _undercuts_lighter(points, t)]
        if not lower:
            return points, {}
        t = max(lower, key=lambda t: counts[t])
        points[t] -= 1
        return points, {t: counts[t] + diff}
    raised = {}
    for t in sorted(points, key=lambda t: (_outranks_raise(points, t), -counts[t])):
        take = min(diff, counts[t] - 1)
        if take > 0:
            raised[t], diff = take, diff - take
    return points, raised


def _undercuts_lighter(points: dict, t) -> bool:
    """True when a question of t worth one point less would be worth less than a lighter type's."""
    return any(DEFAULT_POINTS[u] < DEFAULT_POINTS[t] and points[u] > points[t] - 1 for u in points)


def _outranks_raise(points: dict, t) -> bool:
    """True when a question of t worth one point more would outweigh a heavier type's questions."""
    return any(DEFAULT_POINTS[h] > DEFAULT_POINTS[t] and points[h] <= points[t] for h in points)


def round_points(counts: dict, target: int = 100, most: int | None = None) -> dict:
    """Whole points per question of each type (1..most) so the paper totals `target`, else the
    total nearest it, keeping DEFAULT_POINTS' proportions (a 多选 never worth less than a 单选, which
    never is worth less than a 判断). A short paper may need more than 10 points a question: 10
    questions make 100 only at 10 points each on average.

    >>> round_points({QuestionType.SINGLE_CHOICE: 10, QuestionType.TRUE_FALSE: 10})[QuestionType.SINGLE_CHOICE]
    7
    """
    types = [t for t in SECTION_ORDER if counts.get(t)]
    if not types:
        return {}
    if most is None:
        most = max(10, math.ceil(2 * target / sum(counts[t] for t in types)))
    scale = target / sum(DEFAULT_POINTS[t] * counts[t] for t in types)
    ideal = {t: DEFAULT_POINTS[t] * scale for t in types}
    options = {t: range(max(1, min(most, math.floor(ideal[t]) - 2)), min(most, math.ceil(ideal[t]) + 2) + 1)
               for t in types}
    return _best_points(types, counts, ideal, options, target) or {t: DEFAULT_POINTS[t] for t in types}


def _best_points(types: list, counts: dict, ideal: dict, options: dict, target: int) -> dict | None:
    """Depth-first over the types, lighter first, a heavier type never worth less than a lighter one:
    the exact total if any, else the fewest points away from it and from the ideal points."""
    types = sorted(types, key=DEFAULT_POINTS.get)
    best: list = [None, None]

    reach = [(sum(options[t][0] * counts[t] for t in types[i:]), sum(options[t][-1] * counts[t] for t in types[i:]))
             for i in range(len(types) + 1)]     # the least and the most the types from i on can add

    def visit(i: int, chosen: dict, total: int, deviation: float) -> None:
        if best[1] is not None and best[1][0] is False and (   # an exact total found: prune the worse
                deviation >= best[1][1] or not reach[i][0] <= target - total <= reach[i][1]):
            return
        if i == len(types):
            cost = (total != target, abs(total - target) + deviation)
            if best[1] is None or cost < best[1]:
                best[:] = [dict(chosen), cost]
            return
        t = types[i]
        floor = max((p for u, p in chosen.items() if DEFAULT_POINTS[u] < DEFAULT_POINTS[t]), default=1)
        for p in options[t]:
            if p >= floor:
                chosen[t] = p
                visit(i + 1, chosen, total + p * counts[t], deviation + abs(p - ideal[t]) * counts[t])
        chosen.pop(t, None)

    visit(0, {}, 0, 0.0)
    return best[0]


def lay_out(q: dict, number: int, rng: random.Random | None) -> PaperItem:
    maker = {QuestionType.SINGLE_CHOICE: _choice, QuestionType.MULTIPLE_CHOICE: _choice,
             QuestionType.TRUE_FALSE: _true_false, QuestionType.FILL_BLANK: _fill_blank,
             QuestionType.ORDERING: _ordering, QuestionType.MATCHING: _matching}[QuestionType(q["type"])]
    return maker(q, number, rng)


def _shuffled(items: list, rng: random.Random | None) -> list:
    items = list(items)
    if rng:
        rng.shuffle(items)
    return items


def _labelled(options: list[str]) -> list[str]:
    return lettered(options)


def _item(q: dict, number: int, stem: str, options: list[str], key: str, **extra) -> PaperItem:
    return PaperItem(number, QuestionType(q["type"]), stem, options, key, answer_text(q), q.get("source") or {},
                     **extra)


def _choice(q: dict, number: int, rng) -> PaperItem:
    options = _shuffled(q["options"], rng)
    correct = {str(a) for a in q["answer"]}
    key = "".join(LETTERS_FOR_OPTIONS[i] for i, opt in enumerate(options) if str(opt) in correct)
    stem = BLANK_RE.sub(CHOICE_SLOT, q["stem"], count=1)
    if stem == q["stem"]:
        stem += CHOICE_SLOT
    return _item(q, number, stem, _labelled(options), key)


def _true_false(q: dict, number: int, rng) -> PaperItem:
    stem = q["stem"] if BLANK_RE.search(q["stem"]) else q["stem"] + CHOICE_SLOT
    return _item(q, number, stem, [], "√" if q["answer"] and q["answer"][0] is True else "×")


def _fill_blank(q: dict, number: int, rng) -> PaperItem:
    return _item(q, number, BLANK_RE.sub(PRINTED_BLANK, q["stem"]), [], "；".join(map(str, q["answer"])))


def _ordering(q: dict, number: int, rng) -> PaperItem:
    items = _shuffled(q["options"] or q["answer"], rng)
    key = " ".join(LETTERS_FOR_OPTIONS[items.index(a)] for a in q["answer"] if a in items)
    return _item(q, number, q["stem"] + "  正确顺序：____________", _labelled(items), key)


def _matching(q: dict, number: int, rng) -> PaperItem:
    pairs = [tuple(p) for p in q["answer"]]
    lefts = [p[0] for p in pairs]
    rights = _shuffled(q["options"] or [p[1] for p in pairs], rng)
    # Generated stems often list the left items already (①…②…); then they keep their circled numbers.
    in_stem = len(lefts) <= len(CIRCLED) and all(left in q["stem"] for left in lefts)
    marks = list(CIRCLED[:len(lefts)]) if in_stem else [str(i + 1) for i in range(len(lefts))]
    key = "；".join(f"{marks[i]}—{LETTERS_FOR_OPTIONS[rights.index(r)]}"
                   for i, (_, r) in enumerate(pairs) if r in rights)
    # an answer line as 排序 has, on a line of its own (a long stem would split it): a slot per left item
    slots = "  ".join(f"{mark}—____" for mark in marks)
    return _item(q, number, f"{q['stem']}\n作答：{slots}", _labelled(rights), key,
                 pairs_left=[] if in_stem else [f"（{i + 1}）{left}" for i, left in enumerate(lefts)])


def source_line(item: PaperItem) -> str:
    """Where the answer is found, for the answer key: the article and its sentence."""
    src = item.source
    title, sentence = src.get("article", ""), src.get("sentence", "")
    if title and sentence:
        return f"出处：《{title}》——{sentence}"
    return f"出处：《{title}》" if title else ""


def visual_width(text: str) -> float:
    """Width in Chinese characters: Latin letters, digits and spaces count half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def options_fit_one_line(options: list[str], limit: float = 34) -> bool:
    """Short options share a line (joined by four spaces), as printed papers do."""
    return sum(visual_width(o) for o in options) + 2 * max(0, len(options) - 1) <= limit

"""A printed 试卷 laid out once (sections by type, numbering, points, variants), then written as .docx or .pdf.

    >>> qs = [{"id": "a", "type": "true_false", "stem": "新质生产力是创新起主导作用的先进生产力。", "answer": [True]}]
    >>> paper = build_paper(qs, "学习测试", seed=1, points=DEFAULT_POINTS)
    >>> paper.sections[0].heading
    '一、判断题（共1题，每题1分，共1分）'
    >>> build_paper(qs * 0 + [dict(qs[0], id=str(i)) for i in range(20)], "学习测试").total_points
    100
    >>> paper.sections[0].items[0].key
    '√'

Without explicit points, each type's points are chosen so the paper adds up to a round total
(100 when the counts allow it; see round_points). Variant A keeps the generated order; every other variant shuffles the questions within each
section and the options of each question, reproducibly from the seed and the variant's letter.
"""
from __future__ import annotations

import itertools
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


@dataclass
class Paper:
    title: str
    variant: str
    sections: list[PaperSection]

    @property
    def total_points(self) -> int:
        return sum(s.points_each * len(s.items) for s in self.sections)

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
    if points is None:
        points = round_points(Counter(QuestionType(q["type"]) for q in qs if q.get("type") in TYPE_VALUES))
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
        heading = (f"{CHINESE_NUMERALS[len(sections)]}、{TYPE_NAMES[qtype]}"
                   f"（共{len(items)}题，每题{points[qtype]}分，共{len(items) * points[qtype]}分）")
        sections.append(PaperSection(qtype, heading, points[qtype], items))
    if not sections:
        raise BadInput("这些题目的题型无法排进试卷。")
    return Paper(title.strip(), variant, sections)


def round_points(counts: dict, target: int = 100, most: int = 10) -> dict:
    """Whole points per question of each type (1..most) so the paper totals `target`, else the
    roundest total near it (a multiple of 10, then of 5), keeping DEFAULT_POINTS' proportions
    (a 多选 never worth less than a 单选, which never is worth less than a 判断).

    >>> round_points({QuestionType.SINGLE_CHOICE: 10, QuestionType.TRUE_FALSE: 10})[QuestionType.SINGLE_CHOICE]
    7
    """
    types = [t for t in SECTION_ORDER if counts.get(t)]
    if not types:
        return {}
    scale = target / sum(DEFAULT_POINTS[t] * counts[t] for t in types)
    ideal = {t: DEFAULT_POINTS[t] * scale for t in types}
    ranges = [range(max(1, min(most, math.floor(ideal[t]) - 2)), min(most, math.ceil(ideal[t]) + 2) + 1)
              for t in types]
    best, best_cost = None, None
    for combo in itertools.product(*ranges):
        chosen = dict(zip(types, combo))
        if not _keeps_order(chosen):
            continue
        total = sum(chosen[t] * counts[t] for t in types)
        cost = (_roundness(total, target), sum(abs(chosen[t] - ideal[t]) * counts[t] for t in types))
        if best_cost is None or cost < best_cost:
            best, best_cost = chosen, cost
    return best or {t: DEFAULT_POINTS[t] for t in types}


def _roundness(total: int, target: int) -> float:
    """0 for the target itself; otherwise the distance, plus a penalty for a total that is not round."""
    if total == target:
        return 0
    return abs(total - target) + (0 if total % 10 == 0 else 5 if total % 5 == 0 else 15)


def _keeps_order(points: dict) -> bool:
    return all(points[a] >= points[b] for a in points for b in points if DEFAULT_POINTS[a] > DEFAULT_POINTS[b])


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

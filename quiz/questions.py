"""Questions: their types, their source, and their JSON form (the CLI contract of DESIGN.md).

    >>> q = Question(QuestionType.FILL_BLANK, "坚持（  ）相统一。", [], ["问题导向"],
    ...              "坚持【问题导向】相统一。", 0.4, Source("标题", 0, 1, 0, 12, "坚持问题导向相统一。"))
    >>> q.to_json()["answer"]
    ['问题导向']

Source convention: ``section``/``paragraph`` index ``article.sections[section].paragraphs[paragraph]``
and ``start``/``end`` are character offsets of the source sentence in that paragraph.
For questions drawn from the 核心提示 (core points), ``section`` is ``CORE_POINT_SECTION`` (-1) and
``paragraph`` indexes ``article.core_points``. For questions about a section heading, ``paragraph`` is
``HEADING_PARAGRAPH`` (-1) and the offsets are into the heading. For the title, section and paragraph
are both ``TITLE_INDEX`` (-2).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from enum import Enum

CORE_POINT_SECTION = -1
HEADING_PARAGRAPH = -1
TITLE_INDEX = -2
# non-breaking spaces: a wrapping line never splits the blank or parts it from its quote marks
BLANK = "（\u00a0\u00a0）"
# a blank as stems write it (BLANK) or as a person types it: empty brackets, full- or half-width
BLANK_RE = re.compile(r"（\s*）|\(\s*\)")


class QuestionType(str, Enum):
    FILL_BLANK = "fill_blank"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    ORDERING = "ordering"
    MATCHING = "matching"

    @property
    def label(self) -> str:
        return TYPE_LABELS[self]


TYPE_LABELS = {
    QuestionType.FILL_BLANK: "填空题", QuestionType.SINGLE_CHOICE: "单选题",
    QuestionType.MULTIPLE_CHOICE: "多选题", QuestionType.TRUE_FALSE: "判断题",
    QuestionType.ORDERING: "排序题", QuestionType.MATCHING: "配对题",
}


def question_key(qtype: str, stem: str, answer: list, sentence: str) -> str:
    """The id of a question: what it asks and of which sentence, not the title of its article.

        >>> a = question_key("fill_blank", "坚持（  ）。", ["问题导向"], "坚持问题导向。")
        >>> a == question_key("fill_blank", "坚持（  ）。", ["问题导向"], "坚持问题导向。"), len(a)
        (True, 12)
        >>> a == question_key("fill_blank", "坚持（  ）。", ["问题导向"], "必须坚持问题导向。")
        False
    """
    raw = json.dumps([qtype, stem, answer, sentence], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Source:
    """Where a question comes from, so the reader can open the article there."""
    article: str
    section: int
    paragraph: int
    start: int
    end: int
    sentence: str

    def to_json(self) -> dict:
        return {"article": self.article, "section": self.section, "paragraph": self.paragraph,
                "start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass
class Question:
    type: QuestionType
    stem: str
    options: list[str]
    answer: list
    explanation: str
    difficulty: float
    source: Source
    # what fact the question tests; two questions with a shared key must not meet in one quiz
    fact_keys: frozenset[str] = field(default_factory=frozenset)
    value: float = 0.5  # how worth asking (core points high, title low); used when selecting
    fit: float = 0.0    # how well this type suits the fact (a named list as 多选, a term as 单选)
    statistic: bool = False  # asks a figure of the text (29.7万亿元): a quiz keeps these to a share
    # the stem as generated, when a quiz over several articles has since named the article in it
    plain_stem: str | None = None

    @property
    def id(self) -> str:
        """Stable across quizzes: the same question keeps its id whether its stem says 文中 or names the
        article, and when the article is renamed (the 错题本 and the answer log find it again)."""
        return question_key(self.type.value, self.plain_stem or self.stem, self.answer,
                            self.source.sentence if self.source else "")

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type.value, "stem": self.stem,
                "options": list(self.options), "answer": list(self.answer),
                "explanation": self.explanation, "difficulty": round(self.difficulty, 2),
                "source": self.source.to_json()}

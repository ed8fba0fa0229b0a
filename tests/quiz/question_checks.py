"""The invariants every generated question must keep, checked against its article."""
from __future__ import annotations

import re

from quiz.figures import FIGURE_RE
from quiz.questions import BLANK, CORE_POINT_SECTION, HEADING_PARAGRAPH, QuestionType
from quiz.vocabulary import is_generic


def source_text(article, src: dict) -> str:
    """The text the source points into: a paragraph, a core point or a heading."""
    if src["section"] == CORE_POINT_SECTION:
        return article.core_points[src["paragraph"]]
    if src["paragraph"] == HEADING_PARAGRAPH:
        return article.sections[src["section"]].heading
    return article.sections[src["section"]].paragraphs[src["paragraph"]]


def unmark(text: str) -> str:
    return text.replace("【", "").replace("】", "")


def problems(q: dict, article) -> list[str]:
    """Every broken invariant of one question (JSON form), as short messages."""
    out = []
    src = q["source"]
    text = article.full_text()
    if source_text(article, src)[src["start"]:src["end"]] != src["sentence"]:
        out.append("source offsets do not give the sentence")
    if unmark(q["explanation"]).replace("……", "") and src["sentence"] not in unmark(q["explanation"]):
        out.append("explanation does not hold the source sentence")
    if len(set(map(str, q["options"]))) != len(q["options"]):
        out.append("duplicate options")
    out += _answer_problems(q, text)
    return out


def _answer_problems(q: dict, text: str) -> list[str]:
    qtype, answer, sentence = QuestionType(q["type"]), q["answer"], q["source"]["sentence"]
    out = []
    if qtype in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
                 QuestionType.ORDERING):
        for a in answer:
            if a not in text:
                out.append(f"answer not verbatim in the article: {a}")
            if qtype != QuestionType.ORDERING and f"【{a}】" not in q["explanation"]:
                out.append(f"answer not marked in the explanation: {a}")
            if qtype == QuestionType.FILL_BLANK and is_generic(a) and not FIGURE_RE.search(a):
                out.append(f"generic blank: {a}")
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        if not set(answer) <= set(q["options"]):
            out.append("answer not among the options")
        for wrong in set(q["options"]) - set(answer):
            if wrong.strip("“”") in sentence:
                out.append(f"a wrong option is in the source sentence: {wrong}")
    if qtype == QuestionType.ORDERING and sorted(answer) != sorted(q["options"]):
        out.append("ordering options are not the answer's items")
    if qtype == QuestionType.MATCHING:
        for left, right in answer:
            if left not in text or right not in text:
                out.append(f"matching pair not in the article: {left} / {right}")
    if qtype == QuestionType.TRUE_FALSE and answer not in ([True], [False]):
        out.append("true_false answer is not [true] or [false]")
    if qtype == QuestionType.TRUE_FALSE and answer == [True] and \
            not all(part in text for part in q["stem"].split("……") if part):  # lead-in……clause
        out.append("a true statement is not the article's text")
    if BLANK in q["stem"] and qtype == QuestionType.FILL_BLANK and q["stem"].count(BLANK) != len(answer):
        out.append("blank count differs from answer count")
    if re.search(r"【[^】]*$", q["explanation"]):
        out.append("unclosed mark in the explanation")
    return out

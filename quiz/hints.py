"""Help asked for before answering, and what it does to the record.

查看提示 first gives a real hint: the source sentence with each answer masked to its first character and
its length (习□□□□□□□□); a second press shows the answer. Recall is what the record is about:

- no help: a right answer is known;
- the masked hint: a right answer is a weak success (recorded right, half credit toward mastery, and it
  neither advances nor resets a 错题本 question's run of right answers);
- the answer seen (or the source opened) before answering: not known, whatever is typed afterwards
  (recorded wrong, so it goes into the 错题本 and back into review tomorrow).

    >>> mask("习近平生态文明思想")
    '习□□□□□□□□'
    >>> masked_explanation("要深度学习【人与自然】，从【新质生产力】中")
    '要深度学习【人□□□】，从【新□□□□】中'
    >>> counts_as_known(True, HintLevel.ANSWER), mastery_credit(True, HintLevel.MASKED)
    (False, 0.5)
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from enum import IntEnum

MASK = "□"
_MARK = re.compile(r"【(.+?)】")


class HintLevel(IntEnum):
    """How much help was seen before answering (stored in answers.hint)."""
    NONE = 0
    MASKED = 1
    ANSWER = 2


def mask(text: str) -> str:
    """The first character kept, every later one a □; punctuation kept so a list's items stay apart."""
    out, shown = [], False
    for ch in str(text):
        if unicodedata.category(ch)[0] in "PZ":
            out.append(ch)
        elif not shown:
            out.append(ch)
            shown = True
        else:
            out.append(MASK)
    return "".join(out)


def mask_all(text: str) -> str:
    """Every character a □ but punctuation: where the point at issue is, not what it says."""
    return "".join(ch if unicodedata.category(ch)[0] in "PZ" else MASK for ch in str(text))


def masked_explanation(explanation: str, masker=mask, later=None) -> str:
    """The source sentence with each 【answer】 masked, its marks kept (they are drawn highlighted);
    ``later`` masks the marks after the first, when given."""
    count = itertools.count()

    def masked(m):
        use = masker if later is None or next(count) == 0 else later
        return f"【{use(m.group(1))}】"
    return _MARK.sub(masked, explanation or "")


def marked_source(question: dict) -> str:
    """The question's explanation with its answer marked; a 填空 whose explanation lacks the marks gets
    them from its answers, so the masked hint never shows an answer in the clear."""
    explanation = question.get("explanation") or (question.get("source") or {}).get("sentence", "")
    if "【" in explanation or question.get("type") != "fill_blank":
        return explanation
    for text in _blank_texts(question):
        if text and text in explanation:
            explanation = explanation.replace(text, f"【{text}】", 1)
    return explanation


def masked_source(question: dict) -> str:
    """The masked hint's sentence: each marked answer masked, and masked too where the same words come
    again unmarked in the sentence (六张网 is often written twice), so the hint never gives it away."""
    explanation = marked_source(question)
    # 判断: a first character would tell which way the words run (从“要□□□”向“我□□□”), so the hint
    # only shows where the point at issue is; a true statement marked whole has no hint to give
    true_false = question.get("type") == "true_false"
    if true_false and not _MARK.sub("", explanation).strip("…。，、；：“”‘’ "):
        return ""
    masker = mask_all if true_false else mask
    answers = {m.group(1) for m in _MARK.finditer(explanation)} | set(_blank_texts(question))
    answers = sorted(answers, key=len, reverse=True)
    pieces = re.split(r"(【.+?】)", explanation)
    for i, piece in enumerate(pieces):
        if not piece.startswith("【"):
            for answer in answers:
                if len(answer) > 1:
                    piece = piece.replace(answer, masker(answer))
            pieces[i] = piece
    # 排序: the first characters of every item would spell out the order; only the first item's is shown
    later = mask_all if question.get("type") == "ordering" else None
    return masked_explanation("".join(pieces), masker, later)


def _blank_texts(question: dict) -> list[str]:
    """A 填空's answers, the first accepted form of each (empty for the other types)."""
    if question.get("type") != "fill_blank":
        return []
    return [expected if isinstance(expected, str) else str((list(expected) or [""])[0])
            for expected in question.get("answer") or []]


def blank_hints(question: dict) -> list[str]:
    """A 填空's answers masked, one per blank (empty for the other types)."""
    return [mask(text) for text in _blank_texts(question)]


def counts_as_known(correct: bool, hint: HintLevel) -> bool:
    """A right answer is known unless the answer was seen before it was given."""
    return bool(correct) and HintLevel(hint) < HintLevel.ANSWER


def mastery_credit(correct: bool, hint: HintLevel | int | None) -> float:
    """What one recorded answer adds to an article's mastery: 1 known, 0.5 after the masked hint, else 0."""
    level = HintLevel(hint or 0)
    if not counts_as_known(correct, level):
        return 0.0
    return 0.5 if level == HintLevel.MASKED else 1.0

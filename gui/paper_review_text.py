"""How the 试卷 dialog shows a question under review: type, stem, lettered options, the full answer."""
from __future__ import annotations

from quiz.question_data import LETTERS_FOR_OPTIONS, TYPE_NAMES, answer_text, lettered

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def question_text(q: dict) -> str:
    """A question as the review list shows it: type, stem, lettered options, the full answer."""
    kind = TYPE_NAMES.get(q.get("type"), "")  # QuestionType is a str Enum: its value finds it
    options = "".join(f"\n　　{o}" for o in lettered(q.get("options") or [])) \
        if q.get("type") in ("single_choice", "multiple_choice", "ordering", "matching") else ""
    return f"【{kind}】{q['stem']}{options}\n　　{answer_lines(q)}"


def _letter_of(options: list, value) -> str:
    return LETTERS_FOR_OPTIONS[options.index(value)] if value in options else ""


def answer_lines(q: dict) -> str:
    """排序 gives the order by letter and by text, 配对 each pair on its own line; others the key's answer."""
    options = list(q.get("options") or [])
    answer = list(q.get("answer") or [])
    if q.get("type") == "ordering" and answer:
        letters = " → ".join(_letter_of(options, a) or str(a) for a in answer)
        return f"正确顺序：{letters}（{' → '.join(str(a) for a in answer)}）"
    if q.get("type") == "matching" and answer:
        numbered = "①" in q.get("stem", "")     # the stem numbers the left items: so does the key
        pairs = "".join(f"\n　　　　{CIRCLED[i] if numbered and i < len(CIRCLED) else ''}{left} — "
                        f"{_letter_of(options, right)}{'. ' if _letter_of(options, right) else ''}{right}"
                        for i, (left, right) in enumerate(answer))
        return "正确配对：" + pairs
    return f"答案：{answer_text(q)}"


def shortfall_text(asked: int, got: int, articles: int) -> str:
    """Why a paper has fewer questions than asked for."""
    if got >= asked:
        return ""
    which = "这篇文章" if articles == 1 else f"这 {articles} 篇文章"
    return (f"要出 {asked} 道，{which}只能出 {got} 道合格的题。"
            "要更多的题，可以在上面多勾选几篇文章。")

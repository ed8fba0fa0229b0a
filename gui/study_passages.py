"""The source of a question as the study pages show it: the sentence with its answer in red inside its
paragraph, or (查看提示's first step) the sentence alone with the answer masked.

    >>> marked_html("织密【六张网】")
    '织密<span style="color:#c0392b; font-weight:bold">六张网</span>'
"""
from __future__ import annotations

import html
import re

from quiz.hints import masked_source

RIGHT_RED = "#c0392b"
_MARK = re.compile(r"【(.+?)】")


def marked_html(text: str) -> str:
    """A source sentence with its 【answer】 marks drawn in red, as 查看提示 shows it."""
    parts, last = [], 0
    for m in _MARK.finditer(text or ""):
        parts.append(html.escape(text[last:m.start()]))
        parts.append(f'<span style="color:{RIGHT_RED}; font-weight:bold">{html.escape(m.group(1))}</span>')
        last = m.end()
    parts.append(html.escape((text or "")[last:]))
    return "".join(parts).replace("\n", "<br>")


def passage_html(library, question: dict) -> str:
    """The paragraph the question comes from, its sentence replaced by the marked explanation."""
    explanation = question.get("explanation") or ""
    source = question.get("source") or {}
    paragraph = _paragraph(library, question.get("article_id"), source)
    sentence = source.get("sentence", "")
    if paragraph and sentence and sentence in paragraph and "【" in explanation \
            and _MARK.sub(r"\1", explanation) == sentence:
        before, _, after = paragraph.partition(sentence)
        return (f"{html.escape(before)}<u>{marked_html(explanation)}</u>{html.escape(after)}")
    return marked_html(explanation or sentence)


def masked_hint_html(question: dict) -> str:
    """查看提示's first step: the source sentence alone (the paragraph around it may name the answer),
    each answer cut to its first character and its length. Empty when there is nothing to hide it in."""
    text = masked_source(question)
    return marked_html(text) if "【" in text else ""


def _paragraph(library, article_id, source: dict) -> str | None:
    if library is None or article_id is None:
        return None
    try:
        article = library.get_article(int(article_id))
        section, index = int(source.get("section", -9)), int(source.get("paragraph", -9))
        if section >= 0 and index >= 0:
            return article.sections[section].paragraphs[index]
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    return None

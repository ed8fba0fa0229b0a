"""The two faces of a term card: a cloze on the front, the answer with its reading on the back.

A card whose front is only the term asks nothing (ux report 8, P6). As Anki's cloze cards and
学习强国's 填空 do, the front shows the article's sentence with the term blanked, how many characters
the blank holds, and the article it comes from; the back gives the term, its reading and kind, and
the whole sentence with the term marked (【】, drawn in red as the reader's 查看原文 draws it).

    >>> face = term_face("算力网", "要建好算力网，让算力网成为新型基础设施。", "织网", reading="suàn lì wǎng", kind="概念")
    >>> print(face.front)
    要建好（\xa0\xa0），让（\xa0\xa0）成为新型基础设施。
    （填一个词，3 个字）出自《织网》
    >>> print(face.back)
    【算力网】　suàn lì wǎng · 概念
    要建好【算力网】，让【算力网】成为新型基础设施。
"""
from __future__ import annotations

from dataclasses import dataclass

from content.model import TermKind
from quiz.questions import BLANK

MAX_SHOWN = 80        # characters of the sentence on a front: more is a paragraph to read, not a cue
MIN_CONTEXT = 36      # a piece shorter than this says too little around its blank
CUT = "……"
CLAUSE_END = "；。！？"
COMMA = "，："
# the kinds as the reader's term panel names them (gui.theme), written on a card's back
TERM_KIND_LABELS = {TermKind.SLOGAN: "提法", TermKind.CONCEPT: "概念", TermKind.DOCUMENT: "文件",
                    TermKind.PLACE: "地名", TermKind.FIGURE: "数据", TermKind.OTHER: ""}


@dataclass
class TermFace:
    front: str
    back: str


def term_face(term: str, sentence: str, title: str, reading: str = "", kind: str = "",
              note: str = "") -> TermFace:
    """The faces of the card for `term` in `sentence` (which must hold it). `note`: a line the back
    adds before the sentence (the members of a named set)."""
    shown = excerpt(sentence, term)
    hint = f"（填一个词，{len(term)} 个字）" + (f"出自《{title}》" if title else "")
    details = " · ".join(p for p in (reading, kind) if p)
    lines = [f"【{term}】" + (f"　{details}" if details else ""), note, sentence.replace(term, f"【{term}】")]
    return TermFace(f"{shown.replace(term, BLANK)}\n{hint}", "\n".join(line for line in lines if line))


def key_term_face(term: str, sentence: str, title: str, key_term=None, note: str = "") -> TermFace:
    """term_face with the reading and kind of the article's KeyTerm for it (None: neither)."""
    if key_term is None:
        return term_face(term, sentence, title, note=note)
    return term_face(term, sentence, title, reading=key_term.pinyin, kind=TERM_KIND_LABELS.get(key_term.kind, ""),
                     note=note)


def excerpt(sentence: str, term: str, limit: int = MAX_SHOWN) -> str:
    """The part of a long sentence a front shows: the clause holding the term's first use, widened by
    whole ，-clauses while it stays within `limit`; "……" where the sentence was cut."""
    if len(sentence) <= limit:
        return sentence
    k = sentence.find(term)
    start, end = _bounds(sentence, k, k + len(term), CLAUSE_END)
    if end - start > limit:
        start, end = _bounds(sentence, k, k + len(term), CLAUSE_END + COMMA)
        start, end = _widen(sentence, start, end, limit)
    text = sentence[start:end]
    if end < len(sentence):
        text = text.rstrip(COMMA) + ("" if text.endswith(tuple(CLAUSE_END)) else CUT)
    return (CUT if start > 0 else "") + text


def _bounds(text: str, a: int, b: int, marks: str) -> tuple[int, int]:
    start = max(text.rfind(m, 0, a) for m in marks) + 1
    ends = [k for k in (text.find(m, b) for m in marks) if k >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def _widen(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """Add the clause before, then the one after, while the piece is short and stays within limit."""
    while end - start < MIN_CONTEXT:
        before = max(text.rfind(m, 0, max(start - 1, 0)) for m in CLAUSE_END + COMMA) + 1 if start > 0 else start
        after = _bounds(text, end, end, CLAUSE_END + COMMA)[1] if end < len(text) else end
        if before < start and end - before <= limit:
            start = before
        elif after > end and after - start <= limit:
            end = after
        else:
            break
    return start, end


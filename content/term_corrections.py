"""A user's corrections of an article's key terms, checked before they are stored: a term to add must
be words the article says (not a comma, not one character, not a selection across two paragraphs, not
half a page); a term to remove must be one of the article's key terms. Each refusal is a BadInput with
a message in Chinese that says what to do instead.

    >>> from content.model import Article, KeyTerm, Section
    >>> art = Article("标题", sections=[Section(None, ["加快发展新质生产力。"])])
    >>> term_to_add(art, " 新质生产力。")
    '新质生产力'
    >>> term_to_add(art, "，")
    Traceback (most recent call last):
    content.model.BadInput: “，”不是词语：关键词要有两个以上的字。
    >>> art.key_terms = [KeyTerm("“六张网”", 1.0)]
    >>> term_to_remove(art, "六张网")
    '“六张网”'
"""
from __future__ import annotations

import re

from content.model import Article, BadInput
from content.term_occurrences import bare_term, normalize_term

MAX_TERM = 60  # characters: the longest formulations (“两个确立” written out is 46) fit
MIN_TERM = 2
PARAGRAPH_BREAKS = re.compile("[\n\r\u2029\u2028]")  # Qt writes a selection's paragraph breaks as U+2029
# marks a selection often takes along at its ends; quotes and title marks belong to terms (“六张网”, 《…条例》)
LOOSE_ENDS = "，。；：！？、,.;:!?…—·　 \t"
WORD_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")  # ５Ｇ, ＡＩ too
ENCLOSING_PAIRS = (("“", "”"), ("《", "》"), ("‘", "’"), ("（", "）"), ("(", ")"))


def term_to_add(article: Article, raw: str) -> str:
    """The term the user asks to add, tidied (inner spaces and the marks at its ends dropped, an unpaired
    quote mark too), or BadInput saying why it cannot be a key term of this article."""
    shown = raw.strip()
    if not shown:
        raise BadInput("请先写出（或在文中选中）要添加的关键词。")
    if PARAGRAPH_BREAKS.search(shown):
        raise BadInput("选中的文字跨了段落：关键词只能是一段之内的词语，请只选一个词。")
    # as selected (民生　着力解决… has its full-width space), its spaces made one, or none
    spellings = [_without_loose_ends(t) for t in (shown, " ".join(raw.split()), "".join(raw.split()))]
    term = next((t for t in spellings if t and _said_in(article, t)), spellings[-1])
    if len(WORD_CHAR.findall(term)) < MIN_TERM:
        raise BadInput(f"“{shown}”不是词语：关键词要有两个以上的字。")
    if len(term) > MAX_TERM:
        raise BadInput(f"这段文字有 {len(term)} 个字，太长了：关键词最多 {MAX_TERM} 个字，请只选其中的词语。")
    if not _said_in(article, term):
        raise BadInput(f"文中没有找到{in_quotes(term)}：关键词要与原文一字不差（标点、空格也算在内）。")
    return term


def term_to_remove(article: Article, raw: str) -> str:
    """The stored key term the user means (“1571”工作部署 for 1571工作部署), or BadInput naming the terms
    the article has."""
    stored = [k.term for k in article.key_terms]
    if raw.strip() in stored:
        return raw.strip()   # “两新” as written, beside a stored 两新
    wanted = normalize_term("".join(raw.split()))
    if not wanted:
        raise BadInput("请写出要移出的关键词。")
    if wanted in stored:
        return wanted
    bare = bare_term(wanted)
    match = next((t for t in stored if bare_term(t) == bare), None)
    if match is not None:
        return match
    near = [t for t in stored if bare in bare_term(t) or bare_term(t) in bare][:3]
    hint = f"是不是指：{'、'.join(near)}？" if near else "可以先查看这篇文章的关键词列表。"
    raise BadInput(f"这篇文章的关键词里没有{in_quotes(wanted)}。{hint}")


def in_quotes(term: str) -> str:
    """The term as a message quotes it: “新质生产力”, but “1571”工作部署 and 《…条例》 as they are."""
    return term if term[:1] in "“《" or term[-1:] in "”》" else f"“{term}”"


def _without_loose_ends(term: str) -> str:
    term = term.strip(LOOSE_ENDS)
    for opening, closing in ENCLOSING_PAIRS:  # a mark whose partner the selection left out: “六张网 → 六张网
        if term.count(opening) != term.count(closing):
            if term.startswith(opening) and opening not in term[1:]:
                term = term[1:]
            if term.endswith(closing) and closing not in term[:-1]:
                term = term[:-1]
    return term.strip(LOOSE_ENDS)


def _said_in(article: Article, term: str) -> bool:
    """Whether the article says the term in one of the texts the reader shows (title, column, author's
    note, core points, headings, paragraphs)."""
    texts = [*article.full_text().split("\n"), article.column or "", article.author_bio or ""]
    return any(term in text for text in texts)

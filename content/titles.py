"""Article titles: tidy a given one, or make one up from the text when the page has none.

    >>> clean_title("借智博物馆打造“行走的思政课堂”_先锋文汇_共产党员网")
    '借智博物馆打造“行走的思政课堂”'
"""
from __future__ import annotations

import re
from pathlib import PurePath

from content.article_draft import ArticleDraft
from content.cjk_text import split_sentences

TITLE_MAX = 30
CLAUSE_MIN = 6
# Web page titles carry the site after a separator: "题目_栏目_网站" / "题目 | 网站".
_SITE_SUFFIX = re.compile(r"\s*(?:_|\s[|｜-]\s)")
UNTITLED = "未命名文章"
_WORDY = re.compile(r"[\w\u4e00-\u9fff]")


def clean_title(title: str) -> str:
    title = title.strip().strip("#*").strip()
    parts = _SITE_SUFFIX.split(title)
    if len(parts) > 1 and len(parts[0]) >= CLAUSE_MIN:
        title = parts[0]
    return title.rstrip("。；;，,").strip()


def _leading_clauses(sentence: str) -> str:
    """The longest run of whole clauses (cut at a comma outside quotation marks) that fits a title."""
    depth, best = 0, ""
    for i, ch in enumerate(sentence):
        if i > TITLE_MAX:
            break
        if ch in "“‘《（(":
            depth += 1
        elif ch in "”’》）)":
            depth = max(0, depth - 1)
        elif ch in "，,：:；" and depth == 0:
            best = sentence[:i]
    return best


def title_from_sentence(sentence: str) -> str:
    sentence = sentence.strip().rstrip("。！？!?；;”’").strip()
    if len(sentence) <= TITLE_MAX:
        return sentence
    clause = _leading_clauses(sentence)
    if CLAUSE_MIN <= len(clause) <= TITLE_MAX:
        return clause
    return sentence[: TITLE_MAX - 2] + "…"


def _candidate_sentences(draft: ArticleDraft):
    for block in draft.paragraphs()[:3]:
        if block.text.endswith(("：", ":")) and len(block.text) <= 12:
            continue  # a salutation: 同志们：
        for sentence in split_sentences(block.text)[:4]:
            if _WORDY.search(sentence):
                yield sentence


_NUMBERING = re.compile(r"^[\d\W_]+")
NAME_MIN_CJK = 4
UNTITLED_NOTE = "原文没有标题，这里的标题取自文件名或正文第一句"


def title_from_file_name(source: str) -> str:
    """A Chinese file name is the title an office user gave the file: "01_政府工作报告.txt" → "政府工作报告".

    >>> title_from_file_name("01_政府工作报告.txt"), title_from_file_name("02_guowuyuan-report.txt")
    ('政府工作报告', '')
    """
    stem = clean_title(_NUMBERING.sub("", PurePath(source).stem)) if source else ""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in stem)
    return stem if cjk >= NAME_MIN_CJK and len(stem) <= TITLE_MAX * 2 else ""


def derive_title(draft: ArticleDraft, source: str = "") -> str:
    """First sentence that is not a quotation, shortened to its first clause; the file name as last resort."""
    fallback = ""
    for sentence in _candidate_sentences(draft):
        if not fallback:
            fallback = sentence
        if "：“" not in sentence and ":“" not in sentence:
            return title_from_sentence(sentence)
    if fallback:
        return title_from_sentence(fallback)
    stem = PurePath(source).stem if source else ""
    return stem or UNTITLED

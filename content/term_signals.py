"""Candidate key terms of one article from the text's own signals.

    >>> units = [TextUnit("坚持“两个结合”，深化“两个结合”。", Role.BODY)]
    >>> "两个结合" in signal_candidates(units, Lexicon.load(), lambda s: list(s))
    True

Signals: spans in “” and 《》 (term_quotes.py), numeric formulas (两个结合, 四个意识; term_numbers.py),
parallel formulas joined by 、 (思想建党、理论强党; term_parallels.py), statistics with units
(1.75亿千瓦; term_figures.py), targets and names (科技强国, 中国（内蒙古）自由贸易试验区), and lexicon
entries found in the text. The n-gram candidates (phrase assembly from jieba tokens) live in term_phrases.py.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from content.lexicon_files import Lexicon
from content.term_candidates import Candidate, Cutter, Role, Source, TextUnit, add_candidate
from content.term_figures import figure_terms
from content.term_listed import listed_hits, quoted_spellings
from content.term_numbers import meetings, numeric_formulas
from content.term_parallels import named_series, parallel_formulas
from content.term_quotes import document_terms, quoted_terms

# Below this many characters nearly every name is said once: a phrase of the general vocabulary said once
# is a candidate however short (see term_listed.listed_hits).
SHORT_TEXT = 2000

# What a region or a policy is told to build: 建设|国家重要能源和战略资源基地, 构筑|向西开放战略高地.
TARGET = re.compile(
    r"(?:建设|打造|筑牢|构筑|建成|培育|形成|服务)(?:出|一批|一个|好|成)?(?:我国|我区|我省|全国)?"
    r"([\u4e00-\u9fff]{3,13}?(?:基地|屏障|桥头堡|高地|枢纽|大通道|增长极|动力源|先行区|示范区|排头兵|集群))")
# Names with a bracketed part: 中国（内蒙古）自由贸易试验区.
BRACKETED_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,6}（[\u4e00-\u9fff]{2,6}）[\u4e00-\u9fff]{0,8}?"
    r"(?:试验区|示范区|新区|开发区|实验室|研究院|中心|集团|公司)")
# The character class before （ also takes the words that lead into the name: 随着|中国（内蒙古）….
NAME_LEADS = ("随着", "依托", "推动", "建设", "设立", "支持", "围绕", "加快", "通过", "对于", "关于",
              "在", "以", "和", "与", "及", "把", "将", "由", "对", "为", "向", "从", "是")


def _without_lead(name: str) -> str:
    """Drop the words leading into a bracketed name.

    >>> _without_lead("随着中国（内蒙古）自由贸易试验区")
    '中国（内蒙古）自由贸易试验区'
    """
    head = name.index("（")
    for lead in NAME_LEADS:
        if name.startswith(lead) and head - len(lead) >= 2:
            return _without_lead(name[len(lead):])
    return name


def _bracketed_names(text: str, found: dict) -> None:
    if "（" not in text:
        return  # most texts: no bracket, no search
    for m in BRACKETED_NAME.finditer(text):
        add_candidate(found, _without_lead(m.group(0)), Source.TARGET)


def _strategic_targets(text: str, found: dict) -> None:
    for m in TARGET.finditer(text):
        if "的" not in m.group(1) and "和" not in m.group(1)[-4:]:
            add_candidate(found, m.group(1), Source.TARGET)


# “X强国” and its regional forms name a goal: 科技强国, 文化强国, 科技强区, 经济强省.
POWER_GOAL = re.compile(r"([\u4e00-\u9fff]{2})(强[国省区市县])")
# 强国 followed by these is 强|国有…, 强|国际…: not a goal
GOAL_BREAKERS = frozenset("有际内家民企")


def power_goals(text: str, is_noun: Callable[[str], bool]) -> list[str]:
    """科技|强区 in 勇担科技强区时代使命: a noun before 强国/强省/强区 (not a verb: 做强|国有企业).

    >>> power_goals("勇担科技强区时代使命，加快建设文化强国。", lambda w: w in {"科技", "文化"})
    ['科技强区', '文化强国']
    """
    found = []
    if "强" not in text:
        return found
    for m in POWER_GOAL.finditer(text):
        noun, tail = m.groups()
        after = text[m.end():m.end() + 1]
        if is_noun(noun) and not (tail == "强国" and after in GOAL_BREAKERS):
            found.append(noun + tail)
    return found


def _figures(text: str, cut: Cutter, found: dict, tag: Callable[[str], str],
             between_words: Callable[[str, int], bool] | None, runs_across: Callable[[str, int], bool] | None) -> None:
    for figure in figure_terms(text, cut, tag, between_words, runs_across):
        add_candidate(found, figure, Source.FIGURE)


def _lexicon_terms(full_text: str, lexicon: Lexicon, found: dict, uses: dict[str, list[int]] | None = None) -> None:
    """Entries of the lexicon that the text contains (see content/term_listed.py)."""
    for term, general in listed_hits(full_text, lexicon, len(full_text) < SHORT_TEXT, uses):
        add_candidate(found, term, Source.VOCABULARY if general else Source.LEXICON)


def _quoted_spellings(full_text: str, lexicon: Lexicon, found: dict) -> None:
    for spelled in quoted_spellings(full_text, lexicon):
        add_candidate(found, spelled, Source.LEXICON)


def signal_candidates(units: Iterable[TextUnit], lexicon: Lexicon, cut: Cutter,
                      tag: Callable[[str], str] = lambda word: "",
                      runs_across: Callable[[str, int], bool] | None = None,
                      between_words: Callable[[str, int], bool] | None = None,
                      uses: dict[str, list[int]] | None = None) -> dict[str, Candidate]:
    """Candidates from the text's signals; `runs_across` and `between_words` (see term_lists.py) keep
    formulas from cutting words, and without `between_words` no list of unlike items is proposed.
    `uses`: receives where the lexicon's entries start in the units' joined text (see listed_hits)."""
    found: dict[str, Candidate] = {}
    units = list(units)
    full = "\n".join(u.text for u in units)
    for unit in units:
        quoted_terms(unit.text, full, lexicon, cut, found, between_words)
        meetings(unit.text, found, cut, tag)
        _strategic_targets(unit.text, found)
        _bracketed_names(unit.text, found)
        document_terms(unit.text, full, found)
        numeric_formulas(unit.text, cut, found, tag)
        _figures(unit.text, cut, found, tag, between_words, runs_across)
        parallel_formulas(unit.text, found, runs_across, between_words, full, unit.role == Role.TITLE)
        named_series(unit.text, found)
    _lexicon_terms(full, lexicon, found, uses)
    _quoted_spellings(full, lexicon, found)
    return found

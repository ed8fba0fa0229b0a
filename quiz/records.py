"""Records and claims: a sentence that records (a tally of figures, what a source found or expects, a
report's publication, a subject the sentence cannot name) is no statement to judge and no figure to ask;
a claim is (review round 22).

    >>> record("有机构预计，2025年其市场规模将达到4600亿元。")
    True
    >>> record("全国各级纪检监察机关合计处分违规吃喝问题责任人2.1万人。")
    False
"""
from __future__ import annotations

import re

# a sentence reporting what a source found or expects (有机构预计，…, 据介绍，…, 报告显示，…, 截至…) is a record
REPORT_LEAD_RE = re.compile(r"^[^，。；：]{0,12}?(?:有?(?:机构|专家|研究|报告|数据|统计|调查|测算|分析)[^，。；：]{0,4}?"
                            r"(?:预计|预测|显示|表明|估计|测算|认为)|据悉|截至|截止)"
                            r"|^[（(]?根?据(?:[^，。；：]{0,8}?(?:介绍|统计|测算|预计|估计|估算|了解|报道|调查|显示|讲述|反映|回忆|透露))")
# … 等机构联合发布《…》报告: the publication of a report is an event to record, not a point to judge
RELEASE_RE = re.compile(r"(?:发布|公布)了?[^，。；]{0,30}?(?:报告|指数|榜单|数据)")
# a figure of any unit, durations included (连续15年); a date (2024年, 4月8日) is counted apart
ANY_FIGURE_RE = re.compile(r"(?<![\d.．])\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:[%％]|[\u4e00-\u9fff]{1,2})")
CALENDAR_RE = re.compile(r"\d{4}年|\d{1,2}[月日号时]")  # a date or a time of day is no figure of a tally
MAX_FIGURES = 1
# a row of targets (预期目标是：…, 力争…) is what the article sets out, as in quiz.evidence: a claim to learn
TARGET_RE = re.compile(r"目标|指标|力争")
# time words that may open a clause before its subject (2025年其市场规模…, 当前，这一…)
TIME_LEAD_RE = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:底|初|末|中|以来)?|今年|去年|明年|当前|目前|如今|近年来)")
BARE_POINTERS = ("其", "这", "该", "此")
# an opening clause with no subject of its own (随着…，在…中，): the pointer after it has nothing to point at
ADVERBIAL_OPENERS = ("随着", "在", "当", "从", "为了", "对于", "面对", "通过", "经过", "截至", "近年来")
NOT_BARE = ("其中", "其实", "其次", "其他", "其它", "此外", "这样才", "这就要求")


def record(text: str) -> bool:
    """Is the sentence a record rather than a claim: two or more figures (dates aside; targets are set
    out, not recorded), a report's or a source's lead (有机构预计，…, 据介绍，…), a report's publication,
    or a subject that is a bare pronoun (其/这/该/此) the statement cannot resolve?"""
    figures = [m.group() for m in ANY_FIGURE_RE.finditer(text) if not _in_title(text, m.start())]
    if sum(1 for f in figures if not CALENDAR_RE.match(f)) > MAX_FIGURES and not TARGET_RE.search(text):
        return True
    clauses = re.split(r"[，；：]", text)
    opener_only = len(clauses) > 1 and (bool(TIME_LEAD_RE.fullmatch(clauses[0].strip())) or clauses[0].startswith(ADVERBIAL_OPENERS))
    return sourced(text) or _bare_pointer(clauses[0]) or opener_only and _bare_pointer(clauses[1])


def sourced(text: str) -> bool:
    """What a source found or expects (有机构预计，…; 据介绍，…) or a report's publication: its figures
    are the source's, not the article's to teach.

    >>> sourced("据介绍，今年上半年已有40种新药获批。"), sourced("今年赤字率拟按4%左右安排。")
    (True, False)
    """
    return bool(REPORT_LEAD_RE.search(text) or RELEASE_RE.search(text))


def _in_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def _bare_pointer(clause: str) -> bool:
    s = TIME_LEAD_RE.sub("", clause.lstrip("“”‘’ "))
    return s.startswith(BARE_POINTERS) and not s.startswith(NOT_BARE)

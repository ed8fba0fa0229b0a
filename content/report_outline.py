"""The outline of a long text that headings do not show: numbered points, the numbered paragraphs of a
report, and series of sentences that open on their topic.

    >>> from content.term_candidates import Role, TextUnit
    >>> numbered_leads([TextUnit("（一）巩固和完善农村基本经营制度。落实农村土地承包关系。", Role.BODY)])
    ['巩固和完善农村基本经营制度']
"""
from __future__ import annotations

import re
from collections import Counter

from content.term_candidates import Role, TextUnit
from content.term_phrases import enumerated_points

NUMBERED_LEAD = re.compile(r"^（[一二三四五六七八九十]{1,3}）([^。！？]{2,40})[。！？]")
# A sentence that opens on its topic (。安全稳定屏障方面，…) goes through the members of a set one by one.
TOPIC = re.compile(r"(?:^|(?<=[。；！？]))在?([\u4e00-\u9fff]{3,12}?)(?:建设)?方面[，：]")
MIN_TOPICS = 3
# Headings that open on a label (共识机制：推动形成…, 引导机制：…, 平衡机制：…) name a set's members when
# the labels end alike (not 记者：…, 案例：…, 原标题：…, nor 第一阶段, 第二阶段).
LABEL = re.compile(r"^(?:[一二三四五六七八九十]{1,2}[、是]|（[一二三四五六七八九十]{1,2}）|\d{1,2}[.．、]\s*)?"
                   r"([\u4e00-\u9fff]{3,10})[：:]")
MIN_LABELS = 2
ORDINAL = re.compile("第")  # 第一阶段：…, 第二阶段：… number the headings, name nothing


def numbered_leads(units: list[TextUnit]) -> list[str]:
    """The lead sentences of a report's numbered paragraphs: （一）巩固和完善农村基本经营制度。"""
    return [m.group(1) for u in units if u.role is Role.BODY and (m := NUMBERED_LEAD.match(u.text))]


def topic_series(units: list[TextUnit]) -> list[str]:
    """The topics of a series of sentences (生态安全屏障方面，… 安全稳定屏障方面，…), when there are several."""
    found = [m.group(1) for u in units if u.role is Role.BODY and "方面" in u.text for m in TOPIC.finditer(u.text)]
    return found if len(found) >= MIN_TOPICS else []


def heading_labels(units: list[TextUnit]) -> list[str]:
    """The labels of headings in a series (共识机制：…, 引导机制：…), when there are several.

    >>> heading_labels([TextUnit("一是共识机制：推动形成方案", Role.HEADING), TextUnit("（二）平衡机制：处理好关系", Role.HEADING)])
    ['共识机制', '平衡机制']
    >>> heading_labels([TextUnit("编者按：本版刊发", Role.HEADING), TextUnit("原标题：一篇文章", Role.HEADING),
    ...                 TextUnit("第一阶段：起步", Role.HEADING), TextUnit("第二阶段：发展", Role.HEADING)])
    []
    """
    found = []
    for unit in units:
        m = LABEL.match(unit.text) if unit.role is Role.HEADING else None
        if m and not ORDINAL.match(m.group(1)) and m.group(1) not in found:
            found.append(m.group(1))
    endings = Counter(label[-2:] for label in found)
    return [label for label in found if endings[label[-2:]] >= MIN_LABELS]


def numbered_points(units: list[TextUnit]) -> list[str]:
    """The short numbered points of the body (第三，坚持和完善社会主义基本经济制度。——坚持党管农村工作。)."""
    texts = []
    for unit in units:
        if unit.role is Role.BODY and ("第" in unit.text or "是" in unit.text or "首先" in unit.text
                                       or unit.text.startswith("——")):
            texts += [unit.text[a:b] for a, b in enumerated_points(unit.text)]
    return texts

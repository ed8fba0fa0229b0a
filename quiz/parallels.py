"""Parallel structure across paragraphs: numbered points (一是… / （一）… / 第一，…), paragraphs
opening with parallel leads (以科技赋能…，厚植…。以科技做强…，建设…。) and the section headings.

Each becomes one PARALLEL fact whose items are the leads in order and whose pairs split each lead at
its comma (for matching questions). The fact's sentence is the first lead's sentence.
"""
from __future__ import annotations

import re

from quiz.enumerations import numbered_points, point_number
from quiz.questions import HEADING_PARAGRAPH
from quiz.sentences import Sentence, split_sentences

MIN_ITEMS, MAX_ITEMS = 3, 8
MAX_LEAD = 40
LEADS = "leads"  # the label of a group of paragraphs that merely open alike (not numbered, not headings)


def parallel_facts(article, sentences: list[Sentence] | None = None) -> list:
    """sentences: the article's body sentences if already split (they are split again otherwise)."""
    from quiz.facts import Fact, FactKind  # facts imports this module; import late to avoid a cycle
    by_paragraph: dict[tuple[int, int], list[Sentence]] = {}
    for s in sentences if sentences is not None else []:
        by_paragraph.setdefault((s.section, s.paragraph), []).append(s)

    def split(text: str, si: int, pi: int) -> list[Sentence]:
        if sentences is None:
            return split_sentences(text, si, pi)
        return by_paragraph.get((si, pi), [])

    leads_only = lead_groups(article, split)
    groups = numbered_groups(article, split) + leads_only + heading_groups(article)
    out = []
    for group in groups:
        sentences, leads = group
        if len(set(leads)) == 1 and group not in leads_only:
            leads = _next_clauses(sentences, leads[0])  # 第一，不忘初心、牢记使命，必须…: the point follows
        if not MIN_ITEMS <= len(leads) <= MAX_ITEMS or len(set(leads)) < len(leads):
            continue
        first = sentences[0]
        k = first.text.find(leads[0])
        pairs = [_split_lead(lead) for lead in leads]
        out.append(Fact(FactKind.PARALLEL, first, [(k, k + len(leads[0]))], items=leads,
                        pairs=[p for p in pairs if p] if all(pairs) else [], members=sentences,
                        label=LEADS if any(g is group for g in leads_only) else ""))
    return out


def _next_clauses(sentences: list[Sentence], refrain: str) -> list[str]:
    """Numbered points that all open with one refrain: each point is the clause after it (or none)."""
    out = []
    for s in sentences:
        k = s.text.find(refrain)
        m = re.match(r"[，：]([^，。；：！？\n]{4,%d})" % MAX_LEAD, s.text[k + len(refrain):]) if k >= 0 else None
        if not m:
            return []
        out.append(m.group(1))
    return out


def _split_lead(lead: str) -> tuple[str, str] | None:
    left, sep, right = lead.partition("，")
    if not sep or "，" in right or not (4 <= len(left) <= 20 and 4 <= len(right) <= 24):
        return None
    return left, right


def numbered_groups(article, split) -> list[tuple[list[Sentence], list[str]]]:
    groups = []
    for si, sec in enumerate(article.sections):
        run: list[tuple[Sentence, str]] = []
        for pi, text in enumerate(sec.paragraphs):
            n, lead_end = point_number(text)
            inline = numbered_points(text)
            if inline:
                sents = split(text, si, pi)
                groups.append(([_sentence_at(sents, a) for _, a, _ in inline], [t for t, _, _ in inline]))
            if n == len(run) + 1:
                lead = re.match(r"[^，。；：！？\n]+", text[lead_end:])
                first = split(text, si, pi)[0]
                run.append((first, lead.group() if lead else ""))
            elif n == 1:
                run = [(split(text, si, pi)[0], re.match(r"[^，。；：！？\n]*", text[lead_end:]).group())]
        if len(run) >= MIN_ITEMS and all(lead for _, lead in run):
            groups.append(([s for s, _ in run], [lead for _, lead in run]))
    return groups


def _sentence_at(sents: list[Sentence], pos: int) -> Sentence:
    return next((s for s in sents if s.start <= pos < s.end), sents[-1])


def lead_groups(article, split) -> list[tuple[list[Sentence], list[str]]]:
    """Runs of paragraphs whose short first sentences open with the same two characters."""
    groups = []
    for si, sec in enumerate(article.sections):
        run: list[Sentence] = []
        for pi, text in enumerate(sec.paragraphs + [""]):
            sents = split(text, si, pi) if text else []
            first = sents[0] if len(sents) > 1 else None
            ok = first and len(first.text) <= MAX_LEAD and "，" in first.text and point_number(text)[0] == 0
            if ok and run and first.text[:2] == run[0].text[:2]:
                run.append(first)
                continue
            if len(run) >= MIN_ITEMS:
                groups.append((run, [s.text.rstrip("。") for s in run]))
            run = [first] if ok else []
    return groups


def heading_groups(article) -> list[tuple[list[Sentence], list[str]]]:
    """The section headings, without their numbering (一、 / （一）), offsets kept into the heading."""
    out: list[Sentence] = []
    for si, sec in enumerate(article.sections):
        heading = sec.heading or ""
        m = re.match(r"\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*", heading)
        text = heading[m.end():].rstrip()
        if 4 <= len(text) <= MAX_LEAD:
            out.append(Sentence(text, m.end(), m.end() + len(text), si, HEADING_PARAGRAPH))
    if len(out) < MIN_ITEMS:
        return []
    return [(out, [s.text for s in out])]

"""Parallel structure across paragraphs: numbered points (一是… / （一）… / 第一，…), paragraphs
opening with parallel leads (以科技赋能…，厚植…。以科技做强…，建设…。) and the section headings.

Each becomes one PARALLEL fact whose items are the leads in order and whose pairs split each lead at
its comma (for matching questions). The fact's sentence is the first lead's sentence. Pairs the article
names as relations (quiz.named_pairs) come as PARALLEL facts too, for 配对 only.
"""
from __future__ import annotations

import re

from quiz.enumerations import common_prefix, numbered_points, point_number, shaped_alike
from quiz.lead_shapes import announced, built_alike, halves
from quiz.named_pairs import named_pair_groups
from quiz.questions import HEADING_PARAGRAPH
from quiz.sentences import Sentence, split_sentences
from quiz.vocabulary import is_generic

MIN_ITEMS, MAX_ITEMS = 3, 8
MAX_LEAD = 40
STOCK_WORD_LIST = "stock_words"  # the term_kind of a list built alike of stock words (alike_list)
LEADS = "leads"  # the label of a group of paragraphs that merely open alike (not numbered, not headings)
SHAPED = "shaped"  # the label of paragraph leads of one shape that carry the article's outline (看理念，…/看实践，…)


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
    headings = heading_groups(article)
    groups = numbered_groups(article, split) + leads_only + headings
    shaped, shaped_side = [], []
    for group in shaped_groups(article, split):
        if not any(set(group[0]) & set(g[0]) for g in groups):  # found already as points or leads
            (shaped if _outline_leads(article, group[0]) else shaped_side).append(group)
    groups += shaped + shaped_side
    leads_only += shaped_side
    built, built_side = _built(article, split, groups)
    groups += built + built_side
    leads_only += built_side
    shaped += built
    if not headings:  # an article with headings has its outline there; run-in heads are sub-points
        run_in = run_in_heads(article, split)
        groups += run_in
        # 要坚持…。/ 要注重…。 after …，首先要统一思想。: demands in a sequence the article marks
        led = [_with_first_point(article, split, g) for g in run_in_heads(article, split, modal=True)]
        groups += [g for g in led if g]
        # run-in heads over a small part of a long text are sub-points in no order worth learning
        # (深入实施节水行动 / 促进节能降碳…): paired if they can be, not ordered
        leads_only += [g for g in run_in if not _outline(article, g[0])]
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
        if not all(pairs) and any(g is group for g in shaped + shaped_side):
            pairs = [_split_head(lead) for lead in leads]  # 看理念 | “人民城市人民建，…”奠定了…
        if not all(pairs) and any(g is group for g in built + built_side):
            pairs = [halves(lead) for lead in leads]  # 立足长远目标 | 既…，也…，…
        if not all(pairs):  # 一是形成新型生产关系不能脱离…: a claim without a comma pairs its subject and its demand
            pairs = split_claims(leads)
        label = LEADS if any(g is group for g in leads_only) else SHAPED if any(g is group for g in shaped) else ""
        out.append(Fact(FactKind.PARALLEL, first, [(k, k + len(leads[0]))], items=leads,
                        pairs=[p for p in pairs if p] if all(pairs) else [], members=sentences, label=label))
    return out + named_pair_groups(article, split)


def _built(article, split, found) -> tuple[list, list]:
    """Leads built alike (lead_shapes.built_alike) not found already: the announced ones (从三个方面来看)
    are a sequence, asked in order too; the others only paired."""
    announced_groups, side = [], []
    for group in shaped_groups(article, split, built=True):
        if any(set(group[0]) & set(g[0]) for g in found):
            continue
        first = group[0][0]
        paragraphs = article.sections[first.section].paragraphs
        before = paragraphs[first.paragraph - 1] if first.paragraph else ""
        (announced_groups if announced(before, len(group[1])) else side).append(group)
    return announced_groups, side


def alike_list(e) -> bool:
    """An inline list built alike (高端化、智能化、绿色化、融合化) with a stock word among its members, but
    not of stock words only (推进、建设、发展): the article's formulation, though facts.enumeration_facts
    passes over other lists holding stock words."""
    generic = [is_generic(i) for i in e.items]
    return e.complete and not e.count_label and any(generic) and not all(generic) and shaped_alike(e.items)


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


MAX_SHAPED_REST = 40


def _split_head(lead: str) -> tuple[str, str] | None:
    """A shaped lead at its head's comma: the head may be short (看理念) and the rest hold quoted commas."""
    head, _, rest = lead.partition("，")
    if not rest or not 4 <= len(rest) <= MAX_SHAPED_REST or _outside_quotes(rest).count("，"):
        return None
    return head, rest


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^“”]*”", "“”", text)


# what a point demands of its subject (形成新型生产关系 | 不能脱离…, 政策措施 | 必须…): the split of a claim
MODALS = ("不能", "不可", "不应", "必须", "务必", "应当", "应该", "需要", "关键在于", "重在", "贵在", "要")
NOT_MODAL_BEFORE = tuple("重主需只纲提想总摘概必")  # 重要, 主要, 需要, 只要, 纲要, 提要, 想要… are no demand
NOT_MODAL_AFTER = tuple("素求点件义领闻务害")   # 要素, 要求, 要点, 要件, 要义, 要领, 要闻…


def split_claims(leads: list[str]) -> list[tuple[str, str]]:
    """Each lead split at its first modal (不能, 必须, 要…) into subject and demand, or none when one lead
    has none or a part is too short to ask or too long to read.

        >>> split_claims(["生产关系不能脱离生产力", "政策措施必须符合产业规律", "对于不同问题要分别施策"])
        [('生产关系', '不能脱离生产力'), ('政策措施', '必须符合产业规律'), ('对于不同问题', '要分别施策')]
    """
    out = []
    for lead in leads:
        k = _modal_at(lead)
        left, right = lead[:k], lead[k:]
        if k < 0 or not (2 <= len(left) <= 16 and 5 <= len(right) <= 24):
            return []
        out.append((left, right))
    return out


def _modal_at(lead: str) -> int:
    best = -1
    for modal in MODALS:
        k = lead.find(modal, 2)
        while k >= 0 and modal == "要" and (lead[k - 1] in NOT_MODAL_BEFORE or lead[k + 1:k + 2] in NOT_MODAL_AFTER):
            k = lead.find(modal, k + 1)
        if k >= 0 and (best < 0 or k < best):
            best = k
    return best


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


def _openings(article, split):
    """(first sentence, paragraph text) of every paragraph with more than one sentence ((None, text) for the
    others), and (None, "") where each section ends, so that runs of paragraphs end there too."""
    for si, sec in enumerate(article.sections):
        for pi, text in enumerate(sec.paragraphs):
            sents = split(text, si, pi) if text else []
            yield (sents[0] if len(sents) > 1 else None), text
        yield None, ""


def lead_groups(article, split) -> list[tuple[list[Sentence], list[str]]]:
    """Runs of paragraphs whose short first sentences open with the same two characters."""
    groups = []
    run: list[Sentence] = []
    for first, text in _openings(article, split):
        ok = first and len(first.text) <= MAX_LEAD and "，" in first.text and point_number(text)[0] == 0
        if ok and run and first.text[:2] == run[0].text[:2]:
            run.append(first)
            continue
        if len(run) >= MIN_ITEMS:
            groups.append((run, [s.text.rstrip("。") for s in run]))
        run = [first] if ok else []
    return groups


MIN_HEAD, MAX_HEAD = 6, 20
HEAD_RE = re.compile(r"[\u4e00-\u9fff]+")


OUTLINE_SHARE = 0.4


def _outline(article, sentences: list[Sentence]) -> bool:
    """Do the run-in heads carry much of their section (4 of 7 paragraphs), as an essay's points do?"""
    paragraphs = article.sections[sentences[0].section].paragraphs
    return len(sentences) >= OUTLINE_SHARE * len(paragraphs)


def run_in_heads(article, split, modal: bool = False) -> list[tuple[list[Sentence], list[str]]]:
    """Runs of three or more paragraphs each opening with a short sentence without a comma (彰显知行合一的教育
    理念。…/ 把握…规律。…): the article's points set as run-in headings, in the order it makes them.
    modal: instead the runs whose heads share only a demand opening them (要坚持…。/ 要注重…。)."""
    groups = []
    run: list[Sentence] = []
    for first, text in _openings(article, split):
        if first and HEAD_RE.fullmatch(first.text.rstrip("。")) and MIN_HEAD <= len(first.text) - 1 <= MAX_HEAD \
                and first.text.endswith("。") and point_number(text)[0] == 0:
            run.append(first)
            continue
        prefix = common_prefix([s.text for s in run])
        if len(run) >= MIN_ITEMS and (prefix in MODAL_OPENERS if modal else not prefix):  # 要守好…底线 ×3: a refrain
            groups.append((run, [s.text.rstrip("。") for s in run]))
        run = []
    return groups


MODAL_OPENERS = ("要", "必须", "需要", "应当")  # demands opening each head (要坚持…/要注重…)
FIRST_POINT_RE = re.compile(r"[^。；]*，首先((?:要|必须|需要|应当)[\u4e00-\u9fff]{%d,%d})。$" % (MIN_HEAD - 2, MAX_HEAD))


def _with_first_point(article, split, group):
    """Run-in demands (要坚持问题导向。/ 要注重…。) whose first point closes the paragraph before (…，首先要统一
    思想。): the group with that point first, 首先 making theirs an order worth asking; else none."""
    sentences, heads = group
    first = sentences[0]
    if first.paragraph == 0:
        return None
    before = split(article.sections[first.section].paragraphs[first.paragraph - 1], first.section, first.paragraph - 1)
    m = FIRST_POINT_RE.fullmatch(before[0].text) if before else None
    if not m or not m.group(1).startswith(common_prefix(heads)):
        return None
    return [before[0]] + sentences, [m.group(1)] + heads


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


# a lead's head clause (before its first comma) that is a connective, a time or an example marker: the
# paragraphs open alike by habit of prose, not as the points of an outline
DISCOURSE_HEADS = frozenset("""比如 例如 譬如 同时 此外 另外 其次 再次 最后 首先 因此 所以 可见 对此 为此 其中 如今 当前
目前 今天 今年 现在 过去 以往 未来 近年来 近些年 多年来 长期以来 与此同时 一方面 另一方面 具体而言 总之 总的来看 总体来看
换言之 也就是说 事实上 实际上 显然 当然 然而 但是 不过 于是 接着 随后 据悉 据介绍 据了解 据统计 数据显示 有人说""".split())
NOT_SHAPED_HEAD_RE = re.compile(r"[0-9０-９]|^(?:在|据|如|像|正如|就像|比如|例如|对于|关于|随着|截至|到)"
                                r"|(?:以来|以后|之后|之前|期间|之际|年|月|日|时|里|看来|来说|而言)$")
MIN_SHAPED_HEAD, MAX_SHAPED_HEAD = 2, 12
MAX_GAP = 3  # paragraphs between two leads of one outline: each point is developed, none is forgotten


def shaped_groups(article, split, built: bool = False) -> list[tuple[list[Sentence], list[str]]]:
    """Paragraph leads of one shape, three or more within a section (看理念，…/看实践，…/看影响，…;
    内容为王，…/传播为要，…/技术为用，…; 强化A与B，…/优化C与D，…; 精准，是…/精准，表现为…): short first
    sentences whose heads (the clause before the first comma) have one length and a character in one place,
    or are one refrain. The leads need not be adjacent: each may be followed by paragraphs developing it.
    built: leads built alike instead (lead_shapes.built_alike: 系统谋划，精准施策。/ 补齐短板，守住底线。),
    whose heads may be stock words, the other half and the shape carrying the point."""
    groups = []
    alike = (lambda run: built_alike([s.text.rstrip("。") for _, s, _ in run])) if built \
        else (lambda run: alike_heads([h for _, _, h in run]))
    for si, sec in enumerate(article.sections):
        leads = list(_shaped_leads(sec.paragraphs, si, split, generic_ok=built))
        used: set[int] = set()
        for i in range(len(leads)):
            if i in used:
                continue
            run = [i]
            for j in range(i + 1, len(leads)):
                if leads[j][0] - leads[run[-1]][0] > MAX_GAP + 1:
                    break
                if alike([leads[k] for k in run] + [leads[j]]):
                    run.append(j)
            if len(run) >= MIN_ITEMS:
                used.update(run)
                groups.append(([leads[k][1] for k in run], [leads[k][1].text.rstrip("。") for k in run]))
    return groups


def _shaped_leads(paragraphs: list[str], si: int, split, generic_ok: bool = False):
    for pi, text in enumerate(paragraphs):
        sents = split(text, si, pi) if text else []
        if not sents or point_number(text)[0]:
            continue
        first = sents[0]
        head, sep, _ = first.text.partition("，")
        if sep and len(first.text) <= MAX_LEAD and first.text.endswith("。") and _head_ok(head, generic_ok):
            yield pi, first, head


def _head_ok(head: str, generic_ok: bool = False) -> bool:
    return MIN_SHAPED_HEAD <= len(head) <= MAX_SHAPED_HEAD and HEAD_RE.fullmatch(head) is not None \
        and head not in DISCOURSE_HEADS and not NOT_SHAPED_HEAD_RE.search(head) and (generic_ok or not is_generic(head))


def alike_heads(heads: list[str]) -> bool:
    """One length and one refrain (精准 ×3), or one length and a character in the same place that is not all
    of any head (看|理念, 看|实践 / 内容|为|王, 传播|为|要)."""
    if len({len(h) for h in heads}) != 1:
        return False
    if len(set(heads)) == 1:
        return True
    shared = [k for k in range(len(heads[0])) if len({h[k] for h in heads}) == 1]
    return bool(shared) and len(shared) <= len(heads[0]) - 2 + (len(heads[0]) <= 3)


def _outline_leads(article, sentences: list[Sentence]) -> bool:
    """Do the leads carry the section from the first of them to its end (more than half of its paragraphs),
    as an essay's points do, rather than a passing run of examples?"""
    paragraphs = article.sections[sentences[0].section].paragraphs
    return 2 * (len(paragraphs) - sentences[0].paragraph) > len(paragraphs)

"""Choosing the key terms from the ranked candidates: one slot per expression, a few statistics, named
sets learned whole, and more terms for a long text.

    >>> from content.term_candidates import Candidate, Source
    >>> ranked = [(Candidate("自我革命", {Source.LEXICON}), 2.0), (Candidate("党的自我革命", {Source.LEXICON}), 1.5)]
    >>> [c.term for c, _ in select_top(ranked, 3000)]
    ['自我革命']
"""
from __future__ import annotations

from typing import Callable

from content.term_candidates import Candidate, Source
from content.term_figures import BOUNDS, bare_measure
from content.term_frames import QUOTED_PAIR, QUOTED_PART, QUOTED_SHIFT
from content.term_programmes import HEADS as PROGRAMME_HEADS

MAX_TERMS = 40
MAX_FIGURES = 5
MIN_FIGURES = 1  # the best statistic keeps a place; more only when they rank there (long reports hold dozens)
MAX_EXTRA = 20          # terms past the forty in a long text
CHARS_PER_EXTRA = 500
REFERENCE_LENGTH = 10000  # chars: beyond this, uses spread thin and repetition counts for less
DOING_SUFFIXES = ("发展", "建设")
COMPACT_SAYING = 8  # characters: a saying this long is learned without its 的 (not 党的领导 → 党领导)
NAMED_WHOLE = {Source.SERIES, Source.LEXICON}  # a series named as one, not any list built alike
BOUND = 2  # characters of each of BOUNDS (以上, 以下, 左右)
WORD_ITEM = 2  # characters: a list's item this short is a common word, no term of its own
EXPLAINED = 2  # uses of a quoted whole's item on its own, for each use of the whole, that only explain it
QUOTED_MEMBER = {Source.QUOTE, Source.PHRASE, Source.WORD, Source.HEADLINE}  # no listed name, no MEMBER of a set of names


def best_first(scored: tuple[Candidate, float]) -> tuple[float, int, str]:
    """The order of scored terms: by score; among terms scored alike (to nine places: most often
    quotes said once), the longer first, the more specific name (a quoted formula before a quoted
    word); then by spelling, so that every run gives the same order.

        >>> q = [(Candidate(t, {Source.QUOTE}), 1.0) for t in ("亮剑", "绿水青山就是金山银山")]
        >>> [c.term for c, _ in sorted(q, key=best_first)]
        ['绿水青山就是金山银山', '亮剑']
    """
    cand, value = scored
    return -round(value, 9), -len(cand.term), cand.term


def select_top(final: list[tuple[Candidate, float]], length: int,
               uses: Callable[[str], list[int]] = lambda term: [0], by_example: bool = False,
               stressed: Callable[[str], bool] = lambda term: False) -> list[tuple[Candidate, float]]:
    """The forty (with room for the best statistic and whole sets), then a few more for a long text;
    `final` is every shortlisted candidate with its score, best first; `length` the text's characters;
    `uses(term)`: where the text says a term as a word of its own (not 强实践 in 加强实践);
    `by_example`: the text is a commentary told by examples (term_figures.told_by_example);
    `stressed(term)`: the title, a heading or a core point says it, or (of a figure) it is a total
    for the whole country (term_figures.national_total)."""
    final = _members_as_whole(final, uses)
    if by_example:
        final = [(c, v) for c, v in final if not _figure_in_passing(c, uses, stressed)]
    top = _with_siblings(_with_some_figures(_limit_figures(_without_variants(final))), final)
    return top + _more_for_long_texts(final, top, length)


def _figure_in_passing(cand: Candidate, uses: Callable[[str], list[int]], stressed: Callable[[str], bool]) -> bool:
    """A sum or a measure a commentary says once, outside its title, headings and core points and not as
    a nationwide total (绵延39公里, 每生产1吨): an example's detail, not a figure to learn."""
    if Source.FIGURE not in cand.sources or not bare_measure(cand.term) or len(uses(cand.term)) > 1:
        return False
    figure = cand.term[:-BOUND] if cand.term.endswith(BOUNDS) else cand.term  # 如何看待5%的增长目标: 5%左右
    return not stressed(figure)


def _without_variants(scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """One slot per expression: 党的自我革命 adds nothing once 自我革命 is in (the better scored stays)."""
    kept: list[tuple[Candidate, float]] = []
    spelled: list[str] = []  # the kept terms as _one_spelling gives them, each compared many times
    said: set[str] = set()  # the kept terms as _said_alike gives them
    words = 0
    for cand, value in scored:
        one = _one_spelling(cand.term)
        alike = _said_alike(cand.term)
        if alike in said:
            continue  # 有为政府和有效市场 beside 有效市场和有为政府, 获得感幸福感安全感 beside 获得感、幸福感、安全感
        said.add(alike)
        if Source.FIGURE in cand.sources:
            kept.append((cand, value))  # figures have no variants; the few best are wanted below
            spelled.append(one)
        elif words < MAX_TERMS and not any(_spelled_variant(one, k) for k in spelled if one in k or k in one):
            kept.append((cand, value))
            spelled.append(one)
            words += 1
        else:
            owner = cand.term[2:] if cand.term.startswith("党的") else None  # 党的|十九大报告
            for i, (k, v) in enumerate(kept):
                extends = k.term.startswith(cand.term)
                if extends and k.term[len(cand.term):] in DOING_SUFFIXES and Source.LEXICON not in k.sources:
                    kept[i] = (cand, v)  # 长江经济带 names what 长江经济带发展 does: the name takes the slot
                elif (extends and k.term[len(cand.term):] in PROGRAMME_HEADS
                      and Source.LEXICON in cand.sources and k.sources == {Source.PROGRAMME}):
                    kept[i] = (cand, v)  # 实施|质量兴农战略 is the programme of the listed name 质量兴农
                elif k.term == owner and Source.NUMERIC in k.sources:
                    kept[i] = (cand, v)  # 十九大报告 is written out in full once: 党的十九大报告
                elif (Source.LEXICON in cand.sources and Source.LEXICON not in k.sources
                      and len(one) > len(spelled[i]) and spelled[i] in one):
                    kept[i] = (cand, v)  # 真正的多边主义 (a curated formulation) for 多边主义 (vocabulary)
                elif one == spelled[i] and len(cand.term) < len(k.term) >= COMPACT_SAYING:
                    kept[i] = (cand, v)  # 把权力关进制度笼子, not 制度的笼子: the formula is the compact spelling
                else:
                    continue
                spelled[i] = one
    return kept


def _with_siblings(top: list[tuple[Candidate, float]], final: list[tuple[Candidate, float]]
                   ) -> list[tuple[Candidate, float]]:
    """A named set is learned whole: when members of “水网、新型电网、…” are among the top terms, the
    members that ranked lower take the places of the weakest other terms (at those terms' weight)."""
    chosen = {c.term for c, _ in top}
    wanted = {s for c, _ in top for s in c.siblings} - chosen
    joining = [c for c, _ in final if c.term in wanted]
    members = {c.term for c, _ in top for s in c.siblings} | wanted
    top = list(top)
    for cand in joining:
        weakest = next((i for i in range(len(top) - 1, -1, -1)
                        if top[i][0].term not in members and Source.FIGURE not in top[i][0].sources), None)
        if weakest is None:
            break
        top[weakest] = (cand, top[weakest][1])
    return sorted(top, key=best_first)


def _more_for_long_texts(final: list[tuple[Candidate, float]], top: list[tuple[Candidate, float]],
                         length: int) -> list[tuple[Candidate, float]]:
    """A long report names more than forty things a reader wants marked (稳中求进工作总基调, 新发展格局
    in a twenty-page report): the next best terms follow the forty, weighted below them, one more for
    every CHARS_PER_EXTRA characters past REFERENCE_LENGTH."""
    room = min(MAX_EXTRA, max(0, (length - REFERENCE_LENGTH) // CHARS_PER_EXTRA))
    if not room or not top:
        return []
    chosen = [c.term for c, _ in top]
    spelled = [_one_spelling(t) for t in chosen]  # the chosen terms as _one_spelling gives them
    floor = min(s for _, s in top) * 0.999
    extra: list[tuple[Candidate, float]] = []
    for cand, value in final:
        if len(extra) >= room:
            break
        if cand.term in chosen or Source.FIGURE in cand.sources:
            continue
        one = _one_spelling(cand.term)
        if any(_spelled_variant(one, t) for t in spelled if one in t or t in one):
            continue
        extra.append((cand, min(value, floor)))
        chosen.append(cand.term)
        spelled.append(one)
    return extra


def _members_as_whole(final: list[tuple[Candidate, float]], uses: Callable[[str], list[int]]
                      ) -> list[tuple[Candidate, float]]:
    """A set named as one (产业兴旺、生态宜居、乡风文明、治理有效、生活富裕 的总要求, a listed formula,
    a quoted list: 秉持“求实学、务实业”办学宗旨, then “求实学”，重在…, or a frame of quoted ways:
    既“放得活”又“管得好”, then “放得活”，就是…) is learned whole: its members give up their places, and
    the whole takes the best member's score if that is higher. A named set takes every member; a
    quoted whole only members that name nothing else (a listed term such as 真抓实干 stays), that the
    text says first inside it (蕴含着“和合共生”… names 和合共生 before a list holds it) and says on
    their own no more than twice for each time it says the whole (explained after it; not 群众点单,
    discussed four times after “群众点单、干部跑腿”)."""
    holders: dict[str, list[int]] = {}
    for i, (cand, _) in enumerate(final):
        for item in _items(cand):
            holders.setdefault(item, []).append(i)
    best: dict[int, float] = {}
    members = set()
    for i, (cand, value) in enumerate(final):
        if cand.term not in holders:
            continue  # most terms: no whole holds them
        named_first = sorted(holders[cand.term], key=lambda w: not final[w][0].sources & NAMED_WHOLE)
        whole = next((w for w in named_first if _gives_place(cand, final[w][0], uses)), None)
        if whole is not None:
            members.add(i)
            best[whole] = max(best.get(whole, 0.0), value)
    if not members:
        return final
    out = [(c, max(v, best.get(i, 0.0))) for i, (c, v) in enumerate(final) if i not in members]
    return sorted(out, key=best_first)


def _gives_place(member: Candidate, whole: Candidate, uses: Callable[[str], list[int]]) -> bool:
    """Whether a member gives its place to a whole holding it (see _members_as_whole)."""
    if whole.sources & NAMED_WHOLE:
        return True
    if not (member.sources <= QUOTED_MEMBER or _list_of_words(whole)):
        return False
    in_whole, alone = uses(whole.term), uses(member.term)
    said_first = not alone or in_whole[0] <= alone[0]
    return bool(in_whole) and said_first and len(alone) - len(in_whole) <= EXPLAINED * len(in_whole)


def _items(cand: Candidate) -> list[str]:
    """The members of a whole: a named or quoted list's items, the quoted ways of a short frame
    (既“放得活”又“管得好”) or of a shift (从“引进来”到“走出去”); not the one quoted name of a role
    (以“群众点单”为抓手: 群众点单 is the term)."""
    if "、" in cand.term and cand.sources & (NAMED_WHOLE | {Source.QUOTE}) or _list_of_words(cand):
        items = cand.term.split("、")
        return items if all(items) else []
    if Source.FRAME in cand.sources and (QUOTED_PAIR.fullmatch(cand.term) or QUOTED_SHIFT.fullmatch(cand.term)):
        return QUOTED_PART.findall(cand.term)
    return []


def _list_of_words(cand: Candidate) -> bool:
    """A set-out list of two-character words (和平、发展、公平、正义、民主、自由): the list is what is
    learned, its words alone are common ones."""
    return Source.LIST in cand.sources and all(len(item) == WORD_ITEM for item in cand.term.split("、"))


def _said_alike(term: str) -> str:
    """One key for the spellings of a listed list or pair that the lexicon's variants find (term_listed):
    with its marks or without, its like halves in either order, joined by 和 or 与.

        >>> _said_alike("有为政府与有效市场") == _said_alike("有效市场和有为政府")
        True
        >>> _said_alike("获得感幸福感安全感") == _said_alike("获得感、幸福感、安全感")
        True
    """
    key = term.replace("与", "和").replace("、", "")
    halves = key.split("和")
    return "和".join(sorted(halves)) if len(halves) == 2 and len(halves[0]) == len(halves[1]) else key


def _one_spelling(term: str) -> str:
    return term.replace("与", "和").replace("的", "")  # 和 and 与 spell one pair; 制度的笼子, 制度笼子 one saying


def _spelled_variant(short: str, long: str) -> bool:
    """Whether two terms already in _one_spelling are variants of one expression: one holds the other,
    longer by at most two characters (党的自我革命, 自我革命), neither a list nor a title."""
    if len(short) > len(long):
        short, long = long, short
    return len(long) - len(short) <= 2 and short in long and "、" not in long and not long.startswith("《")


def _with_some_figures(scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """The top terms keep room for the article's best statistics (an instructor asks about a few)."""
    top, rest = scored[:MAX_TERMS], scored[MAX_TERMS:]
    missing = MIN_FIGURES - sum(Source.FIGURE in c.sources for c, _ in top)
    extra = [cs for cs in rest if Source.FIGURE in cs[0].sources][:max(0, missing)]
    if not extra:
        return top
    keep = len(top) - len(extra)
    return sorted(top[:keep] + extra, key=best_first) if keep >= 0 else top


def _limit_figures(scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """A report's statistics are many; only the best few belong among the terms to learn."""
    kept, figures = [], 0
    for cand, value in scored:
        if Source.FIGURE in cand.sources:
            figures += 1
            if figures > MAX_FIGURES:
                continue
        kept.append((cand, value))
    return kept

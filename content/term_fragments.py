"""Fragments and loose extensions among the candidate key terms (FragmentFilter.drop_fragments),
and what keeps a short term standing beside a longer one (a formula inside a list, a name inside a
programme, a name inside a maxim).
"""
from __future__ import annotations

from content.lexicon_files import Lexicon
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Source
from content.term_frames import QUOTED_PAIR, UNITY_TAILS
from content.term_scoring import STRONG_SOURCES, quoted_sentence
from content.term_signals import SHORT_TEXT
from content.term_text import ArticleText

PERIODS = ("时期", "开局之年", "收官之年")  # “十五五”时期: the plan's period; the plan stays a term
SOFT = frozenset({Source.PARALLEL, Source.LIST, Source.MAXIM, Source.PROGRAMME, Source.INSTITUTION})
LOOSE = frozenset({Source.PHRASE, Source.WORD})
WORD_ONLY = frozenset({Source.WORD})
CLAUSES = frozenset({Source.PARALLEL, Source.LIST, Source.FRAME, Source.MAXIM})  # clauses set out alike, no names
QUOTE_ONLY, LISTED = frozenset({Source.QUOTE}), frozenset({Source.LEXICON, Source.VOCABULARY})
MAXIM_ONLY, CITED_ONLY, QUOTE_HEAD_ONLY = frozenset({Source.MAXIM}), frozenset({Source.CITED}), frozenset({Source.QUOTE_HEAD})
STRONG = frozenset(STRONG_SOURCES)
BOUNDING = STRONG | {Source.VOCABULARY}  # the sources that know a name's bounds
FRAME_ONLY = frozenset({Source.FRAME})
TASK_NAME = 5  # characters: a name this long keeps its uses inside a task done to it (贯彻|新发展理念)
LISTED_NAME = 4  # characters: 西部陆海新通道, not 开放 (a listed word of two characters names a field)
# stop-list nouns that name whose a thing is (国家|监察委员会, 中央|军事委员会): an owner, no task's verb
OWNERS = frozenset("国家 中国 中央 中华 全国 全球 世界 国际 地方 人民".split())


def _said_in_passing(cand: Candidate, text: ArticleText) -> bool:
    """A phrase of the general vocabulary said once in a long text (筑牢我国北方重要生态安全屏障 in a
    government report) is a candidate of its own but takes no uses from the names inside it that the
    text also says elsewhere: the report's 生态安全屏障, one of its five tasks, keeps its count; nor
    does it cut the phrases crossing its edge. In a short piece, where nearly every name is said once,
    the longer phrase bounds the shorter as any name does."""
    return (Source.VOCABULARY in cand.sources and STRONG.isdisjoint(cand.sources)
            and len(text.joined) >= SHORT_TEXT and len(text.positions(cand.term)) < 2)


class FragmentFilter:
    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon

    def drop_fragments(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        """Phrase assembly: keep whole expressions, drop the pieces and the loose extensions.

        A run of tokens that wraps a lexicon entry or a quoted formula (发展|新质生产力) is a loose
        extension: the signal knows the expression's bounds better. A shorter term that always
        stands inside a longer one (政绩观 in 正确政绩观) is a fragment.
        """
        halves = _halves(cands, text) | self._task_lists(cands)
        cands = {t: c for t, c in cands.items() if t not in halves}
        strong = {t for t, c in cands.items() if not BOUNDING.isdisjoint(c.sources)}
        supers = _superstrings(cands)
        bounded = {t for t in strong if not STRONG.isdisjoint(cands[t].sources)}  # the general vocabulary's bounds are looser
        loose = {longer for short, longers in supers.items() if short in bounded
                 for longer in longers if cands[longer].sources <= LOOSE
                 and not self._compound(cands[longer], short)}
        loose |= self._verb_led(supers, strong, cands)
        keep = {t: c for t, c in cands.items() if t not in loose}
        # a vocabulary phrase a long text says once bounds no phrase crossing its edge (生态补偿机制 stays)
        keep = _without_crossing(keep, {t for t in strong if t in keep and not _said_in_passing(cands[t], text)}, text)
        for short, longers in supers.items():
            if short not in keep:
                continue
            longers = [t for t in longers if t in keep and not self._leaves_room(cands[t], cands[short])
                       and not (short in strong and self._task_on(t, short))]
            if not longers:
                continue
            if self._stands_apart(short, [cands[t].sources for t in longers], strong):
                continue
            total = len(text.positions(short))
            binding = [t for t in longers if not _said_in_passing(cands[t], text)]
            # said only inside longer terms, it is a piece of them, said once or not (农业转移人口 of
            # 农业转移人口市民化); said elsewhere too, it keeps the uses inside a phrase said in passing
            free = self._outside(short, longers, text)
            if free and len(binding) < len(longers):
                free = self._outside(short, binding, text)
            # one of a series of topics (共识机制、引导机制, 平衡机制 as headings' labels) is learned with its set
            named_member = Source.TOPIC in cands[short].sources
            if total == 0 or not free or (short not in strong and not named_member and len(free) < 0.3 * total):
                keep.pop(short)
            else:
                text.free[short] = free  # repetition counts only the uses outside longer terms
        return keep

    @staticmethod
    def _leaves_room(cand: Candidate, inner: Candidate) -> bool:
        """A maxim (科技无界，民生为本), a quoted sentence of a leader or a plan's period (“十五五”时期)
        makes no fragment of the names inside it, nor takes their uses. (A list's items said only inside it are pieces of it:
        instructors learn the list whole.) A quoted sentence's own clauses set out alike (在上面要求人、在后面推动人
        of …，都不如在前面带动人管用, the saying's first clause) are pieces of it: no name of their own. A
        formula the quoted demand goes on to (要|讲政治、顾大局、守规矩) stays a term. The quoted ways of a
        short frame (既“放得活”又“管得好”) stay candidates; the selection makes them give their places to it."""
        sources = cand.sources
        if (Source.FRAME in sources and not LISTED.isdisjoint(inner.sources) and cand.term.startswith(inner.term)
                and cand.term[len(inner.term):] in UNITY_TAILS):
            return True  # 有效市场和有为政府|相结合: the listed pair the frame holds together stays a term
        if Source.FRAME in sources and f"“{inner.term}”" in cand.term and QUOTED_PAIR.fullmatch(cand.term):
            return True  # 既“放得活”又“管得好”: the quoted ways stay, to give the frame their place (term_selection)
        if sources and sources <= CITED_ONLY:
            return not (inner.sources and inner.sources <= CLAUSES and _opens(cand.term, inner.term))
        if sources == QUOTE_ONLY and quoted_sentence(cand.term) and not LISTED.isdisjoint(inner.sources):
            return True  # “人民内部矛盾是非对抗性矛盾”: a quoted sentence about a listed name leaves it a term
        return bool(sources) and (sources <= MAXIM_ONLY or (sources <= QUOTE_HEAD_ONLY and cand.term.endswith(PERIODS)))

    def _task_on(self, longer: str, name: str) -> bool:
        """A task done to a listed name (完整准确全面贯彻|新发展理念, 体现|新发展理念, 因地制宜发展|新质生产力):
        the name is said each time the task is, and keeps those uses (the task stays a term of its own)."""
        if len(name) < TASK_NAME or not longer.endswith(name) or len(longer) - len(name) < 2:
            return False
        words = self.segmenter.cut(longer[:-len(name)])
        return bool(words) and self.segmenter.tag(words[-1]) == "v"

    def _task_lists(self, cands: dict[str, Candidate]) -> set[str]:
        """Like clauses that list tasks, no maxim: each does something to a listed name (加快建设西部陆海新通道，
        加快建设海南自由贸易港: the names are the terms to learn), or each opens on a verb of its own
        (提升服务能力，挖掘服务资源; of 34 such runs in articles with instructors' lists none was theirs). A
        couplet of sayings (功成不必在我，功成必定有我) and a frame's words (既要…，也要…; 以…，以…) stay."""
        frames = [t for t, c in cands.items() if c.sources == FRAME_ONLY and "，" in t]
        if not frames:
            return set()
        tag = self.segmenter.tag
        names = [t for t, c in cands.items() if len(t) >= LISTED_NAME and not LISTED.isdisjoint(c.sources)]
        tasks = set()
        for frame in frames:
            clauses = frame.split("，")
            if all(tag(c[:2]) == "v" for c in clauses) and len({c[:2] for c in clauses}) == len(clauses):
                tasks.add(frame)
            elif all(any(c.endswith(name) and c != name for name in names) for c in clauses):
                tasks.add(frame)
        return tasks

    def _verb_led(self, supers: dict[str, list[str]], strong: set[str], cands: dict[str, Candidate]) -> set[str]:
        """建设|现代化产业体系 in a heading is the task, 现代化产业体系 the name to learn. A short name
        (文化强国) may live only in its slogan (建设文化强国, see verb_phrases); a long one does not. The
        stop list holds owners too: 国家监察委员会 is a name of its own."""
        verbs = self.lexicon.stock_verbs - OWNERS
        return {longer for short, longers in supers.items() if short in strong and len(short) >= 5
                for longer in longers if longer[2:] == short and longer[:2] in verbs
                and STRONG.isdisjoint(cands[longer].sources)}

    def _stands_apart(self, short: str, longer_sources: list[set[Source]], strong: set[str]) -> bool:
        """以人民为中心 stays a term inside 以人民为中心、以实干为导向、…; 西部大开发 inside
        实施|西部大开发战略 (of the name and the programme, the better scored is kept later)."""
        if short not in strong or not all(s <= SOFT for s in longer_sources):
            return False
        return self._stands_alone(short) or all(s == {Source.PROGRAMME} for s in longer_sources)

    def _compound(self, cand: Candidate, inner: str) -> bool:
        """马克思主义|政治经济学, 社会主义|初级阶段: a listed term followed by a specific head noun is a
        compound name; with a verb before it or a stock word after it (构筑|向西开放战略高地,
        新质生产力|发展) it is a loose extension."""
        if not cand.term.startswith(inner) or "".join(cand.tokens) != cand.term:
            return False
        rest, pos = [], 0
        for token in cand.tokens:
            if pos >= len(inner):
                rest.append(token)
            elif pos + len(token) > len(inner):
                return False  # the listed term is not made of whole tokens here
            pos += len(token)
        return bool(rest) and all(
            len(t) >= 2 and t not in self.lexicon.generic and self.segmenter.tag(t)[:1] in ("n", "")
            for t in rest)

    def _stands_alone(self, term: str) -> bool:
        """A formula (以人民为中心) is a term even inside a list; a short item (新动能) is only a list member."""
        return term in self.lexicon.formulas or (len(term) >= 5 and term in self.lexicon.terms())

    @staticmethod
    def _outside(short: str, longers: list[str], text: ArticleText) -> list[int]:
        """Where the text says the short term other than inside one of the longer ones."""
        covered = set()
        for longer in longers:
            uses = text.positions(longer)
            k = longer.find(short)
            while k != -1:
                covered.update([q + k for q in uses])
                k = longer.find(short, k + 1)
        return [p for p in text.positions(short) if p not in covered]


def _opens(sentence: str, clause: str) -> bool:
    """Whether the clause is the sentence's first, a clause break after it."""
    return sentence.startswith(clause) and sentence[len(clause):len(clause) + 1] in ("，", "；", "：")


def _without_crossing(cands: dict[str, Candidate], strong: set[str], text: ArticleText) -> dict[str, Candidate]:
    """Drop loose phrases that straddle a strong term's edge, or lean on its start, wherever they occur."""
    cover: dict[int, tuple[int, int]] = {}
    for term in sorted(strong, key=lambda t: (len(t), t)):  # a set: its order differs from run to run
        size = len(term)
        for s in text.positions(term):
            cover.update(dict.fromkeys(range(s, s + size), (s, s + size)))
    covering = cover.get

    def crosses(a: int, b: int) -> bool:
        for p in (a, b - 1):
            s, e = covering(p, (a, b))
            if not (a <= s and e <= b) and not (s <= a and b <= e):
                return True
        return False

    def dangling(starts: list[int], size: int) -> int:
        """How many of the places (of a phrase of `size` characters) end where a strong term begins: there
        the phrase is a modifier of it (打好精准|脱贫攻坚战), not a name."""
        return sum(covering(a + size, (-1,))[0] == a + size for a in starts)

    keep = {}
    for term, cand in cands.items():
        if term in strong:
            keep[term] = cand
            continue
        positions = text.positions(term)
        size = len(term)
        leaning = cand.sources <= LOOSE and 2 * dangling(positions, size) > len(positions)
        if not positions or not (leaning or all(crosses(a, a + size) for a in positions)):
            keep[term] = cand
    return keep


def _superstrings(cands: dict[str, Candidate]) -> dict[str, list[str]]:
    """For each candidate standing inside longer ones, those longer ones, in the candidates' order."""
    supers: dict[str, list[str]] = {}
    # a candidate inside a longer one starts where its first two characters stand, and has its own length
    lengths: dict[str, set[int]] = {}
    for term in cands:
        lengths.setdefault(term[:2], set()).add(len(term))
    sizes = {opening: sorted(found) for opening, found in lengths.items()}
    for longer in cands:
        n = len(longer)
        if n < 3:
            continue  # pieces have two characters or more, fewer than the whole
        spans = sorted([(size, i) for i in range(n - 1) for size in sizes.get(longer[i:i + 2], ())
                        if size < n and i + size <= n])
        # shorter ones first, then by place (a set would order them differently per run), each candidate once
        for sub in dict.fromkeys([sub for size, i in spans if (sub := longer[i:i + size]) in cands]):
            if sub in supers:
                supers[sub].append(longer)
            else:
                supers[sub] = [longer]
    return supers


def _halves(cands: dict[str, Candidate], text: ArticleText) -> set[str]:
    """Two words found only by the tokenizer that the text never says apart (可感|可及 of 让老百姓可感可及):
    halves of one expression the phrase assembly did not take whole, no terms of their own."""
    halves = set()
    for first, cand in cands.items():
        if cand.sources != WORD_ONLY or len(first) != 2:
            continue
        uses, joined = text.positions(first), text.joined
        after = {joined[p + 2:p + 4] for p in uses}
        if len(after) != 1:
            continue
        second = after.pop()
        other = cands.get(second)
        if other is not None and other.sources == WORD_ONLY and all(
                joined[p - 2:p] == first for p in text.positions(second)):
            halves |= {first, second}
    return halves



"""Phrase assembly: words and repeated runs of adjacent jieba tokens that may form one expression.

    >>> tokens_of = lambda s: ["树立", "正确", "政绩观"] if s else []
    >>> sorted(c.term for c in phrase_candidates(["x", "x"], tokens_of, lambda w: "", set()).values())
    ['政绩观', '树立', '树立正确政绩观', '正确']

Which of these survive (正确 is too general, 政绩观 only ever stands inside 正确政绩观 …) is decided
later, by the filters and the scoring; here every plausible span is proposed.

Named extensions (de_phrases, verb_phrases, name_extensions): a term the article never says without
the same modifier (新的|文化生命体), verb (建设|文化强国) or programme head (全民科学素质|提升行动) is
proposed with it; the bare term then stands only inside the longer one and is dropped as a fragment.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate, chain, compress, filterfalse
from operator import itemgetter, or_
from typing import Callable, Iterable

from content.cjk_text import CLAUSE_SPLIT, han_only
from content.term_candidates import Candidate, Source

MAX_PHRASE_CHARS = 14
# jieba gives punctuation as tokens of its own; any token starting with one ends a clause
BREAKS = frozenset("，。；！？：、（）()“”‘’《》「」【】[]…—·,.;:!?/|*#> \t\n\u3000")
LONG_CLAUSE = 12
STICKY_SHARE = 0.5
# Inside a term no preposition, pronoun, adverb, particle or interjection: 总书记|在|四川, 越学|越.
INNER_TAGS = frozenset("p r d ad u uj ul uz ug ud uv y e o c".split())
# Parts of speech that cannot open or close a term: prepositions, conjunctions, particles,
# adverbs, pronouns, numerals, measure words, locatives, time words, modal particles.
EDGE_TAGS = frozenset("p c u uj ul uz ug ud uv d ad r m q f t y e o zg z x mq".split())
# 要 (must) and 这是 (this is) open clauses: 要紧紧抓住…, 这是马克思主义…
FUNCTION_WORDS = frozenset("的 地 得 了 着 过 和 与 及 或 而 并 且 也 都 又 就 才 在 是 为 以 对 把 将 从 向 于 由 被 让 使 其 之 这 那 该 此 各 每 等 一步 进一步 之一 要 这是 那是 这一 那一 这些 那些".split())
HAS_DIGIT = re.compile(r"[0-9０-９.%]")
CJK_TOKEN = re.compile(r"^[\u4e00-\u9fff]+$")
PERSON_TITLES = frozenset("院士 教授 研究员 主任 局长 厅长 处长 负责人 专家 记者 评论员 通讯员 主编 馆长 院长 所长 校长 董事长 总经理 "
                          "总书记 同志 主席 书记 委员".split())  # 领会|习近平|总书记: a person addressed, no name
ONE_OF_A_THING = frozenset("一个 一项 一件 一批 一条".split())  # 成熟|一个|推进, 实施|一项|做成
ABLE_PREFIX = "可"  # 分布式|可|再生能源: 可 before a verb makes an adjective (可再生, 可持续), no clause
# 在…条件下, …背景下, …框架内: the setting a heading names its subject in
SETTINGS = frozenset("条件 背景 形势 前提 框架 视域 视角 语境 情况".split())
SETTING_CLOSERS = frozenset("下中内")
EACH = frozenset("各 每".split())
COMPARED = frozenset("同比 环比".split())  # …同比增长, …环比下降: how a figure moved, said of the thing counted
# what a person in the story says or feels (not 称: 称号, 之称): 黄心宇|表示, 董卫平|感到
REPORTING_VERBS = frozenset("表示 说 指出 介绍 强调 认为 坦言 谈到 透露 告诉 感到 觉得 感觉 感叹 感慨 回忆".split())

Tagger = Callable[[str], str]


def _edge_ok(token: str, tag: Tagger, generic: set[str], opening: bool) -> bool:
    if token in FUNCTION_WORDS or HAS_DIGIT.search(token):
        return False
    t = tag(token)
    if t in EDGE_TAGS or (not opening and len(token) == 1 and t):
        return False
    # an action verb opens a clause, not a term: 推进|生态保护, 加强|党的建设
    return not (opening and t.startswith("v") and token in generic)


def _breaking(tokens: list[str]) -> Iterable[bool]:
    """Whether each token ends a clause: a mark of BREAKS opens it, or it is white space (tested in C).

        >>> list(_breaking(["，", "“两个", " ", "结合"]))
        [True, True, True, False]
    """
    return map(or_, map(BREAKS.__contains__, map(itemgetter(0), tokens)), map(str.isspace, tokens))


def _distinct_clauses(texts: list[str], tokens_of: Callable[[str], list[str]]) -> list[list[str]]:
    """Clauses of the texts; a long clause printed twice (a core point repeating the body) counts once."""
    seen: set[str] = set()
    clauses: list[list[str]] = []
    for text in texts:
        tokens = tokens_of(text)
        cuts = [-1, *compress(range(len(tokens)), _breaking(tokens)), len(tokens)]
        ends = [0, *accumulate(map(len, tokens))]  # where each token ends in the text, in characters
        for a, b in zip(cuts, cuts[1:]):
            if b - a < 2:
                continue  # two breaks in a row: no clause between them
            clause = tokens[a + 1:b]
            if ends[b] - ends[a + 1] >= LONG_CLAUSE:
                joined = "".join(clause)
                if joined in seen:
                    continue
                seen.add(joined)
            clauses.append(clause)
    return clauses


def _adjacent_pairs(clauses: list[list[str]]) -> Iterable[tuple[str, str]]:
    """Each clause's pairs of adjacent tokens, clause by clause (zipped in C: no Python step per clause).

        >>> list(_adjacent_pairs([["正确", "政绩观"], ["算电"]]))
        [('正确', '政绩观')]
    """
    return chain.from_iterable(map(zip, clauses, map(itemgetter(slice(1, None)), clauses)))


class _Stickiness:
    """Adjacent tokens stick when their pair is repeated and accounts for most uses of either."""

    def __init__(self, clauses: list[list[str]], tag: Tagger):
        self.single: Counter[str] = Counter(chain.from_iterable(clauses))
        self.pairs = Counter(_adjacent_pairs(clauses))
        single = self.single
        joinable: dict[str, bool] = {}  # asked only of the tokens of repeated pairs

        def joins(tok: str) -> bool:
            ok = joinable.get(tok)
            if ok is None:
                ok = joinable[tok] = not (tok in FUNCTION_WORDS or HAS_DIGIT.search(tok) or tag(tok) in INNER_TAGS)
            return ok

        self.sticky_pairs = {
            (a, b) for (a, b), together in self.pairs.items()
            if together >= 2 and together >= STICKY_SHARE * min(single[a], single[b]) and joins(a) and joins(b)}

    def __call__(self, a: str, b: str) -> bool:
        return (a, b) in self.sticky_pairs

    def holding_pairs(self, clauses: list[list[str]]) -> Iterable[list[str]]:
        """The clauses that may hold a sticky pair: those holding the first token of one (the others,
        most of them, are skipped in C)."""
        firsts = {a for a, b in self.sticky_pairs}
        return filterfalse(firsts.isdisjoint, clauses)


def _trimmed(tokens: list[str], start: int, end: int, edge_ok: Callable[[str, bool], bool]) -> tuple[int, int]:
    """The bounds of tokens[start:end] without the tokens that cannot open or close a term."""
    while start < end and not edge_ok(tokens[start], True):
        start += 1
    while end > start and not edge_ok(tokens[end - 1], False):
        end -= 1
    return start, end


class _PhraseFinder:
    """Per-call caches of tags and edge checks, and the candidates found so far."""

    def __init__(self, tag: Tagger, generic: set[str]):
        self._tag_of, self.generic = tag, generic
        self._tags: dict[str, str] = {}
        self._edges: tuple[dict[str, bool], dict[str, bool]] = ({}, {})  # closing, opening
        self.found: dict[str, Candidate] = {}

    def tag(self, word: str) -> str:
        if word not in self._tags:
            self._tags[word] = self._tag_of(word)
        return self._tags[word]

    def edge_ok(self, token: str, opening: bool) -> bool:
        edges = self._edges[opening]
        if token not in edges:
            edges[token] = _edge_ok(token, self.tag, self.generic, opening)
        return edges[token]

    def add(self, tokens: list[str], source: Source) -> None:
        term = "".join(tokens)
        if term in self.found:
            self.found[term].sources.add(source)
        elif 2 <= len(term) <= MAX_PHRASE_CHARS and not self.generic.issuperset(tokens) and (
                max(map(len, tokens)) > 1 or all(self.tag(t) == "" for t in tokens)):
            # runs of single characters count only when none is a function word: 魂|脉 → 魂脉
            self.found[term] = Candidate(term, {source}, tuple(tokens))

    def add_runs(self, clause: list[str], sticky_pairs: set[tuple[str, str]]) -> None:
        # whether each token sticks to the next one (the last to nothing)
        sticks = [*map(sticky_pairs.__contains__, zip(clause, clause[1:])), False]
        if True not in sticks:
            return  # no two tokens stick: every run is a single token
        start = 0
        for i, sticking in enumerate(sticks, 1):
            if sticking:
                continue
            if i - start > 1:
                first, end = _trimmed(clause, start, i, self.edge_ok)
                if end - first > 1 and self._leading_verb(clause[first:end]):
                    first += 1
                run = clause[first:end]
                if len(run) > 1 and not self._glued(clause, first) and not self._cut_short(clause, end) \
                        and not self._no_name(run):
                    self.add(run, Source.PHRASE)
            start = i

    def _glued(self, clause: list[str], first: int) -> bool:
        """创新|药|加速, 高|能级|科创|平台: a run opening on a single character after a word, or right
        after a single content character, is cut out of a longer word or name here."""
        before = clause[first - 1] if first > 0 else ""
        if not before or not CJK_TOKEN.match(before) or before in FUNCTION_WORDS:
            return False
        if len(before) == 2 and before[0] in FUNCTION_WORDS and before[1] not in FUNCTION_WORDS and not self.tag(before):
            return True  # 以高|能级科创平台: the tokenizer glued a preposition to the name's first character
        return len(clause[first]) == 1 or (len(before) == 1 and self.tag(before) not in EDGE_TAGS)

    def _leading_verb(self, run: list[str]) -> bool:
        """打破|体制机制壁垒, 涵养|一城一域: a verb before a name of three or more characters is the task
        done to it, not part of it (尊崇法治, a verb with a short object, is a slogan whole)."""
        return len(run[0]) == 2 and self.tag(run[0]) == "v" and len("".join(run[1:])) >= 3

    def _cut_short(self, clause: list[str], end: int) -> bool:
        """斩断由风及|腐: a run followed by a single content character (a noun's or an adjective's) ends
        inside a longer word or idiom."""
        after = clause[end] if end < len(clause) else ""
        return (len(after) == 1 and bool(CJK_TOKEN.match(after)) and after not in FUNCTION_WORDS
                and self.tag(after)[:1] in ("a", "n", ""))

    def _no_name(self, run: list[str]) -> bool:
        """在于|构建, 对药品配备进行完善, 黄心宇|表示, 中国工程院|院士, 商品零售额|同比|增长, 产量|同比: verbs alone,
        a dummy verb, a speaker and his verb, a person's title, or a statistic's rise or fall."""
        return (all(self.tag(t).startswith("v") for t in run) or "进行" in run or run[-1] in REPORTING_VERBS
                or run[-1] in PERSON_TITLES or self._clause_inside(run) or self._one_character_verb(run)
                or not COMPARED.isdisjoint(run))  # 产量|同比, 同比|增长: how a figure moved, no name

    def _one_character_verb(self, run: list[str]) -> bool:
        """显|格局, 堵|点卡: a verb of one character before a word is a verb and its object (可|再生能源
        makes an adjective)."""
        return (len(run[0]) == 1 and run[0] != ABLE_PREFIX and self.tag(run[0]).startswith("v")
                and len(run[1]) >= 2)

    def _clause_inside(self, run: list[str]) -> bool:
        """法治|展|长卷, 逻辑|中|前进: a one-character verb or locative between two words makes a clause;
        so does one of a thing before a verb (成熟|一个|推进 of 成熟一个推进一个)."""
        return any(len(run[i]) == 1 and run[i] not in ABLE_PREFIX and self.tag(run[i])[:1] in ("v", "f")
                   and len(run[i - 1]) >= 2 and len(run[i + 1]) >= 2 or self._one_before_verb(run[i], run[i + 1])
                   for i in range(1, len(run) - 1))

    def _one_before_verb(self, token: str, after: str) -> bool:
        return token in ONE_OF_A_THING and self.tag(after).startswith("v")  # not 一号|响应, 一站|办结: names


def phrase_candidates(texts: list[str], tokens_of: Callable[[str], list[str]], tag: Tagger,
                      generic: set[str]) -> dict[str, Candidate]:
    """Single words (2+ chars) and maximal runs of sticky tokens (正确|政绩观, 算电|协同)."""
    clauses = _distinct_clauses(texts, tokens_of)
    finder = _PhraseFinder(tag, generic)
    sticky = _Stickiness(clauses, finder.tag)
    cut_off = _number_units(sticky.pairs) | _always_cut_short(clauses, sticky, finder)
    for tok, count in sticky.single.items():
        if count >= 2 and len(tok) >= 2 and tok not in cut_off and finder.edge_ok(tok, True) and finder.edge_ok(tok, False):
            finder.add([tok], Source.WORD)
    for clause in sticky.holding_pairs(clauses):
        finder.add_runs(clause, sticky.sticky_pairs)
    return finder.found


def _number_units(pairs: Iterable[tuple[str, str]]) -> set[str]:
    """3.6|万人, 18|万亩: what the tokenizer cut off a number is the number's unit, not a word to learn.
    pairs: the clauses' pairs of adjacent tokens."""
    return {b for a, b in pairs if b[0] in "万亿千百" and HAS_DIGIT.search(a)}


def _always_cut_short(clauses: list[list[str]], sticky: _Stickiness, finder: "_PhraseFinder") -> set[str]:
    """由风及|腐 every time: a token always followed by a single content character is the tokenizer's cut
    inside a longer word or idiom. sticky: the clauses' tokens and pairs of adjacent tokens, counted."""
    # the tokens that, following another, cut that one short (single characters all)
    cutting = {tok for tok in sticky.single if len(tok) == 1 and finder._cut_short([tok], 0)}
    # a single character is no word candidate anyway; a clause's last token is followed by nothing
    words = {tok for tok in sticky.single if len(tok) > 1}
    words.difference_update(map(itemgetter(-1), clauses))
    words.difference_update([a for a, b in sticky.pairs if a in words and b not in cutting])
    return words


DE_SHARE = 0.8
MIN_DE_USES = 4


def de_phrases(terms: Iterable[str], positions: Callable[[str], list[int]], joined: str,
               cut: Callable[[str], list[str]], tag: Tagger = lambda w: "") -> dict[str, Candidate]:
    """Phrases joined by 的 that the article uses as one name: 新的文化生命体, 新时代的文化使命.

    Only when the same modifier stands before the term almost every time it is used (and at
    least three times): then the term alone is a fragment of the longer name.
    """
    found: dict[str, Candidate] = {}
    for term in terms:
        uses = positions(term)
        if len(uses) < MIN_DE_USES:
            continue
        need = max(MIN_DE_USES, DE_SHARE * len(uses))
        if sum(joined[p - 1] == "的" for p in uses if p) < need:
            continue  # most terms never follow 的: no cutting needed
        befores = [joined[max(0, p - 8):p] for p in uses]
        # jieba cuts the same modifier differently by context (以新|的, 一新|的): try each cut
        for head in sorted({_modifier(joined, p, cut, tag) for p in uses} - {""}, key=lambda h: (len(h), h)):
            if sum(b.endswith(head + "的") for b in befores) >= need:
                found[head + "的" + term] = Candidate(head + "的" + term, {Source.NAMED}, (head, term))
                break
    return found


def _modifier(joined: str, pos: int, cut: Callable[[str], list[str]], tag: Tagger) -> str:
    if pos < 2 or joined[pos - 1] != "的":
        return ""
    before = CLAUSE_SPLIT.split(joined[max(0, pos - 7):pos - 1])[-1]
    tokens = cut(before) if before else []
    head = tokens[-1] if tokens else ""
    compound = len(tokens) > 1 and len(tokens[-2]) >= 2 and bool(CJK_TOKEN.match(tokens[-2])) \
        and tokens[-2] not in FUNCTION_WORDS and tag(tokens[-2])[:1] in ("n", "")
    if compound:
        return ""  # 人格|力量|的有机统一: the last word of a compound, not a modifier of its own
    return "" if head in FUNCTION_WORDS or HAS_DIGIT.search(head) or "的" in head else head


LONGEST_FORMULA = 20


def formula_de_names(formulas: set[str], terms: Iterable[str], positions: Callable[[str], list[int]],
                     joined: str) -> dict[str, Candidate]:
    """A name the article says only after the same formula and 的 is learned with it: 共建共治共享的|城乡
    基层治理格局 (said once alone too, the name stays apart). The formula must be said apart as well: said
    only before the name, it would become a piece of the whole, and instructors learn such a formula
    (自治、法治、德治相结合) by itself.

        >>> text = "完善共建共治共享的城乡基层治理格局。构建共建共治共享的城乡基层治理格局，坚持共建共治共享。"
        >>> find = lambda t: [i for i in range(len(text)) if text.startswith(t, i)]
        >>> sorted(formula_de_names({"共建共治共享"}, ["城乡基层治理格局"], find, text))
        ['共建共治共享的城乡基层治理格局']
    """
    found: dict[str, Candidate] = {}
    if not formulas:
        return found  # most articles: no formula set out alike, nothing to look for
    names = set(terms)
    # the names that follow a formula and 的 somewhere: read where the few formulas stand, not every name
    followers = set()
    for formula in formulas:
        for p in positions(formula):
            after = p + len(formula) + 1
            if joined[after - 1:after] == "的":
                followers.update(joined[after:after + k] for k in range(LONGEST_FORMULA, 3, -1)
                                 if joined[after:after + k] in names)
    for term in sorted(followers, key=joined.find):
        uses = positions(term)
        if any(joined[p - 1:p] != "的" for p in uses):
            continue  # said without 的 before it at least once
        heads = {next((joined[p - 1 - k:p - 1] for k in range(LONGEST_FORMULA, 3, -1)
                       if joined[p - 1 - k:p - 1] in formulas), "") for p in uses}
        head = heads.pop() if len(heads) == 1 else ""
        if head and len(positions(head)) > len(uses):  # the formula said apart too stays a term of its own
            found[head + "的" + term] = Candidate(head + "的" + term, {Source.NAMED}, (head, term))
    return found


MIN_MODIFIED = 6  # 治理体系和治理能力现代化; a short name with a word before it is a phrase of the text


def verb_phrases(terms: Iterable[str], positions: Callable[[str], list[int]], joined: str,
                 verbs: set[str]) -> dict[str, Candidate]:
    """A short name the article only ever uses as one slogan with its verb: 建设文化强国, 推动文化繁荣."""
    found: dict[str, Candidate] = {}
    for term in terms:
        if len(term) != 4:
            continue
        uses = positions(term)
        if len(uses) < MIN_DE_USES:
            continue
        verb, n = Counter(joined[max(0, p - 2):p] for p in uses).most_common(1)[0]
        if verb in verbs and n >= DE_SHARE * len(uses):
            found[verb + term] = Candidate(verb + term, {Source.NAMED}, (verb, term))
    return found


def modified_names(terms: Iterable[str], positions: Callable[[str], list[int]], joined: str,
                   modifier: Callable[[str], bool]) -> dict[str, Candidate]:
    """A long listed name the article always says of one field, named by the word before it: 城市|治理体系和
    治理能力现代化 (a city's, not the state's), said that way every time, is the article's term."""
    found: dict[str, Candidate] = {}
    for term in terms:
        if len(term) < MIN_MODIFIED:
            continue
        uses = positions(term)
        if len(uses) < MIN_DE_USES:
            continue
        word, n = Counter(joined[max(0, p - 2):p] for p in uses).most_common(1)[0]
        if n >= DE_SHARE * len(uses) and modifier(word):
            # the listed name's own bounds, widened by its field: as firm a name as the listed one
            found[word + term] = Candidate(word + term, {Source.NAMED, Source.LEXICON}, (word, term))
    return found


NARROWED = (3, 5)  # characters of a listed name of a kind that a word before it may narrow (国产|大模型,
# 强制性|国家标准); a longer name names its thing already (长三角|战略科技力量, 弘扬|社会主义核心价值观)
NARROWER = (2, 5)  # characters of that word
BEFORE_NAME = 8  # characters read before the name's first use for the word
SENTENCE_PART = re.compile(r"[，。；：！？\n]")
LIST_JOINERS = frozenset("、 及 以及".split())  # not 和, 与: 加强和|国产大模型企业的合作 is no list
SUFFIXES = "化式型性"  # 产业集群|化: the cut may leave a suffix apart from the name it ends
PARTICLES = "的地得和与及在对把被将以于为从向"
NEW = "新"
AFTER_GRAMMAR = PARTICLES + "了着过是有等"


def narrowed_names(names: Iterable[Candidate], positions: Callable[[str], list[int]], joined: str,
                   cut: Callable[[str], list[str]], narrows: Callable[[str], bool],
                   noun: Callable[[str], bool]) -> dict[str, Candidate]:
    """A listed name of a thing that the article says each time after one word that narrows it to a kind
    (强制性|国家标准, 国产|大模型, 新兴|产业集群), said once or more: the kind is the article's term, the name
    alone is not (an instructor lists 强制性国家标准). `narrows(word)`: a word that names a kind (a
    distinguishing word, a word in 性/级/型/式, 国产, a listed name; no verb, owner or scope: 净化|政治生态,
    浙江|数字经济, 全国); `noun(word)`: a noun of the dictionary. The name is a word of its own that ends
    on a noun (not 产业集群|化, not 改革开放, a thing done) and opens on no 新 (数字经济|新动能), its noun
    phrase does not always go on (大数据|监督平台), and the word before it ends no list in most uses
    (战略性新兴产业、未来产业|新赛道: the items share the head) unless every item has it (国产芯片、国产操作系统、
    国产大模型)."""
    found: dict[str, Candidate] = {}
    for cand in names:
        term = cand.term
        uses = positions(term) if NARROWED[0] <= len(term) <= NARROWED[1] else None
        before = joined[uses[0] - 1:uses[0]] if uses else ""
        if not before or before in AFTER_GRAMMAR or not han_only(before) or len({joined[p - 2:p] for p in uses}) > 1:
            continue  # most names: said after different words, a mark or a word of grammar (的|大模型)
        words = cut(CLAUSE_SPLIT.split(joined[max(0, uses[0] - BEFORE_NAME):uses[0]])[-1])
        word = words[-1] if words else ""
        size = len(word)
        if not NARROWER[0] <= size <= NARROWER[1] or any(p < size or joined[p - size:p] != word for p in uses):
            continue
        if not narrows(word) or len(words) > 1 and _loose_character(words[-2], words[-3] if len(words) > 2 else ""):
            continue  # 一批|高|能级: the word is the end of a longer one (高能级) the cut missed
        if term.startswith(NEW) or not ends_on_noun(term, noun):
            continue  # 数字经济|新动能: a new thing of a field, no kind
        if 2 * sum(_ends_list(joined, p - size, word, cut) for p in uses) > len(uses):
            continue
        if any(not _word_ends(joined, p, len(term), cut) for p in uses):
            continue  # 产业集群|化发展: the name is cut out of a longer word
        if all(noun(_first_word(joined, p + len(term), cut)) for p in uses):
            continue  # 大数据|监督平台: the noun phrase goes on every time
        found[word + term] = Candidate(word + term, cand.sources | {Source.NAMED}, (word, term))
    return found


def _loose_character(word: str, before: str) -> bool:
    """A character the cut left alone that no grammar explains: 高 of 一批|高|能级, not 的 or the
    classifier of a count (12|家|长三角)."""
    return len(word) == 1 and word not in PARTICLES and han_only(word) and not before[-1:].isdigit()


def ends_on_noun(term: str, noun: Callable[[str], bool]) -> bool:
    """Whether the last word of a name (of three characters or two) is a noun: 大模型 and 辩证法 are,
    高质量|发展 ends on no noun."""
    return any(noun(term[-size:]) for size in (3, 2) if len(term) >= size)


def _ends_list(joined: str, start: int, word: str, cut: Callable[[str], list[str]]) -> bool:
    """Whether the word at `start` opens the last item of a list (集成电路、|高端…, 芯片及|国产…) whose
    earlier items do not open on it too."""
    part = SENTENCE_PART.split(joined[max(0, start - 3 * BEFORE_NAME):start])[-1]
    words = cut(part[-BEFORE_NAME:]) if part else []
    return bool(words) and words[-1] in LIST_JOINERS and word not in part


def _word_ends(joined: str, pos: int, size: int, cut: Callable[[str], list[str]]) -> bool:
    """Whether the cut of the text from `pos` has a word end `size` characters on, and no suffix follows
    that the cut left apart (产业集群|化发展)."""
    end, after = pos + size, joined[pos + size:pos + size + 1]
    return not (after and after in SUFFIXES) and size in accumulate(map(len, cut(joined[pos:end + 3])))


def _first_word(joined: str, pos: int, cut: Callable[[str], list[str]]) -> str:
    after = CLAUSE_SPLIT.split(joined[pos:pos + BEFORE_NAME], 1)[0]
    return cut(after)[0] if after else ""


# Heads that close the name of a programme or institution: 全民科学素质|提升行动, 产学研用|协同机制,
# or of a line of work: 铸牢中华民族共同体意识|工作主线.
NAME_HEAD = re.compile(r"^(?:(?![的和等及与或并为是了着过诸于在见])[\u4e00-\u9fff]){0,4}?"
                       r"(?:(?:行动|计划)(?=[^\u4e00-\u9fff]|[的和与及等]|方案|计划|纲要|实施|$)|工程|机制|战略|基地|平台|中心|示范区"
                       r"|试验区|主线|系统治理|(?:管理|监管|实施|暂行|试行)办法)"
                       r"(?!部署|布局|眼光|思维|定力|意义|机遇|举措|任务|性|化|师|城市)")
# 作出了|战略部署: a verb and its object; 工程|师, 平台|化, 中心|城市: a longer word; 迅速行动|起来, 计划|今年,
# 见诸|行动: 行动 and 计划 as verbs; 多想|办法: a way, no regulation


def name_extensions(terms: Iterable[str], positions: Callable[[str], list[int]], joined: str) -> dict[str, Candidate]:
    """A listed term that (nearly) always stands at the front of one named programme is part of that name."""
    found: dict[str, Candidate] = {}
    for term in terms:
        tails = [joined[p + len(term):p + len(term) + 8] for p in positions(term)]
        # the heads the term stands before (a head wanted more than half the time: the uses without one
        # need no count of their own)
        heads = [m.group(0) for m in map(NAME_HEAD.match, tails) if m]
        if not heads:
            continue  # most listed terms: no programme's name
        head, n = Counter(heads).most_common(1)[0]
        if n == len(tails) or n >= 2 and 3 * n >= 2 * len(tails):
            found[term + head] = Candidate(term + head, {Source.NAMED}, (term, head))
    return found



# A numbered point of a speech or article (第三，坚持和完善社会主义基本经济制度。) is a sub-heading
# even when it stands inside a paragraph.
ENUMERATED_POINT = re.compile(
    r"(?:^|(?<=[。！？；\n]))\s*(?:第[一二三四五六七八九十]{1,2}|[一二三四五六七八九十]是|首先|其次|再次|(?<![^\n])——)[，、：:]?"
    r"([^。！？；，\n]{4,22})(?=[。；！])")
# what every numbered point holds: one quick search rules most paragraphs out
POINT_MARK = re.compile("第[一二三四五六七八九十]|[一二三四五六七八九十]是|首先|其次|再次|——")
HEADING_SPLIT = re.compile(r"[\s，,：:；;、—（）()“”‘’！？!?]+")
HEADING_MIN, HEADING_MAX = 3, 14
# Parts of speech that end a heading's noun phrase: verbs, prepositions, conjunctions, adverbs, …
HEADING_BREAK_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f")
ADVERBIAL = "地"  # 坚决有力地|贯彻落实: after a word and 地, a verb (not 就|地|城镇化: 就地, a place)


# a title that opens on a story (从一场食堂里的音乐会说起): what it names is the story's setting
STORY_OPENING = re.compile("(?:从|由)[^，,：:；;]{2,20}(?:说起|谈起|讲起|说开去|谈开去|说开|看开去)")
COPULA = re.compile("(?<![就还总但只凡要若倒硬可于而正也都即求国《])是(?!否)")  # not 实事求是, 《求是》


def enumerated_points(text: str) -> list[tuple[int, int]]:
    """Spans of the short numbered points in a text."""
    if not POINT_MARK.search(text):
        return []
    return [m.span(1) for m in ENUMERATED_POINT.finditer(text)]


def heading_phrases(texts: Iterable[str], cut: Callable[[str], list[str]], tag: Tagger,
                    generic: set[str], source: Source = Source.HEADLINE) -> dict[str, Candidate]:
    """The noun phrases of headings, titles and numbered points, without their verbs:
    坚持和完善|社会主义基本经济制度, 坚持以人民为中心|打造|精品力作 → 社会主义基本经济制度, 精品力作."""
    found: dict[str, Candidate] = {}
    for text in texts:
        if source is Source.POINT and "、" in text:
            continue  # 聚焦主题、紧扣主线: a point that is itself a slogan is found as a parallel formula
        if STORY_OPENING.fullmatch(text.strip()):
            continue  # 从一场食堂里的音乐会说起: the case told first, no name to learn
        for piece in HEADING_SPLIT.split(text):
            if piece.startswith("以") and "为" in piece[2:]:
                continue  # 以改革为动力: a motto, not a name
            piece = COPULA.split(piece, 1)[0]  # 中埃始终是|和衷共济的亲密兄弟: what follows 是 describes, names nothing
            for run in _noun_runs(cut(piece), tag, generic):
                if source is Source.POINT and len(run) >= 2 and tag(run[-1]) == "a":
                    run = run[:-1]  # 四是|市场空间|巨大: a point says how its noun is; the noun is the name
                term = "".join(run)
                if HEADING_MIN <= len(term) <= HEADING_MAX and not HAS_DIGIT.search(term) and run[-1] not in PERSON_TITLES:
                    found.setdefault(term, Candidate(term, {source}, tuple(run)))  # not 领会|习近平|总书记
    return found


def _noun_runs(tokens: list[str], tag: Tagger, generic: set[str]) -> list[list[str]]:
    """Runs of tokens between verbs and particles, without a leading stock verb (筑牢|生态安全屏障) or
    the verb after 地; a verb right before another verb closes the run (深度融合|培育), 的 between nouns
    stays (新的发展理念)."""
    def breaks(tok: str) -> bool:
        return tok in FUNCTION_WORDS or tag(tok).startswith(HEADING_BREAK_TAGS)

    runs, run = [], []
    for i, tok in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not breaks(tok):
            done_so = i > 1 and tokens[i - 1] == ADVERBIAL and len(tokens[i - 2]) > 1
            if not run and done_so and after and not breaks(after):
                continue  # 坚决有力地|贯彻落实|党中央重大决策部署: after 地 a verb, whatever its tag
            run.append(tok)
        elif tok == "的" and len(run) == 1 and len(run[0]) == 1 and after and not breaks(after):
            run.append(tok)  # a short modifier belongs to the name (新的发展理念), a clause does not
        else:
            if tok in SETTING_CLOSERS and len(run) > 1 and run[-1] in SETTINGS:
                run = run[:-1]  # 社会主义市场经济|条件|下: the setting is said of the name, not part of it
            elif run and after and breaks(after) and tok not in FUNCTION_WORDS and len(run) > 1:
                run.append(tok)
            runs.append(run)
            run = []
    runs.append(run)
    if runs[0] and runs[0][0] in generic and runs[0][0] == tokens[0]:
        runs[0] = runs[0][1:]  # a stock verb jieba tags as a noun opens the heading: 服务|工作大局, 筑牢|…
    runs = [r[:-1] if r and _setting(r[-1]) else r for r in runs]
    return [r for r in map(lambda r: _trim_run(r, tag), runs)
            if r and (len(r) > 1 or len(r[0]) >= HEADING_MIN) and not _stock_after_each(r, tokens, generic)]


def _stock_after_each(run: list[str], tokens: list[str], generic: set[str]) -> bool:
    """各|方面全过程, 每|环节: stock words after 各 or 每 name no thing (城乡融合, 教育改革 do)."""
    start = next((i for i in range(len(tokens) - len(run) + 1) if tokens[i:i + len(run)] == run), 0)
    return start > 0 and tokens[start - 1] in EACH and all(t in generic for t in run)


def _setting(token: str) -> bool:
    """新形势下, 大背景下: one word of the tokenizer's naming the setting, no part of a name."""
    return token[-1:] in SETTING_CLOSERS and token[-3:-1] in SETTINGS


def _trim_run(run: list[str], tag: Tagger) -> list[str]:
    start, end = 0, len(run)
    while start < end and (run[start] == "的" or (len(run[start]) == 1 and tag(run[start]) == "a"
                                                  and not (start + 1 < end and run[start + 1] == "的"))):
        start += 1
    while end > start and (run[end - 1] == "的" or tag(run[end - 1]) == "f"):
        end -= 1
    return run[start:end]

"""Wrong options that look right: terms of the same shape (…观, …网, …机制, same length) from the
article and the library, siblings from other lists, documents of the same kind, nearby figures.

    >>> idx = TermIndex(["政绩观", "事业观", "算力网", "物流网", "新质生产力"])
    >>> sorted(idx.like("价值观", 2, random.Random(0), forbidden=set(), article_text=""))
    ['事业观', '政绩观']

A candidate is refused when it is the answer, contains it or is contained in it, is already in the
question (the same list or sentence: it would also be correct), is generic, or — put in the answer's
place — reads like something the article itself says (then it may be correct too).
"""
from __future__ import annotations

import random
import re
from collections import defaultdict

from quiz.enumerations import common_prefix, common_suffix
from quiz.vocabulary import (INNER_BREAKS, STOCK_FAMILIES, STOCK_TERMS, UMBRELLA_TERMS, VERB_HEADS, is_generic,
                             looks_like_term, shipped_vocabulary)

QUOTED_RE = re.compile(r"“([^“”，。；！？、]{2,10})”")
DOCUMENT_RE = re.compile(r"《([^《》\n]{4,40})》")
PHRASE_RE = re.compile("[" + INNER_BREAKS + "“”]")  # inside a stored key term: a phrase, not a term


class TermIndex:
    """Candidate wrong options, indexed by their last character."""

    def __init__(self, terms=(), documents=(), listed: frozenset[str] | None = None):
        # the shipped political vocabulary, read once per index: a listed phrase is a name, not a passing word
        self.listed: frozenset[str] = shipped_vocabulary() if listed is None else listed
        self.by_end: dict[str, list[str]] = defaultdict(list)
        self.documents: list[str] = []
        self.list_items: dict[str, list[str]] = defaultdict(list)  # members of lists, by last character
        self._seen: set[str] = set()
        self._items_seen: set[str] = set()
        self.add_terms(terms)
        self.add_documents(documents)

    def add_article(self, article, facts=None) -> None:
        """What an article offers as wrong options elsewhere: key terms, quoted slogans, list members,
        《documents》. With its facts already extracted, their lists and documents are reused."""
        from quiz.enumerations import inline_lists  # imported here: enumerations is a sibling module
        self.add_key_terms([article])
        text = article.full_text()
        self.add_terms(QUOTED_RE.findall(text))
        self.add_documents(DOCUMENT_RE.findall(text))
        if facts is not None:
            for f in facts:
                if f.kind.value == "enumeration":
                    self.add_list_items(f.items)
            return
        for para in text.split("\n"):
            for e in inline_lists(para):
                self.add_list_items(e.items)

    def add_key_terms(self, articles) -> None:
        """The cheap part of library articles: their stored key terms (documents among them)."""
        seen = self._seen
        for art in articles:
            for kt in art.key_terms:
                term = kt.term
                if term in seen:
                    continue  # the same term in many library articles: judged once
                if term.startswith("《") and term.endswith("》"):
                    self.add_documents([term[1:-1]])
                elif not PHRASE_RE.search(term, 1, len(term) - 1):
                    self.add_terms([term])

    def add_list_items(self, items) -> None:
        for t in items:
            if t not in self._items_seen and looks_like_term(t) and not is_generic(t):
                self._items_seen.add(t)
                self.list_items[t[-1]].append(t)

    def non_members(self, items: list[str], n: int, rng: random.Random, forbidden: set[str],
                    topic_text: str = "") -> list[str]:
        """Members of other lists shaped like this list's members (the same ending, about the same
        length); when the library has too few, stock members of the family (…网, …经济, …安全)."""
        family = next((f for f in STOCK_FAMILIES if any(i in f for i in items)), None)
        # a known family's members never meet another family of their ending: 所有权、使用权 (in land)
        # are not offered 监督权 (a political right)
        strangers = (set(STOCK_TERMS) - set(family) if family else set()) | UMBRELLA_TERMS
        found = self._non_members(items, n, rng, forbidden | strangers, topic_text,
                                  {c for i in items for c in self.list_items.get(i[-1], [])})
        if len(found) < n:
            stems = "".join(i[:len(i) - len(common_suffix(items))] for i in items)
            stock = {c for c in (family or STOCK_TERMS) if c[-1] in {i[-1] for i in items} and c not in topic_text
                     and not set(c[:-1]) & set(stems)}  # 电信网 beside 通信网: near enough to be meant
            found += self._non_members(items, n - len(found), rng, forbidden | set(found), topic_text, stock)
        return found

    def _non_members(self, items: list[str], n: int, rng: random.Random, forbidden: set[str],
                     topic_text: str, candidates: set[str]) -> list[str]:
        suffix = common_suffix(items)
        prefix = common_prefix(items)
        scored = []
        for t in candidates:
            if t in forbidden or any(t in i or i in t or _near_twin(t, i) for i in items):
                continue
            if (suffix and not t.endswith(suffix)) or (prefix and not t.startswith(prefix)):
                continue
            best, like = max((_shape_score(i, t), i) for i in items)
            shared_end = len(_common_end(t, like))
            if not (shared_end >= 2 or (suffix and t.endswith(suffix) and len(like) <= 3)):
                continue  # one shared last character (林木种业 / 投资兴业) is not the same kind of thing
            if len({len(i) for i in items}) == 1 and len(t) != len(items[0]):
                continue  # 公正用权、依法用权、廉洁用权: 使用权 is plainly not one of them
            if best > 0 and (len(t) == len(like) or (len(suffix) >= 2 and abs(len(t) - len(like)) <= 1)):
                scored.append((best + (1.5 if t in topic_text else 0.0), t))  # same article: same topic
        return _pick(scored, n, rng)

    def add_terms(self, terms) -> None:
        seen = self._seen
        for t in terms:
            if t in seen:
                continue
            seen.add(t)
            if looks_like_term(t) and not is_generic(t) and not t.isdigit():
                self.by_end[t[-1]].append(t)

    def add_documents(self, docs) -> None:
        for d in docs:
            if d not in self._seen:
                self._seen.add(d)
                self.documents.append(d)

    def like(self, answer: str, n: int, rng: random.Random, forbidden: set[str], article_text: str,
             context: tuple[str, str] = ("", "")) -> list[str]:
        """Up to n terms shaped like `answer`; fewer (or none) rather than a bad one."""
        pool = self.by_end.get(answer[-1], [])
        if len(answer) >= 3:
            pool = [t for t in pool if t.endswith(answer[-2:])] or pool
        scored = [(_shape_score(answer, t), t) for t in pool if _acceptable(answer, t, forbidden)
                  and _same_field(answer, t)]
        scored = [(s, t) for s, t in scored if s > 0 and not _reads_true(t, context, article_text)]
        return _pick(scored, n, rng)

    def peers_like(self, answer: str, peers: dict[str, str], n: int, rng: random.Random, forbidden: set[str],
                   article_text: str, context: tuple[str, str] = ("", ""), quoted: set[str] = frozenset()) -> list[str]:
        """Up to n of the article's own “quoted” slogans of the answer's length and form (一企一策 for
        一网一策; 机器换人 has none): the reader meets them all, only one fits the slot.

        Unquoted terms of another ending are of another kind (宏观调控 / 数字经济): never offered."""
        if answer not in quoted:
            return []
        scored = []
        answer_form = form(answer)
        for t in peers:
            if t in forbidden or len(t) != len(answer) or t not in quoted:
                continue
            same_form = form(t) == answer_form and answer_form.strip("X")
            if not (same_form or t[-1] == answer[-1]):
                continue
            if not _acceptable(answer, t, forbidden) or _near_twin(t, answer) or is_generic(t):
                continue
            if _reads_true(t, context, article_text):
                continue
            scored.append((1.0 + _shape_score(answer, t) + bool(same_form), t))
        return _pick(scored, n, rng)

    def documents_like(self, answer: str, n: int, rng: random.Random, forbidden: set[str],
                       sentence: str = "") -> list[str]:
        """Documents of the answer's level (central for central, local for local) and no later than the
        years the sentence speaks of (1984年…《决定》 is offered no 2025 code)."""
        latest = max((int(y) for y in re.findall(r"(?<!\d)(\d{4})年", sentence)), default=9999)
        scored = []
        for d in self.documents:
            if d == answer or d in forbidden or answer in d or d in answer:
                continue
            if _local(d) != _local(answer) or any(int(y) > latest for y in re.findall(r"(?<!\d)(\d{4})", d)):
                continue
            if abs(len(d) - len(answer)) > max(4, len(answer) // 3):
                continue
            if d[-2:] == answer[-2:]:  # a 决定 among 决定s: a 法典 or 条例 is another kind at a glance
                scored.append((2.0, d))
        return _pick(scored, n, rng)


def same_head(answer: str, other: str, article_text: str = "") -> bool:
    """Is `other` a thing of the answer's kind: 冰雪经济 → 低空经济, 首要任务 → 中心任务 (the same last two
    characters, one for short words: 获得感 → 幸福感)? 廉洁自律 → 主旋律 shares only a character, a word
    of another field. An answer built X的Y has Y for its head: 指尖上的形式主义 is a kind of 形式主义, and
    数字泰勒主义 shares only the suffix 主义 with 历史唯物主义 (unless the article itself names both: 中国特色社会主义
    and 马克思列宁主义 are its doctrines, traded in its statements). Both must open alike: an act (勇于自我革命, 做好…)
    or a part (部分少年儿童) is no option for a name (厕所革命, 当代中国少年儿童).

        >>> same_head("冰雪经济", "低空经济"), same_head("廉洁自律", "主旋律")
        (True, False)
        >>> same_head("指尖上的形式主义", "数字泰勒主义"), same_head("指尖上的形式主义", "会议上的形式主义")
        (False, True)
        >>> same_head("历史唯物主义", "数字泰勒主义"), same_head("形式主义", "官僚主义")
        (False, True)
        >>> same_head("当代中国少年儿童", "做好少年儿童"), same_head("勇于自我革命", "厕所革命")
        (False, False)
    """
    a, b = answer.strip("“”"), other.strip("“”")
    if _opening(a) != _opening(b):
        return False
    k = a.rfind("的", 1)
    if 0 < k <= len(a) - 3:
        return b.endswith(a[k + 1:])
    n = 2 if max(len(a), len(b)) >= 4 else 1
    if a[-n:] in BOUND_SUFFIXES and len(a) - n > 2 and b not in article_text:
        n += 2  # 历史唯物主义: its head is 唯物主义; any long …主义 is not of its kind
    return a[-n:] == b[-n:]


# endings that only make a noun of what stands before them (-ism): sharing one says little of the kind
BOUND_SUFFIXES = frozenset({"主义"})
# what opens a phrase that is no name: an act (做好, 推进, 勇于) or a part of a whole (部分, 各类)
MODAL_HEADS = frozenset("勇于 敢于 善于 乐于 必须 能够 坚定 自觉".split())
DETERMINERS = frozenset("部分 一些 各类 各种 各个 有关 相关 这些 那些 有的 所有 某些 一批 广大".split())


def _opening(term: str) -> str:
    head = term[:2]
    if head in DETERMINERS:
        return "part"
    if head in VERB_HEADS or head in MODAL_HEADS:
        return "act"
    return ""


NUMERALS = "一二两三四五六七八九十百千万亿"
SYMBOLS = "+＋·-—0123456789"


def form(term: str) -> str:
    """The fixed characters of a slogan's pattern, the rest as X: 一网一策 → 一X一X, A+B → X+X."""
    return "".join("0" if ch.isdigit() else ch if ch in NUMERALS or ch in SYMBOLS else "X" for ch in term)


def _core(term: str) -> str:
    """第二个结合 / 两个结合 → 结合: the thing counted, without its count or ordinal."""
    return re.sub(r"^第?[一二两三四五六七八九十]+[个大项条种]?", "", term)


LOCAL_RE = re.compile(r"省|自治区|市|县|州|盟|旗")


def _local(document: str) -> bool:
    """《内蒙古自治区生态环境保护条例》 is a local document; 《中华人民共和国…》 and central ones are not."""
    return bool(LOCAL_RE.search(document.split("关于")[0][:12]))


SHIFT_RE = re.compile(r"^从.+到.+$")  # a change named by its two ends: 从无到有, 从有到用


def _acceptable(answer: str, cand: str, forbidden: set[str]) -> bool:
    if cand == answer or cand in answer or answer in cand or cand in forbidden:
        return False
    if any(c in SYMBOLS for c in cand + answer) and form(cand).strip("X") != form(answer).strip("X"):
        return False  # 打造智能经济新形态 among “A+B” slogans: another kind, seen at a glance
    if bool(SHIFT_RE.match(cand)) != bool(SHIFT_RE.match(answer)):
        return False  # 从有到用 among 西体中用, 产学研用: the only “从X到Y” is the answer, seen at a glance
    if _core(cand) == _core(answer) and cand.startswith("第") != answer.startswith("第"):
        return False  # 两个结合 for 第二个结合: the pair holds the one asked, so it may be meant too
    if _counted_name_of(cand, answer) or _counted_name_of(answer, cand):
        return False
    if _shortened(cand, answer) or _shortened(answer, cand):
        return False  # 乡村振兴 for 乡村全面振兴: the same thing said shorter
    return abs(len(cand) - len(answer)) <= (1 if len(answer) <= 4 else 2)


LONG_NAME = 5  # characters from which a name's stock head (…行动, …机制, …发展) says little of its field


def _same_field(answer: str, cand: str) -> bool:
    """A long name's wrong option shares more than a stock head with it: 集体林权制度改革 for 农村集体产权制度改革,
    not 重大项目谋划行动 for 全民科学素质提升行动 (another field: the stem gives the answer
    away) nor 城乡融合发展 for 农业农村优先发展 (a principle of the same document: it may be meant too).

        >>> _same_field("全民科学素质提升行动", "重大项目谋划行动"), _same_field("农村集体产权制度改革", "集体林权制度改革")
        (False, True)
    """
    common = _common_end(answer, cand)
    if len(answer) < LONG_NAME or (len(common) >= 2 and not is_generic(common)):
        return True
    rest = cand[:len(cand) - len(common)]
    own = answer[:len(answer) - len(common)]
    return any(own[k:k + 2] in rest and not is_generic(own[k:k + 2]) for k in range(len(own) - 1))


def _shortened(short: str, long: str) -> bool:
    """Every character of `short`, in order, in a longer `long`, both ends kept: 乡村振兴 in 乡村全面振兴.

        >>> _shortened("乡村振兴", "乡村全面振兴"), _shortened("城乡融合", "乡村振兴")
        (True, False)
    """
    if len(short) >= len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    chars = iter(long)
    return all(ch in chars for ch in short)


COUNTED_RE = re.compile(r"^[一二两三四五六七八九十]+[大个项条种]")


def _counted_name_of(counted: str, term: str) -> bool:
    """五大发展理念 for 新发展理念, 三大基本问题 for 农业农村农民问题: a counted label of the same head
    noun may name the very thing it replaces, so a statement made with it may be true.

        >>> _counted_name_of("五大发展理念", "新发展理念"), _counted_name_of("两个确立", "两个维护")
        (True, False)
    """
    if not COUNTED_RE.match(counted) or COUNTED_RE.match(term):
        return False
    return len(_common_end(COUNTED_RE.sub("", counted), term)) >= 2


def _near_twin(a: str, b: str) -> bool:
    """扩消费 / 促消费, 淳朴民风 / 淳化民风: words one character apart may both be right."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


def _common_end(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return a[len(a) - k:]


def _shape_score(answer: str, cand: str) -> float:
    """Same ending and length make an option look like it belongs with the answer."""
    common = 0
    while common < min(len(answer), len(cand)) - 1 and answer[-1 - common] == cand[-1 - common]:
        common += 1
    if common == 0:
        return 0.0
    return common + (1.0 if len(cand) == len(answer) else 0.0)


def _reads_true(cand: str, context: tuple[str, str], text: str) -> bool:
    """Put in the answer's place, does the candidate meet the same words in the article?"""
    left, right = context
    left, right = left[-2:], right[:2]
    return bool(text) and ((len(left) == 2 and left + cand in text) or (len(right) == 2 and cand + right in text))


def _pick(scored: list[tuple[float, str]], n: int, rng: random.Random) -> list[str]:
    """The best-shaped candidates, chosen at random among near-equals, never twice."""
    scored.sort(key=lambda st: (-st[0], st[1]))
    score = {t: s for s, t in scored}
    top = [t for _, t in scored[:n * 3]]
    rng.shuffle(top)
    best = sorted(top, key=lambda t: -score[t])
    out: list[str] = []
    for t in best:
        if t not in out:
            out.append(t)
        if len(out) == n:
            break
    return out

"""Questions that give their own answer away: in their own stem, in the title, or in another question.

    >>> echoes("我要保护（  ）的生态", "要我保护")
    True
    >>> echoes("（  ），是中国电影成绩卓著的40年。", "改革开放40年")
    True
    >>> echoes("建设（  ）是在“强国”层面谈文化。", "文化强国")
    True
    >>> echoes("坚持（  ）。", "问题导向")
    False
    >>> opens_with_pointer("这里的“现在”，主要是指当下。")
    True
    >>> opens_with_pointer("二是在推动中国电影进入国际市场方面进行了有效的探索。")
    True
    >>> opens_with_pointer("另一个是水资源费改税试点，改革效应初显。")
    True
"""
from __future__ import annotations

import re

from quiz.questions import BLANK
from quiz.vocabulary import MANNER_HEADS, VERB_HEADS

# a sentence opening with one of these points back at the sentence before: alone, it cannot be answered
POINTERS = ("这", "此", "上述", "其", "该") + tuple(n + "是" for n in "一二三四五六七八九")  # 二是: of what?
# 关键是坚持…: the key to what the sentence before says, which the stem does not show
POINTERS += ("关键是", "关键在于", "根本在于", "要害在于", "重点是", "核心是")
# 另一个是水资源费改税试点: the second of a pair whose first (一个是…) and whose subject are in the sentence before
POINTERS += tuple("另一" + c + "是" for c in ("个", "种", "项", "类", "条", "方面", "")) + ("另一个则是",)
NOT_POINTERS = ("此外", "其中", "其实", "其次", "该当")
FIGURE_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]+[^\s，。；、（）0-9]?")
QUOTED_RE = re.compile(r"[“‘]([^“”‘’\u0000]+)[”’]")
MIN_ECHO = 3


def opens_with_pointer(sentence: str) -> bool:
    s = sentence.lstrip("“”\"‘’ \u3000")
    return s.startswith(POINTERS) and not s.startswith(NOT_POINTERS) or _subjectless(s)


PAST_PREDICATE_RE = re.compile(r"^(?:明确|确立|提出|作出|做出|阐明|回答|形成|确定|指明)了")


def _subjectless(s: str) -> bool:
    """作为系统的“整体”，立足中国式现代化…: 作为 X with no subject after it — the subject is in the
    sentence before. So is 明确了总任务就是…: a past predicate whose subject (一是明确…的总任务是…)
    closed the sentence before."""
    if PAST_PREDICATE_RE.match(s):
        return True
    if not s.startswith("作为"):
        return False
    k = s.find("，")
    return k > 0 and (s[k + 1:k + 3] in VERB_HEADS or s[k + 1:k + 3] in MANNER_HEADS or s[k + 1] in "是以在为")


DANGLING_RE = re.compile(r"(?:这|那|该|此|其)(?:一|两|篇|个|种|项|条|些|场|次|份|部)?[“‘]?$")


_B = re.escape(BLANK)
# 从“X”到“Y”, 既要“X”，也要“Y”: two quoted ends or halves of one frame, each the other's key
PAIR_HALF_RE = re.compile(r"从“" + _B + r"”[到向]“[^“”]{1,10}”|从“[^“”]{1,10}”[到向]“" + _B + "”"
                          r"|既要“" + _B + r"”[，,]?[也更还又]要“[^“”]{1,10}”|既要“[^“”]{1,10}”[，,]?[也更还又]要“" + _B + "”")


def half_of_a_pair(stem: str) -> bool:
    """从“（ ）”到“走出去”, 既要“（ ）”，也要“有为的政府”: a pair named in one frame gives one half away
    with the other (a fixed pair, or a form the blank must echo).

        >>> half_of_a_pair("实现从“" + BLANK + "”到“走出去”的转变。"), half_of_a_pair("坚持“" + BLANK + "”。")
        (True, False)
        >>> half_of_a_pair("既要“" + BLANK + "”，也要“有为的政府”。")
        True
    """
    return bool(PAIR_HALF_RE.search(stem))


def dangling(stem: str) -> bool:
    """继续谱写这篇（  ）/ 高质量发展这一“（  ）”: the blank is what 这篇 or 这一 points back to, in a sentence
    the stem does not show (主旋律 there, though the article's own 主题 reads as well)."""
    return any(DANGLING_RE.search(part) for part in stem.split(BLANK)[:-1])


def echoes(stem: str, answer: str) -> bool:
    """True when the stem spells the answer out: verbatim, most of it, its figure, or its characters reordered."""
    a = answer.strip("“”《》")
    rest = stem.replace(BLANK, "\u0000")
    if len(a) < 2:
        return False
    if a in rest:
        return True
    if len(a) >= MIN_ECHO and _longest_common(a, rest) >= max(MIN_ECHO, 0.6 * len(a)):
        return True
    if any(len(q) >= 2 and q in a for q in QUOTED_RE.findall(rest)):
        return True  # 建设（文化强国）是在“强国”层面谈文化: the stem quotes a part of the answer
    if any(len(f) >= MIN_ECHO and f in rest for f in FIGURE_RE.findall(a)):
        return True  # 改革开放40年 when the stem says …的40年
    return len(a) >= MIN_ECHO and _anagram_in(a, rest)


def _longest_common(a: str, text: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in text:
                best = j - i
            else:
                break
    return best


def _anagram_in(a: str, text: str) -> bool:
    key = sorted(a)
    n = len(a)
    return any(sorted(text[i:i + n]) == key for i in range(len(text) - n + 1) if text[i] in a)


def answer_texts(q) -> list[str]:
    """The answer strings a reader could spot elsewhere (判断 has none)."""
    return [a.strip("“”") for a in q.answer if isinstance(a, str) and len(a.strip("“”")) >= MIN_ECHO]


def shown_text(q) -> str:
    return q.stem + "\u0001" + "\u0001".join(str(o) for o in q.options)


def in_title(q, titles: set[str]) -> bool:
    return any(a in t for a in answer_texts(q) for t in titles)


def gives_away(q, chosen: list) -> bool:
    """q's answer shows in a chosen question, or a chosen question's answer shows in q."""
    mine = shown_text(q)
    return any(a in shown_text(c) for c in chosen for a in answer_texts(q)) or \
        any(a in mine for c in chosen for a in answer_texts(c))


def asked_phrases(q) -> set[str]:
    """The phrases a question asks about (its answers, and the term a 判断 swaps), quotes aside."""
    return {k[4:].strip("“”《》‘’") for k in q.fact_keys if k.startswith("ans:")}


def _same_phrase(a: str, b: str) -> bool:
    """One inside the other and most of it: 17项 / 17项重点任务, not 共同富裕 inside a long point."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_ECHO and short in long_ and 2 * len(short) >= len(long_)


def duplicates(q, chosen: list) -> bool:
    """q asks a phrase a chosen question asks too: the same, or one inside the other
    (新质生产力 / 培育新质生产力, 17项 / 17项重点任务)."""
    mine = [a for a in asked_phrases(q) if len(a) >= 2]
    for c in chosen:
        for b in asked_phrases(c):
            if any(a == b or _same_phrase(a, b) for a in mine):
                return True
    return False


SIBLING_REACH = 20  # how far from a blank a look-alike still reads as its sibling
BREAK_CHARS = set("，。；：、（）“”‘’《》！？ \u00a0\u0000")


def sibling_echo(stem: str, answers: list[str]) -> str:
    """The affix a sibling beside a blank shares with its answer, or "": （全面发展）和全面进步,
    （质量兴农）、绿色兴农 — the sibling shows the pattern, half the answer is given."""
    parts = stem.split(BLANK)
    for i, answer in enumerate(answers[:len(parts) - 1]):
        a = answer.strip("“”")
        if len(a) < 3:
            continue
        near = parts[i][-SIBLING_REACH:] + "\u0000" + parts[i + 1][:SIBLING_REACH]
        for affix, head in ((a[:2], True), (a[-2:], False)):
            k = near.find(affix)
            while k >= 0:
                start = k if head else k + 2 - len(a)
                w = near[start:start + len(a)] if start >= 0 else ""
                if len(w) == len(a) and w != a and not BREAK_CHARS & set(w):
                    return affix
                k = near.find(affix, k + 1)
    return ""


QUOTED_ANY_RE = re.compile(r"“([^“”，。；！？]{1,16})”")


def nested_term(sentence: str, span: tuple[int, int], quoted: set[str], terms) -> bool:
    """Is the blank a part of a longer term, or a term with a longer, more specific form, that the
    article uses? “（结合）” when the article also speaks of “第二个结合”: either fits the quotes (the
    specific “第二个结合” itself is a fine blank); 结合 cut out of 第二个结合 in its own sentence: the
    blank splits a term."""
    a, b = span
    answer = sentence[a:b].strip("“”")
    if sentence[a - 1:a] == "“" and sentence[b:b + 1] == "”":
        for other in quoted:
            if other != answer and answer in other and len(answer) >= 2:
                return True
    for t in terms:
        if len(t) > len(answer) and answer in t:
            k = sentence.find(t)
            while k >= 0:
                if k <= a and b <= k + len(t):
                    return True
                k = sentence.find(t, k + 1)
    return False


PLACE_RE = re.compile(r"(?:在|依托|位于)([\u4e00-\u9fff]{2,8}?(?:新区|灌区|园区|开发区|自治区|省|市|盟|县|旗))")


def same_place(option: str, text: str, sentence: str) -> bool:
    """在和林格尔新区建设“绿色算力+智慧能源”示范区 as a wrong option for a stem on 和林格尔新区: the
    article ties the option to the stem's own place, so a careful reader is pulled to it."""
    k = text.find(option)
    while k >= 0:
        clause = text[max(text.rfind(c, 0, k) for c in "，；。") + 1:k]
        if any(place in sentence for place in PLACE_RE.findall(clause)):
            return True
        k = text.find(option, k + 1)
    return False


# 让“好空气”卖出“（好价钱）”, 既“（放得活）”又“管得好”: a quoted twin of the same length, joined by a short
# word that is no mere “and”, predicts its other half
TWIN_AFTER_RE = re.compile(r"^”([\u4e00-\u9fff]{1,3})“([^“”]{2,8})”")
TWIN_BEFORE_RE = re.compile(r"“([^“”]{2,8})”([\u4e00-\u9fff]{1,3})“$")
COORDINATING = set("和与及或、")


# 栽好“梧桐树”，“金凤凰”自然来 / 摒弃“一俊遮百丑”，多思“一丑掩百俊”: the mirrored half across a comma
MIRROR_AFTER_RE = re.compile(r"^”，([\u4e00-\u9fff]{0,3})“([^“”]{2,8})”")
MIRROR_BEFORE_RE = re.compile(r"“([^“”]{2,8})”，([\u4e00-\u9fff]{0,3})“$")


def quoted_twin(text: str, a: int, b: int, whole: str = "") -> bool:
    """Does a quoted twin beside the blank print the other half of its saying (让“好空气”卖出“（好价钱）”;
    栽好“（梧桐树）”，“金凤凰”自然来)? Then 填空 and 单选 alike are given away; a 判断 may still swap them."""
    after, before = TWIN_AFTER_RE.match(text[b:b + 14]), TWIN_BEFORE_RE.search(text[max(0, a - 14):a])
    pairs = [(after.group(2), after.group(1)) if after else None, (before.group(1), before.group(2)) if before else None]
    if any(p and len(p[0]) == b - a and not COORDINATING & set(p[1]) for p in pairs):
        return True
    # across a comma the two halves are a saying only when they always come together (each said as often) and
    # mirror each other (一俊遮百丑 / 一丑掩百俊) or are two short images (梧桐树 / 金凤凰); “转化桥梁”，破解“从有到用”
    # are two points
    after, before = MIRROR_AFTER_RE.match(text[b:b + 16]), MIRROR_BEFORE_RE.search(text[max(0, a - 16):a])
    whole, answer = whole or text, text[a:b]
    return any(m and len(m.group(k)) == b - a and whole.count(m.group(k)) == whole.count(answer)
               and (b - a <= MAX_IMAGE_HALF or set(m.group(k)) & set(answer))
               for m, k in ((after, 2), (before, 1)))


MAX_IMAGE_HALF = 3

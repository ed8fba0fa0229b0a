"""What the generators share: the context they work in, stems with blanks, marked explanations."""
from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from quiz.distractors import TermIndex
from quiz.facts import Fact, FactKind
from quiz.figures import find_figures
from quiz.giveaways import nested_term
from quiz.questions import BLANK, Question, QuestionType, Source

MAX_STEM = 130


YEAR_RE = re.compile(r"(\d{4})年")


@dataclass
class GenContext:
    """One article being questioned, the library's candidate options, and the randomness to use."""
    article: object
    index: TermIndex
    rng: random.Random
    text: str = ""                                       # the article's full text, for "reads true" checks
    lists: list[list[str]] = field(default_factory=list)  # every list in the article
    figures: set[str] = field(default_factory=set)        # every figure in the article
    peers: dict[str, str] = field(default_factory=dict)   # the article's terms → their kind
    quoted: set[str] = field(default_factory=set)         # every “quoted” phrase of the article
    wrong_cache: dict = field(default_factory=dict)       # per fact: wrong options; per answer: its nests

    @functools.cached_property
    def latest_year(self) -> int:
        """The latest year the article speaks of as a figure (a plan's span 2026—2028年 is no figure)."""
        years = [int(self.text[a:a + 4]) for a, b in find_figures(self.text) if YEAR_RE.fullmatch(self.text[a:b])]
        return max(years, default=9999)

    def text_near(self, fact: Fact) -> str:
        """The paragraph around a fact: a non-member found there may be meant as a member too."""
        s = fact.sentence
        try:
            return self.article.sections[s.section].paragraphs[s.paragraph]
        except IndexError:
            return s.text

    def list_members_near(self, items: list[str]) -> set[str]:
        """Members of any list sharing two items with this one: the same list said again, maybe longer."""
        mine = set(items)
        return {m for other in self.lists if len(mine & set(other)) >= 2 for m in other}


IN_ARTICLE = "文中"  # stems say this; a quiz over several articles names the article instead


def name_article(stem: str, title: str) -> str:
    """文中写道 → 《题》中写道: on a paper drawn from several articles, every question names its own."""
    return stem.replace(IN_ARTICLE, f"《{title}》中", 1) if title else stem


def quoted(text: str) -> str:
    """Source text set in quote marks, its own quotes turned into inner ones (‘四个面向’)."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def source_of(ctx: GenContext, fact: Fact) -> Source:
    s = fact.sentence
    return Source(ctx.article.title, s.section, s.paragraph, s.start, s.end, s.text)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by a blank."""
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a] + BLANK)
        pos = b
    return "".join(out) + text[pos:]


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span wrapped in 【】, as the explanation shows the answer."""
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a] + "【" + text[a:b] + "】")
        pos = b
    return "".join(out) + text[pos:]


def window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of a long sentence to show: the ；-clauses holding the spans, plus the lead-in."""
    if len(text) <= MAX_STEM:
        return 0, len(text)
    a, b = spans[0][0], spans[-1][1]
    start = text.rfind("；", 0, a) + 1
    end = text.find("；", b)
    end = len(text) if end < 0 else end + 1
    if end - start > MAX_STEM:
        start = max(start, text.rfind("，", 0, max(a - 40, 0)) + 1)
        comma = text.find("，", max(b + 30, b))
        end = min(end, comma + 1) if comma > 0 else end
    return start, end


def gap_stem(fact: Fact) -> str:
    """The sentence around a list with the whole list as one blank: the only gap the reader must fill.

    Only the ，-clauses next to the list are kept, so no other cut (……) competes with the gap."""
    text = fact.sentence.text
    a, b = fact.spans[0][0], fact.spans[-1][1]
    start = max(text.rfind(c, 0, a) for c in "，；：。") + 1
    if a - start < 6:  # 构建A、B、C: a verb alone says too little, take the clause before too
        start = max(text.rfind(c, 0, max(start - 1, 0)) for c in "，；：。") + 1
    ends = [k for k in (text.find(c, b) for c in "，；。") if k >= 0]
    end = min(ends) if ends else len(text)
    piece = text[start:a] + BLANK + text[b:end]
    if end >= len(text) - 1:
        return ("……" if start > 0 else "") + piece + text[end:]  # the sentence's own full stop
    return ("……" if start > 0 else "") + piece + "……"


# a lead-in that a cut must keep: the time (2024年, 今年, 截至4月底) or the frame (预期目标是：) a claim hangs on
TIME_RE = re.compile(r"\d{4}年|今年|去年|明年|上年|近年|年底|年末|截至|截止|到\d{4}|\d{1,2}月|上半年|下半年|以来|期间|"
                     r"过去|目前|当前|届|：")
MAX_LEAD_IN = 30


def lead_in(text: str, start: int) -> str:
    """The sentence's opening clause, when a window starting at `start` would drop the time or frame
    the rest depends on (今年发展主要预期目标是：……粮食产量1.4万亿斤左右)."""
    if start <= 0:
        return ""
    ends = [k for k in (text.find(c) for c in "，：；") if 0 <= k < start]
    if not ends:
        return ""
    head = text[:min(ends) + 1]
    if len(head) > MAX_LEAD_IN or not TIME_RE.search(head):
        return ""
    return head if min(ends) + 1 < start else ""


LEADING_ENUMERATOR_RE = re.compile(r"(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[，、]"
                                  r"|[一二三四五六七八九十]是|\d{1,2}[.．、](?!\d))\s*")


# 但与居民医保…相比 / 因此，…: a connective ties the sentence to the one before, which the stem does not show
LEADING_CONNECTIVE_RE = re.compile(r"(?:但是|但(?!凡)|然而|不过|而(?![今已立])|因此|所以)[，,]?")


def stem_and_spans(fact: Fact, from_start: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """The (possibly shortened) sentence and the spans shifted into it; from_start keeps the sentence's
    opening (a statement to judge must keep its subject: 内蒙古……出台《实施方案》)."""
    text = fact.sentence.text
    a, b = window(text, fact.spans)
    if from_start:
        a = 0
    colon = text.find("：", fact.spans[-1][1], b)
    if colon > 0 and re.match(r"(?:一是|第一|（一）|一、)", text[colon + 1:]):
        b = colon + 1  # 用“五个是”描述了…：一是…: the first point alone, cut off from the rest, is debris
    if a == 0:  # （六）以…为引领 / 一是… / 第一，…: the number belongs to the outline, not to the statement
        enumerator = LEADING_ENUMERATOR_RE.match(text) or LEADING_CONNECTIVE_RE.match(text)
        a = enumerator.end() if enumerator and enumerator.end() <= fact.spans[0][0] else 0
        piece = text[a:b]
    else:
        head = lead_in(text, a)
        piece = head.rstrip("，") + "……" + text[a:b]
        a -= len(piece) - (b - a)
    piece = piece if b == len(text) else piece.rstrip("，；") + "……"
    return piece, [(x - a, y - a) for x, y in fact.spans]


def question(ctx: GenContext, fact: Fact, qtype: QuestionType, stem: str, options: list[str],
             answer: list, explanation: str, difficulty: float) -> Question:
    # “X” and X are one phrase: asked once in a quiz whatever its quotes
    keys = {"ans:" + a.strip("“”") for a in answer if isinstance(a, str)}
    keys |= {"ans:" + a.strip("“”") for a in fact.answers}
    s = fact.sentence
    keys.add(f"sent:{s.section}:{s.paragraph}:{s.start}")
    keys.update("item:" + i for i in fact.items)
    return Question(qtype, stem, options, answer, explanation, max(0.05, min(0.95, difficulty)),
                    source_of(ctx, fact), frozenset(keys), fact.value,
                    statistic=fact.kind == FactKind.STATISTIC)


def context_around(fact: Fact, span: tuple[int, int]) -> tuple[str, str]:
    t = fact.sentence.text
    return t[max(0, span[0] - 4):span[0]], t[span[1]:span[1] + 4]


def shuffled_options(correct: list[str], wrong: list[str], rng: random.Random) -> list[str]:
    options = list(correct) + list(wrong)
    rng.shuffle(options)
    return options


def nested(fact: Fact, ctx: GenContext) -> bool:
    """Some blank of the fact is part of a longer term, or has a longer form, that the article uses."""
    for a, b in fact.spans:
        answer = fact.sentence.text[a:b].strip("“”")
        if answer not in ctx.wrong_cache:  # the terms and quotes that hold it, found once per answer
            ctx.wrong_cache[answer] = ({t for t in ctx.peers if answer in t and t != answer},
                                       {q for q in ctx.quoted if q != answer and answer in q})
        longer, quoted = ctx.wrong_cache[answer]
        if nested_term(fact.sentence.text, (a, b), quoted, longer):
            return True
    return False

"""判断: a sentence of the article as it stands (true), or with its term or figure swapped for a
sibling of the same shape (false). The explanation always shows the original sentence.

Only sentences with something to check are used: a figure, a definition (X是Y), a counted or named
term said to be or do something. A directive (深化…改革，推出…) or a slogan fragment has nothing to
judge. Both forms are offered, or neither when no false one can be made; the quiz builder keeps
them balanced.
"""
from __future__ import annotations

import os
import re

from quiz.distractors import same_head
from quiz.evidence import AUTHORITY_RE, LEADER_RE
from quiz.facts import Fact, FactKind
from quiz.figures import (CLAUSE_ENDS, dated_event_end, keeps_order, magnitude, minor_figure, reported_done,
                          shuffled_digits)
from quiz.generators.choice import wrong_options
from quiz.generators.common import GenContext, marked, nested, question, stem_and_spans
from quiz.generators.fill_blank import blankable
from quiz.questions import Question, QuestionType
from quiz.records import record
from quiz.vocabulary import MANNER_HEADS, VERB_HEADS

MAX_STATEMENT = 160  # a statement to judge is read whole: longer ones lose the reader
KINDS = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC}
CLAIM_AFTER_RE = re.compile(r"”?(?:就是|是|为|即|指|成为|作为|意味着|包括)")
CLAIM_BEFORE_RE = re.compile(r"是|成为|作为|称为|即|指")
# a sentence opening so tells the reader what to do; it asserts nothing that could be false
DIRECTIVE_HEADS = (VERB_HEADS - {"发展"}) | MANNER_HEADS | {"牢固", "深入", "认真", "坚决", "始终", "必须"}


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind == FactKind.DEFINITION and not fact.evidence:
        pair = swapped_definition(fact, ctx)
        if pair:
            return pair
    if fact.kind not in KINDS or len(fact.spans) != 1 or not blankable(fact, ctx.article, ctx.text, ctx.index.listed) or nested(fact, ctx):
        return []
    if fact.evidence or record(fact.sentence.text) or in_reported_speech(fact.sentence.text, fact.spans[0]) \
            or named_speaker(fact.sentence.text):
        return []  # a case, a witness's words, a tally: a 对 of record teaches nothing, a 错 tests a digit
    if flourish(fact.sentence.text, fact.spans[0], ctx.text):
        return []
    if not checkable(fact):
        return swapped_pair(fact, ctx)
    if fact.kind == FactKind.STATISTIC and minor_figure(fact.sentence.text, *fact.spans[0]):
        return []
    statement = whole_claim(fact)
    if statement is None:
        return []
    stem_text, spans = statement
    explanation = marked(fact.sentence.text, fact.spans)
    wrong = [w for w in wrong_options(fact, ctx, 5) if fits_in_place(fact, w, ctx.text)]
    if not wrong:
        return []  # no sibling to swap in: the true form alone would leave a quiz leaning to 正确
    a, b = spans[0]
    statement = stem_text[:a] + wrong[0] + stem_text[b:]
    # a true statement's explanation marks the whole sentence: a 【】 on one span would read as changed
    return [question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], confirmed(fact), 0.2)]


# X表示，… / X说：“…” / X介绍，…: what a speaker said (可以说，/ 应该说， are the writer's own voice)
SPEECH_LEAD_RE = re.compile(r"[\u4e00-\u9fff](?<![以该当来话是再么地如者])(?:表示|说|介绍|称|坦言|透露|谈到)[，：:,]")
SPEECH_MARKS = set("，。；！？：")


# 某某提出，… / 某某认为，…: a speaker's proposal or view (the leader's, the centre's, a meeting's or a
# document's are the doctrine; 我们认为 is the writer's own voice)
VIEW_LEAD_RE = re.compile(r"([^，。；：“”]{2,24}?)(?:提出|认为|建议|表示|介绍|说)[，：:]")
NOT_SPEAKER_RE = re.compile(AUTHORITY_RE.pattern + r"|中央|国家|全国|会议|全会|大会|》|意见|规划|决定|纲要|方案|报告|文件"
                            r"|政府|部门|我们|笔者|本文|事实|实践|历史|经验|可以|应该|应当|有人")


def named_speaker(text: str) -> bool:
    """Does a named speaker other than the leader or a central body say the sentence (某某院士提出，…)?
    Its 对 records what was said and its 错 misquotes the speaker: no 判断 at all."""
    m = VIEW_LEAD_RE.match(text)
    return bool(m) and not NOT_SPEAKER_RE.search(m.group(1))


def in_reported_speech(text: str, span: tuple[int, int]) -> bool:
    """Does the answer stand in someone's words: after X表示，/X说：, or inside a quotation that is a
    sentence (“…，…”), not a quoted term (“双循环”)? A swap there misquotes a speaker. The leader's and
    the founders' words are the doctrine itself (quiz.evidence.LEADER_RE): a claim to judge."""
    a, b = span
    lead = SPEECH_LEAD_RE.search(text, 0, a)
    if lead and not LEADER_RE.search(text, 0, lead.end()):
        return True
    open_at = text.rfind("“", 0, a)
    if open_at <= 0 or text.rfind("”", 0, a) > open_at or LEADER_RE.search(text, 0, open_at):
        return False  # a quotation standing alone is judged by its attribution (quiz.evidence)
    close_at = text.find("”", b)
    quoted = text[open_at + 1:close_at if close_at >= 0 else len(text)]
    return bool(SPEECH_MARKS & set(quoted)) or text[open_at - 1:open_at] in ("：", ":")


def whole_claim(fact: Fact) -> tuple[str, list[tuple[int, int]]] | None:
    """The statement to judge and the answer's span in it: the sentence from its start, cut (……) no
    earlier than the end of the clause that holds the answer and what it says of it. A year keeps the
    event it dates (2013年，…，首次提出… keeps 首次提出); a year that dates no event (2023年以来, 早在
    2013年…指出) gives none, nor does a claim too long to read whole."""
    text, (a, b) = fact.sentence.text, fact.spans[0]
    need = min([k for k in (text.find(c, b) for c in CLAUSE_ENDS) if k >= 0] or [len(text)])
    if fact.kind == FactKind.STATISTIC and YEAR_FIGURE_RE.fullmatch(text[a:b]):
        dated = dated_event_end(text, a, b)
        if dated is None:
            return None
        need = max(need, dated)
    stem_text, spans = stem_and_spans(fact, from_start=True)
    offset = a - spans[0][0]
    if offset + len(stem_text.removesuffix("……")) < need:
        rest = text[need:]
        stem_text = text[offset:need] + ("……" if rest.strip("。！？”") else rest)
    return (stem_text, spans) if len(stem_text) <= MAX_STATEMENT else None


def fits_in_place(fact: Fact, substitute: str, article_text: str = "") -> bool:
    """May substitute stand in the answer's place of a false statement without the sentence refuting
    it by itself? A figure keeps its order among the others; a year of something done (首次, 提出,
    以来…) moves no later (至2027年首次明确 in an article of 2026 is false on its face); a term's own
    part is not echoed around it (巾帼行动 beside 企业家、企业事, 实体经济 beside 冰雪运动、冰雪文化)."""
    text, span = fact.sentence.text, fact.spans[0]
    if fact.kind == FactKind.STATISTIC:
        return keeps_order(text, span, substitute) and not later_than_done(text, span, substitute) \
            and not shuffled_digits(text[span[0]:span[1]], substitute)
    return same_head(text[span[0]:span[1]], substitute, article_text) and not refuted_in_place(text, span, substitute)


def refuted_in_place(text: str, span: tuple[int, int], substitute: str) -> bool:
    """The part of the answer that differs from the substitute (冰雪 of 冰雪经济 against 实体经济) is
    echoed elsewhere in the sentence, and the substitute's part is not: the sentence gives it away."""
    own, theirs = differing_parts(text[span[0]:span[1]].strip("“”"), substitute.strip("“”"))
    rest = text[:span[0]] + "。" + text[span[1]:]
    return _echoed(own, rest, by_character=True) and not _echoed(theirs, rest, by_character=False)


def differing_parts(answer: str, other: str) -> tuple[str, str]:
    """冰雪经济, 低空经济 → (冰雪, 低空): what is left of each once their common ends are cut."""
    head = len(os.path.commonprefix([answer, other]))
    tail = len(os.path.commonprefix([answer[head:][::-1], other[head:][::-1]]))
    return answer[head:len(answer) - tail], other[head:len(other) - tail]


def _echoed(part: str, rest: str, by_character: bool) -> bool:
    """Is part said again in rest: whole, by its first two characters, or (a two-character short form
    such as 助企, whose characters each stand for a word) by one of its characters opening a word?"""
    if len(part) < 2:
        return False
    if part in rest or part[:2] in rest:
        return True
    return by_character and len(part) == 2 and any(ch in rest for ch in part)


def later_than_done(text: str, span: tuple[int, int], substitute: str) -> bool:
    """A year of something reported done (首次, 提出, 以来, 已, 召开…) swapped for a later one."""
    own, value = magnitude(text[span[0]:span[1]]), magnitude(substitute)
    if own is None or value is None or own[1] != "年" or value[0] <= own[0]:
        return False
    return reported_done(text, *span)


FIGURE_OF_SPEECH_RE = re.compile(r"“([\u4e00-\u9fff]{2,6})”$")
FURTHER_CLAIM_RE = re.compile(r"^(?:更|也|还|又|而|则|都|就)?(?:是|成为|作为)")


def flourish(text: str, span: tuple[int, int], article_text: str) -> bool:
    """Is the claim made of the answer an image (历史文物…更是开展党员教育的“智慧宝库”, 考核是政绩观的
    “指挥棒”)? A clause of the claim closing on a short quoted noun the article says nowhere else, with
    no count in it (“两个确立” is a formula), is a figure of speech: nobody could judge it false."""
    for clause in _claim_clauses(text, span):
        m = FIGURE_OF_SPEECH_RE.search(clause)
        if m and article_text.count(m.group(1)) <= 1 and not COUNT_CHARS & set(m.group(1)):
            return True
    return False


def _claim_clauses(text: str, span: tuple[int, int]) -> list[str]:
    """The clause holding the answer and the clauses that go on claiming (…，是…，更是…), when the
    clause holding it makes a claim (是, 成为, 作为)."""
    lo = max(text.rfind(c, 0, span[0]) for c in "，；。：") + 1
    clauses = re.split(r"[，；。！？]", text[lo:])
    if not re.search(r"是|成为|作为", clauses[0]):
        return []
    out = [clauses[0]]
    for clause in clauses[1:]:
        if not FURTHER_CLAIM_RE.match(clause):
            break
        out.append(clause)
    return out


def checkable(fact: Fact) -> bool:
    """Does the sentence claim something of the answer (X是…, …是X, a figure), checkable against the
    article? A directive (深化…改革，打赢“卡脖子”攻坚战) or a slogan fragment has nothing to judge."""
    if fact.kind in (FactKind.DEFINITION, FactKind.STATISTIC):
        return True
    text = fact.sentence.text
    a, b = fact.spans[0]
    if text[:2] in DIRECTIVE_HEADS or "要" in text[:a]:
        return False
    clause_start = max(text.rfind(c, 0, a) for c in "，；：。") + 1
    # …是X needs its subject before the copula in the clause (作为系统的“整体” has none)
    return bool(CLAIM_AFTER_RE.match(text, b) or CLAIM_BEFORE_RE.search(text, clause_start + 2, a))


YEAR_FIGURE_RE = re.compile(r"\d{4}年")
QUOTE_RE = re.compile(r"“([^“”]{2,12})”")


def swapped_pair(fact: Fact, ctx: GenContext) -> list[Question]:
    """The sentence's two quoted phrases traded places: 以“功成必定有我”的境界和“功成不必在我”的担当
    is false at once to a reader of the article, and plausible to one who has not read it."""
    stem_text, spans = stem_and_spans(fact, from_start=True)
    if len(stem_text) > MAX_STATEMENT:
        return []
    a, b = spans[0]
    if stem_text[a - 1:a] != "“" or stem_text[b:b + 1] != "”":
        return []
    answer = stem_text[a:b]
    others = [m for m in QUOTE_RE.finditer(stem_text) if m.start(1) != a]
    if len(others) != 1:
        return []  # one sibling only: with three, which two were traded is a puzzle
    m = others[0]
    other = m.group(1)
    if len(other) != len(answer) or stem_text.count(other) > 1 or not _ordered_pair(stem_text, a, b, m):
        return []
    pieces = sorted([(a, b, other), (m.start(1), m.end(1), answer)])
    statement, pos = "", 0
    for x, y, text in pieces:
        statement += stem_text[pos:x] + text
        pos = y
    statement += stem_text[pos:]
    explanation = marked(fact.sentence.text, sorted([fact.spans[0], _span_of(fact.sentence.text, other)]))
    return [question(ctx, fact, QuestionType.TRUE_FALSE, statement, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, stem_text, [], [True], confirmed(fact), 0.2)]


def _span_of(text: str, phrase: str) -> tuple[int, int]:
    k = text.find("“" + phrase + "”") + 1
    return k, k + len(phrase)


# frames where the two places are not alike, so a trade is false: from A to B, A's X and B's Y. Not
# 既要A，更要B: traded, it only moves the stress, and a reader may defend it as true (review round 13)
ORDERED_BETWEEN_RE = re.compile(r"^”(?:向|到|转向|走向|转为|的[^“”，。]{1,3}[和与])“$")
NEGATIONS = ("反对", "防止", "杜绝", "摒弃", "打破", "破除", "避免", "遏制", "禁止", "不得", "严禁", "抵制")


def _ordered_pair(text: str, a: int, b: int, m) -> bool:
    """Are the two quoted phrases in a frame that orders them (从“单打作战”向“系统作战”转变), with
    no count in them (“两个确立”/“两个维护”: a trade is a quibble) and no 反对/防止 near (a trade would
    have the statement endorse what the article rejects)?"""
    (x, y), (p, q) = sorted([(a, b), (m.start(1), m.end(1))])
    clause = text[max(text.rfind(c, 0, x) for c in "，；。") + 1:q]
    if COUNT_CHARS & set(text[x:y] + text[p:q]) or any(n in clause for n in NEGATIONS):
        return False
    return bool(ORDERED_BETWEEN_RE.match(text[y:p]))


COUNT_CHARS = set("一二两三四五六七八九十百千万双0123456789")


def confirmed(fact: Fact) -> str:
    """The source sentence marked whole, as the article says it (DESIGN: the explanation marks the answer)."""
    return "【" + fact.sentence.text + "】"


CENTRAL_USES = 3  # a term said this often is one of the article's central terms
# 真理力量是人格力量的基础: A是B的 + what A is to B (an order the swap breaks)
RELATION_RE = re.compile(r"(?:就)?是([^，。；：“”、]{2,10}?)的([^，。；：、]{1,10})")
SYMMETRIC_RE = re.compile(r"统一|结合|相互|互为|一体|两翼|双轮|两面|一样|同样")


def swapped_definition(fact: Fact, ctx: GenContext) -> list[Question]:
    """A是B的基础 between two central terms of the article (each said three times or more): B是A的基础
    is false to a reader and the clearest 判断 of the article's point. The two terms would refuse each
    other as rivals in a blank; traded in a statement they are what the question asks."""
    text = fact.sentence.text
    a_term = fact.label
    m = RELATION_RE.match(text, len(a_term))
    if not m or not ctx.text:
        return []
    b_term = m.group(1)
    if a_term in b_term or b_term in a_term or SYMMETRIC_RE.search(m.group(2)) \
            or min(ctx.text.count(a_term), ctx.text.count(b_term)) < CENTRAL_USES:
        return []
    clause = text[:m.end()]
    true_text = clause + ("……" if text[m.end():].strip("。！？") else "。")
    swapped = b_term + text[len(a_term):m.start(1)] + a_term + text[m.end(1):m.end()]
    false_text = swapped + true_text[len(clause):]
    explanation = marked(text, [(0, len(a_term)), (m.start(1), m.end(1))])
    return [question(ctx, fact, QuestionType.TRUE_FALSE, false_text, [], [False], explanation, 0.35),
            question(ctx, fact, QuestionType.TRUE_FALSE, true_text, [], [True], confirmed(fact), 0.2)]

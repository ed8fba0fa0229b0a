"""填空: blank whole terms, figures or the members of a fixed formula (问题导向、目标导向、结果导向)."""
from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Collection

from quiz.definitions import after_essence_frame
from quiz.enumerations import canonical, common_prefix, is_formula, listed_formula, rote_list
from quiz.facts import Fact, FactKind
from quiz.giveaways import dangling, echoes, half_of_a_pair, opens_with_pointer, quoted_twin, sibling_echo
from quiz.generators.common import GenContext, blanked, marked, nested, question, stem_and_spans
from quiz.questions import BLANK, Question, QuestionType
from quiz.stock_phrases import coinage_in_a_row, decorative_image, stock_blank, stock_formula
from quiz.synonym_sets import rival_synonym
from quiz.vocabulary import formulas_by_member, is_generic, is_verb_phrase, shipped_vocabulary, unexplained_short_form
from quiz.weak_blanks import (ends_on_degree, lone_image, neighbour_rival, open_member, reporting_subject, restated_image,
                               tribute_object, weak_term)

MAX_BLANKS = 4
# a demonstrative in the opening words (只有彻底破除这种错误认知，…; 对这些重要问题作出的…)
LEAD_POINTER_RE = re.compile(r"^[^，。；：]{0,12}(?:这种|这类|这些|此种|此类|上述|这样的)")
BLANKABLE = {FactKind.CORE_POINT, FactKind.DEFINITION, FactKind.TERM, FactKind.STATISTIC,
             FactKind.ENUMERATION, FactKind.DOCUMENT}


def generate(fact: Fact, ctx: GenContext) -> list[Question]:
    made = _generate(fact, ctx)
    if made or not fixed_formula(fact, ctx):
        return made
    # 尊法、学法、守法、用法 said once: its members are too short to blank all, one of them is asked
    k = zlib.crc32(fact.sentence.text.encode()) % len(fact.spans)  # not the quiz's draw: the others stay as they were
    return _generate(dataclasses.replace(fact, spans=[fact.spans[k]]), ctx)


def fixed_formula(fact: Fact, ctx: GenContext) -> bool:
    """A whole list of one build that the article's key terms name as one phrase (尊法、学法、守法、用法): a
    formula to learn even when the article says it once. One the shipped vocabulary lists is asked in its
    order instead (generators.ordering), and 获得感、幸福感、安全感 is completed by everyone."""
    if fact.kind != FactKind.ENUMERATION or not fact.complete or len(fact.spans) < 3 or not formula_like(fact):
        return False
    joined = "、".join(fact.items)
    if stock_formula(fact.items, ctx.text) or listed_formula(fact.items, ctx.index.listed) \
            or rote_list(fact.items, ctx.text, ctx.index.listed):
        return False  # (the last: 全面性、系统性、穿透性 said once, a writer's triad, no formula)
    if max(map(len, fact.items)) > SHORT_MEMBER or len({i[-1] for i in fact.items}) > 1:
        return False  # 发展重点、产业痛点、创新难点: the article's own triad, where one member is open to others
    return any(k.term == joined for k in getattr(ctx.article, "key_terms", None) or [])


SHORT_MEMBER = 3  # 尊法 / 学法: one verb on one head noun, a build fixed by usage


def _generate(fact: Fact, ctx: GenContext) -> list[Question]:
    if fact.kind not in BLANKABLE or not blankable(fact, ctx.article, ctx.text, ctx.index.listed) or flourish(fact, ctx) or open_slot(fact, ctx) \
            or any(lone_image(fact.sentence.text, a, b, ctx.text, ctx.index.listed) for a, b in fact.spans) \
            or any(_bare_quoted_word(fact.sentence.text, a, b) or quoted_twin(fact.sentence.text, a, b, ctx.text)
                   for a, b in fact.spans) \
            or any(unexplained_short_form(a, ctx.text) for a in fact.answers) \
            or fact.kind == FactKind.ENUMERATION and (stock_formula(fact.items, ctx.text)
                                                      or rote_list(fact.items, ctx.text, ctx.index.listed)):
        return []  # 群众（获得感）、（幸福感）、（安全感）才能不断提升: the closing formula everyone writes;
        # 更具（针对性）、（时代性）、（实效性） / （干实事）、（出实绩）、（务实功） said once: the writer's triad, open
    stem_text, spans = stem_and_spans(fact)
    stem = blanked(stem_text, spans)
    answers = fact.answers
    if any(echoes(stem, a) for a in answers) or sibling_echo(stem, answers) or nested(fact, ctx) \
            or dangling(stem) or half_of_a_pair(stem) or OPEN_FRAME_RE.search(stem) or EVENT_NAME_RE.search(stem):
        return []  # the answer (or most of it, its figure, its pattern in a sibling) shows in the stem
    if fact.kind != FactKind.ENUMERATION and _printed_words(stem_text, spans) < MIN_PRINTED:
        return []  # （  ），是（  ），也是（  ）。: nothing left to recall the sentence by (a formula's items
        # are the point: 坚持（  ）、（  ）、（  ）相统一 is asked)
    difficulty = 0.35 + 0.06 * len(answers) + 0.01 * sum(len(a) for a in answers)
    return [question(ctx, fact, QuestionType.FILL_BLANK, stem, [], answers,
                     marked(fact.sentence.text, fact.spans), difficulty)]


def blankable(fact: Fact, article=None, whole: str | None = None, listed: Collection[str] | None = None) -> bool:
    """Can the fact's spans be blanked with one answer? Given the article, a reporting word found only by
    frequency (城乡居民, 经济运行) is refused too. `listed`: the shipped vocabulary (TermIndex.listed), read
    from the lexicon files when not given."""
    answers = fact.answers
    if not answers or len(answers) > MAX_BLANKS or opens_with_pointer(fact.sentence.text) \
            or LEAD_POINTER_RE.search(fact.sentence.text):
        return False  # 这里的（）… / 只有彻底破除这种错误认知，…: a pointer at the sentence before, not shown
    if any(a.count("“") != a.count("”") or a.strip("“”‘’") in INTERROGATIVES for a in answers):
        return False  # （“什么）是好事实事: a quote mark cut in two, a question word read as a term
    if EXAMPLE_RE.match(fact.sentence.text):
        return False  # 例如，…（虚拟现实）体验课程: an illustration, where other examples fit as well
    listed = shipped_vocabulary() if listed is None else listed
    run = (fact.spans[0][0], fact.spans[-1][1]) if len(fact.spans) > 1 else None
    if any(badly_cut(fact.sentence.text, a, b, article, listed, run) for a, b in fact.spans):
        return False
    if len(fact.spans) == 1 and partner_fits(fact.sentence.text, *fact.spans[0], listed):
        return False  # 坚持问题导向和（底线思维）: 目标导向, its formula partner, reads as well
    if _weak_slot(fact, article, whole, listed):
        return False
    if fact.kind != FactKind.ENUMERATION and any(stock_blank(fact.sentence.text, a, b, _whole(article, whole, fact), listed)
                                                 for a, b in fact.spans):
        return False  # 是…的（题中应有之义） / 机械执行甚至“（新瓶装旧酒）”: ornament said once, filled from the frame
    if fact.kind != FactKind.ENUMERATION and _decorates(fact, article, _whole(article, whole, fact), listed):
        return False  # 因村制宜，…打造…现代版‘（富春山居图）’: the concept the image decorates is the point
    if fact.kind == FactKind.STATISTIC:
        return True
    if fact.kind == FactKind.DOCUMENT:
        return len(answers[0]) <= 16
    if fact.kind == FactKind.ENUMERATION and (not formula_like(fact) or any(len(a) > 6 for a in answers)):
        return False
    if fact.kind == FactKind.ENUMERATION and len(answers) > 1 and all(len(a) <= 2 for a in answers):
        return False  # 巨大（）、（）、（）/ 推进（）、（）、（）及（）四大领域: bare words, open to many answers
    if any(_free_phrase(fact.sentence.text, a, b) for a, b in fact.spans):
        return False  # 搭建平台 / 重构产业: a verb phrase that many others would fit
    return not any(is_generic(a) for a in answers)


INTERROGATIVES = frozenset("什么 怎样 怎么 如何 为什么 为何 谁 哪些 哪里 何以 何为".split())
# a pointer or an ordinal alone (另一个, 其中, 这一, 第一个, 二是) points elsewhere: it names nothing to learn
# (a count is a figure: 35个 is asked as such)
POINTER_WORD_RE = re.compile(r"^(?:[另其这那此该每某同]一?(?:个|种|项|条|类|些|次|点|方面|中)?|"
                             r"第[一二两三四五六七八九十百\d]+(?:个|种|项|条|类|次|点|方面)?|[一二三四五六七八九十]是)$")
# （新质生产力本质）是先进生产力: the subject with the noun that says "what it is at bottom"; the claim is after 是
ESSENCE_ENDS = ("本质", "实质")


def badly_cut(text: str, a: int, b: int, article=None, listed: Collection[str] = (),
              run: tuple[int, int] | None = None) -> bool:
    """Is the blank text[a:b] cut where no term ends: a bare pointer or ordinal, a subject with its
    本质/实质 before 是, or an end inside another key term of the article said across the blank's edge
    (战略性新兴（产业集群）, where 战略性新兴产业 is a key term)? Only a key term the shipped vocabulary
    lists counts there: a phrase found by frequency (发展理念贯穿城市更新全过程) may be cut anywhere."""
    answer = text[a:b].strip("“”")
    if POINTER_WORD_RE.match(answer):
        return True
    if answer.endswith(ESSENCE_ENDS) and len(answer) > 2 and text[b:b + 1] in ("是", "就", "在"):
        return True
    terms = [k.term for k in getattr(article, "key_terms", None) or [] if k.term in text]
    return any(_crosses(text, a, b, t, run) for t in terms if len(t) >= 2 and t != answer and t in listed)


PARTNER_JOINS = ("和", "与", "及", "、", "以及")


def partner_fits(text: str, a: int, b: int, listed: Collection[str]) -> bool:
    """Is the blank joined (和/与/、) to a member of a fixed formula whose other members are not in the
    sentence? 坚持问题导向和（底线思维）: the lexicon's 问题导向、目标导向、结果导向 makes 目标导向 a
    defensible answer. Formulas are the lexicon's 、-joined entries and the canonical orders."""
    answer = text[a:b].strip("“”")
    before, after = text[:a].rstrip("“"), text[b:].lstrip("”")
    neighbours = [before[:-len(j)][-n:] for j in PARTNER_JOINS if before.endswith(j) for n in MEMBER_SIZES]
    neighbours += [after[len(j):][:n] for j in PARTNER_JOINS if after.startswith(j) for n in MEMBER_SIZES]
    if not neighbours:
        return False
    index = getattr(listed, "formulas_by_member", None)
    index = formulas_by_member(listed) if index is None else index
    for member in dict.fromkeys(neighbours):
        for family in index.get(member, ()):
            if _partners(family) and any(p not in (member, answer) and p not in text for p in family):
                return True
    return False


MAX_FAMILY = 4    # a longer list (政治建设、思想建设…制度建设) names fields, not partners said by reflex
MIN_PARTNER = 3  # 科技、教育、人才 / 降碳、减污、扩绿、增长: two characters are plain words, not a formula's own
MEMBER_SIZES = range(MIN_PARTNER, 13)  # lengths of a formula's member tried beside the blank


def _partners(family: tuple[str, ...]) -> bool:
    return len(family) <= MAX_FAMILY and min(map(len, family)) >= MIN_PARTNER


def _crosses(text: str, a: int, b: int, term: str, run: tuple[int, int] | None = None) -> bool:
    """Does an occurrence of term in text overlap text[a:b] on one side only, or hold the blank as its tail
    (战略性新（兴产业）)? A term that runs on past the blank's end with a generic head (美丽（乡村）|建设 against
    乡村建设) only says what is done to the blank's noun: the blank still ends on a whole word. A term that
    spans the whole run of a formula's blanks ((获得感)、(幸福感)、(安全感)) is the formula itself."""
    k = text.find(term)
    while k >= 0:
        end = k + len(term)
        inside_run = run is not None and run[0] <= k and end <= run[1]
        if k < a < end < b or a < k < b < end and not is_generic(text[b:end]) \
                or k < a < end == b and not inside_run:
            return True
        k = text.find(term, k + 1)
    return False


def _weak_slot(fact: Fact, article, whole: str | None, listed: Collection[str]) -> bool:
    """Patterns of review round 18: a degree adverb in the blank, the publisher of a report, one of an
    open run, the object of a tribute, an image the sentence restates, a term found only by frequency."""
    text = fact.sentence.text
    if whole is None:  # the generators pass GenContext.text: the article's text is not joined per fact
        whole = article.full_text() if article is not None else text
    for a, b in fact.spans:
        if ends_on_degree(text[a:b]) or reporting_subject(text, a, b) or open_member(text, a, b) \
                or tribute_object(text, a, b) or restated_image(text, a, b, whole, listed):
            return True
    if fact.kind != FactKind.TERM or article is None or fact.term_kind not in ("concept", "other"):
        return False
    key = next((k for k in article.key_terms if k.term == fact.label), None)
    sections = len({o.section for o in key.occurrences}) if key else 1
    return weak_term(fact.label, text, whole, sections, listed)


def _decorates(fact: Fact, article, whole: str, listed: Collection[str]) -> bool:
    terms = [k.term for k in getattr(article, "key_terms", None) or []]
    text = fact.sentence.text
    return any(bool(terms) and decorative_image(text, a, b, whole, terms, listed)
               or coinage_in_a_row(text, a, b, whole, listed) for a, b in fact.spans)


def _whole(article, whole: str | None, fact: Fact) -> str:
    if whole is not None:
        return whole
    return article.full_text() if article is not None else fact.sentence.text


def _free_phrase(text: str, a: int, b: int) -> bool:
    """搭建平台 / 重构产业; not an agent noun (自觉遵守者: the one who does it)."""
    quoted = text[a - 1:a] == "“" and text[b:b + 1] == "”"
    return not quoted and not text[a:b].endswith("者") and is_verb_phrase(text[a:b])


def formula_like(fact: Fact) -> bool:
    return is_formula(fact.items, fact.label, fact.complete)


def flourish(fact: Fact, ctx: GenContext) -> bool:
    """精益求精、精雕细刻、精心研磨 / 最深刻、最全面、最详尽: a run of near-synonyms sharing their first
    character tests wording, not content — unless it is a named or fixed formulation or its key terms."""
    if fact.kind != FactKind.ENUMERATION or fact.label or not common_prefix(fact.items):
        return False
    return not canonical(fact.items) and not all(i in ctx.peers for i in fact.items)


MIN_PRINTED = 8  # Chinese characters a 填空 must keep printed around its blanks


def _printed_words(text: str, spans: list[tuple[int, int]]) -> int:
    """Chinese characters of the stem outside its blanks."""
    inside = {k for a, b in spans for k in range(a, b)}
    return sum(1 for k, ch in enumerate(text) if k not in inside and "\u4e00" <= ch <= "\u9fff")


COUNT_PREFIX_RE = re.compile(r"第?[一二两三四五六七八九十]+[个大项条种张]?")
SHORT_STEM = 24  # characters of context around a quoted blank below which sibling slogans fit it too


def open_slot(fact: Fact, ctx: GenContext) -> bool:
    """Another filler reads as naturally: the answer's own head term (推动（全国一体化算力网）资源高效配置
    — 算力网 fits), or, in a short sentence, another quoted slogan of the section (打造“（两网融合）”
    示范工程 — “算网一体” fits)."""
    if fact.kind not in (FactKind.TERM, FactKind.CORE_POINT, FactKind.DEFINITION) or len(fact.spans) != 1:
        return False
    a, b = fact.spans[0]
    text = fact.sentence.text
    answer = text[a:b]
    if "、" in (text[a - 1:a], text[b:b + 1]) or "、" in (text[a - 2:a - 1], text[b + 1:b + 2]) and \
            text[a - 1:a] + text[b:b + 1] in ("“”", "《》"):
        return True  # 森林覆盖率、草原植被盖度、（防沙治沙）面积: one of a list, where any peer fits
    if _in_open_list(text, a, b):
        return True
    # (a count or ordinal is no mere modifier: 第二个结合 is not 结合 said loosely)
    quoted = text[a - 1:a] == "“" and text[b:b + 1] == "”"
    rest = text[:a] + "\u0000" + text[b:]
    if not quoted and len(answer) == 4 and answer[:2] in rest and not is_generic(answer[:2]) \
            and not COUNTING & set(answer[:2]):
        return True  # （文艺作品）是…载体，…文艺院团…文艺工作者: the sentence says it, a generic head
    if _rival_nearby(answer, ctx) or neighbour_rival(text, a, b, ctx.text_near(fact), lambda: _terms(ctx), ctx.text):
        return True
    # …本质是（实事求是）: what a term is at bottom names one thing; a looser word (立足实际) is no rival
    essence = fact.kind == FactKind.DEFINITION and after_essence_frame(text, a)
    if rival_synonym(answer, ctx.text.replace(text, "")) and not essence:
        return True  # 分享机遇，（合作共赢），共同发展 where the article says 互利共赢 too
    heads = [answer[k:] for k in range(2, len(answer) - 1) if not COUNT_PREFIX_RE.fullmatch(answer[:k])]
    heads += [answer[:k] for k in range(4, len(answer) - 1)]
    if any(h in ctx.peers and not is_generic(h) for h in heads):
        return True  # 全国一体化（算力网）/（德艺双馨）德为先: a term of the article fits the blank alone
    if not quoted or len(text) - len(answer) >= SHORT_STEM:
        return False
    section = "".join(ctx.article.sections[fact.sentence.section].paragraphs) if fact.sentence.section >= 0 else ""
    return any(len(t) == len(answer) and t != answer and f"“{t}”" in section and t not in text for t in ctx.peers)


def _terms(ctx: GenContext) -> list[str]:
    """The article's key terms and quoted phrases: the words a reader may write in a blank."""
    return [k.term for k in getattr(ctx.article, "key_terms", None) or []] + sorted(ctx.quoted)


COUNTING = set("一二两三四五六七八九十百千万双")
# 例如，制作以红色文物为主题的（虚拟现实）体验课程: an illustration; other examples fit as well
EXAMPLE_RE = re.compile(r"^(?:例如|比如|譬如|诸如)")
ITEM_MODIFIER = 4  # characters of a modifier between a list's 顿号 and the blank (历史文化|主题党日)
CLAUSE_MARKS = "，。；：！？"


def _in_open_list(text: str, a: int, b: int) -> bool:
    """文化讲座、文物鉴赏会、历史文化（主题党日）等活动: a member of a list of examples, behind a short
    modifier; any other activity fits."""
    start = max(text.rfind(c, 0, a) for c in CLAUSE_MARKS) + 1
    ends = [k for k in (text.find(c, b) for c in CLAUSE_MARKS) if k >= 0]
    before, after = text[start:a], text[b:min(ends, default=len(text))]
    k = before.rfind("、")
    lead = before[k + 1:] if k >= 0 else None
    j = after.find("、")
    if lead is not None and len(lead) <= ITEM_MODIFIER and "等" not in lead and after[:1] in ("等", "、"):
        return True
    # 从（平台企业）培训、公共就业服务等多方面: the first of a list left open by 等, any other training fits
    return 0 < j <= ITEM_MODIFIER and "等" not in after[:j] and ("、" in text[start:b] + after[j + 1:]
                                                               or "等" in after[j + 1:])
# 在（  ）一线 / 在（  ）领域: a frame many fields fit (生态文明建设, 生态保护, 防沙治沙…)
# …关于“（  ）”的重要要求 / 为（  ）贡献力量: any quoted requirement, any great cause fits such a frame
OPEN_FRAME_RE = re.compile("在" + re.escape(BLANK) + "(?:一线|领域|方面|工作中|过程中|实践中)|"
                           "为" + re.escape(BLANK) + "(?:贡献|作出|做出|提供|奠定|注入|打下|创造|增添)|"
                           + re.escape(BLANK) + "”的(?:重要)?(?:要求|论述|指示|部署|讲话精神)|"
                           # 加强对（马克思主义基本原理）的学习和理解: whatever is studied fits
                           "对" + re.escape(BLANK) + "的(?:学习|理解|认识|研究|把握|领会|领悟)|"
                           # 中国正以（实际行动），…: the whole object of 以 closing its clause is a manner, and
                           # 坚定决心, 务实举措 fit as well
                           "以" + re.escape(BLANK) + "[，。；]|"
                           # 以（法律制度）的形式 / 通过（专项行动）的方式: 立法, 法规, 制度 fit the form as well
                           "(?:以|通过|采取|采用)" + re.escape(BLANK) + "的(?:形式|方式|办法|途径)")

# （中国电影新力量）论坛 / （第十四届…）博览会: the name of an event is trivia, not a point to learn
EVENT_NAME_RE = re.compile(re.escape(BLANK) + "”?(?:论坛|峰会|博览会|交易会|洽谈会|年会|大会|会议|电影节|艺术节|文化节|奖)")


def _bare_quoted_word(text: str, a: int, b: int) -> bool:
    """“（路径）”“方式” / 推进“（破界）”合作: a two-character word in quotes admits many others; a
    counted short form (“双碳”, “两新”) is fixed by its count."""
    quoted = text[a - 1:a] == "“" and text[b:b + 1] == "”"
    return quoted and b - a == 2 and not COUNTING & set(text[a:b])





RIVAL_REACH = 30  # characters around the answer's occurrences where a rival term reads as its partner
FRAME_SIDE = (2, 3, 4)  # characters of the blank's frame a rival is tried with
HAN_RUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]+$")
HAN_RUN_AFTER_RE = re.compile(r"^[\u4e00-\u9fff]+")
QUOTE_MARKS_RE = re.compile("[“”‘’]")


def _rival_nearby(answer: str, ctx: GenContext) -> bool:
    """A term of the answer's length, said often in the article and beside the answer somewhere, which
    can stand where the answer stands (以（刀刃向内）的精神… — 自我革命, nine times in the speech, and the
    article says 自我革命精神): a reader who writes it has a defensible answer. A term that cannot stand
    there is no rival (传承（红色基因） does not read 传承革命文物). A name the article keeps in quotes
    (“西方中心论”) is another sort of thing than a plain concept beside it (文化主体性): not its rival."""
    quoted = _quoted_share(answer, ctx.text) >= 0.5
    rivals = [t for t in ctx.peers if len(t) == len(answer) and t != answer and ctx.text.count(t) >= 3
              and (_quoted_share(t, ctx.text) >= 0.5) == quoted]
    if not rivals:
        return False
    spots = [m.start() for m in re.finditer(re.escape(answer), ctx.text)]
    near = {t for k in spots for t in rivals
            if t in ctx.text[max(0, k - RIVAL_REACH):k + len(answer) + RIVAL_REACH]}
    # the article's own uses of the answer are the slots a rival is tried in: where it says 刀刃向内的精神
    # and 自我革命精神, the two are one sort of thing in its words
    plain = QUOTE_MARKS_RE.sub("", ctx.text) if near else ""
    return any(_same_head(t, answer) or any(_fits_frame(t, ctx.text, plain, k, k + len(answer)) for k in spots)
               for t in near)


def _same_head(term: str, answer: str) -> bool:
    """自我革命 / 社会革命, 主体性 / 能动性: one head, two sorts of one thing — either fits a slot for it."""
    n = 2 if len(answer) >= 4 else 1
    return term[-n:] == answer[-n:]


def _fits_frame(rival: str, text: str, plain: str, a: int, b: int) -> bool:
    """Does the article itself say the rival in the frame of text[a:b]: the words just before it + the
    rival, or the rival + the words just after it (a 的 after the slot may go: X的精神 / X精神)? Quotes
    are no part of a frame (`plain`: the text without its quote marks)."""
    before = HAN_RUN_BEFORE_RE.search(QUOTE_MARKS_RE.sub("", text[max(0, a - 12):a]))
    after = HAN_RUN_AFTER_RE.match(QUOTE_MARKS_RE.sub("", text[b:b + 12]))
    pre, post = before.group() if before else "", after.group() if after else ""
    posts = [post, post[1:]] if post.startswith("的") else [post]
    phrases = [pre[-n:] + rival for n in FRAME_SIDE if len(pre) >= n]
    phrases += [rival + p[:n] for p in posts for n in FRAME_SIDE if len(p) >= n]
    return any(p in plain for p in phrases)


def _quoted_share(term: str, text: str) -> float:
    """The share of the term's uses written in quotes: “西方中心论” 1.0, 文化主体性 0.0."""
    uses = text.count(term)
    return (text.count(f"“{term}”") + text.count(f"‘{term}’")) / uses if uses else 0.0

"""Faults found by review round 22 (unseen People's Daily pieces, /work/notes/review_round22.md, patterns 2 and 4).
The sentences are made up in the shape of the faults."""
import random

from content.model import Article, KeyTerm, Section, TermKind
from quiz.distractors import TermIndex
from quiz.facts import Fact, FactKind
from quiz.generators import true_false
from quiz.generators.common import GenContext
from quiz.generators.fill_blank import blankable
from quiz.sentences import Sentence


def _article(text, terms=()):
    art = Article("测试文章", sections=[Section(None, [text])])
    art.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, text.count(t)) for t in terms]
    return art


def _fact(text, answer, kind=FactKind.STATISTIC, nth=0):
    a = -1
    for _ in range(nth + 1):
        a = text.find(answer, a + 1)
    return Fact(kind, Sentence(text, 0, len(text)), [(a, a + len(answer))], label=answer,
                term_kind="concept" if kind == FactKind.TERM else "")


def _judgements(text, answer, kind=FactKind.STATISTIC):
    art = _article(text)
    ctx = GenContext(art, TermIndex(), random.Random(0), text)
    return true_false.generate(_fact(text, answer, kind), ctx)


# pattern 2: 判断 on records, forecasts, reported speech
def test_a_sentence_with_a_single_figure_still_gives_a_judgement():
    # the control: one figure in a claim is judged as before
    assert _judgements("我国森林覆盖率达到25%，生态环境持续改善。", "25%")


def test_a_sentence_with_two_figures_gives_no_judgement():
    # 2024年原保险保费收入达到9773亿元，同比增长8.2%: a row of statistics is a record, not a claim
    assert not _judgements("近年来，某类保险市场快速增长，2024年保费收入达到5120亿元，同比增长6.3%，接近预期水平。", "5120亿元")


def test_durations_count_as_figures_but_calendar_years_do_not():
    # 过去5年…80%…连续15年: the durations make a tally; 2024年 alone does not
    assert not _judgements("过去5年，服务业对经济增长的贡献率超过60%，连续10年位居首位。", "60%")
    assert _judgements("2024年，我国森林覆盖率达到25%，生态环境持续改善。", "25%")


def test_a_forecast_of_some_institution_gives_no_judgement():
    # 有机构预计，2025年其市场规模将超2800亿元
    assert not _judgements("有机构预计，明年该行业的市场规模将超过3500亿元。", "3500亿元")


def test_a_sentence_introduced_by_according_to_gives_no_judgement():
    assert not _judgements("据介绍，该省今年新建的养老服务中心达到320所。", "320所")


def test_the_publication_of_a_report_gives_no_judgement():
    # 2024年底，…等机构联合发布《2024研究前沿》报告…: a record of a publication
    text = "2023年底，某研究院等机构联合发布《年度科技前沿》报告，展现基础研究领域的活跃程度。"
    assert not _judgements(text, "2023年")


def test_a_bare_pronoun_subject_after_an_opening_clause_gives_no_judgement():
    # 有机构预计，2025年其市场规模…: 其 is not resolved in the statement
    assert not _judgements("随着需求增长，2025年其产值将达到900亿元。", "900亿元")


def test_a_false_swap_inside_an_officials_words_is_not_made():
    # 某司长表示，党中央…2024年作出…部署: the year stands in an official's preamble
    text = "某部委有关司长表示，党中央高度重视科技创新，2023年作出全链条支持新药研发的重要部署。"
    assert not _judgements(text, "2023年")


def test_the_leaders_words_are_still_judged():
    # what the leader said is the doctrine itself, not reported speech to misquote
    text = "习近平总书记强调：“我国森林覆盖率达到25%，生态环境持续改善。”"
    assert _judgements(text, "25%")


def test_a_quoted_sentence_of_a_speaker_gives_no_false_swap():
    text = "一位专家说：“数字经济占比已经达到42%，潜力还很大。”"
    assert not _judgements(text, "42%")


# pattern 4: blank boundaries
LISTED = frozenset({"战略性新兴产业", "产业集群", "基础研究", "乡村建设", "美丽乡村"})


def test_a_blank_starting_inside_another_key_term_is_refused():
    # 战略性新兴（产业集群） where 战略性新兴产业 is a key term of the article
    text = "要把发展战略性新兴产业作为主攻方向，加快打造具有国际竞争力的战略性新兴产业集群。"
    art = _article(text, ["战略性新兴产业", "产业集群"])
    assert not blankable(_fact(text, "产业集群", FactKind.TERM), art, text, LISTED)


def test_a_blank_that_is_a_whole_key_term_stays_blankable():
    text = "要把发展战略性新兴产业作为主攻方向，加快培育未来产业，形成一批产业集群。"
    art = _article(text, ["战略性新兴产业", "产业集群"])
    assert blankable(_fact(text, "产业集群", FactKind.TERM), art, text, LISTED)


def test_a_term_running_on_past_the_blank_with_a_generic_head_does_not_cut_it():
    # 美丽（乡村）建设 against 乡村建设: the blank still ends on a whole word
    text = "持续推进宜居宜业的美丽乡村建设，让农民群众过上更好的生活。"
    art = _article(text, ["美丽乡村", "乡村建设"])
    assert blankable(_fact(text, "美丽乡村", FactKind.TERM), art, text, LISTED)


def test_a_blank_ending_on_essence_before_the_copula_is_refused():
    # （新质生产力本质）是先进生产力
    text = "数字经济本质是一种新的经济形态，要推动它与实体经济深度融合。"
    assert not blankable(_fact(text, "数字经济本质", FactKind.TERM), _article(text), text, LISTED)


def test_a_pointer_word_is_never_a_blank():
    # （另一个）是…试点 / （其中）…
    text = "一个是新能源汽车产业集群，另一个是水资源费改税试点，改革效应初显。"
    art = _article(text, ["另一个"])
    assert not blankable(_fact(text, "另一个", FactKind.TERM), art, text, LISTED)


def test_an_ordinal_is_never_a_blank():
    text = "第一个是坚持党的全面领导，这是做好各项工作的根本保证。"
    assert not blankable(_fact(text, "第一个", FactKind.TERM), _article(text, ["第一个"]), text, LISTED)


def test_a_full_date_is_not_a_row_of_figures():
    # 2025年4月8日: the date of an event is one thing, not three figures of a tally
    assert _judgements("2023年4月8日，我国森林覆盖率达到25%，生态环境持续改善。", "25%")


# pattern 3: a blank beside a member of a fixed formula
FORMULAS = frozenset({"问题导向、目标导向、结果导向", "问题导向", "目标导向", "结果导向", "底线思维"})


def test_a_blank_joined_to_a_formula_member_is_refused_when_a_partner_fits():
    # 坚持问题导向和（底线思维）: 目标导向 reads as well
    text = "坚持问题导向和底线思维，改革锚定造福人民的价值取向。"
    assert not blankable(_fact(text, "底线思维", FactKind.TERM), _article(text), text, FORMULAS)


def test_a_blank_completing_the_whole_formula_stays_blankable():
    # 问题导向、目标导向和（结果导向）: every other partner is printed, so only one answer is left
    text = "必须坚持问题导向、目标导向和结果导向相统一，推动各项改革落地见效。"
    assert blankable(_fact(text, "结果导向", FactKind.TERM), _article(text), text, FORMULAS)


def test_the_second_of_a_pair_points_at_the_sentence_before():
    # 另一个是（水资源）费改税试点…: what 另一个 is one of is said in the sentence before
    text = "另一个是全国统一大市场建设试点，自去年在全国范围内实施以来，改革效应初显。"
    listed = LISTED | {"全国统一大市场"}
    assert not blankable(_fact(text, "全国统一大市场", FactKind.TERM), _article(text), text, listed)
    assert blankable(_fact(text[4:], "全国统一大市场", FactKind.TERM), _article(text[4:]), text[4:], listed)

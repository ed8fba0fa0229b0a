"""Review round 18 (/work/notes/review_round18.md), patterns 5 and 7: 判断 that test a cut date or a
digit instead of the point, and 单选 options of another kind. The sentences are written for the tests
in the pattern of the held-out faults, not quoted from any article."""
import random

from content.model import Article, Section
from quiz.distractors import TermIndex
from quiz.facts import Fact, FactKind
from quiz.figures import dated_event_end, range_ends, safe_wrong_figures, shuffled_digits
from quiz.generators import true_false
from quiz.generators.choice import of_a_kind, wrong_options
from quiz.quiz_builder import make_context
from quiz.sentences import Sentence


def _fact(text: str, answer: str, kind: FactKind = FactKind.STATISTIC, terms=()) -> tuple[Fact, object]:
    """A fact on `answer` in a one-sentence article, and the context its questions are made in."""
    k = text.index(answer)
    fact = Fact(kind, Sentence(text, 0, len(text)), [(k, k + len(answer))])
    article = Article("测试文章", sections=[Section(None, [text])])
    return fact, make_context(article, TermIndex(terms), random.Random(0), [fact])


LONG_LEAD = ("2013年，习近平总书记在湖南湘西考察时，立足我国发展新的历史方位，着眼全面建成小康社会的目标任务，"
             "从贫困地区的实际出发，深入分析脱贫攻坚面临的突出困难和问题，首次提出精准扶贫重要理念，"
             "系统阐明了精准扶贫的基本内涵、主要任务和实践要求，深刻揭示了打赢脱贫攻坚战对于全面建成小康社会的重大意义。")


def test_a_cut_statement_keeps_the_event_its_year_dates():
    """#34: the cut dropped 创造性提出…, so the false year dated nothing the statement said."""
    fact, ctx = _fact(LONG_LEAD, "2013年")
    statements = [q.stem for q in true_false.generate(fact, ctx)]
    assert statements and all("首次提出精准扶贫重要理念" in s for s in statements), statements


def test_a_cut_is_never_made_before_the_dated_event():
    text = LONG_LEAD
    k = text.index("首次提出")
    assert text[:dated_event_end(text, 0, 5)].endswith("首次提出精准扶贫重要理念")
    assert dated_event_end(text, 0, 5) > k


def test_a_year_whose_event_lies_past_the_length_limit_gives_no_judgement():
    text = LONG_LEAD.replace("首次提出", "在深入调研、反复论证的基础上，统筹考虑区域发展和群众期盼，着眼长远、立足当前，"
                             "坚持问题导向和目标导向相统一，广泛听取基层干部群众的意见建议，首次提出")
    assert len(text[:dated_event_end(text, 0, 5)]) > true_false.MAX_STATEMENT
    fact, ctx = _fact(text, "2013年")
    assert true_false.generate(fact, ctx) == []


def test_a_year_opening_a_summary_period_is_not_swapped():
    """#39: 2024年以来 → 2023年以来 in a year-end review: the campaign ran before too; not clearly false."""
    fact, ctx = _fact("2024年以来，全党持续狠刹享乐主义、奢靡之风，推动作风建设走深走实。", "2024年")
    assert true_false.generate(fact, ctx) == []


def test_a_year_that_dates_a_quote_is_not_swapped():
    fact, ctx = _fact("早在2012年，习近平总书记就指出，作风建设永远在路上。", "2012年")
    assert true_false.generate(fact, ctx) == []


def test_a_year_of_a_meeting_or_a_target_dates_an_event():
    meeting = "在2017年中央经济工作会议上，习近平总书记指出，推动高质量发展。"
    assert meeting[:dated_event_end(meeting, 1, 6)] == "在2017年中央经济工作会议上"
    target = "到2035年，乡村振兴取得决定性进展，农业农村现代化基本实现。"
    assert target[:dated_event_end(target, 1, 6)] == "到2035年，乡村振兴取得决定性进展"


def test_a_figure_is_not_swapped_for_its_own_digits_reshuffled():
    """#16: 56.6万个 → 65.1万个, the true figure's leading digits turned round."""
    fact, _ = _fact("集中整治以来，全国共查处群众身边不正之风和腐败问题56.6万个。", "56.6万个")
    assert not true_false.fits_in_place(fact, "65.1万个")
    assert true_false.fits_in_place(fact, "48.1万个")


def test_reshuffled_digits_are_recognised():
    assert shuffled_digits("132个", "123个") and shuffled_digits("56.6万个", "65.1万个")
    assert not shuffled_digits("2024年", "2025年") and not shuffled_digits("4个", "7个")


def test_a_figure_closing_a_range_gets_only_wrong_options_above_its_start():
    """#21: 每天平均有2至（  ）小时 offered 2个 and 1个: 2至1个小时 runs backwards."""
    text = "现在每天平均有2至4个小时入户走访。"
    k = text.index("4个")
    assert range_ends(text, k, k + 2) == (2.0, float("inf"))
    for seed in range(20):
        wrong = safe_wrong_figures(text, (k, k + 2), 3, random.Random(seed), set())
        assert wrong and all(int(w[:-1]) > 2 for w in wrong), (seed, wrong)


def test_a_figure_opening_a_range_gets_only_wrong_options_below_its_end():
    text = "全年新增就业岗位3万至5万个。"
    k = text.index("3万")
    assert range_ends(text, k, k + 2)[1] == 50000.0


SHAPED_LIKE_AN_ISM = ["辩证唯物主义", "历史唯物主义", "数字泰勒主义", "文件上的形式主义"]


def test_single_choice_options_share_the_head_after_de():
    """#40: 指尖上的形式主义 against 辩证唯物主义/历史唯物主义/数字泰勒主义: only the answer named 形式主义."""
    text = "纠治文山会海、督查检查考核过多过频、“指尖上的形式主义”等问题。"
    fact, ctx = _fact(text, "指尖上的形式主义", FactKind.TERM, SHAPED_LIKE_AN_ISM)
    wrong = wrong_options(fact, ctx, 3)
    assert wrong and all(w.strip("“”").endswith("形式主义") for w in wrong), wrong


def test_single_choice_options_of_another_head_are_refused():
    """廉洁自律 among 主旋律, 客观规律: words of another field sharing a last character (round 17's 判断 case)."""
    text = "党员干部要始终做到廉洁自律，守住底线。"
    fact, ctx = _fact(text, "廉洁自律", FactKind.TERM, ["主旋律", "客观规律", "纪律规矩"])
    assert wrong_options(fact, ctx, 3) == []


def test_a_thing_of_the_answers_kind():
    assert of_a_kind("冰雪经济", "低空经济") and of_a_kind("四个意识", "四个自信")
    assert not of_a_kind("廉洁自律", "主旋律") and not of_a_kind("指尖上的形式主义", "辩证唯物主义")


def test_a_long_ism_shares_more_than_its_suffix_with_its_substitutes():
    """…以辩证唯物主义和（历史唯物主义）为指导 made false with 数字泰勒主义: another field, false at a glance."""
    assert not true_false.same_head("历史唯物主义", "数字泰勒主义")
    assert true_false.same_head("历史唯物主义", "辩证唯物主义") and true_false.same_head("形式主义", "官僚主义")


def test_an_act_or_a_part_is_no_substitute_for_a_name():
    """勇于自我革命 → 厕所革命, 当代中国少年儿童 → 做好少年儿童 (a fragment ending on the same noun)."""
    assert not true_false.same_head("勇于自我革命", "厕所革命")
    assert not true_false.same_head("当代中国少年儿童", "做好少年儿童")
    assert not true_false.same_head("当代中国少年儿童", "部分少年儿童")


def test_a_sentence_of_evidence_gives_no_judgement():
    """#25, #31: a verbatim 对 of a tally, a 错 of a side figure after 数据显示: records, not claims."""
    from quiz.evidence import Role
    fact, ctx = _fact("全国各级纪检监察机关合计处分违规吃喝问题责任人2.1万人。", "2.1万人")
    assert true_false.generate(fact, ctx)  # a figure told as a claim is asked
    fact.role = Role.DATA
    assert true_false.generate(fact, ctx) == []  # the same sentence as a row of data is not
    fact, ctx = _fact("数据显示，全国共查处违规吃喝问题2.8万起，批评教育和处理3.6万人，合计处分2.1万人。", "2.1万人")
    assert true_false.generate(fact, ctx) == []  # a tally of three figures is a record (review round 22)

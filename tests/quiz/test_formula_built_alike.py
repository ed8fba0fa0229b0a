"""Lists whose items share no character but are built alike (a verb and its object, three characters each)
are formulas worth reciting: 固根本、稳预期、利长远; 感党恩、听党话、跟党走."""
import random

from content.model import Article, Section
from quiz.enumerations import is_formula
from quiz.quiz_builder import all_questions
from quiz.questions import QuestionType


def test_three_character_items_built_alike_make_a_formula():
    assert is_formula(["固根本", "稳预期", "利长远"])
    assert is_formula(["谋项目", "争资金", "抓招商"])


def test_four_character_items_without_a_shared_form_stay_a_list_of_examples():
    assert not is_formula(["集成电路", "人工智能", "量子科技"])


def test_items_holding_a_function_word_or_a_stock_word_make_no_formula():
    assert not is_formula(["的作用", "稳预期", "利长远"])
    assert not is_formula(["新发展", "稳预期", "利长远"])


def test_a_formula_built_alike_is_asked_as_a_fill_in():
    # said twice, the article's own formulation (said once, a writer's triple is no question: review round 24)
    art = Article("抓项目促投资", sections=[Section(None, [
        "固定资产投资目标是等不来的，必须实实在在谋项目、争资金、抓招商，确保重大项目建设力度不降。",
        "各地要把谋项目、争资金、抓招商作为稳增长的重要抓手，形成比学赶超的浓厚氛围。"])])
    questions = all_questions(art, pool=[], rng=random.Random(1), types={QuestionType.FILL_BLANK})
    assert any(list(q.answer) == ["谋项目", "争资金", "抓招商"] for q in questions)


def test_a_fill_in_keeps_enough_printed_words_to_recall_the_sentence_by():
    # a 提要 line 整治山寨食品乱象，是民生课题，也是法治命题 gave （  ），是（  ），也是（  ）。
    from tests.quiz.question_fixtures import analyzer
    art = Article("打击山寨食品", core_points=["整治山寨食品乱象，是民生课题，也是法治命题。"],
                  sections=[Section(None, ["整治山寨食品乱象，需要监管部门和平台企业形成合力。",
                                           "民生课题连着法治命题，法治命题关乎民生课题。"])])
    art.key_terms = analyzer().key_terms(art)
    assert {"整治山寨食品乱象", "民生课题", "法治命题"} <= {k.term for k in art.key_terms}
    questions = all_questions(art, pool=[], rng=random.Random(1), types={QuestionType.FILL_BLANK})
    assert all(sum("\u4e00" <= ch <= "\u9fff" for ch in q.stem) >= 8 for q in questions)

"""Regression tests for the faults of review round 14 (/work/notes/review_round14.md)."""
import random

from quiz.distractors import TermIndex
from quiz.questions import QuestionType
from tests.quiz.question_fixtures import SAMPLE, corpus_file, every_question

# names of programmes and mechanisms from several articles of a library, as key terms bring them in
LIBRARY_NAMES = ["重大项目谋划行动", "北疆文化建设提升行动", "提振消费专项行动", "区域合作深化行动",
                 "城乡融合发展体制机制", "乡村全面振兴长效机制", "产学研用协同机制", "集体林权制度改革",
                 "长江经济带发展", "城乡融合发展", "中华民族永续发展", "西体中用", "中体西用", "产学研用"]


def _like(answer: str) -> list[str]:
    index = TermIndex(LIBRARY_NAMES)
    return index.like(answer, 3, random.Random(0), forbidden=set(), article_text="")


def test_a_long_name_gets_no_wrong_option_of_another_field():
    """bad_distractors (#39): 全民科学素质提升行动 among 重大项目谋划行动, 北疆文化建设提升行动,
    提振消费专项行动 — the only option about science, and the stem says 提升全民科学文化素质."""
    assert _like("全民科学素质提升行动") == []


def test_a_principle_is_not_offered_as_wrong_for_another_principle():
    """ambiguous (pool #57, #108): 城乡融合发展 or 长江经济带发展 offered for 农业农村优先发展 /
    中华民族永续发展 — a shared stock head (…发展) is no shared field, and the article may mean both."""
    assert _like("农业农村优先发展") == [] and _like("中华民族永续发展") == []


def test_a_long_name_keeps_wrong_options_of_its_own_field():
    """集体林权制度改革 for 农村集体产权制度改革: the same reform of collective property, another asset."""
    assert _like("农村集体产权制度改革") == ["集体林权制度改革"]


def test_a_change_named_by_its_two_ends_is_offered_only_changes():
    """bad_distractors (pool #79, third round): 从有到用 beside 西体中用, 产学研用 — the only “从X到Y”."""
    assert _like("从有到用") == []


def test_no_stem_opens_with_the_number_of_its_outline_point(corpus_dir):
    """broken_text (pool #35): “（六）以北疆文化建设提升行动为引领…” — the heading's number is debris
    in a statement or a blank's sentence."""
    numbers = ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "一是", "二是", "三是")
    from_numbered = 0
    for q in every_question(corpus_file(corpus_dir, "01_"), seeds=[0]):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE):
            assert not q.stem.startswith(numbers), q.stem
            from_numbered += q.source.sentence.startswith(numbers)
    assert from_numbered >= 3  # the report's numbered points are still asked, without their numbers


def test_items_that_carry_their_years_are_not_put_in_order(corpus_dir):
    """trivial (#21): 2024年工作回顾、2025年…总体要求和政策取向、2025年政府工作任务 — the years and every
    report's fixed outline give the order away."""
    orderings = [q for q in every_question(corpus_file(corpus_dir, "02_"), seeds=[0])
                 if q.type == QuestionType.ORDERING]
    assert orderings  # the report's other orderings are still asked
    for q in orderings:
        assert sum("年" in item and any(ch.isdigit() for ch in item) for item in q.answer) < 2, q.answer


def test_an_inventory_count_of_stock_nouns_is_not_blanked():
    """trivial (#36): 围绕六个领域（17项重点任务）— a count of 重点 + 任务 is no formula to learn."""
    answers = [a for q in every_question(str(SAMPLE), seeds=[0]) for a in q.answer if isinstance(a, str)]
    assert "17项重点任务" not in answers


def test_rights_in_land_are_not_offered_political_rights():
    """bad_distractors (#14, third round running): 宅基地 所有权、资格权、使用权 with 监督权, 发展权."""
    index = TermIndex()
    index.add_list_items(["监督权", "发展权", "领导权", "管理权", "话语权"])
    wrong = index.non_members(["所有权", "资格权", "使用权"], 2, random.Random(0), set(), "")
    assert len(wrong) == 2 and not {"监督权", "发展权", "领导权", "管理权", "话语权"} & set(wrong)


def test_an_umbrella_or_near_synonym_is_no_non_member_of_the_networks():
    """ambiguous (#5): 铁路网、公路网、航空网、水利网、电力网、电信网 with 交通网 (over three of them) and
    互联网 (near 电信网) as the wrong options."""
    index = TermIndex()
    index.add_list_items(["交通网", "互联网", "物流网"])
    wrong = index.non_members(["铁路网", "公路网", "航空网", "水利网", "电力网", "电信网"], 2,
                              random.Random(0), set(), "")
    assert wrong == ["物流网"]


def test_a_quoted_blank_that_points_back_is_not_asked(corpus_dir):
    """ambiguous (#4): 高质量发展这一“（  ）”自提出以来… — 这一 points at the quote before (成为主旋律),
    which the stem leaves out; the article's own 主题 fits as well."""
    for q in every_question(corpus_file(corpus_dir, "04_"), seeds=[0]):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE):
            assert "这一“（" not in q.stem, q.stem


def test_an_umbrella_is_no_non_member_of_any_list_of_networks():
    """ambiguous (round 15 #38): 互联网 offered beside 新一代通信网 in the six networks."""
    index = TermIndex()
    index.add_list_items(["互联网", "交通网", "航空网"])
    wrong = index.non_members(["水网", "新型电网", "算力网", "新一代通信网", "城市地下管网", "物流网"], 2,
                              random.Random(0), set(), "")
    assert not {"互联网", "交通网"} & set(wrong)


def test_an_inventory_count_is_not_asked_in_any_form(corpus_dir):
    """trivial (round 15 #27, round 14 #36): （17项）重点任务 moved from 填空 to 单选; 36项重点任务 likewise."""
    for path in (str(SAMPLE), corpus_file(corpus_dir, "04_")):
        for q in every_question(path, seeds=[0]):
            assert not any(a in ("17项", "36项", "17项重点任务", "36项重点任务") for a in q.answer
                           if isinstance(a, str)), q.stem

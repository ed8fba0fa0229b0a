import pytest

from content.model import BadInput
from quiz.paper_layout import DEFAULT_POINTS, build_paper, round_points, split_to_target
from quiz.questions import QuestionType
from tests.quiz.paper_fixtures import mixed_questions


def test_sections_follow_type_order_with_points():
    paper = build_paper(mixed_questions(), "测试")
    assert [s.heading[:6] for s in paper.sections] == ["一、单项选择", "二、多项选择", "三、判断题（", "四、填空题（",
                                                        "五、排序题（", "六、配对题（"]


def test_total_points_add_up():
    paper = build_paper(mixed_questions(), "测试", points=DEFAULT_POINTS)
    assert paper.total_points == 2 * 2 + 3 + 2 * 1 + 2 * 2 + 3 + 4


def test_points_are_chosen_for_a_total_of_100_when_the_counts_allow():
    counts = {QuestionType.SINGLE_CHOICE: 8, QuestionType.MULTIPLE_CHOICE: 5, QuestionType.TRUE_FALSE: 6,
              QuestionType.FILL_BLANK: 4}
    points = round_points(counts)
    assert sum(points[t] * n for t, n in counts.items()) == 100


def test_rounded_points_keep_a_multiple_choice_worth_at_least_a_single_choice():
    counts = {QuestionType.SINGLE_CHOICE: 13, QuestionType.MULTIPLE_CHOICE: 4, QuestionType.TRUE_FALSE: 6}
    points = round_points(counts)
    assert points[QuestionType.MULTIPLE_CHOICE] >= points[QuestionType.SINGLE_CHOICE] >= points[QuestionType.TRUE_FALSE]


def one_type_paper(qtype: str, n: int):
    base = next(q for q in mixed_questions() if q["type"] == qtype)
    return build_paper([dict(base, id=f"{qtype}{i}") for i in range(n)], "测试")


def test_no_whole_points_make_100_then_the_last_questions_get_a_point_more():
    paper = one_type_paper("single_choice", 23)      # 23 × 4 = 92: eight questions are worth 5
    assert paper.total_points == 100
    assert paper.sections[0].heading == "一、单项选择题（共23题，第1～15题每题4分，第16～23题每题5分，共100分）"


def test_a_paper_of_ten_questions_in_five_types_totals_100_with_whole_points_per_type():
    # the walkthrough's paper (1 单选, 1 判断, 5 填空, 2 排序, 1 配对) came to 90 points
    types = ["single_choice", "true_false"] + ["fill_blank"] * 5 + ["ordering"] * 2 + ["matching"]
    pool = {t: next(q for q in mixed_questions() if q["type"] == t) for t in set(types)}
    paper = build_paper([dict(pool[t], id=str(i)) for i, t in enumerate(types)], "测试")
    assert paper.total_points == 100 and all(s.raised == 0 for s in paper.sections)


def test_a_point_taken_off_a_heavier_type_never_leaves_it_worth_less_than_a_lighter_one():
    # 19 配对 + 15 排序 + 4 判断: rounded to 3/3/1 the paper is 106; taking a point off 配对 made
    # 13 of its questions worth 2, below every 排序 at 3 (the review's 17 in 3,952 papers)
    counts = {QuestionType.MATCHING: 19, QuestionType.ORDERING: 15, QuestionType.TRUE_FALSE: 4}
    points, raised = split_to_target(counts, round_points(counts))
    least = {t: points[t] for t in counts}
    most = {t: points[t] + (1 if raised.get(t) else 0) for t in counts}
    assert sum(points[t] * n for t, n in counts.items()) + sum(raised.values()) == 100
    assert least[QuestionType.MATCHING] >= most[QuestionType.ORDERING] >= most[QuestionType.TRUE_FALSE]


def test_headings_add_up_to_the_total():
    paper = one_type_paper("fill_blank", 30)
    stated = [int(s.heading.rsplit("共", 1)[1].rstrip("分）")) for s in paper.sections]
    assert sum(stated) == paper.total_points == 100


def test_a_generated_paper_totals_100():
    qs = mixed_questions() * 2
    for i, q in enumerate(qs):
        qs[i] = dict(q, id=f"{q['id']}-{i}")
    assert build_paper(qs, "测试").total_points == 100


def test_numbering_runs_through_the_paper():
    paper = build_paper(mixed_questions(), "测试")
    assert [i.number for s in paper.sections for i in s.items] == list(range(1, 10))


def test_variant_a_keeps_option_order():
    item = build_paper(mixed_questions(), "测试", variant="A").sections[0].items[0]
    assert item.options[0] == "A. 科技创新" and item.key == "A"


def test_variant_b_key_follows_shuffled_options():
    paper = build_paper(mixed_questions(), "测试", seed=3, variant="B")
    for item in paper.sections[1].items + paper.sections[0].items:
        keyed = {item.options["ABCDE".index(letter)][3:] for letter in item.key}
        assert keyed == set(item.answer.split("；"))


def test_variants_differ_in_option_order():
    a = build_paper(mixed_questions(), "测试", seed=1, variant="A")
    b = build_paper(mixed_questions(), "测试", seed=1, variant="B")
    assert [i.options for i in a.sections[1].items] != [i.options for i in b.sections[1].items] or \
        [i.options for i in a.sections[0].items] != [i.options for i in b.sections[0].items]


def test_fill_blank_printed_with_wide_blanks():
    item = build_paper(mixed_questions(), "测试").sections[3].items[1]
    assert item.stem.count("__________") == 2 and item.key == "创新；人才"


def test_matching_key_pairs_numbers_with_letters():
    item = build_paper(mixed_questions(), "测试").sections[5].items[0]
    assert item.key == "1—A；2—B" and item.pairs_left[0] == "（1）新质生产力"


def test_empty_question_list_is_refused():
    with pytest.raises(BadInput):
        build_paper([], "测试")


def test_matching_with_items_in_stem_keeps_circled_numbers():
    q = {"id": "m", "type": "matching", "stem": "配对：①甲方案 ②乙方案", "options": ["后乙", "后甲"],
         "answer": [["甲方案", "后甲"], ["乙方案", "后乙"]]}
    item = build_paper([q], "测试").sections[0].items[0]
    assert item.key == "①—B；②—A" and item.pairs_left == []


def test_matching_question_gets_an_answer_line_with_a_slot_per_item():
    q = {"id": "m", "type": "matching", "stem": "配对：①甲方案 ②乙方案", "options": ["后乙", "后甲"],
         "answer": [["甲方案", "后甲"], ["乙方案", "后乙"]]}
    item = build_paper([q], "测试").sections[0].items[0]
    assert item.stem.endswith("\n作答：①—____  ②—____")


def test_fill_blank_stem_keeps_its_closing_punctuation():
    q = {"id": "f", "type": "fill_blank", "stem": "坚持（  ）、目标导向、结果导向相统一（  ）。", "answer": ["问题导向", "甲"]}
    item = build_paper([q], "测试").sections[0].items[0]
    assert item.stem == "坚持（__________）、目标导向、结果导向相统一（__________）。"

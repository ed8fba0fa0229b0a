import pytest

from quiz.answer_check import check, display_answer, normalise, same_text


def fill(*answer):
    return {"type": "fill_blank", "answer": list(answer)}


@pytest.mark.parametrize("typed, expected, ok", [
    ("高质量发展", "高质量发展", True),
    (" 高质量 发展 ", "高质量发展", True),           # extra spaces, inside too
    ("高质量\u3000发展", "高质量发展", True),         # ideographic space
    ("“六张网”", "六张网", True),                    # quotes
    ("六张网。", "六张网", True),                    # trailing full stop
    ("１７项", "17项", True),                        # full-width digits
    ("１．７５亿千瓦", "1.75亿千瓦", True),           # full-width decimal point
    ("175亿千瓦", "1.75亿千瓦", False),               # a dropped decimal point is a different figure
    ("90以上", "90%以上", False),                     # the percent sign matters
    ("９０％以上", "90%以上", True),
    ("ＡＩ＋", "AI+", True),                          # full-width letters and plus
    ("ai", "AI", True),
    ("稳步地推进", "稳步地推进", True),
    ("稳步的推进", "稳步地推进", False),              # 的/地 kept distinct
    ("做得好", "做的好", False),                      # 得/的 kept distinct
    ("发展的", "发展地", False),
    ("", "六张网", False),
])
def test_fill_blank_table(typed, expected, ok):
    assert check(fill(expected), [typed]).correct is ok


def test_multi_blank_scores_each_blank_on_its_own():
    result = check(fill("问题导向", "目标导向", "结果导向"), ["问题导向", "目的导向", "结果导向"])
    assert (result.correct, result.parts) == (False, [True, False, True])
    assert result.score == pytest.approx(2 / 3)


def test_missing_blanks_count_wrong():
    assert check(fill("甲方", "乙方"), ["甲方"]).parts == [True, False]


def test_alternatives_are_accepted_for_a_blank():
    assert check(fill(["新质生产力", "新质生产要素"]), ["新质生产要素"]).correct


def single(options, answer):
    return {"type": "single_choice", "options": options, "answer": [answer]}


def test_options_are_matched_by_text_not_letter():
    q = single(["电力网", "算力网", "水网"], "算力网")
    assert check(q, ["算力网"]).correct
    assert not check(q, ["B"]).correct


def test_single_choice_forgives_width_and_punctuation_in_option_text():
    assert check(single(["“两个确立”", "两个维护"], "“两个确立”"), ["两个确立"]).correct


def multi(answer):
    return {"type": "multiple_choice", "options": ["甲", "乙", "丙", "丁"], "answer": answer}


def test_multiple_choice_all_or_nothing_by_default():
    result = check(multi(["甲", "乙", "丙"]), ["甲", "乙"])
    assert (result.correct, result.score) == (False, 0.0)


def test_multiple_choice_partial_credit_for_missing_choice():
    result = check(multi(["甲", "乙", "丙"]), ["甲", "乙"], partial_credit=True)
    assert (result.correct, result.score) == (False, pytest.approx(2 / 3))


def test_multiple_choice_a_wrong_choice_scores_nothing_even_with_partial_credit():
    assert check(multi(["甲", "乙"]), ["甲", "丁"], partial_credit=True).score == 0.0


def test_multiple_choice_order_of_choices_does_not_matter():
    assert check(multi(["甲", "乙"]), ["乙", "甲"]).correct


@pytest.mark.parametrize("given, ok", [([True], True), (["对"], True), (["正确"], True), (["√"], True),
                                       ([False], False), (["错"], False), (["也许"], False), ([], False)])
def test_true_false_accepts_chinese_words(given, ok):
    assert check({"type": "true_false", "answer": [True]}, given).correct is ok


def test_ordering_scores_positions():
    result = check({"type": "ordering", "answer": ["一", "二", "三", "四"]}, ["一", "三", "二", "四"])
    assert result.parts == [True, False, False, True]


def test_matching_scores_each_pair():
    q = {"type": "matching", "answer": [["甲", "1"], ["乙", "2"], ["丙", "3"]]}
    assert check(q, [["甲", "1"], ["乙", "3"], ["丙", "2"]]).parts == [True, False, False]


def test_odd_input_never_raises():
    assert not check(fill("甲"), None).correct
    assert not check({"type": "matching", "answer": [["甲", "1"]]}, ["乱", 3, None]).correct


def test_normalise_drops_book_title_marks():
    assert normalise("《中国共产党章程》") == "中国共产党章程"


def test_same_text_keeps_different_characters_apart():
    assert not same_text("治理", "治里")


def test_display_answer_for_true_false_is_chinese():
    assert display_answer({"type": "true_false", "answer": [False]}) == "错误"


def test_ordering_half_right_scores_nothing_by_default():
    assert check({"type": "ordering", "answer": ["一", "二", "三", "四"]}, ["一", "三", "二", "四"]).score == 0.0


def test_ordering_half_right_scores_half_with_partial_credit():
    q = {"type": "ordering", "answer": ["一", "二", "三", "四"]}
    assert check(q, ["一", "三", "二", "四"], partial_credit=True).score == 0.5


LIST_STEM = {"type": "fill_blank", "stem": "坚持（\u00a0\u00a0）、（\u00a0\u00a0）、（\u00a0\u00a0）相统一。",
             "answer": ["问题导向", "目标导向", "结果导向"]}
PATH_STEM = {"type": "fill_blank", "stem": "从（\u00a0\u00a0）走向（\u00a0\u00a0）。", "answer": ["站起来", "富起来"]}


def test_items_of_one_listed_run_may_be_given_in_any_order():
    result = check(LIST_STEM, ["结果导向", "问题导向", "目标导向"])
    assert result.correct and result.score == 1.0


def test_the_same_item_given_twice_counts_once():
    result = check(LIST_STEM, ["问题导向", "问题导向", "结果导向"])
    assert result.parts == [True, False, True]


def test_blanks_in_different_places_of_a_sentence_keep_their_order():
    assert not check(PATH_STEM, ["富起来", "站起来"]).correct and check(PATH_STEM, ["站起来", "富起来"]).correct


def test_a_percentage_may_be_written_without_its_sign():
    q = {"type": "fill_blank", "stem": "覆盖率达到（\u00a0\u00a0）以上。", "answer": ["90%"]}
    assert check(q, ["90"]).correct and check(q, ["90％"]).correct and not check(q, ["9"]).correct


@pytest.mark.parametrize("typed, expected, ok", [
    ("90%", "90%以上", True),                 # the bound word left out: the figure and unit are known
    ("９０％", "90%以上", True),
    ("超过90%", "90%以上", True),             # a bound facing the same way
    ("90%以下", "90%以上", False),            # the opposite bound states the opposite
    ("90%以上", "90%以下", False),
    ("90", "90%以上", False),                 # the unit is part of the figure asked for
    ("9%", "90%以上", False),
    ("3000亿元", "3000多亿元", True),          # 多 / 余 inside a figure
    ("3000亿", "3000多亿元", False),
    ("十年", "十余年", True),
    ("1.75亿千瓦", "1.75亿千瓦左右", True),
    ("1.75亿千瓦以上", "1.75亿千瓦左右", False),
    ("10%", "不到10%", True),
    ("超过10%", "不到10%", False),
    ("90%以上", "90%", False),                # a bound the source does not give is not the source's figure
    ("", "以上", False),
])
def test_a_figure_may_be_given_without_its_bound_word(typed, expected, ok):
    assert check(fill(expected), [typed]).correct is ok


def test_a_bound_word_on_its_own_is_still_asked_in_full():
    assert not check(fill("以上"), ["上"]).correct

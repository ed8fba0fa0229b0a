"""查看提示 in two steps: a masked hint first, then the answer; what each does to the record."""
from quiz.hints import (HintLevel, blank_hints, counts_as_known, marked_source, mask, masked_explanation,
                        mastery_credit)


def test_mask_keeps_the_first_character_and_the_length():
    assert mask("习近平生态文明思想") == "习□□□□□□□□"


def test_mask_keeps_punctuation_so_items_stay_apart():
    assert mask("水网、电网") == "水□、□□"


def test_masked_explanation_hides_every_marked_answer():
    text = masked_explanation("坚持【问题导向】、【目标导向】相统一")
    assert text == "坚持【问□□□】、【目□□□】相统一" and "导向" not in text


def test_a_fill_blank_explanation_without_marks_gets_them_from_its_answers():
    q = {"type": "fill_blank", "answer": ["六张网"], "explanation": "织密六张网，打造新形态。"}
    assert masked_explanation(marked_source(q)) == "织密【六□□】，打造新形态。"


def test_blank_hints_give_one_masked_answer_per_blank():
    assert blank_hints({"type": "fill_blank", "answer": ["算力网", ["电力网", "电网"]]}) == ["算□□", "电□□"]


def test_only_seeing_the_answer_makes_a_right_answer_unknown():
    assert [counts_as_known(True, level) for level in HintLevel] == [True, True, False]


def test_mastery_credit_is_full_half_or_none():
    assert [mastery_credit(True, level) for level in HintLevel] == [1.0, 0.5, 0.0]
    assert mastery_credit(False, HintLevel.NONE) == 0.0


def test_the_masked_sentence_hides_the_answer_where_it_comes_again_unmarked():
    from quiz.hints import masked_source
    q = {"type": "fill_blank", "answer": ["六张网"], "explanation": "织密【六张网】，六张网建设提速。"}
    assert masked_source(q) == "织密【六□□】，六□□建设提速。"


def test_a_true_false_hint_shows_where_the_point_is_not_which_way_it_runs():
    from quiz.hints import masked_source
    q = {"type": "true_false", "answer": [False], "explanation": "推动保护从“【要我保护】”向“【我要保护】”转变。"}
    assert masked_source(q) == "推动保护从“【□□□□】”向“【□□□□】”转变。"


def test_a_true_statement_marked_whole_has_no_masked_hint():
    from quiz.hints import masked_source
    assert masked_source({"type": "true_false", "answer": [True], "explanation": "【全区装机达到1亿千瓦。】"}) == ""


def test_an_ordering_hint_shows_only_the_first_items_first_character():
    from quiz.hints import masked_source
    q = {"type": "ordering", "answer": ["谋创新", "抓创新"], "explanation": "转化为【谋创新】、【抓创新】的行动"}
    assert masked_source(q) == "转化为【谋□□】、【□□□】的行动"

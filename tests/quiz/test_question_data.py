from quiz.question_data import answer_text, lettered


def test_options_are_lettered_in_order():
    assert lettered(["问题导向", "目标导向"]) == ["A. 问题导向", "B. 目标导向"]


def test_a_paper_key_joins_matching_pairs_with_a_dash():
    assert answer_text({"type": "matching", "answer": [["甲", "乙"], ["丙", "丁"]]}) == "甲—乙；丙—丁"


def test_a_paper_key_says_true_in_words():
    assert answer_text({"type": "true_false", "answer": [True]}) == "正确"

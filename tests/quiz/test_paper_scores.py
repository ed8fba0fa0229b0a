"""Pasted score lists are read line by line, and a sitting is checked before it is stored."""
import pytest

from content.model import BadInput
from quiz.paper_scores import BadScoreRow, ScoreRow, new_sitting, parse_scores

TITLE = "学习贯彻二十届四中全会精神测试（A卷）"


def test_a_space_a_tab_and_a_chinese_comma_all_separate_name_and_score():
    parsed = parse_scores("王芳 92\n李强\t88\n赵敏，75")
    assert [(r.name, r.score) for r in parsed.rows] == [("王芳", "92"), ("李强", "88"), ("赵敏", "75")]


def test_a_unit_between_name_and_score_is_kept():
    [row] = parse_scores("王芳 第一党支部 92").rows
    assert (row.name, row.unit, row.score) == ("王芳", "第一党支部", "92")


def test_full_width_digits_a_decimal_and_a_trailing_fen_are_read():
    parsed = parse_scores("王芳 ９２\n李强 88.5分")
    assert [r.score for r in parsed.rows] == ["92", "88.5"]


def test_a_name_typed_against_its_score_is_split():
    [row] = parse_scores("王芳92").rows
    assert (row.name, row.score) == ("王芳", "92")


def test_unreadable_lines_are_reported_with_their_number_and_text():
    parsed = parse_scores("王芳 92\n李强 九十\n赵敏\n\n刘洋 80")
    assert [(b.number, b.text) for b in parsed.bad] == [(2, "李强 九十"), (3, "赵敏")]


def test_every_nonblank_line_is_either_read_or_reported():
    text = "姓名 得分\n王芳 92\n李强 第一 支部 88\n\n赵敏 75"
    parsed = parse_scores(text)
    assert len(parsed.rows) + len(parsed.bad) == 4


def test_the_reason_for_a_bad_score_names_it():
    [bad] = parse_scores("李强 九十").bad
    assert "九十" in bad.message() and "不是数字" in bad.message()


def test_a_sitting_keeps_scores_as_numbers_in_order():
    sitting = new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "92"), ScoreRow("李强", "88.5")])
    assert [(s.name, s.score) for s in sitting.scores] == [("王芳", 92.0), ("李强", 88.5)]


def test_percent_is_on_a_100_scale_for_any_full_marks():
    sitting = new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "45")], full_marks=50)
    assert sitting.scores[0].percent(sitting.full_marks) == 90.0


def test_a_score_above_full_marks_is_refused_naming_the_row():
    with pytest.raises(BadInput, match="第 2 行李强的得分 120 不在 0 到 100 分之间"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "92"), ScoreRow("李强", "120")])


def test_a_negative_score_is_refused():
    with pytest.raises(BadInput, match="不是数字"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "-3")])


def test_a_score_without_a_name_is_refused():
    with pytest.raises(BadInput, match="第 1 行没有填姓名"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("", "92")])


def test_a_name_without_a_score_is_refused():
    with pytest.raises(BadInput, match="王芳没有填得分"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "")])


def test_a_name_twice_in_one_sitting_is_refused_with_both_rows():
    with pytest.raises(BadInput, match="王芳录入了两次（第 1 行和第 3 行）"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "92"), ScoreRow("李强", "80"), ScoreRow("王芳", "90")])


def test_a_non_numeric_score_is_refused():
    with pytest.raises(BadInput, match="“九十”不是数字"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "九十")])


def test_blank_rows_of_the_table_are_skipped():
    sitting = new_sitting("2026-11-27", TITLE, [ScoreRow("", ""), ScoreRow("王芳", "92"), ScoreRow(" ", "")])
    assert [s.name for s in sitting.scores] == ["王芳"]


def test_no_scores_at_all_is_refused():
    with pytest.raises(BadInput, match="还没有录入成绩"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("", "")])


def test_an_empty_title_is_refused():
    with pytest.raises(BadInput, match="试卷名称"):
        new_sitting("2026-11-27", "  ", [ScoreRow("王芳", "92")])


def test_a_bad_date_is_refused():
    with pytest.raises(BadInput, match="日期"):
        new_sitting("11月27日", TITLE, [ScoreRow("王芳", "92")])


def test_zero_full_marks_is_refused():
    with pytest.raises(BadInput, match="满分"):
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "0")], full_marks=0)


def test_a_refusal_of_a_pasted_line_names_its_line_in_the_pasted_text():
    parsed = parse_scores("王芳 92\n\n李强 九十\n赵敏 120")
    with pytest.raises(BadInput, match="第 4 行赵敏"):
        new_sitting("2026-11-27", TITLE, parsed.rows)


def test_a_refused_row_carries_its_number():
    with pytest.raises(BadScoreRow) as refused:
        new_sitting("2026-11-27", TITLE, [ScoreRow("王芳", "92"), ScoreRow("李强", "九十")])
    assert refused.value.number == 2

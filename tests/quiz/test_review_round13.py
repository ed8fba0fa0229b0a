"""Regression tests for the faults of review round 13 (/work/notes/review_round13.md), on the real
articles where they were found."""
from quiz.questions import QuestionType
from tests.quiz.question_fixtures import SAMPLE, corpus_file, every_question


def test_one_half_of_a_pair_in_one_frame_is_not_blanked(corpus_dir):
    """trivial: 既要“（ ）”，也要“有为的政府” — the well-known pair fills itself in."""
    for q in every_question(corpus_file(corpus_dir, "07_")):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE) and "既要“" in q.stem:
            assert not {"有效的市场", "有为的政府"} & set(q.answer), q.stem


def test_a_pair_that_only_moves_the_stress_is_not_traded():
    """ambiguous: 既要“有法可依”，更要“违法必究” traded reads as defensible, not false."""
    for q in every_question(str(SAMPLE)):
        if q.type == QuestionType.TRUE_FALSE and q.answer == [False]:
            assert "既要“违法必究”" not in q.stem, q.stem

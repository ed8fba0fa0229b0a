"""Regression tests for the faults of review round 12 (/work/notes/review_round12.md) that the
generator of round 11 already had; one per fault kind, on the real articles where they were found."""
import random

from quiz.questions import QuestionType
from quiz.quiz_builder import all_questions
from tests.quiz.question_fixtures import analysed, corpus_file, every_question


def questions_with_library(corpus_dir, prefix: str, *library: str):
    article = max(analysed(corpus_file(corpus_dir, prefix)), key=lambda a: a.char_count())
    pool = [max(analysed(corpus_file(corpus_dir, p)), key=lambda a: a.char_count()) for p in library]
    for seed in range(3):
        yield from all_questions(article, pool, rng=random.Random(seed))


def test_a_counted_name_of_the_same_thing_is_not_a_false_statement(corpus_dir):
    """wrong_answer: 新发展理念 swapped for 五大发展理念 (article 07 of the library) is still true."""
    for q in questions_with_library(corpus_dir, "04_", "07_", "11_"):
        if q.type in (QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE):
            assert "五大发展理念" not in q.stem + "".join(q.options), q.stem


def test_a_counted_label_does_not_replace_what_it_may_count(corpus_dir):
    """ambiguous: 农业农村农民问题 → 三大基本问题 (from article 11) reads as a name for 三农."""
    for q in questions_with_library(corpus_dir, "03_", "11_"):
        if q.type == QuestionType.TRUE_FALSE and q.answer == [False]:
            assert "三大基本问题" not in q.stem, q.stem


def test_one_end_of_a_named_change_is_not_blanked(corpus_dir):
    """trivial: 从“（ ）”到“走出去” — the fixed pair completes itself."""
    for q in every_question(corpus_file(corpus_dir, "10_")):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE) and "从“" in q.stem:
            assert "引进来" not in q.answer and "走出去" not in q.answer, q.stem


def test_the_answer_said_shorter_is_no_wrong_option(corpus_dir):
    """ambiguous: 乡村振兴 offered against 乡村全面振兴 (the same thing, one word left out)."""
    for q in every_question(corpus_file(corpus_dir, "03_")):
        if q.type == QuestionType.SINGLE_CHOICE and q.answer == ["乡村全面振兴"]:
            assert "乡村振兴" not in q.options, q.options

"""Regression tests for this session's question fixes and for the faults of review round 16
(/work/notes/review_round16.md)."""
from quiz.questions import QuestionType
from tests.quiz.question_fixtures import corpus_file, every_question


def _blank_answers(path) -> list[list[str]]:
    return [q.answer for q in every_question(path) if q.type == QuestionType.FILL_BLANK]


def test_a_quoted_name_beside_a_plain_concept_is_no_rival_for_its_blank(corpus_dir):
    """05 gave 5–6 of 10: 文化主体性 (plain, five characters) and “西方中心论” (always quoted, five
    characters) stand in one sentence once, and each took the other for a rival answer. A quoted name is
    another sort of thing than a plain concept: neither fits the other's blank."""
    answers = _blank_answers(corpus_file(corpus_dir, "05_"))
    assert ["文化主体性"] in answers and ["西方中心论"] in answers


def test_two_plain_concepts_said_together_stay_rivals(corpus_dir):
    """以（  ）的精神开展批评和自我批评: 刀刃向内 and 自我革命 are both plain, and 自我革命 fits as well."""
    assert ["刀刃向内"] not in _blank_answers(corpus_file(corpus_dir, "08_"))

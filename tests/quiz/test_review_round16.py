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


def _museum_article(corpus_dir) -> str:
    return str(next((corpus_dir / "raw").glob("*.pdf")))


def test_a_key_term_with_de_said_again_and_again_is_asked(corpus_dir):
    """新的文化生命体, the article's 标识性概念 said eleven times, was refused for the 的 inside it (a
    run across words, like 成效转化为谋创新, is said once)."""
    assert ["新的文化生命体"] in _blank_answers(corpus_file(corpus_dir, "05_"))


def test_a_congress_by_its_number_is_no_blank(corpus_dir):
    """党的十九大, 党的二十届四中全会: which meeting said it is trivia, like 第二十八次集体学习."""
    for prefix in ("03_", "04_"):
        for answers in _blank_answers(corpus_file(corpus_dir, prefix)):
            assert not any(a.startswith("党的") and a[2:3] in "十二" for a in answers), answers


def test_an_example_is_not_blanked(corpus_dir):
    """trivial (#27, rpdf#6): 例如，制作以红色文物为主题的（虚拟现实）体验课程 — any technology fits an
    illustration."""
    for q in every_question(_museum_article(corpus_dir)):
        if q.type == QuestionType.FILL_BLANK:
            assert not q.stem.startswith(("例如", "比如")), q.stem


def test_a_list_member_behind_a_short_modifier_is_an_open_slot(corpus_dir):
    """trivial (#27): 文化讲座、文物鉴赏会、历史文化（主题党日）等活动 — the modifier between the 顿号
    and the blank hid that it is one of a list of examples."""
    assert ["主题党日"] not in _blank_answers(_museum_article(corpus_dir))

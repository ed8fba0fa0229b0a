"""Regression tests for give-aways and missing context an independent instructor found (sample page, 03, 05, 10)."""
import random

from quiz.giveaways import answer_texts, echoes, gives_away, opens_with_pointer
from quiz.questions import QuestionType
from quiz.quiz_builder import build_quiz
from tests.quiz.question_fixtures import SAMPLE, analysed, corpus_file
from tests.quiz.test_review_round6 import every_question

BLANK_TYPES = (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)


def test_a_term_of_a_title_on_the_paper_is_never_an_answer():
    """织密“六张网”… on the paper: “（ ）”的建设不是追求单一的物理扩张 → 六张网 is read off the title."""
    articles = list(analysed(str(SAMPLE)))
    titles = [a.title for a in articles]
    for seed in range(6):
        for q in build_quiz(articles, 30, random.Random(seed)):
            if q.type in BLANK_TYPES:
                assert not any(a in t for a in answer_texts(q) for t in titles), (q.answer, q.stem)


def test_no_answer_of_a_quiz_shows_in_another_question_of_it():
    articles = list(analysed(str(SAMPLE)))
    for seed in range(6):
        chosen = build_quiz(articles, 30, random.Random(seed))
        for k, q in enumerate(chosen):
            assert not gives_away(q, chosen[:k]), (q.answer, q.stem)


def test_a_sentence_opening_with_a_pointer_is_not_asked(corpus_dir):
    """这里的“（ ）”，主要是指… → 现在: which 这里? the sentence before is not shown."""
    for q in every_question(corpus_file(corpus_dir, "05_")):
        assert not opens_with_pointer(q.source.sentence), q.stem


def test_an_answer_the_stem_spells_out_is_not_blanked(corpus_dir):
    """（ ），是中国电影…成绩卓著的40年 → 改革开放40年: the 40年 is in the stem."""
    for q in every_question(corpus_file(corpus_dir, "10_")):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE):
            assert not any(echoes(q.stem, a) for a in q.answer), (q.answer, q.stem)


def test_reordered_characters_of_the_answer_give_it_away():
    assert echoes("我要保护（\u00a0\u00a0）的家园", "要我保护")


def test_stock_words_are_no_blanks(corpus_dir):
    """部署若干重大（工程）、重大（计划）、重大（行动）: any plan says so; nothing to learn."""
    for q in every_question(corpus_file(corpus_dir, "03_")):
        if q.type == QuestionType.FILL_BLANK:
            assert "重大计划" not in q.answer, q.stem


def _orderings(path: str):
    return [q for q in every_question(path) if q.type == QuestionType.ORDERING]


def test_places_and_five_into_lists_are_not_put_in_order():
    """呼和浩特、满洲里、二连浩特三大片区 / 进农村、进社区、进学校…: no order worth learning."""
    for q in _orderings(str(SAMPLE)):
        assert "呼和浩特" not in q.answer and "进社区" not in q.answer, q.answer


def test_a_quoted_list_stem_keeps_its_full_stop(corpus_dir):
    """…部署若干（ ）”: the sentence ends there, so its 。 stays."""
    for q in [*every_question(corpus_file(corpus_dir, "09_")), *every_question(str(SAMPLE))]:
        if q.type in (QuestionType.ORDERING, QuestionType.MULTIPLE_CHOICE) and "写道" in q.stem:
            quote = q.stem[q.stem.find("“") + 1:q.stem.rfind("”")]
            assert quote.endswith(("。", "……", "！", "？")), q.stem


def test_a_numbered_point_alone_is_not_asked(corpus_dir):
    """二是在推动中国电影进入国际市场方面…: 二是 of what? the sentence before is not shown."""
    for q in every_question(corpus_file(corpus_dir, "10_")):
        assert not q.source.sentence.startswith(("一是", "二是", "三是")), q.stem


def test_a_stem_quoting_part_of_the_answer_is_not_asked(corpus_dir):
    """建设（ ）是在“强国”层面谈文化 → 文化强国: the quotes give half of it away."""
    for q in every_question(corpus_file(corpus_dir, "05_")):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE):
            assert not ("“强国”" in q.stem and "文化强国" in q.answer), q.stem

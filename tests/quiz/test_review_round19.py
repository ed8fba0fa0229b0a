"""Faults found by review round 19 (eight People's Daily pieces nobody tuned on, /work/notes/review_round19.md)."""
import random

from quiz.figures import wrong_figures
from quiz.giveaways import opens_with_pointer


def test_wrong_figures_are_no_simple_multiples_of_the_answer():
    # 研发经费投入增至（36130亿元）had 72260, 54200 and 27100: twice, 1.5 and 0.75 times one option,
    # so the answer was the one the others are multiples of
    for seed in range(20):
        for wrong in wrong_figures("36130亿元", 3, random.Random(seed), set()):
            ratio = float(wrong[:-2]) / 36130
            assert all(abs(ratio - simple) > 0.02 for simple in (0.5, 0.75, 1.5, 2.0)), wrong


def test_a_sentence_opening_on_the_key_to_something_points_back():
    # 关键是坚持以习近平法治思想为指导…: the key to what the sentence before says
    assert opens_with_pointer("关键是坚持以习近平法治思想为指导，完善执法司法制度机制。")
    assert opens_with_pointer("根本在于坚持党的领导。")
    assert not opens_with_pointer("关键核心技术攻关取得新突破。")


def test_a_count_changed_into_a_formula_of_its_own_is_no_wrong_option():
    # 紧扣“（四个面向）”推动教育高质量发展 offered 三个面向, the famous formula of education: a trap, not a wrong option
    from quiz.figures import wrong_counts
    from quiz.vocabulary import shipped_vocabulary
    listed = shipped_vocabulary()
    for seed in range(10):
        assert "三个面向" not in wrong_counts("四个面向", 3, random.Random(seed), "", listed)
    assert wrong_counts("四个自信", 3, random.Random(1), "", listed)


def _single_choice_answers(paragraphs):
    from content.model import Article, Section
    from quiz.questions import QuestionType
    from quiz.quiz_builder import all_questions
    art = Article("扩大国内需求", sections=[Section(None, paragraphs)])
    return [q.answer for seed in range(4)
            for q in all_questions(art, [], rng=random.Random(seed), types={QuestionType.SINGLE_CHOICE})]


def test_a_year_labelling_a_list_or_a_record_is_no_single_choice():
    # 并将其列为（2025年）九大重点任务之首: the point (扩大内需 first) is printed, the label's year is asked
    answers = _single_choice_answers([
        "中央经济工作会议强调大力提振消费、提高投资效益，全方位扩大国内需求，并将其列为2025年九大重点任务之首。",
        "扩大内需是战略之举。国内生产总值在2020年突破100万亿元大关后，先后跨越110万亿元、120万亿元。"])
    assert not any(a in (["2025年"], ["2020年"]) for a in answers)


def test_a_fall_from_one_figure_to_another_is_no_range():
    # 从5.8%降至（5.2%）was read as the range 5.8–5.2, so every wrong option lay above 5.8%
    from quiz.figures import range_ends
    text = "城镇调查失业率从5.8%降至5.2%，就业形势总体稳定。"
    i = text.index("5.2%")
    assert range_ends(text, i, i + 4) == (float("-inf"), float("inf"))

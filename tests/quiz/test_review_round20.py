"""Faults found by review round 20 (eight commentary pieces nobody tuned on, /work/notes/review_round20.md)."""
import random

from content.analysis import Analyzer
from content.model import Article, Section
from quiz.questions import QuestionType
from quiz.quiz_builder import all_questions


def _fill_answers(paragraphs, tmp_path):
    art = Article("数字乡村", sections=[Section(None, paragraphs)])
    art.key_terms = Analyzer(tmp_path).key_terms(art)
    return [q.answer for seed in range(3)
            for q in all_questions(art, [], rng=random.Random(seed), types={QuestionType.FILL_BLANK})]


def test_an_image_closing_its_clause_once_is_no_blank(tmp_path):
    # 农田有了“（智慧脑）”, 谱写出…的“（蓝色篇章）”: the writer's image of the moment, many words fit
    answers = _fill_answers([
        "数字技术加快向农业农村延伸。农田有了“智慧脑”，种田更加科学高效，数字乡村建设取得新进展。",
        "推动渔业向深海走，谱写出乡村全面振兴的“蓝色篇章”。数字乡村建设要坚持因地制宜，发展智慧农业。",
        "要加快补齐农村数字基础设施短板，推进智慧农业发展，让数字乡村建设惠及广大农民。"], tmp_path)
    assert ["智慧脑"] not in answers and ["蓝色篇章"] not in answers

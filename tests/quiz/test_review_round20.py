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


def test_a_run_of_quoted_images_is_no_blank(tmp_path):
    # 通过作风建设打造“护身符”“安全带”，…: two images side by side, each as open as the other
    answers = _fill_answers([
        "作风建设永远在路上。通过作风建设打造“护身符”“安全带”，这是对党员干部的真正爱护。",
        "要把作风建设抓在日常、严在经常，推动作风建设常态化长效化。作风建设关系人心向背。"], tmp_path)
    assert ["护身符"] not in answers and ["安全带"] not in answers


def test_a_commentary_opening_on_a_recent_scene_is_a_case():
    # review round 21: five of six questions of a commentary came from its opening story (近日，…)
    from quiz.evidence import ArticleContext, Role, sentence_role
    ctx = ArticleContext.of_text("医保共济标注为民情怀", "近日，笔者走进一家医院。医保共济是制度优势。")
    assert sentence_role("近日，笔者走进一家医院，看到患者用医保个人账户为家人缴费。", ctx) == Role.CASE
    assert sentence_role("医保共济是社会保障制度的优势所在。", ctx) == Role.CLAIM


def test_the_office_of_a_speaker_is_no_blank():
    # （国家医保局）副司长张慧星说: asking whose official spoke tests nothing
    from quiz.weak_blanks import reporting_subject
    s = "国家医保局医保中心副司长张慧星说，医保共济扩大了保障范围。"
    assert reporting_subject(s, 0, 5)
    assert not reporting_subject("医保共济扩大了保障范围，让群众得实惠。", 0, 4)

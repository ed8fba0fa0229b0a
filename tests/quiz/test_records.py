"""A figure a source found or expects (有机构预计，…; 据介绍，…) is the source's, not the article's to
teach: no question asks it (review round 22, r01). The article's own targets and totals still are."""
import random

from content.model import Article, Section
from quiz.facts import FactKind, extract_facts
from quiz.quiz_builder import all_questions


def _figures(paragraphs):
    art = Article("银发经济", sections=[Section(None, paragraphs)])
    return [f.answers[0] for f in extract_facts(art) if f.kind == FactKind.STATISTIC]


def test_a_forecast_of_some_institution_gives_no_figure_to_ask():
    assert _figures(["有机构预计，2025年其市场规模将超2800亿元。"]) == []


def test_a_figure_the_article_sets_out_is_still_asked():
    assert "4%" in _figures(["今年赤字率拟按4%左右安排，财政政策要更加积极。"])


def test_no_question_of_any_type_asks_a_reported_forecast():
    art = Article("银发经济", sections=[Section(None, [
        "发展银发经济是积极应对人口老龄化的重要举措。有机构预计，2025年其市场规模将超2800亿元。"])])
    questions = all_questions(art, pool=[], rng=random.Random(1))
    assert not any("2800亿元" in a for q in questions for a in map(str, q.answer))

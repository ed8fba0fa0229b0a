"""An organiser's library: three articles, a paper on all three (questions tied to them), and one more article."""
from __future__ import annotations

from content.library import Library
from content.model import Article, Page, Section
from quiz.question_sets import QuestionSet, QuestionSetStore
from tests.quiz.paper_fixtures import mixed_questions

TITLES = ["甲文", "乙文", "丙文", "丁文"]


def organiser_library() -> tuple[Library, list[int], QuestionSet]:
    lib = Library(":memory:")
    arts = [Article(t, sections=[Section(None, [f"{t}的正文。坚持问题导向。"])]) for t in TITLES]
    ids = lib.import_page(Page("p", arts), "p", "h").article_ids
    questions = [dict(q, article_id=ids[i % 3]) for i, q in enumerate(mixed_questions())]
    paper = QuestionSet("理论学习测试", ids[:3], questions)
    QuestionSetStore(lib.db).save(paper)
    return lib, ids, paper

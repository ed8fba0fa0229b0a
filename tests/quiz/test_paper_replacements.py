"""换一题 with the real question generator on the sample page."""
import random

from content.page_parser import parse_page
from quiz.paper_replacements import find_replacement
from quiz.question_data import as_dict
from quiz.quiz_builder import build_quiz


def test_replacement_is_new_and_of_the_dropped_type(sample_page_path):
    articles = parse_page(sample_page_path.read_text(encoding="utf-8"), "s").articles[:3]
    paper = [as_dict(q) for q in build_quiz(articles, 20, random.Random(1))]
    dropped = next(q for q in paper if q["type"] == "fill_blank")  # the type the articles hold most of
    kept = [q for q in paper if q is not dropped]
    new = find_replacement(articles, kept, [], dropped, 1)
    asked = {q["stem"] for q in paper}
    assert new["type"] == "fill_blank" and new["stem"] not in asked and new["id"] not in {q["id"] for q in paper}

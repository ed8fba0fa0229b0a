"""Real articles for the question tests: the sample page and the corpus, parsed by content/.

Key terms come from content.analysis when `analysed=True` (one Analyzer for the whole session);
without them the generator must still work on its own fact extraction.
"""
from __future__ import annotations

import functools
import random
import pathlib
import tempfile

from content.importer import parse_text
from content.reading import read_document

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "content" / "data" / "sample_page.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


@functools.lru_cache(maxsize=None)
def parsed(path: str) -> tuple:
    p = pathlib.Path(path)
    return tuple(parse_text(read_document(p), p.name).articles)


@functools.lru_cache(maxsize=1)
def analyzer():
    from content.analysis import Analyzer
    return Analyzer(pathlib.Path(tempfile.mkdtemp(prefix="xueer-quiz-tests-")))


@functools.lru_cache(maxsize=None)
def analysed(path: str) -> tuple:
    """The file's articles with their key terms (copies: tests may not share mutations)."""
    import copy
    articles = [copy.deepcopy(a) for a in parsed(path)]
    for art in articles:
        art.key_terms = analyzer().key_terms(art, corpus=[a for a in articles if a is not art])
    return tuple(articles)


def corpus_file(corpus_dir: pathlib.Path, prefix: str) -> str:
    return str(next(corpus_dir.glob(prefix + "*.txt")))


def article_titled(articles, fragment: str):
    return next(a for a in articles if fragment in a.title)


def every_question(path: str, seeds=range(3)):
    """All questions of each article of a file, the file's other articles as the library, per seed."""
    from quiz.quiz_builder import all_questions
    articles = analysed(path)
    for seed in seeds:
        for art in articles:
            yield from all_questions(art, [a for a in articles if a is not art], rng=random.Random(seed))


def quizzes(path: str, seeds=range(6), count=10):
    """One quiz over all articles of a file for each seed."""
    from quiz.quiz_builder import build_quiz
    return [build_quiz(list(analysed(path)), count, random.Random(seed)) for seed in seeds]

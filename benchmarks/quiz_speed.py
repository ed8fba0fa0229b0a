"""Quiz generation speed: a 30-question quiz from a library of 1,000 articles (target ≤ 200 ms warm)
and every question of one newly imported article (target ≤ 300 ms).

Each figure is printed with its ratio to a baseline measured in the same run on the same text:
splitting the text into sentences, the least any question generator must do.

    python benchmarks/quiz_speed.py [--library 1000] [--runs 5]
"""
from __future__ import annotations

import argparse
import copy
import pathlib
import random
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from content.importer import parse_text  # noqa: E402
from content.reading import read_document  # noqa: E402
from quiz.quiz_builder import all_questions, build_quiz  # noqa: E402
from quiz.vocabulary import shipped_vocabulary  # noqa: E402
from quiz.sentences import article_sentences  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
SAMPLE = ROOT / "content" / "data" / "sample_page.txt"


def source_articles() -> list:
    """The sample page and the corpus, parsed and analysed once (not timed)."""
    from content.analysis import Analyzer
    analyzer = Analyzer(pathlib.Path(tempfile.mkdtemp(prefix="xueer-bench-")))
    files = [SAMPLE, *sorted(CORPUS.glob("*.txt"))] if CORPUS.is_dir() else [SAMPLE]
    out = []
    for path in files:
        articles = parse_text(read_document(path), path.name).articles
        for art in articles:
            try:
                art.key_terms = analyzer.key_terms(art, corpus=[a for a in articles if a is not art])
            except Exception as exc:  # the analyser is not what is measured here; go on without its terms
                print(f"(key terms unavailable for {path.name}: {exc.__class__.__name__}; timing without them)")
        out.extend(articles)
    return out


def library_of(articles: list, size: int, rng: random.Random) -> list:
    """Variants of the real articles: renamed, sections rotated, a paragraph or two left out."""
    out = []
    for i in range(size):
        art = copy.deepcopy(articles[i % len(articles)])
        art.title = f"{art.title}（{i}）"
        k = rng.randrange(len(art.sections))
        art.sections = art.sections[k:] + art.sections[:k]
        for sec in art.sections:
            if len(sec.paragraphs) > 3 and rng.random() < 0.3:
                del sec.paragraphs[rng.randrange(len(sec.paragraphs))]
        out.append(art)
    return out


def timed(fn, runs: int) -> float:
    """Median wall time of fn() over runs, in milliseconds, after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    rng = random.Random(7)
    sources = source_articles()
    library = library_of(sources, args.library, rng)
    seeds = iter(range(10 ** 6))

    listed = shipped_vocabulary()  # the app reads it once; without it each quiz reads the files (~10 ms)
    quiz_ms = timed(lambda: build_quiz(library, 30, random.Random(next(seeds)), listed=listed), args.runs)
    split_all_ms = timed(lambda: [article_sentences(a) for a in library[:30]], args.runs)
    print(f"30-question quiz from {len(library)} articles: {quiz_ms:.1f} ms (target ≤ 200 ms); "
          f"baseline, splitting 30 articles into sentences: {split_all_ms:.1f} ms; "
          f"ratio {quiz_ms / split_all_ms:.1f}×")

    new = max(sources, key=lambda a: a.char_count())
    pool = library
    one_ms = timed(lambda: all_questions(new, pool, rng=random.Random(1)), args.runs)
    split_one_ms = timed(lambda: article_sentences(new), args.runs)
    count = len(all_questions(new, pool, rng=random.Random(1)))
    print(f"all {count} questions of one new article ({new.char_count()} characters, pool of {len(pool)}): "
          f"{one_ms:.1f} ms (target ≤ 300 ms); baseline sentence split: {split_one_ms:.2f} ms; "
          f"ratio {one_ms / split_one_ms:.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())

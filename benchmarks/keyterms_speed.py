"""Key-term speed on every corpus article, next to jieba.analyse.extract_tags on the same text.

    python benchmarks/keyterms_speed.py

Prints chars/s of Analyzer.key_terms and of a TF-IDF extractor bound to its own jieba.Tokenizer
(both warmed up, same process, same texts, CPU time, best of 7 interleaved rounds), their ratio (target >= 0.5), and the cold start: a new
process that loads the segmenter from its cache in the data dir and analyses one article.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"

COLD = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from content.analysis import Analyzer
from content.page_parser import parse_page
page = parse_page(Path({path!r}).read_text(encoding="utf-8"), "x")
Analyzer(Path({data!r})).key_terms(page.articles[0])
print(time.perf_counter() - t0)
"""


def corpus_articles():
    from content.page_parser import parse_page
    articles = []
    for path in sorted(CORPUS.glob("*.txt")):
        articles += parse_page(path.read_text(encoding="utf-8"), path.name).articles
    return articles


def baseline_extractor():
    import jieba
    import jieba.analyse
    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer = jieba.Tokenizer()
    tfidf.tokenizer.initialize()
    return tfidf


def timed_pair(ours, base, items, rounds=9):
    """CPU time of each, per round, the two interleaved so that other load on the machine hits both alike."""
    times = []
    for _ in range(rounds):
        pair = []
        for fn in (ours, base):
            t0 = time.process_time()  # CPU time: other processes on the machine do not count
            for item in items:
                fn(item)
            pair.append(time.process_time() - t0)
        times.append(pair)
    return times


def cold_start(data_dir: Path, path: Path) -> float:
    code = COLD.format(root=str(ROOT), path=str(path), data=str(data_dir))
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # builds the cache
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return time.perf_counter() - t0, float(out.stdout.strip())


def main() -> None:
    from content.analysis import Analyzer
    articles = corpus_articles()
    chars = sum(len(a.full_text()) for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        analyzer = Analyzer(Path(tmp))
        analyzer.key_terms(articles[0])
        tfidf = baseline_extractor()
        tfidf.extract_tags(articles[0].full_text(), topK=40)
        times = timed_pair(lambda a: analyzer.key_terms(a, corpus=articles),
                           lambda a: tfidf.extract_tags(a.full_text(), topK=40), articles)
        wall, inside = cold_start(Path(tmp) / "cold", CORPUS / "06_rmrb-2025-zhang-hui-keji-chanye-ronghe.txt")
    ours, base = min(t[0] for t in times), min(t[1] for t in times)
    ratios = sorted(t[1] / t[0] for t in times)
    print(f"articles: {len(articles)}, chars: {chars}")
    print(f"key_terms:    {chars / ours:>10,.0f} chars/s  ({ours:.3f} s, best round)")
    print(f"extract_tags: {chars / base:>10,.0f} chars/s  ({base:.3f} s, best round)")
    print(f"ratio (ours / extract_tags): {base / ours:.2f} best rounds, {statistics.median(ratios):.2f} median "
          f"of {len(ratios)} rounds  (target >= 0.5)")
    print(f"cold start, new process, cache in data dir, load + first analysis: {wall:.2f} s wall "
          f"({inside:.2f} s inside the process; target < 1.5 s)")


if __name__ == "__main__":
    main()

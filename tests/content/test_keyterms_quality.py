"""Key-term quality on real articles against hand-made lists (the instructor's dev set and ours).

Floors are the measured level minus a small margin, so a change that makes terms worse
fails here. Measures and lists: tests/content/keyterm_eval.py, tests/content/data/keyterms_*.json.
"""
import pytest

from content.analysis import Analyzer
from tests.content import keyterm_eval

# measured recall@40 per article (2026-11-29, fourth session: overall 0.68 over the 21 lists; 04, 01, 03 and the
# second list of 03 rose with the general vocabulary), minus 0.05. The lists of 07, 10, 02, and then 01 and 03 (the long reports)
# were written before looking at the extractor's output for them; the "second:" lists were made by another
# instructor who saw neither the app nor the first lists (two instructors agree 0.42–0.53 on 01 and 02).
# hand:10 0.75 -> 0.69 (fifteenth session, measured 0.77 -> 0.74): 中华文化软实力 is 41st behind two names of the
# second vocabulary (电影产业, 社会主义文艺), the second of which the second instructor's list of 10 holds.
# hand:06 0.78 -> 0.68 (twentieth session, measured 0.83 -> 0.73): the general vocabulary now weighs as the
# curated concepts do, which lifted the six fresh checks (48 articles listed by other instructors: +0.00 to
# +0.015 each, fewer struck terms in every set) but put once-said names of it (工业机器人, 基础教育) in the
# places of three lists said once that our list of 06 holds (传统产业升级、新兴产业壮大、未来产业培育).
RECALL_FLOOR = {
    "dev:05": 0.80, "dev:08": 0.84, "dev:11": 0.81,
    "hand:04": 0.83, "hand:06": 0.68, "hand:09": 0.66,
    "sample:勇担科技强区时代使命": 0.78, "sample:筑牢生态安全屏障": 0.75, "sample:六张网": 0.78,
    "hand:07": 0.69, "hand:10": 0.69, "hand:02": 0.55, "hand:01": 0.52, "hand:03": 0.37,
    "second:01": 0.33, "second:02": 0.25, "second:03": 0.35, "second:09": 0.57, "second:10": 0.63,
    "blind:借智博物馆": 0.54,  # a short article nobody tuned on (fourth session); read from its PDF
}
OVERALL_RECALL_FLOOR = 0.66
JUNK_CEILING = 0.05
MOST_FRAGMENTS = 1  # at most one fragment in an article's top 40 (measured: 0 or 1)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    if not keyterm_eval.CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    analyzer = Analyzer(tmp_path_factory.mktemp("xueer"))
    return {row["name"]: row for row in (keyterm_eval.measure(analyzer, g) for g in keyterm_eval.gold_articles())}


def _floor(name):
    return next(v for k, v in RECALL_FLOOR.items() if name.startswith(k))


def test_every_gold_article_is_measured(results, corpus_dir):
    assert len(results) == len(RECALL_FLOOR)


def test_recall_per_article_holds(results):
    low = {n: round(r["recall"], 2) for n, r in results.items() if r["recall"] < _floor(n)}
    assert not low


def test_overall_recall_holds(results):
    assert sum(r["recall"] for r in results.values()) / len(results) >= OVERALL_RECALL_FLOOR


def test_junk_stays_low(results):
    assert max(r["junk"] for r in results.values()) <= JUNK_CEILING


def test_fragments_stay_rare(results):
    assert max(len(r["fragment_terms"]) for r in results.values()) <= MOST_FRAGMENTS

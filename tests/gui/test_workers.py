"""The background analysis worker, driven in the test's thread."""
from content.library import Library
from content.model import Article, Page, Section
from gui.workers import AnalysisWorker


class CorpusRecorder:
    """An analyzer that remembers which other articles each analysis was given."""

    def __init__(self):
        self.seen = {}

    def key_terms(self, article, corpus=None, added=(), removed=()):
        self.seen[article.title] = sorted(a.title for a in corpus)
        return []


def add_page(lib, *titles):
    articles = [Article(t, sections=[Section(None, [f"{t}的正文内容。"])]) for t in titles]
    return lib.import_page(Page("p.txt", articles), "p.txt", "+".join(titles)).article_ids


def test_each_article_is_analysed_against_the_others(tmp_path):
    lib = Library.open(tmp_path)
    ids = add_page(lib, "甲文", "乙文", "丙文")
    recorder = CorpusRecorder()
    worker = AnalysisWorker(tmp_path, lambda _dir: recorder)
    worker.request(ids)
    worker._drain()
    assert recorder.seen == {"甲文": ["丙文", "乙文"], "乙文": ["丙文", "甲文"], "丙文": ["乙文", "甲文"]}


def test_an_article_imported_while_the_worker_is_busy_is_in_the_corpus(tmp_path):
    lib = Library.open(tmp_path)
    recorder = CorpusRecorder()
    worker = AnalysisWorker(tmp_path, lambda _dir: recorder)
    worker._analyse(add_page(lib, "甲文")[0])   # the worker's library stays open between articles
    worker._analyse(add_page(lib, "乙文", "丙文")[0])
    assert recorder.seen["乙文"] == ["丙文", "甲文"]


def test_terms_of_an_older_extractor_are_analysed_again_and_current_ones_are_not(tmp_path):
    lib = Library.open(tmp_path)
    old, current = add_page(lib, "甲文", "乙文")
    lib.save_key_terms(old, [], version=None)
    lib.save_key_terms(current, [])
    recorder = CorpusRecorder()
    worker = AnalysisWorker(tmp_path, lambda _dir: recorder)
    worker.request(lib.stale_analysis_ids())
    worker.request([current])
    worker._drain()
    assert list(recorder.seen) == ["甲文"]
    assert Library.open(tmp_path).analysis_current(old)

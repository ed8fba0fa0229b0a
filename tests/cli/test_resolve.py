"""cli.resolve: stored articles are brought up to date with one analyzer for them all."""
import pytest

from cli import resolve
from content.library import Library
from content.model import Article, BadInput, KeyTerm, Page, Section


class CountingAnalyzer:
    made = 0

    def __init__(self):
        CountingAnalyzer.made += 1

    def key_terms(self, article, corpus=None, added=(), removed=()):
        return [KeyTerm("新质生产力", 1.0)]


def test_stale_articles_are_analysed_with_one_analyzer(tmp_path, monkeypatch):
    lib = Library.open(tmp_path)
    ids = lib.import_page(Page("p", [Article(f"第{i}篇", sections=[Section(None, ["发展新质生产力。"])])
                                     for i in range(3)]), "p", "h").article_ids
    for i in ids[:2]:
        lib.save_key_terms(i, [KeyTerm("内容", 0.1)], version=None)   # an older extractor's terms
    lib.save_key_terms(ids[2], [KeyTerm("新质生产力", 1.0)])          # current
    CountingAnalyzer.made = 0
    monkeypatch.setattr(resolve, "make_analyzer", lambda data_dir: CountingAnalyzer())
    articles = resolve.library_articles(lib, ids, tmp_path)
    assert CountingAnalyzer.made == 1
    assert [a.key_terms[0].term for a in articles] == ["新质生产力"] * 3
    assert lib.stale_analysis_ids() == []


def test_an_unknown_id_is_a_chinese_message(tmp_path):
    lib = Library.open(tmp_path)
    with pytest.raises(BadInput, match="没有编号为 99 的文章"):
        resolve.library_articles(lib, [99], tmp_path)

from pathlib import Path

import pytest

from content.importer import analyse_missing, ensure_sample, import_files, import_text
from content.library import Library
from content.model import KeyTerm


@pytest.fixture
def lib():
    library = Library(":memory:")
    yield library
    library.close()


def test_first_start_imports_the_sample_page_once(lib):
    result = ensure_sample(lib)
    assert result.ok and len(result.article_ids) == 3
    assert ensure_sample(lib) is None
    assert len(lib.list_articles()) == 3


def test_sample_titles_come_out_clean(lib):
    ensure_sample(lib)
    titles = [s.title for s in lib.list_articles()]
    assert "以正确政绩观筑牢生态安全屏障" in titles
    assert all("#" not in t and "□" not in t for t in titles)


def test_reimporting_a_file_adds_nothing(lib, sample_page_path):
    first = import_files(lib, [sample_page_path])[0]
    second = import_files(lib, [sample_page_path])[0]
    assert first.added and not second.added
    assert second.ok and "已在文库中" in second.message
    assert len(lib.list_articles()) == 3


def test_a_bad_file_does_not_stop_the_others(lib, tmp_path, sample_page_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "没有这个文件.txt"
    results = import_files(lib, [empty, sample_page_path, missing, tmp_path])
    assert [r.ok for r in results] == [False, True, False, False]
    assert all(r.message and any("\u4e00" <= ch <= "\u9fff" for ch in r.message) for r in results)
    assert len(lib.list_articles()) == 3


def test_bad_files_leave_the_library_untouched(lib, tmp_path):
    blob = tmp_path / "图片.txt"
    blob.write_bytes(bytes(range(256)) * 40)
    fake_docx = tmp_path / "假的.docx"
    fake_docx.write_text("不是 zip", encoding="utf-8")
    results = import_files(lib, [blob, fake_docx])
    assert not any(r.ok for r in results)
    assert lib.is_empty() and lib.db["pages"].count == 0


def test_pasted_text_becomes_an_article(lib):
    text = "学习贯彻新发展理念\n\n□王五\n\n新发展理念是一个系统的理论体系。完整准确全面贯彻新发展理念。\n"
    result = import_text(lib, text)
    assert result.ok
    art = lib.get_article(result.article_ids[0])
    assert "新发展理念是一个系统的理论体系" in art.body_text()


def test_pasted_blank_text_is_refused_with_a_message(lib):
    result = import_text(lib, "   \n\n  ")
    assert not result.ok and result.message
    assert lib.is_empty()


class CountingAnalyzer:
    """Stands in for content.analysis.Analyzer: records what it was asked, returns one term."""

    def __init__(self):
        self.calls = []

    def key_terms(self, article, corpus=None, added=(), removed=()):
        self.calls.append((article.title, len(corpus or []), list(added), list(removed)))
        return [KeyTerm(t, 1.0) for t in added] or [KeyTerm("示例", 0.5)]


def test_analyse_missing_analyses_each_article_once_with_its_corrections(lib):
    ids = ensure_sample(lib).article_ids
    lib.add_term(ids[0], "算电协同")
    analyzer = CountingAnalyzer()
    assert analyse_missing(lib, analyzer) == ids
    assert analyse_missing(lib, analyzer) == []
    assert len(analyzer.calls) == 3
    assert analyzer.calls[0][1] == 2 and analyzer.calls[0][2] == ["算电协同"]
    assert [k.term for k in lib.get_article(ids[0]).key_terms] == ["算电协同"]


def test_every_corpus_file_imports(lib, corpus_dir):
    files = sorted(p for p in corpus_dir.rglob("*") if p.is_file())
    results = import_files(lib, files)
    failed = [(Path(r.path).name, r.message) for r in results if not r.ok]
    assert failed == []
    added = [r for r in results if r.added]
    # raw/ holds the same texts as two of the .txt files (docx, GBK): those are recognised, not doubled
    assert all("已在文库中" in r.message for r in results if not r.added)
    assert len(lib.list_articles()) >= len(added) >= len(files) - 2


@pytest.mark.parametrize("nonsense", ["!!!@@@ ### 12345 / ~~~ 【】【】 。。。", "asdf qwer 123 !!! 哈哈"])
def test_text_without_chinese_prose_is_refused(lib, nonsense):
    result = import_text(lib, nonsense)
    assert not result.ok and "中文" in result.message
    assert lib.is_empty()


def test_the_same_page_as_txt_and_docx_is_one_page(lib, corpus_dir):
    txt = corpus_dir / "01_nmg-2025-zhengfu-gongzuo-baogao.txt"
    docx = corpus_dir / "raw" / "2025年内蒙古自治区政府工作报告.docx"
    first, second = import_files(lib, [txt, docx])
    assert first.added and second.ok and not second.added
    assert len(lib.list_articles()) == len(first.article_ids)

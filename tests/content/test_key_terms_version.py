"""Key terms made by an older extractor are redone, keeping the user's corrections."""
import pytest

from content.analysis import Analyzer
from content.importer import analyse_article
from content.library import Library
from content.model import Article, KeyTerm, Page, Section

TEXT = "加快发展新质生产力。新质生产力是先进生产力。要织密“六张网”，建设“六张网”。"


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p.txt", [Article("发展新质生产力", sections=[Section(None, [TEXT])])]), "p.txt", "h")
    return lib


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def article_id(lib):
    return lib.article_ids()[0]


def make_old(lib, aid, terms):
    """As a library written before versions were kept: the terms stored, no version."""
    lib.save_key_terms(aid, terms, version=None)


def test_an_analysis_now_is_current(lib, analyzer):
    aid = article_id(lib)
    assert not lib.has_analysis(aid) and not lib.analysis_current(aid)
    analyse_article(lib, analyzer, aid)
    assert lib.analysis_current(aid) and lib.stale_analysis_ids() == []


def test_terms_from_before_versions_are_shown_but_stale(lib):
    aid = article_id(lib)
    make_old(lib, aid, [KeyTerm("内容", 0.1)])
    assert lib.has_analysis(aid) and not lib.analysis_current(aid)
    assert lib.stale_analysis_ids() == [aid]


def test_redoing_a_stale_analysis_keeps_the_users_corrections(lib, analyzer):
    aid = article_id(lib)
    make_old(lib, aid, [KeyTerm("内容", 0.1)])
    lib.add_term(aid, "先进生产力")
    lib.remove_term(aid, "六张网")
    analyse_article(lib, analyzer, aid)
    terms = [k.term for k in lib.get_article(aid).key_terms]
    assert terms[0] == "先进生产力" and "新质生产力" in terms
    assert "六张网" not in terms and "内容" not in terms
    assert lib.analysis_current(aid)


def test_a_correction_does_not_make_stale_terms_current(lib):
    aid = article_id(lib)
    make_old(lib, aid, [KeyTerm("新质生产力", 1.0)])
    lib.add_term(aid, "先进生产力")
    assert not lib.analysis_current(aid)



def test_a_library_from_before_versions_opens_with_its_terms_stale(tmp_path):
    """The migration adds the version column to a library whose articles already have key terms."""
    import sqlite_utils
    lib = Library.open(tmp_path)
    aid = lib.import_page(Page("p.txt", [Article("题", sections=[Section(None, [TEXT])])]), "p.txt", "h").article_ids[0]
    lib.save_key_terms(aid, [KeyTerm("内容", 0.1)])
    lib.close()
    db = sqlite_utils.Database(tmp_path / "library.db")
    db.execute("delete from _sqlite_migrations where name = 'm004_key_terms_version'")
    db.execute("alter table articles drop column key_terms_version")
    db.conn.commit()
    db.close()
    lib = Library.open(tmp_path)
    assert lib.has_analysis(aid) and lib.stale_analysis_ids() == [aid]
    assert [k.term for k in lib.get_article(aid).key_terms] == ["内容"]

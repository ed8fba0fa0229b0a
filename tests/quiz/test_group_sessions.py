"""Typed group sessions: names, forms and defaults, checked before they are stored."""
import pytest

from content.library import Library
from content.model import Article, BadInput, Page, Section
from quiz.contest_store import SessionKind
from quiz.group_sessions import new_session, parse_kind, split_names


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def test_names_split_on_any_chinese_or_latin_separator():
    assert split_names("王芳、李强，赵敏;孙丽 周杰") == ["王芳", "李强", "赵敏", "孙丽", "周杰"]


def test_a_name_signed_twice_counts_once():
    assert split_names("王芳、李强、王芳") == ["王芳", "李强"]


@pytest.mark.parametrize("text, kind", [("集体学习", SessionKind.GROUP_STUDY), ("中心组", SessionKind.CENTRAL_GROUP),
                                        ("党日", SessionKind.PARTY_DAY), ("party_day", SessionKind.PARTY_DAY)])
def test_forms_are_known_by_code_name_or_short_name(text, kind):
    assert parse_kind(text) == kind


def test_ambiguous_form_is_refused():
    with pytest.raises(BadInput):
        parse_kind("学习")


def test_typed_topic_wins_over_the_articles(lib):
    assert new_session(lib, " 学习贯彻全会精神 ", "集体学习", "2026-11-27", lib.article_ids(), "").topic == "学习贯彻全会精神"


def test_article_titles_are_taken_from_the_library(lib):
    assert new_session(lib, "x", "集体学习", "2026-11-27", lib.article_ids(), "").article_titles == ["织密六张网"]


def test_missing_article_is_refused(lib):
    with pytest.raises(BadInput):
        new_session(lib, "x", "集体学习", "2026-11-27", [99], "")

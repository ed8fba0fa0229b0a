"""Typed group sessions: names, forms and defaults, checked before they are stored."""
import pytest

from content.library import Library
from content.model import Article, BadInput, Page, Section
from quiz.contest_store import SessionKind
from quiz.group_sessions import new_session, parse_kind, parse_minutes, split_names


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


@pytest.mark.parametrize("typed, minutes", [("90", 90), (" 90分钟 ", 90), ("９０", 90), ("1.5小时", 90),
                                            ("2 小时", 120), ("", None), (None, None)])
def test_length_is_read_as_people_write_it(typed, minutes):
    assert parse_minutes(typed) == minutes


@pytest.mark.parametrize("typed, says", [("-30", "负数"), ("九十", "看不懂"), ("abc", "看不懂"),
                                         ("10000", "1 到 600"), ("0", "1 到 600"), ("1.5", "整数")])
def test_bad_length_is_refused_in_chinese(typed, says):
    with pytest.raises(BadInput, match=says):
        parse_minutes(typed)


def test_details_are_kept_on_one_line(lib):
    s = new_session(lib, "x", "集体学习", "2026-11-27", [], "", minutes="45", place=" 党员\n活动室 ",
                    host=" 张书记 ", recorder="李强")
    assert (s.minutes, s.place, s.host, s.recorder) == (45, "党员 活动室", "张书记", "李强")


def test_details_may_all_be_left_out(lib):
    s = new_session(lib, "x", "集体学习", "2026-11-27", [], "")
    assert (s.minutes, s.place, s.host, s.recorder) == (None, "", "", "")


def test_a_pasted_paragraph_is_no_place(lib):
    with pytest.raises(BadInput, match="地点"):
        new_session(lib, "x", "集体学习", "2026-11-27", [], "", place="会" * 41)

"""A session entered wrongly can be corrected or removed before the 学习台账 goes in: the store's
update_session / delete_session, group_sessions.edited_session, and what the ledger then shows."""
from datetime import datetime, timezone

import openpyxl
import pytest
import sqlite_utils

from content.library import Library
from content.model import Article, BadInput, Page, Section
from quiz.contest_store import GroupSession, GroupStore, SessionKind, TeamResult
from quiz.group_sessions import contests_kept_note, edited_session, session_line
from quiz.ledger import write_ledger
from quiz.ledger_source import LedgerSource

TOPIC = "学习贯彻党的二十届四中全会精神"


def fixed_clock():
    return datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def store():
    return GroupStore(sqlite_utils.Database(memory=True), clock=fixed_clock)


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文一。"])]),
                               Article("坚持问题导向", sections=[Section(None, ["正文二。"])])]), "p", "h")
    return lib


def a_session(**fields) -> GroupSession:
    values = {"date": "2026-11-20", "topic": TOPIC, "article_ids": [1], "article_titles": ["织密六张网"],
              "participants": ["王芳", "李强"], "minutes": 60, "place": "党员活动室"}
    return GroupSession(**{**values, **fields})


# ---- the store ---------------------------------------------------------------------------------
def test_update_session_replaces_the_recorded_fields(store):
    sid = store.add_session(a_session())
    store.update_session(sid, a_session(topic="学习六张网", minutes=90, host="张书记", participants=["赵敏"]))
    s = store.session(sid)
    assert (s.id, s.topic, s.minutes, s.host, s.participants) == (sid, "学习六张网", 90, "张书记", ["赵敏"])


def test_update_session_leaves_other_sessions_alone(store):
    first = store.add_session(a_session())
    second = store.add_session(a_session(topic="学习六张网"))
    store.update_session(first, a_session(topic="改过的主题"))
    assert store.session(second).topic == "学习六张网"


def test_update_of_an_unknown_session_is_refused_in_chinese(store):
    with pytest.raises(BadInput, match="找不到编号为 7 的集体学习记录"):
        store.update_session(7, a_session())


def test_update_without_a_topic_is_refused_and_keeps_the_old_one(store):
    sid = store.add_session(a_session())
    with pytest.raises(BadInput, match="主题"):
        store.update_session(sid, a_session(topic="  "))
    assert store.session(sid).topic == TOPIC


def test_update_with_a_bad_length_is_refused(store):
    sid = store.add_session(a_session())
    with pytest.raises(BadInput, match="学习时长"):
        store.update_session(sid, a_session(minutes=10000))
    assert store.session(sid).minutes == 60


def test_delete_session_removes_it(store):
    sid = store.add_session(a_session())
    keep = store.add_session(a_session(topic="另一次"))
    store.delete_session(sid)
    assert [s.id for s in store.sessions()] == [keep]


def test_delete_of_an_unknown_session_is_refused_in_chinese(store):
    with pytest.raises(BadInput, match="找不到编号为 3 的集体学习记录"):
        store.delete_session(3)


def test_deleting_a_session_keeps_its_contests_detached(store):
    sid = store.add_session(a_session(kind=SessionKind.CONTEST))
    cid = store.start_contest("十一月知识竞赛", {"scores": [10, 0]}, sid)
    store.finish_contest(cid, {"scores": [10, 0]}, [TeamResult("第一党小组", "#c0392b", ["王芳"], 10, 1)])
    assert store.delete_session(sid) == 1
    kept = store.contest(cid)
    assert (kept.session_id, kept.title, kept.results[0].score) == (None, "十一月知识竞赛", 10)


def test_a_running_contest_can_be_carried_on_after_its_session_is_deleted(store):
    sid = store.add_session(a_session(kind=SessionKind.CONTEST))
    cid = store.start_contest("竞赛", {"scores": [0, 0]}, sid)
    store.delete_session(sid)
    assert store.unfinished_contest().id == cid


def test_deleting_a_session_detaches_only_its_own_contests(store):
    gone = store.add_session(a_session())
    other = store.add_session(a_session(topic="另一次"))
    store.start_contest("甲", {}, gone)
    theirs = store.start_contest("乙", {}, other)
    assert store.delete_session(gone) == 1
    assert store.contest(theirs).session_id == other


def test_deleting_a_session_without_contests_detaches_none(store):
    assert store.delete_session(store.add_session(a_session())) == 0


# ---- edited_session ----------------------------------------------------------------------------
def test_fields_not_given_stay_as_recorded(lib):
    old = a_session(host="张书记", id=4)
    s = edited_session(lib, old, minutes="1.5小时")
    assert (s.minutes, s.topic, s.host, s.participants, s.article_ids, s.id) == \
        (90, TOPIC, "张书记", ["王芳", "李强"], [1], 4)


def test_an_empty_length_or_place_clears_it(lib):
    s = edited_session(lib, a_session(), minutes="", place=" ")
    assert (s.minutes, s.place) == (None, "")


def test_edited_fields_are_checked_as_when_added(lib):
    with pytest.raises(BadInput, match="学习形式"):
        edited_session(lib, a_session(), kind="座谈会")


def test_edited_people_are_split_as_typed(lib):
    assert edited_session(lib, a_session(), participants="赵敏，孙丽、赵敏").participants == ["赵敏", "孙丽"]


def test_new_articles_bring_their_titles(lib):
    s = edited_session(lib, a_session(), article_ids=[2, 1])
    assert (s.article_ids, s.article_titles) == ([2, 1], ["坚持问题导向", "织密六张网"])


def test_an_article_not_in_the_library_is_refused(lib):
    with pytest.raises(BadInput, match="9"):
        edited_session(lib, a_session(), article_ids=[1, 9])


def test_an_article_removed_from_the_library_since_may_stay(lib):
    old = a_session(article_ids=[1, 30], article_titles=["织密六张网", "已删除的文章"])
    s = edited_session(lib, old, article_ids=[30])
    assert (s.article_ids, s.article_titles) == ([30], ["已删除的文章"])


def test_an_emptied_topic_is_made_again_from_the_articles(lib):
    assert edited_session(lib, a_session(), topic="").topic == "学习《织密六张网》"


def test_a_field_edit_does_not_know_is_a_programming_error(lib):
    with pytest.raises(TypeError):
        edited_session(lib, a_session(), colour="red")


def test_session_line_names_date_kind_topic_and_people():
    assert session_line(a_session()) == f"2026-11-20 集体学习：{TOPIC}（2 人参加）"


def test_the_kept_contests_note_says_they_leave_the_ledger():
    assert contests_kept_note(0) == "" and "2 场知识竞赛" in contests_kept_note(2) and "台账" in contests_kept_note(2)


# ---- the ledger reads the store ------------------------------------------------------------------
def ledger_sheets(lib, tmp_path) -> list[str]:
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    return openpyxl.load_workbook(out).sheetnames


def test_an_edited_session_shows_as_edited_in_the_ledger(lib, tmp_path):
    store = GroupStore(lib.db)
    sid = store.add_session(a_session())
    store.update_session(sid, edited_session(lib, store.session(sid), topic="学习六张网", day="2026-11-21"))
    sheets = ledger_sheets(lib, tmp_path)
    assert "2026-11-21 学习六张网" in sheets and f"2026-11-20 {TOPIC}" not in sheets


def test_an_edited_length_reaches_the_ledger_sheet(lib, tmp_path):
    store = GroupStore(lib.db)
    sid = store.add_session(a_session())
    store.update_session(sid, edited_session(lib, store.session(sid), minutes="120"))
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(out)[f"2026-11-20 {TOPIC}"]
    fields = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert fields["时长（分钟）"] == 120


def test_a_deleted_session_leaves_the_ledger(lib, tmp_path):
    store = GroupStore(lib.db)
    store.delete_session(store.add_session(a_session()))
    store.add_session(a_session(topic="学习六张网"))
    sheets = ledger_sheets(lib, tmp_path)
    assert "2026-11-20 学习六张网" in sheets and f"2026-11-20 {TOPIC}" not in sheets

"""The 主持人 of a session is in the 学习台账 (ux report 5, #10), and long sheet names stay unique and readable."""
from datetime import datetime, timezone

import openpyxl
import pytest

from content.library import Library
from content.model import Article, Page, Section
from quiz.contest_store import GroupSession, GroupStore, SessionKind, TeamResult
from quiz.learning_store import LearningStore
from quiz.ledger import PERSON_HEADERS, SHEET_NAME_CHARS, sheet_title, write_ledger
from quiz.ledger_source import LedgerSource
from quiz.profiles import Profiles

LONG = "学习《以科技创新与产业创新深度融合培育新质生产力》等3篇文章"


def noon():
    return datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def lib():
    lib = Library(":memory:", clock=lambda: noon().timestamp())
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def contest_run_here(lib, learner: str) -> None:
    """The PC's one learner runs a contest between two teams; nobody typed a 主持人."""
    store = LearningStore(lib.db, clock=noon)
    Profiles(store).update(store.ensure_profile(), name=learner)
    group = GroupStore(lib.db, clock=noon)
    aid = lib.article_ids()[0]
    sid = group.add_session(GroupSession("2026-11-21", LONG, [aid], ["织密六张网"], ["王芳", "刘伟"], SessionKind.CONTEST))
    cid = group.start_contest("知识竞赛", {}, session_id=sid)
    group.finish_contest(cid, {}, [TeamResult("一组", "#c00", ["王芳"], 130, 1), TeamResult("二组", "#00c", ["刘伟"], 120, 2)])


def export(lib, tmp_path):
    return openpyxl.load_workbook(write_ledger(LedgerSource(lib, unit="第一党支部"), tmp_path / "台账.xlsx"))


def summary(wb) -> dict:
    return {r[0].value: dict(zip(PERSON_HEADERS, (c.value for c in r))) for r in wb["人员汇总"].iter_rows(min_row=3)}


def test_a_contest_host_left_empty_stays_empty(lib, tmp_path):
    """ux report 8, P15: the field says 可不填; the learner's name filled in silently surprised the user."""
    contest_run_here(lib, "张丽")
    sheet = export(lib, tmp_path).worksheets[-1]
    assert {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}.get("主持人") is None


def test_a_typed_contest_host_is_in_its_sheet(lib, tmp_path):
    group = GroupStore(lib.db, clock=noon)
    sid = group.add_session(GroupSession("2026-11-21", LONG, lib.article_ids(), ["织密六张网"], ["王芳"],
                                         SessionKind.CONTEST, host="张书记"))
    group.finish_contest(group.start_contest("知识竞赛", {}, session_id=sid), {}, [])
    sheet = export(lib, tmp_path).worksheets[-1]
    assert {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}["主持人"] == "张书记"


def test_the_host_of_a_contest_counts_a_group_session(lib, tmp_path):
    contest_run_here(lib, "张丽")
    assert summary(export(lib, tmp_path))["张丽"]["集体学习（次）"] == 1


def test_a_typed_host_not_on_the_sign_in_list_took_part(lib, tmp_path):
    GroupStore(lib.db, clock=noon).add_session(GroupSession("2026-11-22", "集体学习", lib.article_ids(), ["织密六张网"],
                                                            ["王芳"], host="张书记"))
    assert summary(export(lib, tmp_path))["张书记"]["集体学习（次）"] == 1


def test_a_long_topic_is_cut_with_an_ellipsis_and_its_title_mark_closed():
    title = sheet_title(GroupSession("2026-11-21", LONG), set())
    assert len(title) == SHEET_NAME_CHARS and title.endswith("…》")


def test_two_sessions_cut_to_the_same_name_stay_apart_and_within_the_limit():
    used: set[str] = set()
    first, second = (sheet_title(GroupSession("2026-11-21", LONG), used) for _ in range(2))
    assert first != second and len(second) <= SHEET_NAME_CHARS and second.endswith("…》（2）")


def test_sheet_names_differing_only_in_case_are_kept_apart():
    used: set[str] = set()
    sheet_title(GroupSession("2026-11-21", "学习XJP"), used)
    assert sheet_title(GroupSession("2026-11-21", "学习xjp"), used) == "2026-11-21 学习xjp（2）"   # Excel ignores case


def test_a_contest_registered_by_hand_is_given_no_guessed_host(lib, tmp_path):
    """review: a 知识竞赛 held elsewhere and only registered here (session add --kind 知识竞赛) named this
    PC's learner as its host and counted her as attending."""
    store = LearningStore(lib.db, clock=noon)
    Profiles(store).update(store.ensure_profile(), name="张丽")
    GroupStore(lib.db, clock=noon).add_session(GroupSession("2026-11-21", "知识竞赛", lib.article_ids(), ["织密六张网"],
                                                            ["王芳"], SessionKind.CONTEST))
    assert summary(export(lib, tmp_path))["张丽"]["集体学习（次）"] == 0

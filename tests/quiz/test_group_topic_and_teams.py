"""The 学习主题 of a group session reaches the 学习台账; the last contest's teams are remembered."""
from datetime import datetime, timezone

import openpyxl
import pytest
import sqlite_utils

from content.library import Library
from content.model import Article, Page, Section
from quiz.contest import Team
from quiz.contest_store import MIGRATIONS, GroupSession, GroupStore, SessionKind, TeamResult, suggested_topic
from quiz.ledger import CONTEST_HEADERS, write_ledger
from quiz.ledger_source import LedgerSource

TOPIC = "学习贯彻党的二十届四中全会精神"


def noon():
    return datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文一。"])])]), "p", "h")
    return lib


def session_fields(path, sheet_prefix: str) -> dict:
    wb = openpyxl.load_workbook(path)
    name = next(n for n in wb.sheetnames if n.startswith(sheet_prefix))
    return {r[0]: r[1] for r in wb[name].iter_rows(min_row=2, values_only=True) if r and r[0]}


def test_contest_session_topic_is_the_ledger_topic_and_form_stays_contest(lib, tmp_path):
    store = GroupStore(lib.db, clock=noon)
    sid = store.add_session(GroupSession("2026-11-20", TOPIC, lib.article_ids(), ["织密六张网"], ["王芳"],
                                         SessionKind.CONTEST))
    store.start_contest("知识竞赛", {}, session_id=sid)
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    fields = session_fields(out, "2026-11-20")
    assert (fields["主题"], fields["形式"]) == (TOPIC, "知识竞赛")


def test_sheet_of_the_session_is_named_by_date_and_topic(lib, tmp_path):
    GroupStore(lib.db).add_session(GroupSession("2026-11-20", TOPIC, [], [], ["王芳"], SessionKind.GROUP_STUDY))
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    assert f"2026-11-20 {TOPIC}" in openpyxl.load_workbook(out).sheetnames


def old_database(path) -> None:
    """A data file written before the group settings existed: only the first group migration ran."""
    db = sqlite_utils.Database(str(path))
    MIGRATIONS.apply(db, stop_before="m002_group_settings")
    db["group_sessions"].insert({"date": "2026-11-20", "topic": "知识竞赛", "kind": "contest",
                                 "article_ids": "[1]", "article_titles": '["织密六张网"]',
                                 "participants": '["王芳"]', "notes": "", "created_at": "2026-11-20T09:00:00"})
    db.conn.close()


def test_old_database_keeps_its_sessions(tmp_path):
    old_database(tmp_path / "library.db")
    store = GroupStore(sqlite_utils.Database(str(tmp_path / "library.db")))
    assert [(s.topic, s.kind) for s in store.sessions()] == [("知识竞赛", SessionKind.CONTEST)]


def test_old_database_offers_no_teams_then_remembers_them(tmp_path):
    old_database(tmp_path / "library.db")
    store = GroupStore(sqlite_utils.Database(str(tmp_path / "library.db")))
    assert store.remembered_teams() == []
    store.remember_teams([Team("甲队", "#c0392b", "A", ["王芳"])])
    assert [t.name for t in store.remembered_teams()] == ["甲队"]


def test_old_database_exports_its_ledger(tmp_path):
    old_database(tmp_path / "library.db")
    lib = Library(tmp_path / "library.db")
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    assert session_fields(out, "2026-11-20")["形式"] == "知识竞赛"


def test_remembered_teams_round_trip():
    store = GroupStore(sqlite_utils.Database(memory=True))
    teams = [Team("第一党小组", "#c0392b", "A", ["王芳", "李强"]), Team("机关党支部", "#1f618d", "L", ["赵敏"])]
    store.remember_teams(teams)
    assert store.remembered_teams() == teams


def test_remembering_again_replaces_the_teams():
    store = GroupStore(sqlite_utils.Database(memory=True))
    store.remember_teams([Team("甲队", "#c0392b", "A", ["王芳"])])
    store.remember_teams([Team("乙队", "#1f618d", "B", ["李强"])])
    assert [t.name for t in store.remembered_teams()] == ["乙队"]


def test_forgotten_teams_are_not_offered():
    store = GroupStore(sqlite_utils.Database(memory=True))
    store.remember_teams([Team("甲队", "#c0392b", "A", ["王芳"])])
    store.forget_teams()
    assert store.remembered_teams() == []


def test_damaged_remembered_teams_read_as_none():
    db = sqlite_utils.Database(memory=True)
    store = GroupStore(db)
    db["group_settings"].insert({"key": "last_teams", "value": "{not json"})
    assert store.remembered_teams() == []


def test_teams_are_remembered_in_the_database_file(tmp_path):
    GroupStore(sqlite_utils.Database(str(tmp_path / "g.db"))).remember_teams([Team("甲队", "#c0392b", "A", ["王芳"])])
    assert GroupStore(sqlite_utils.Database(str(tmp_path / "g.db"))).remembered_teams()[0].members == ["王芳"]


def test_suggested_topic_of_one_article():
    assert suggested_topic(["织密“六张网” 打造智能经济新形态"]) == "学习《织密“六张网” 打造智能经济新形态》"


def test_suggested_topic_of_many_articles_names_the_first_and_the_count():
    assert suggested_topic(["织密六张网", "坚持问题导向", "发展新质生产力"]) == "学习《织密六张网》等3篇文章"


def test_suggested_topic_cuts_a_very_long_title():
    topic = suggested_topic(["很" * 60])
    assert topic.endswith("…》") and len(topic) < 30


def test_no_articles_suggest_no_topic():
    assert suggested_topic([]) == ""


def finished_contest(lib, title: str = "知识竞赛") -> None:
    store = GroupStore(lib.db, clock=noon)
    sid = store.add_session(GroupSession("2026-11-20", TOPIC, lib.article_ids(), ["织密六张网"], [],
                                         SessionKind.CONTEST))
    cid = store.start_contest(title, {}, session_id=sid)
    store.finish_contest(cid, {}, [TeamResult("第一党小组", "#c0392b", ["王芳"], 120, 1),
                                   TeamResult("第二党小组", "#1f618d", ["李强"], 100, 2)])


def test_contest_results_sheet_names_the_topic(lib, tmp_path):
    finished_contest(lib)
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(out)["竞赛成绩"]
    rows = [dict(zip(CONTEST_HEADERS, r)) for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert [(r["姓名"], r["学习主题"]) for r in rows] == [("王芳", TOPIC), ("李强", TOPIC)]


def test_session_sheet_heads_a_default_named_contest_once(lib, tmp_path):
    finished_contest(lib)
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(out)[f"2026-11-20 {TOPIC}"]
    assert "知识竞赛" in [r[0] for r in sheet.iter_rows(values_only=True)]


def test_session_sheet_names_a_named_contest(lib, tmp_path):
    finished_contest(lib, "第三季度党史知识竞赛")
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    sheet = openpyxl.load_workbook(out)[f"2026-11-20 {TOPIC}"]
    assert "知识竞赛：第三季度党史知识竞赛" in [r[0] for r in sheet.iter_rows(values_only=True)]

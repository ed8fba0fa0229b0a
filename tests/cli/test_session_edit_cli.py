"""`session edit N` changes only the options given; `session delete N` removes a session, keeping its contests."""
import json

import openpyxl
import pytest

from content.library import Library
from tests.cli.session_fixtures import TOPIC, cli, home  # noqa: F401 (home is a fixture)
from quiz.contest_store import GroupStore



@pytest.fixture
def added(home, capsys) -> int:
    assert cli(home, "session", "add", "--topic", TOPIC, "--date", "2026-11-20", "--articles", "1",
               "--people", "王芳、李强", "--minutes", "60", "--place", "党员活动室", "--json") == 0
    return json.loads(capsys.readouterr().out)["session"]["id"]


def edited_json(home, capsys, *argv) -> dict:
    assert cli(home, "session", "edit", *argv, "--json") == 0
    return json.loads(capsys.readouterr().out)["session"]


def stored(home):
    lib = Library.open(home)
    try:
        return GroupStore(lib.db).sessions()
    finally:
        lib.close()


def test_edit_changes_only_the_options_given(home, capsys, added):
    s = edited_json(home, capsys, str(added), "--minutes", "90", "--host", "张书记")
    assert (s["minutes"], s["host"], s["topic"], s["place"], s["participants"], s["article_ids"]) == \
        (90, "张书记", TOPIC, "党员活动室", ["王芳", "李强"], [1])


def test_edit_json_has_the_shape_of_add(home, capsys, added):
    s = edited_json(home, capsys, str(added), "--kind", "主题党日")
    assert (s["id"], s["kind"], s["kind_name"], s["contests"]) == (added, "party_day", "主题党日", [])


def test_edit_replaces_articles_and_their_titles(home, capsys, added):
    s = edited_json(home, capsys, str(added), "--articles", "2")
    assert (s["article_ids"], s["article_titles"]) == ([2], ["坚持问题导向"])


def test_an_empty_option_clears_that_detail(home, capsys, added):
    s = edited_json(home, capsys, str(added), "--minutes", "", "--place", "")
    assert (s["minutes"], s["place"]) == (None, "")


def test_edit_says_what_the_session_now_is(home, capsys, added):
    assert cli(home, "session", "edit", str(added), "--date", "2026-11-21") == 0
    assert "已修改" in capsys.readouterr().out and stored(home)[0].date == "2026-11-21"


def test_edit_of_an_unknown_number_exits_2_in_chinese(home, capsys, added):
    assert cli(home, "session", "edit", "99", "--minutes", "90") == 2
    assert "找不到编号为 99 的集体学习记录" in capsys.readouterr().err


def test_edit_with_a_bad_length_exits_2_and_keeps_the_record(home, capsys, added):
    assert cli(home, "session", "edit", str(added), "--minutes", "10000") == 2
    assert "学习时长" in capsys.readouterr().err and stored(home)[0].minutes == 60


def test_edit_with_a_bad_date_exits_2(home, capsys, added):
    assert cli(home, "session", "edit", str(added), "--date", "11月20日") == 2
    assert "日期" in capsys.readouterr().err


def test_edit_with_nothing_to_change_exits_2(home, capsys, added):
    assert cli(home, "session", "edit", str(added)) == 2
    assert "没有要修改的内容" in capsys.readouterr().err


def test_an_edited_topic_reaches_the_ledger(home, capsys, added, tmp_path):
    cli(home, "session", "edit", str(added), "--topic", "学习六张网")
    assert cli(home, "ledger", "--out", str(tmp_path / "台账.xlsx")) == 0
    sheets = openpyxl.load_workbook(tmp_path / "台账.xlsx").sheetnames
    assert "2026-11-20 学习六张网" in sheets and f"2026-11-20 {TOPIC}" not in sheets


def test_delete_removes_the_session_and_names_it(home, capsys, added):
    assert cli(home, "session", "delete", str(added)) == 0
    assert f"已删除：2026-11-20 集体学习：{TOPIC}" in capsys.readouterr().out and stored(home) == []


def test_a_deleted_session_leaves_the_ledger(home, capsys, added, tmp_path):
    cli(home, "session", "delete", str(added))
    assert cli(home, "ledger", "--out", str(tmp_path / "台账.xlsx")) == 0
    assert f"2026-11-20 {TOPIC}" not in openpyxl.load_workbook(tmp_path / "台账.xlsx").sheetnames


def test_delete_of_an_unknown_number_exits_2_in_chinese(home, capsys, added):
    assert cli(home, "session", "delete", "99") == 2
    assert "找不到编号为 99 的集体学习记录" in capsys.readouterr().err and len(stored(home)) == 1


def test_delete_says_its_contests_are_kept(home, capsys, added):
    lib = Library.open(home)
    cid = GroupStore(lib.db).start_contest("十一月知识竞赛", {}, added)
    lib.close()
    assert cli(home, "session", "delete", str(added)) == 0
    assert "1 场知识竞赛记录保留下来" in capsys.readouterr().out
    lib = Library.open(home)
    assert GroupStore(lib.db).contest(cid).session_id is None
    lib.close()


def test_delete_json_reports_the_session_and_the_contests_kept(home, capsys, added):
    lib = Library.open(home)
    GroupStore(lib.db).start_contest("竞赛", {}, added)
    lib.close()
    assert cli(home, "session", "delete", str(added), "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["deleted"]["id"], out["deleted"]["topic"], out["contests_kept"]) == (added, TOPIC, 1)

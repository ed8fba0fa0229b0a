"""`session add` records a 集体学习 with its 学习主题 for the 学习台账; `session list` reports sessions."""
import json

import openpyxl
import pytest

from content.library import Library
from tests.cli.session_fixtures import TOPIC, cli, home  # noqa: F401 (home is a fixture)
from quiz.contest_store import GroupSession, GroupStore, SessionKind, TeamResult



def added_json(home, capsys, *argv) -> dict:
    assert cli(home, "session", "add", *argv, "--json") == 0
    return json.loads(capsys.readouterr().out)["session"]


def test_added_session_shows_its_topic_and_form_in_the_ledger(home, tmp_path):
    assert cli(home, "session", "add", "--topic", TOPIC, "--kind", "主题党日", "--date", "2026-11-27",
               "--articles", "1", "--people", "王芳、李强") == 0
    assert cli(home, "ledger", "--out", str(tmp_path / "台账.xlsx")) == 0
    sheet = openpyxl.load_workbook(tmp_path / "台账.xlsx")[f"2026-11-27 {TOPIC}"]
    fields = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert (fields["主题"], fields["形式"], fields["参加人员"]) == (TOPIC, "主题党日", "王芳、李强")


def test_topic_defaults_to_the_articles(home, capsys):
    session = added_json(home, capsys, "--date", "2026-11-27", "--articles", "1", "2")
    assert session["topic"] == "学习《织密六张网》《坚持问题导向》"


def test_json_of_an_added_session(home, capsys):
    session = added_json(home, capsys, "--topic", TOPIC, "--kind", "中心组", "--date", "2026-11-27",
                         "--articles", "2", "--people", "王芳，李强、王芳", "--notes", "书记领学")
    assert {k: session[k] for k in ("date", "topic", "kind", "kind_name", "article_ids", "article_titles",
                                    "participants", "notes", "contests")} == {
        "date": "2026-11-27", "topic": TOPIC, "kind": "central_group", "kind_name": "理论学习中心组学习",
        "article_ids": [2], "article_titles": ["坚持问题导向"], "participants": ["王芳", "李强"],
        "notes": "书记领学", "contests": []}


def test_unknown_article_exits_2(home, capsys):
    assert cli(home, "session", "add", "--topic", TOPIC, "--articles", "9") == 2
    assert "9" in capsys.readouterr().err


def test_unknown_kind_exits_2(home, capsys):
    assert cli(home, "session", "add", "--topic", TOPIC, "--kind", "座谈") == 2
    assert "学习形式" in capsys.readouterr().err


def test_no_topic_and_no_articles_exits_2(home, capsys):
    assert cli(home, "session", "add") == 2
    assert "主题" in capsys.readouterr().err


def test_unreadable_date_exits_2(home, capsys):
    assert cli(home, "session", "add", "--topic", TOPIC, "--date", "上周五") == 2


def test_list_json_reports_a_contest_with_its_standings(home, capsys):
    lib = Library.open(home)
    store = GroupStore(lib.db)
    sid = store.add_session(GroupSession("2026-11-28", TOPIC, [1], ["织密六张网"], [], SessionKind.CONTEST))
    cid = store.start_contest("知识竞赛", {}, session_id=sid)
    store.finish_contest(cid, {}, [TeamResult("第一党小组", "#c0392b", ["王芳"], 120, 1)])
    lib.close()
    assert cli(home, "session", "list", "--json") == 0
    [session] = json.loads(capsys.readouterr().out)["sessions"]
    assert (session["topic"], session["kind"], session["contests"][0]["results"][0]["team"]) == \
        (TOPIC, "contest", "第一党小组")


def test_list_keeps_to_the_dates_given(home, capsys):
    for day in ("2026-09-30", "2026-10-08"):
        assert cli(home, "session", "add", "--topic", f"{day} 学习", "--date", day) == 0
    capsys.readouterr()
    assert cli(home, "session", "list", "--from", "2026-10-01", "--json") == 0
    assert [s["date"] for s in json.loads(capsys.readouterr().out)["sessions"]] == ["2026-10-08"]


DETAILS = ("--minutes", "90", "--place", "党员活动室", "--host", "张书记", "--recorder", "李强")


def test_json_of_an_added_session_carries_its_details(home, capsys):
    session = added_json(home, capsys, "--topic", TOPIC, "--date", "2026-11-27", *DETAILS)
    assert {k: session[k] for k in ("minutes", "place", "host", "recorder")} == \
        {"minutes": 90, "place": "党员活动室", "host": "张书记", "recorder": "李强"}


def test_list_json_gives_empty_details_when_none_were_given(home, capsys):
    assert cli(home, "session", "add", "--topic", TOPIC, "--date", "2026-11-27") == 0
    capsys.readouterr()
    assert cli(home, "session", "list", "--json") == 0
    [session] = json.loads(capsys.readouterr().out)["sessions"]
    assert {k: session[k] for k in ("minutes", "place", "host", "recorder", "topic")} == \
        {"minutes": None, "place": "", "host": "", "recorder": "", "topic": TOPIC}


def test_list_shows_the_details_after_the_number_of_people(home, capsys):
    assert cli(home, "session", "add", "--topic", TOPIC, "--date", "2026-11-27", "--people", "王芳", *DETAILS) == 0
    capsys.readouterr()
    assert cli(home, "session", "list") == 0
    assert capsys.readouterr().out.split("\t")[4:] == ["1 人", "90 分钟，党员活动室，主持人 张书记，记录人 李强\n"]


@pytest.mark.parametrize("minutes", ["-30", "九十", "10000"])
def test_bad_length_exits_2_and_stores_nothing(home, capsys, minutes):
    assert cli(home, "session", "add", "--topic", TOPIC, "--minutes", minutes) == 2
    assert "学习时长" in capsys.readouterr().err
    assert cli(home, "session", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == []


def test_the_ledger_sheet_of_a_session_shows_its_details(home, tmp_path):
    assert cli(home, "session", "add", "--topic", TOPIC, "--date", "2026-11-27", *DETAILS) == 0
    assert cli(home, "ledger", "--out", str(tmp_path / "台账.xlsx")) == 0
    sheet = openpyxl.load_workbook(tmp_path / "台账.xlsx")[f"2026-11-27 {TOPIC}"]
    fields = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert (fields["时长（分钟）"], fields["地点"], fields["主持人"], fields["记录人"]) == (90, "党员活动室", "张书记", "李强")

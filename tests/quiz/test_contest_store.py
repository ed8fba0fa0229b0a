import random
from datetime import datetime, timezone

import pytest
import sqlite_utils

from content.model import BadInput
from quiz.contest import Contest, Team
from quiz.contest_store import (ContestStatus, GroupSession, GroupStore, SessionKind, m001_group_tables,
                                m002_group_settings, m003_paper_scores, results_of)
from tests.quiz.contest_fixtures import FakeClock, make_contest


def fixed_clock():
    return datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def store():
    return GroupStore(sqlite_utils.Database(memory=True), clock=fixed_clock)


def test_session_round_trips(store):
    sid = store.add_session(GroupSession("2026-11-27", "学习六张网", [3, 4], ["甲文", "乙文"], ["王芳"],
                                         SessionKind.PARTY_DAY))
    s = store.session(sid)
    assert (s.topic, s.article_ids, s.article_titles, s.participants, s.kind) == \
        ("学习六张网", [3, 4], ["甲文", "乙文"], ["王芳"], SessionKind.PARTY_DAY)


def test_session_without_topic_is_refused(store):
    with pytest.raises(BadInput):
        store.add_session(GroupSession("2026-11-27", "  "))


def test_migrations_apply_twice_without_harm():
    db = sqlite_utils.Database(memory=True)
    GroupStore(db)
    GroupStore(db)
    assert db["contests"].exists() and db["group_sessions"].exists()


def test_running_contest_is_offered_again(store):
    c = make_contest()
    cid = store.start_contest("十一月知识竞赛", c.to_json())
    c.next()
    c.right()
    store.save_state(cid, c.to_json())
    rec = store.unfinished_contest()
    assert rec.id == cid and rec.state["scores"] == [110, 100]


def test_finished_contest_keeps_ranked_results(store):
    c = make_contest()
    c.teams[1].members = ["李强", "赵敏"]
    cid = store.start_contest("竞赛", c.to_json())
    c.next()
    c.wrong()
    c.next()
    c.right()
    store.finish_contest(cid, c.to_json(), results_of(c))
    rec = store.contest(cid)
    assert rec.status == ContestStatus.FINISHED and store.unfinished_contest() is None
    assert [(r.team, r.rank, r.members) for r in rec.results] == [("第二党小组", 1, ["李强", "赵敏"]),
                                                                 ("第一党小组", 2, [])]


def test_contest_state_resumes_after_reopening(tmp_path):
    path = tmp_path / "library.db"
    c = make_contest()
    c.next()
    c.right()
    cid = GroupStore(sqlite_utils.Database(path)).start_contest("竞赛", c.to_json())
    reopened = GroupStore(sqlite_utils.Database(path)).contest(cid)
    back = Contest.from_json(reopened.state, random.Random(1), FakeClock())
    assert back.scores() == [110, 100] and back.used_ids == c.used_ids


def test_missing_contest_is_a_clear_error(store):
    with pytest.raises(BadInput):
        store.contest(42)


def test_session_keeps_its_length_place_host_and_recorder(store):
    sid = store.add_session(GroupSession("2026-11-27", "学习六张网", minutes=90, place="党员活动室", host="张书记",
                                         recorder="李强"))
    s = store.session(sid)
    assert (s.minutes, s.place, s.host, s.recorder) == (90, "党员活动室", "张书记", "李强")


@pytest.mark.parametrize("minutes", [0, -30, 10000])
def test_store_refuses_an_absurd_length(store, minutes):
    with pytest.raises(BadInput, match="学习时长"):
        store.add_session(GroupSession("2026-11-27", "学习六张网", minutes=minutes))
    assert store.sessions() == []


def test_sessions_stored_before_the_details_read_with_them_empty(tmp_path):
    """A library written before m004: its sessions come back with no 时长 and blank 地点/主持人/记录人."""
    db = sqlite_utils.Database(tmp_path / "old.db")
    old = sqlite_utils.Migrations("xueer-group")
    for migration in (m001_group_tables, m002_group_settings, m003_paper_scores):
        old()(migration)
    old.apply(db)
    db["group_sessions"].insert({"date": "2026-10-08", "topic": "学习全会精神", "kind": "group_study",
                                 "article_ids": "[]", "article_titles": "[]", "participants": '["王芳"]',
                                 "notes": "", "created_at": "2026-10-08T09:00:00+08:00"})
    [s] = GroupStore(sqlite_utils.Database(tmp_path / "old.db")).sessions()
    assert (s.topic, s.minutes, s.place, s.host, s.recorder) == ("学习全会精神", None, "", "", "")

"""Paper sittings in the group store: stored, read back, and added to a database made before them."""
import pytest
import sqlite_utils

from content.model import BadInput
from quiz import contest_store
from quiz.contest_store import GroupSession, GroupStore
from quiz.paper_scores import PaperScore, PaperSitting

TITLE = "学习贯彻二十届四中全会精神测试（A卷）"


def sitting(**kw):
    return PaperSitting("2026-11-27", TITLE, [PaperScore("王芳", 92, "第一党支部"), PaperScore("李强", 88.5)], **kw)


def test_a_sitting_reads_back_as_stored():
    store = GroupStore(sqlite_utils.Database(memory=True))
    sid = store.add_paper_sitting(sitting(full_marks=100, topic="四中全会", article_ids=[3, 4]))
    assert store.paper_sitting(sid) == sitting(full_marks=100, topic="四中全会", article_ids=[3, 4], id=sid)


def test_sittings_are_listed_by_date():
    store = GroupStore(sqlite_utils.Database(memory=True))
    store.add_paper_sitting(sitting())
    store.add_paper_sitting(PaperSitting("2026-10-09", "十月测试", [PaperScore("赵敏", 70)]))
    assert [s.title for s in store.paper_sittings()] == ["十月测试", TITLE]


def test_the_store_refuses_a_score_above_full_marks():
    store = GroupStore(sqlite_utils.Database(memory=True))
    with pytest.raises(BadInput, match="不在 0 到 50 分之间"):
        store.add_paper_sitting(sitting(full_marks=50))
    assert store.paper_sittings() == []


def test_a_deleted_sitting_takes_its_scores_with_it():
    store = GroupStore(sqlite_utils.Database(memory=True))
    sid = store.add_paper_sitting(sitting())
    store.delete_paper_sitting(sid)
    assert store.paper_sittings() == [] and store.db["paper_scores"].count == 0


def test_an_unknown_sitting_is_a_chinese_message():
    store = GroupStore(sqlite_utils.Database(memory=True))
    with pytest.raises(BadInput, match="找不到编号为 7 的试卷成绩"):
        store.paper_sitting(7)


def old_database():
    """A database as the group store left it before paper scores (migrations m001 and m002 only)."""
    db = sqlite_utils.Database(memory=True)
    old = sqlite_utils.Migrations("xueer-group")
    old()(contest_store.m001_group_tables)
    old()(contest_store.m002_group_settings)
    old.apply(db)
    db["group_sessions"].insert({"date": "2026-11-20", "topic": "学习六张网", "kind": "group_study",
                                 "article_ids": "[]", "article_titles": "[]", "participants": '["王芳"]',
                                 "notes": "", "created_at": "2026-11-20T10:00:00+08:00"})
    return db


def test_an_old_database_gains_the_paper_tables():
    db = old_database()
    store = GroupStore(db)
    sid = store.add_paper_sitting(sitting())
    assert [s.name for s in store.paper_sitting(sid).scores] == ["王芳", "李强"]


def test_an_old_database_keeps_its_sessions():
    store = GroupStore(old_database())
    assert [s.topic for s in store.sessions()] == ["学习六张网"]
    assert store.session(1) == GroupSession("2026-11-20", "学习六张网", participants=["王芳"], id=1)

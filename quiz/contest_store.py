"""Group study records: contests (state and results), group sessions and the scores of printed
papers marked by hand (quiz/paper_scores.py checks them), in the library's database.

    >>> import sqlite_utils
    >>> store = GroupStore(sqlite_utils.Database(memory=True))
    >>> sid = store.add_session(GroupSession(date="2026-11-27", topic="学习六张网", article_ids=[1],
    ...                                      article_titles=["织密六张网"], participants=["王芳", "李强"]))
    >>> store.session(sid).participants
    ['王芳', '李强']

The tables belong to their own migration set ("xueer-group"), beside the library's and the learning
store's. A running contest is saved after every host action, so a contest can be carried on after
the PC was switched off. The teams of the last contest are remembered, so the next set-up starts
from them (the same 党小组 meet again):

    >>> store.remember_teams([Team("第一党小组", "#c0392b", "A", ["王芳"])])
    >>> store.remembered_teams()[0].members
    ['王芳']
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Callable

import sqlite_utils

from content.db_transactions import apply_migrations, write_transaction
from content.model import BadInput
from quiz.contest import Team
from quiz.learning_store import local_now
from quiz.paper_scores import PaperScore, PaperSitting, ScoreRow, new_sitting

MIGRATIONS = sqlite_utils.Migrations("xueer-group")


@MIGRATIONS()
def m001_group_tables(db):
    db["group_sessions"].create({
        "id": int, "date": str, "topic": str, "kind": str, "article_ids": str, "article_titles": str,
        "participants": str, "notes": str, "created_at": str}, pk="id")
    db["contests"].create({
        "id": int, "session_id": int, "title": str, "status": str, "state": str, "created_at": str,
        "updated_at": str, "finished_at": str}, pk="id")
    db["contest_results"].create({
        "id": int, "contest_id": int, "team": str, "colour": str, "members": str, "score": int,
        "rank": int}, pk="id")
    db["contest_results"].create_index(["contest_id"])
    db["question_sets"].create({
        "id": int, "title": str, "article_ids": str, "questions": str, "dropped": str,
        "content_hash": str, "created_at": str, "updated_at": str}, pk="id")
    db["question_sets"].create_index(["content_hash"])


@MIGRATIONS()
def m002_group_settings(db):
    # what the group screens remember between uses (the last contest's teams), as JSON by key
    db["group_settings"].create({"key": str, "value": str}, pk="key")


@MIGRATIONS()
def m003_paper_scores(db):
    # a printed paper sat by the group and marked by hand: one row per sitting, one per person's score
    db["paper_sittings"].create({
        "id": int, "date": str, "title": str, "topic": str, "article_ids": str, "full_marks": float,
        "created_at": str}, pk="id")
    db["paper_scores"].create({
        "id": int, "sitting_id": int, "position": int, "name": str, "unit": str, "score": float}, pk="id")
    db["paper_scores"].create_index(["sitting_id"])


@MIGRATIONS()
def m004_session_details(db):
    # what a 台账 records of a meeting besides its topic: how long, where, who chaired, who took notes;
    # sessions stored before have none (minutes NULL, the rest "")
    table = db["group_sessions"]
    table.add_column("minutes", int)
    for column in ("place", "host", "recorder"):
        table.add_column(column, str, not_null_default="")


LAST_TEAMS = "last_teams"
MAX_SESSION_MINUTES = 600   # a whole day of study; more is a typing slip (10000 for 100)
TITLE_SHOWN = 24          # a long title in a suggested topic is cut here


class SessionKind(str, Enum):
    GROUP_STUDY = "group_study"        # 集体学习
    CENTRAL_GROUP = "central_group"    # 理论学习中心组
    PARTY_DAY = "party_day"            # 主题党日
    CONTEST = "contest"                # 知识竞赛


SESSION_KIND_NAMES = {SessionKind.GROUP_STUDY: "集体学习", SessionKind.CENTRAL_GROUP: "理论学习中心组学习",
                      SessionKind.PARTY_DAY: "主题党日", SessionKind.CONTEST: "知识竞赛"}


class ContestStatus(str, Enum):
    RUNNING = "running"
    FINISHED = "finished"


@dataclass
class GroupSession:
    date: str                       # ISO date, 2026-11-27
    topic: str
    article_ids: list[int] = field(default_factory=list)
    article_titles: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    kind: SessionKind = SessionKind.GROUP_STUDY
    notes: str = ""
    minutes: int | None = None      # 时长; None when not given
    place: str = ""                 # 地点
    host: str = ""                  # 主持人
    recorder: str = ""              # 记录人
    id: int | None = None


@dataclass
class TeamResult:
    team: str
    colour: str
    members: list[str]
    score: int
    rank: int


@dataclass
class ContestRecord:
    id: int
    session_id: int | None
    title: str
    status: ContestStatus
    state: dict
    created_at: str
    finished_at: str | None
    results: list[TeamResult]


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


class GroupStore:
    """Sessions and contests of the group. `clock` returns an aware datetime (injected in tests)."""

    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = local_now):
        self.db = db
        self.clock = clock
        apply_migrations(db, MIGRATIONS)

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # ---- sessions ---------------------------------------------------------------------------
    def add_session(self, session: GroupSession) -> int:
        if not session.topic.strip():
            raise BadInput("请填写这次学习的主题。")
        check_minutes(session.minutes)      # checked again here, so no caller can store a bad 时长
        with write_transaction(self.db):
            return self.db["group_sessions"].insert({**_session_row(session), "created_at": self._now()}).last_pk

    def session(self, session_id: int) -> GroupSession:
        try:
            row = self.db["group_sessions"].get(session_id)
        except sqlite_utils.db.NotFoundError:
            raise BadInput(f"找不到编号为 {session_id} 的集体学习记录，可能已经删除了。") from None
        return _session_from_row(row)

    def sessions(self) -> list[GroupSession]:
        return [_session_from_row(r) for r in self.db["group_sessions"].rows_where(order_by="date, id")]

    def update_session(self, session_id: int, session: GroupSession) -> None:
        """Replace what was recorded of a session (a slip found before the 台账 goes in); its id, its
        contests and when it was first recorded stay. `session.id` is ignored."""
        if not session.topic.strip():
            raise BadInput("请填写这次学习的主题。")
        check_minutes(session.minutes)
        with write_transaction(self.db):
            self.session(session_id)        # a wrong id is refused, not ignored
            self.db["group_sessions"].update(session_id, _session_row(session))

    def delete_session(self, session_id: int) -> int:
        """Remove a session recorded by mistake. Its 知识竞赛 are kept, detached (their session_id
        cleared): a contest still running can be carried on, and the results are not thrown away with a
        mistyped sign-in list. Returns how many contests were detached."""
        with write_transaction(self.db):
            self.session(session_id)
            detached = self.db.execute("update contests set session_id = null where session_id = ?",
                                       [session_id]).rowcount
            self.db.execute("delete from group_sessions where id = ?", [session_id])
        return detached

    # ---- remembered teams ---------------------------------------------------------------------
    def remember_teams(self, teams: list[Team]) -> None:
        """Kept when a contest starts: the next set-up offers the same teams and members."""
        value = [{"name": t.name, "colour": t.colour, "buzz_key": t.buzz_key, "members": list(t.members)}
                 for t in teams]
        with write_transaction(self.db):
            self.db["group_settings"].upsert({"key": LAST_TEAMS, "value": _dumps(value)}, pk="key")

    def remembered_teams(self) -> list[Team]:
        """The teams of the last contest started, [] when none (or after `forget_teams`)."""
        try:
            row = self.db["group_settings"].get(LAST_TEAMS)
            return [Team(str(t["name"]), str(t["colour"]), str(t.get("buzz_key", "")),
                         [str(m) for m in t.get("members", [])]) for t in json.loads(row["value"])]
        except (sqlite_utils.db.NotFoundError, ValueError, TypeError, KeyError, AttributeError):
            return []      # never saved, or written by another version: start from blank teams

    def forget_teams(self) -> None:
        with write_transaction(self.db):
            self.db.execute("delete from group_settings where key = ?", [LAST_TEAMS])

    # ---- printed papers marked by hand ------------------------------------------------------------
    def add_paper_sitting(self, sitting: PaperSitting) -> int:
        """Checked again here (quiz.paper_scores.new_sitting), so no caller can store a bad score."""
        checked = new_sitting(sitting.date, sitting.title, [ScoreRow(s.name, str(s.score), s.unit)
                                                            for s in sitting.scores],
                              sitting.full_marks, sitting.topic, sitting.article_ids)
        with write_transaction(self.db):
            sid = self.db["paper_sittings"].insert({
                "date": checked.date, "title": checked.title, "topic": checked.topic,
                "article_ids": _dumps(checked.article_ids), "full_marks": checked.full_marks,
                "created_at": self._now()}).last_pk
            self.db["paper_scores"].insert_all([{
                "sitting_id": sid, "position": n, "name": s.name, "unit": s.unit, "score": s.score}
                for n, s in enumerate(checked.scores)])
        return sid

    def paper_sitting(self, sitting_id: int) -> PaperSitting:
        try:
            row = self.db["paper_sittings"].get(sitting_id)
        except sqlite_utils.db.NotFoundError:
            raise BadInput(f"找不到编号为 {sitting_id} 的试卷成绩。") from None
        return self._sitting(row)

    def paper_sittings(self) -> list[PaperSitting]:
        return [self._sitting(r) for r in self.db["paper_sittings"].rows_where(order_by="date, id")]

    def delete_paper_sitting(self, sitting_id: int) -> None:
        self.paper_sitting(sitting_id)      # a wrong id is refused, not ignored
        with write_transaction(self.db):
            self.db.execute("delete from paper_scores where sitting_id = ?", [sitting_id])
            self.db.execute("delete from paper_sittings where id = ?", [sitting_id])

    def _sitting(self, row: dict) -> PaperSitting:
        scores = [PaperScore(r["name"], r["score"], r["unit"] or "") for r in
                  self.db["paper_scores"].rows_where("sitting_id = ?", [row["id"]], order_by="position, id")]
        return PaperSitting(row["date"], row["title"], scores, row["full_marks"], row["topic"] or "",
                            json.loads(row["article_ids"] or "[]"), row["id"])

    # ---- contests ---------------------------------------------------------------------------
    def start_contest(self, title: str, state: dict, session_id: int | None = None) -> int:
        with write_transaction(self.db):
            return self.db["contests"].insert({
                "session_id": session_id, "title": title, "status": ContestStatus.RUNNING.value,
                "state": _dumps(state), "created_at": self._now(), "updated_at": self._now(),
                "finished_at": None}).last_pk

    def save_state(self, contest_id: int, state: dict) -> None:
        """Called after every host action: the contest can be carried on after a restart."""
        with write_transaction(self.db):
            self.db["contests"].update(contest_id, {"state": _dumps(state), "updated_at": self._now()})

    def finish_contest(self, contest_id: int, state: dict, results: list[TeamResult]) -> None:
        with write_transaction(self.db):
            self.db["contests"].update(contest_id, {
                "state": _dumps(state), "status": ContestStatus.FINISHED.value,
                "updated_at": self._now(), "finished_at": self._now()})
            self.db.execute("delete from contest_results where contest_id = ?", [contest_id])
            self.db["contest_results"].insert_all([{
                "contest_id": contest_id, "team": r.team, "colour": r.colour, "members": _dumps(r.members),
                "score": r.score, "rank": r.rank} for r in results])

    def contest(self, contest_id: int) -> ContestRecord:
        try:
            row = self.db["contests"].get(contest_id)
        except sqlite_utils.db.NotFoundError:
            raise BadInput("找不到这场竞赛的记录。") from None
        return self._record(row)

    def contests(self, session_id: int | None = None) -> list[ContestRecord]:
        where, params = ("session_id = ?", [session_id]) if session_id is not None else (None, [])
        return [self._record(r) for r in self.db["contests"].rows_where(where, params, order_by="id")]

    def unfinished_contest(self) -> ContestRecord | None:
        """The most recent contest not yet finished: the app offers to carry it on."""
        rows = list(self.db["contests"].rows_where(
            "status = ?", [ContestStatus.RUNNING.value], order_by="id desc", limit=1))
        return self._record(rows[0]) if rows else None

    def _record(self, row: dict) -> ContestRecord:
        results = [TeamResult(r["team"], r["colour"], json.loads(r["members"] or "[]"), r["score"], r["rank"])
                   for r in self.db["contest_results"].rows_where("contest_id = ?", [row["id"]], order_by="rank, id")]
        return ContestRecord(row["id"], row["session_id"], row["title"], ContestStatus(row["status"]),
                             json.loads(row["state"]), row["created_at"], row["finished_at"], results)


def _session_row(session: GroupSession) -> dict:
    return {"date": session.date, "topic": session.topic.strip(), "kind": session.kind.value,
            "article_ids": _dumps(session.article_ids), "article_titles": _dumps(session.article_titles),
            "participants": _dumps(session.participants), "notes": session.notes,
            "minutes": session.minutes, "place": session.place.strip(), "host": session.host.strip(),
            "recorder": session.recorder.strip()}


def _session_from_row(row: dict) -> GroupSession:
    return GroupSession(date=row["date"], topic=row["topic"], article_ids=json.loads(row["article_ids"]),
                        article_titles=json.loads(row["article_titles"]),
                        participants=json.loads(row["participants"]), kind=SessionKind(row["kind"]),
                        notes=row["notes"] or "", minutes=row.get("minutes"), place=row.get("place") or "",
                        host=row.get("host") or "", recorder=row.get("recorder") or "", id=row["id"])


def check_minutes(minutes: int | None) -> None:
    if minutes is not None and not 1 <= minutes <= MAX_SESSION_MINUTES:
        raise BadInput(f"学习时长 {minutes} 分钟不对：请填 1 到 {MAX_SESSION_MINUTES} 之间的分钟数（如 90），"
                       "不知道可以不填。")


def suggested_topic(article_titles: list[str]) -> str:
    """A 学习主题 from the articles studied, for the user to accept or overwrite.

    >>> suggested_topic(["织密六张网", "坚持问题导向"])
    '学习《织密六张网》《坚持问题导向》'
    >>> suggested_topic(["甲", "乙", "丙"])
    '学习《甲》等3篇文章'
    """
    titles = [_short(t) for t in article_titles if t.strip()]
    if not titles:
        return ""
    if len(titles) == 1:
        return f"学习《{titles[0]}》"
    if len(titles) == 2 and sum(len(t) for t in titles) <= TITLE_SHOWN:
        return f"学习《{titles[0]}》《{titles[1]}》"
    return f"学习《{titles[0]}》等{len(titles)}篇文章"


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_SHOWN else title[:TITLE_SHOWN - 1] + "…"


def results_of(contest) -> list[TeamResult]:
    """The standings of a `quiz.contest.Contest`, ready to store."""
    return [TeamResult(s.team.name, s.team.colour, list(s.team.members), s.score, s.rank)
            for s in contest.ranking()]

"""What the 学习台账 reads: people, and per person and article their reading, reviews, answers, exams, sessions.

    >>> from content.library import Library
    >>> src = LedgerSource(Library(":memory:"))
    >>> src.people()
    []

It only reads. Tables of the self-study store (profiles, cards, reviews, answers, exams) and of the
group store are used when present; a missing table reads as "no records", so the ledger works on a
library that never had a learner or a contest. Every record is kept only when its date falls in
the period.

People are the learner profiles plus everyone named at a group session (sign-in list or contest
team, 主持人 or 记录人) or on a printed paper's score list who has no profile: sessions list people by
name, as a sign-in sheet does, so a name is matched to the first profile of that name. The 主持人 and
记录人 of a session took part in it. A 知识竞赛 run on this PC with no 主持人 recorded was run by the
PC's learner when there is only one (a named one, not 我); with several learners nobody is guessed.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quiz.contest_store import ContestStatus, GroupSession, GroupStore, SessionKind, TeamResult
from quiz.learning_store import DEFAULT_PROFILE_NAME, LearningStore
from quiz.paper_scores import PaperSitting
from quiz.ledger_period import Period

UNIT_SETTING = "ledger_unit"


def saved_unit(db) -> str:
    """The 单位/支部 given at the last export, else the one most profiles carry, else ""."""
    store = LearningStore(db)
    given = (store.setting(UNIT_SETTING) or "").strip()
    if given or not db["profiles"].exists():
        return given
    units = Counter((r["unit"] or "").strip() for r in db["profiles"].rows)
    units.pop("", None)
    return units.most_common(1)[0][0] if units else ""


def remember_unit(db, unit: str) -> None:
    """Kept so the app asks for the unit only once."""
    LearningStore(db).set_setting(UNIT_SETTING, unit.strip())


@dataclass
class Person:
    id: int | None          # the profile id; None for someone known only by name from a session
    name: str
    unit: str = ""


@dataclass
class ArticleActivity:
    """One person's study of one article."""
    reading_seconds: float = 0.0
    progress: float = 0.0
    reviews: int = 0
    practice_answered: int = 0
    practice_correct: int = 0
    exam_scores: list[float] = field(default_factory=list)
    sessions: int = 0        # group study sessions (集体学习, 中心组, 主题党日) on this article
    contests: int = 0        # 知识竞赛 on this article
    session_minutes: float = 0.0   # this article's share of the 时长 of those sessions (split evenly
                                   # over a session's articles, so a column sum is the time spent)
    dates: list[str] = field(default_factory=list)     # ISO timestamps of any study of it

    def practice_rate(self) -> float | None:
        return self.practice_correct / self.practice_answered if self.practice_answered else None

    def is_empty(self) -> bool:
        return not (self.reading_seconds or self.reviews or self.practice_answered or self.exam_scores
                    or self.sessions or self.contests)


@dataclass
class PaperEntry:
    """One person's score on one printed paper (marked by hand, typed in)."""
    date: str
    title: str
    person: Person
    unit: str              # as typed with the score, else the person's
    score: float
    full_marks: float
    topic: str = ""                                          # the 学习主题 typed with the paper
    articles: list[str] = field(default_factory=list)        # titles of the articles it tested

    def percent(self) -> float:
        return round(100.0 * self.score / self.full_marks, 1)


@dataclass
class ContestEntry:
    """One member's part in one finished contest: their team's result."""
    date: str
    title: str
    person: Person
    result: TeamResult
    teams: int
    topic: str = ""          # the session's 学习主题


class LedgerSource:
    """Reads the library's database; `lib` is a content.library.Library. `unit` fills blank 单位/支部."""

    def __init__(self, lib, period: Period | None = None, unit: str = ""):
        self.lib = lib
        self.db = lib.db
        self.period = period or Period()
        self.unit = unit.strip()

    def _has(self, *tables: str) -> bool:
        return all(self.db[t].exists() for t in tables)

    def _in_period(self, rows, stamp_key: str):
        return [r for r in rows if self.period.contains_stamp(r[stamp_key])]

    # ---- people -------------------------------------------------------------------------------
    def profiles(self) -> list[Person]:
        if not self._has("profiles"):
            return []
        return [Person(r["id"], r["name"], (r["unit"] or "").strip() or self.unit)
                for r in self.db["profiles"].rows_where(order_by="id")]

    def people(self) -> list[Person]:
        """Profiles first, then the people named at sessions in the period who have no profile."""
        people = self.profiles()
        known = {p.name for p in people}
        typed_units = self._units_on_papers()
        for name in self._named_at_sessions():
            if name not in known:
                known.add(name)
                people.append(Person(None, name, typed_units.get(name) or self.unit))
        return people

    def _units_on_papers(self) -> dict[str, str]:
        """The 单位/支部 typed beside a name on a score list: the best we know of someone without a profile."""
        units: dict[str, str] = {}
        for sitting in self.paper_sittings():
            for score in sitting.scores:
                if score.unit:
                    units.setdefault(score.name, score.unit)
        return units

    def _named_at_sessions(self) -> list[str]:
        names = [n for s in self.sessions() for n in self.attendees(s)]
        names += [m for entry in self._results() for m in entry[1].members]
        names += [s.name for sitting in self.paper_sittings() for s in sitting.scores]
        return list(dict.fromkeys(n.strip() for n in names if n.strip()))

    def article_titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.lib.list_articles()}

    # ---- group sessions and contests ----------------------------------------------------------
    def group_store(self) -> GroupStore | None:
        return GroupStore(self.db) if self._has("group_sessions") else None

    def sessions(self) -> list[GroupSession]:
        store = self.group_store()
        return [s for s in store.sessions() if self.period.contains_stamp(s.date)] if store else []

    def _results(self) -> list[tuple[GroupSession, TeamResult, str, int]]:
        """(session, team result, contest title, number of teams) of finished contests in the period."""
        store = self.group_store()
        out = []
        for session in self.sessions() if store else []:
            for contest in store.contests(session.id):
                if contest.status == ContestStatus.FINISHED:
                    out += [(session, r, contest.title, len(contest.results)) for r in contest.results]
        return out

    def contest_entries(self) -> list[ContestEntry]:
        """A row per member of every team of every finished contest in the period."""
        by_name: dict[str, Person] = {}
        for p in self.people():
            by_name.setdefault(p.name, p)
        return [ContestEntry(session.date, title, by_name[m.strip()], result, teams, session.topic)
                for session, result, title, teams in self._results() for m in result.members if m.strip()]

    # ---- printed papers -----------------------------------------------------------------------
    def paper_sittings(self) -> list[PaperSitting]:
        store = self.group_store() if self._has("paper_sittings") else None
        return [s for s in store.paper_sittings() if self.period.contains_stamp(s.date)] if store else []

    def paper_entries(self) -> list[PaperEntry]:
        """A row per person per printed paper in the period, by date then as typed."""
        by_name: dict[str, Person] = {}
        for p in self.people():
            by_name.setdefault(p.name, p)
        titles = self.article_titles()
        return [PaperEntry(sitting.date, sitting.title, by_name[s.name], s.unit or by_name[s.name].unit, s.score,
                           sitting.full_marks, sitting.topic, [titles[i] for i in sitting.article_ids if i in titles])
                for sitting in self.paper_sittings() for s in sitting.scores]

    def host_of(self, session: GroupSession) -> str:
        """The 主持人 recorded, else for a contest the PC's only learner (who ran it on this PC)."""
        if session.host or session.kind != SessionKind.CONTEST or session.id is None:
            return session.host
        if not self.group_store().contests(session.id):
            return ""  # registered by hand (a contest held elsewhere): nobody here is known to have run it
        learners = self.profiles()
        alone = len(learners) == 1 and learners[0].name.strip() != DEFAULT_PROFILE_NAME
        return learners[0].name.strip() if alone else ""

    def attendees(self, session: GroupSession) -> list[str]:
        """The sign-in list with the 主持人 and 记录人, each once (contest teams are read separately)."""
        names = [*session.participants, self.host_of(session), session.recorder]
        return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))

    def took_part(self, person: Person, session: GroupSession) -> bool:
        """By name: on the sign-in list, its 主持人 or 记录人, or a member of a team in one of its contests."""
        if person.name in self.attendees(session):
            return True
        store = self.group_store()
        return bool(store) and any(person.name in r.members for c in store.contests(session.id) for r in c.results)

    def sessions_of(self, person: Person) -> list[GroupSession]:
        return [s for s in self.sessions() if self.took_part(person, s)]

    # ---- per article --------------------------------------------------------------------------
    def activity(self, person: Person) -> dict[int, ArticleActivity]:
        """Per article id, everything this person did with it in the period."""
        acts: dict[int, ArticleActivity] = defaultdict(ArticleActivity)
        if person.id is not None:
            self._reading(person, acts)
            self._reviews(person, acts)
            self._answers(person, acts)
            self._exams(person, acts)
        self._sessions(person, acts)
        return dict(acts)

    def _reading(self, person: Person, acts) -> None:
        if not self._has("reading_log"):
            return
        rows = self.db.query("select article_id, seconds, progress, at from reading_log where profile_id = ?",
                             [person.id])
        for row in self._in_period(rows, "at"):
            a = acts[row["article_id"]]
            a.reading_seconds += row["seconds"] or 0
            a.progress = max(a.progress, row["progress"] or 0)
            a.dates.append(row["at"])

    def _reviews(self, person: Person, acts) -> None:
        if not self._has("reviews", "cards"):
            return
        sql = """select c.article_id, r.reviewed_at from reviews r join cards c on c.id = r.card_id
                 where r.profile_id = ? and c.article_id is not null"""
        for row in self._in_period(self.db.query(sql, [person.id]), "reviewed_at"):
            a = acts[row["article_id"]]
            a.reviews += 1
            a.dates.append(row["reviewed_at"])

    def _answers(self, person: Person, acts) -> None:
        if not self._has("answers"):
            return
        sql = """select article_id, correct, answered_at from answers
                 where profile_id = ? and mode = 'practice' and article_id is not null"""
        for row in self._in_period(self.db.query(sql, [person.id]), "answered_at"):
            a = acts[row["article_id"]]
            a.practice_answered += 1
            a.practice_correct += 1 if row["correct"] else 0
            a.dates.append(row["answered_at"])

    def _exams(self, person: Person, acts) -> None:
        if not self._has("exams"):
            return
        rows = self.db["exams"].rows_where("profile_id = ? and finished_at is not null", [person.id],
                                           order_by="finished_at")
        for row in self._in_period(rows, "finished_at"):
            for aid in json.loads(row["article_ids"] or "[]"):
                a = acts[int(aid)]
                a.exam_scores.append(float(row["score"] or 0))
                a.dates.append(row["finished_at"])

    def exam_scores(self, person: Person) -> list[float]:
        """Each finished exam once (an exam on three articles counts once here, and on each article's row)."""
        if person.id is None or not self._has("exams"):
            return []
        rows = self.db["exams"].rows_where("profile_id = ? and finished_at is not null", [person.id])
        return [float(r["score"] or 0) for r in self._in_period(rows, "finished_at")]

    def _sessions(self, person: Person, acts) -> None:
        for session in self.sessions_of(person):
            for aid in session.article_ids:
                if session.kind == SessionKind.CONTEST:
                    acts[aid].contests += 1
                else:
                    acts[aid].sessions += 1
                acts[aid].session_minutes += (session.minutes or 0) / len(session.article_ids)
                acts[aid].dates.append(session.date)

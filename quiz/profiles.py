"""Learner profiles: several people on one desktop, each with their own reviews, answers and settings.

    >>> import sqlite_utils
    >>> from quiz.learning_store import LearningStore
    >>> profiles = Profiles(LearningStore(sqlite_utils.Database(memory=True)))
    >>> p = profiles.create("王芳", "第一党支部")
    >>> _ = profiles.switch(p.id)
    >>> profiles.current().name
    '王芳'
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from content.model import BadInput
from quiz.learning_store import LearningStore

SETTING_FIELDS = ("desired_retention", "new_per_day", "exam_date", "wrong_exit_streak", "partial_credit")
# Rows of these tables belong to one profile and go with it.
PROFILE_TABLES = ("cards", "reviews", "answers", "exams", "wrong_items")


@dataclass
class Profile:
    id: int
    name: str
    unit: str = ""
    desired_retention: float = 0.9
    new_per_day: int = 20
    exam_date: date | None = None
    wrong_exit_streak: int = 3
    partial_credit: bool = False

    @property
    def label(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit else self.name


def _profile_from_row(row: dict) -> Profile:
    return Profile(
        id=row["id"], name=row["name"], unit=row["unit"] or "",
        desired_retention=row["desired_retention"] or 0.9, new_per_day=row["new_per_day"] or 0,
        exam_date=date.fromisoformat(row["exam_date"]) if row["exam_date"] else None,
        wrong_exit_streak=row["wrong_exit_streak"] or 3, partial_credit=bool(row["partial_credit"]))


class Profiles:
    """Create, list, switch and adjust profiles. The current one is remembered in the db."""

    def __init__(self, store: LearningStore):
        self.store = store

    def all(self) -> list[Profile]:
        self.store.ensure_profile()
        return [_profile_from_row(r) for r in self.store.db["profiles"].rows_where(order_by="id")]

    def get(self, profile_id: int) -> Profile:
        rows = list(self.store.db["profiles"].rows_where("id = ?", [profile_id]))
        if not rows:
            raise BadInput("找不到这个学习者。")
        return _profile_from_row(rows[0])

    def current(self) -> Profile:
        return self.get(self.store.ensure_profile())

    def create(self, name: str, unit: str = "") -> Profile:
        name, unit = (name or "").strip(), (unit or "").strip()
        if not name:
            raise BadInput("请填写学习者的姓名。")
        if self.store.db["profiles"].count_where("name = ? and unit = ?", [name, unit]):
            raise BadInput(f"“{name}”已经有了，请换一个名字或注明单位。")
        return self.get(self.store.insert_profile(name, unit))

    def switch(self, profile_id: int) -> Profile:
        profile = self.get(profile_id)
        self.store.set_setting("current_profile", str(profile.id))
        return profile

    def update(self, profile_id: int, **settings) -> Profile:
        """Change name, unit or a study setting (desired_retention, new_per_day, exam_date, ...)."""
        unknown = set(settings) - set(SETTING_FIELDS) - {"name", "unit"}
        if unknown:
            raise ValueError(f"unknown profile settings: {sorted(unknown)}")
        _check_settings(settings)
        row = {k: _column_value(v) for k, v in settings.items()}
        with self.store.write():
            self.store.db["profiles"].update(profile_id, row)
        return self.get(profile_id)

    def delete(self, profile_id: int) -> None:
        """Delete a profile and everything it learnt; the last profile cannot go."""
        if self.store.db["profiles"].count <= 1:
            raise BadInput("至少要保留一位学习者。")
        with self.store.write():
            for table in PROFILE_TABLES:
                self.store.db[table].delete_where("profile_id = ?", [profile_id])
            self.store.db["profiles"].delete(profile_id)
        if self.store.setting("current_profile") == str(profile_id):
            self.store.set_setting("current_profile", "")
            self.store.ensure_profile()


def _check_settings(settings: dict) -> None:
    retention = settings.get("desired_retention")
    if retention is not None and not 0.7 <= float(retention) <= 0.99:
        raise BadInput("希望记住的比例应在 70% 到 99% 之间。")
    if "name" in settings and not str(settings["name"]).strip():
        raise BadInput("请填写学习者的姓名。")
    for key in ("new_per_day", "wrong_exit_streak"):
        if key in settings and int(settings[key]) < (1 if key == "wrong_exit_streak" else 0):
            raise BadInput("这个数值不能小于 1。" if key == "wrong_exit_streak" else "每日新卡数不能为负。")


def _column_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value

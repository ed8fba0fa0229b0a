"""The period a 学习台账 covers: a quarter, given dates, or everything.

    >>> Period.quarter(date(2026, 11, 28)).label()
    '2026年10月1日至2026年12月31日'
    >>> Period.quarter(date(2026, 2, 3), offset=-1).start
    datetime.date(2025, 10, 1)
    >>> Period.parse("2026-10-01", None).contains(date(2027, 1, 5))
    True
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from content.model import BadInput


class PeriodChoice(str, Enum):
    THIS_QUARTER = "this_quarter"    # 本季度
    LAST_QUARTER = "last_quarter"    # 上季度
    ALL = "all"                      # 全部
    DATES = "dates"                  # 自定义日期


PERIOD_CHOICE_NAMES = {PeriodChoice.THIS_QUARTER: "本季度", PeriodChoice.LAST_QUARTER: "上季度",
                       PeriodChoice.ALL: "全部记录", PeriodChoice.DATES: "指定日期"}


def _day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def local_date(stamp: str | None) -> date | None:
    """ISO date or timestamp → the local calendar date (stores keep UTC or offset times)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


@dataclass(frozen=True)
class Period:
    """Both ends included; None means open on that side."""
    start: date | None = None
    end: date | None = None

    def contains(self, day: date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def contains_stamp(self, stamp: str | None) -> bool:
        return self.contains(local_date(stamp))

    def is_all(self) -> bool:
        return self.start is None and self.end is None

    def label(self) -> str:
        if self.is_all():
            return "全部记录"
        if self.start is None:
            return f"截至{_day_text(self.end)}"
        if self.end is None:
            return f"{_day_text(self.start)}起"
        return f"{_day_text(self.start)}至{_day_text(self.end)}"

    @classmethod
    def quarter(cls, today: date, offset: int = 0) -> "Period":
        """The calendar quarter holding `today`, moved by `offset` quarters (-1: the one before)."""
        index = today.year * 4 + (today.month - 1) // 3 + offset
        year, q = divmod(index, 4)
        start = date(year, q * 3 + 1, 1)
        next_start = date(year + (q == 3), (q * 3 + 3) % 12 + 1, 1)
        return cls(start, next_start - timedelta(days=1))

    @classmethod
    def choose(cls, choice: PeriodChoice, today: date, start: date | None = None,
               end: date | None = None) -> "Period":
        if choice == PeriodChoice.THIS_QUARTER:
            return cls.quarter(today)
        if choice == PeriodChoice.LAST_QUARTER:
            return cls.quarter(today, -1)
        if choice == PeriodChoice.ALL:
            return cls()
        return cls.checked(start, end)

    @classmethod
    def checked(cls, start: date | None, end: date | None) -> "Period":
        if start and end and start > end:
            raise BadInput(f"开始日期（{start}）晚于结束日期（{end}），请检查日期范围。")
        return cls(start, end)

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> "Period":
        """From the CLI's --from/--to (YYYY-MM-DD)."""
        return cls.checked(_parse_day(start), _parse_day(end))


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"日期“{text}”看不懂，请写成 2026-10-01 这样的格式。") from None

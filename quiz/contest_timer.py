"""A countdown read from an injected clock, so contests can be paused, saved and tested without waiting.

    >>> now = [0.0]
    >>> t = CountdownTimer(lambda: now[0]); t.start(30)
    >>> now[0] = 12.5; t.remaining()
    17.5
"""
from __future__ import annotations

from typing import Callable


class CountdownTimer:
    def __init__(self, clock: Callable[[], float]):
        self._clock = clock
        self._duration = 0.0
        self._started: float | None = None   # clock reading when it last (re)started; None when not running
        self._left = 0.0                      # seconds left when it last stopped or paused

    def start(self, seconds: float) -> None:
        self._duration = float(seconds)
        self._left = float(seconds)
        self._started = self._clock()

    def stop(self) -> None:
        self._left = self.remaining()
        self._started = None

    def pause(self) -> None:
        self.stop()

    def resume(self) -> None:
        if self._started is None and self._left > 0:
            self._started = self._clock()

    def running(self) -> bool:
        return self._started is not None

    def has_time(self) -> bool:
        return self._left > 0 or self.running()

    def duration(self) -> float:
        return self._duration

    def remaining(self) -> float:
        if self._started is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._started))

    def expired(self) -> bool:
        return self.running() and self.remaining() <= 0

    def to_json(self) -> dict:
        return {"duration": self._duration, "left": self.remaining()}

    @classmethod
    def from_json(cls, d: dict, clock: Callable[[], float]) -> "CountdownTimer":
        t = cls(clock)
        t._duration, t._left = float(d["duration"]), float(d["left"])
        return t

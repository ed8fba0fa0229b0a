"""The time an open article is read, and the furthest point reached, between two writes to the library.

    reading = ReadingTime(time.monotonic)
    reading.touch()                       # a scroll or click: the reader is still there
    reading.reached(0.4)
    seconds, furthest = reading.take(0.5) # what to record now; the next take counts from here
    reading.pause()                       # the reader left the screen: nothing counts until resume()
"""
from __future__ import annotations

from typing import Callable

IDLE_LIMIT_S = 180      # reading time stops counting after three minutes without a scroll or click
FLUSH_EVERY_MS = 60_000  # how often the reader writes what take() gives


class ReadingTime:
    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self.paused_at: float | None = None
        self.restart()

    def restart(self) -> None:
        """A new article: count from now (or from the next resume, while paused), from its top."""
        self.started = self.last_activity = self.clock()
        self.furthest = 0.0

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def pause(self) -> None:
        """The article is off the screen (another page, the window minimised, a projector showing it to a
        group): the time from now on is not this learner's reading. What came before is still taken."""
        if self.paused_at is None:
            self.paused_at = self.clock()

    def resume(self) -> None:
        """Back on screen: count from now, as if the reader had just scrolled."""
        if self.paused_at is not None:
            self.paused_at = None
            self.started = self.last_activity = self.clock()

    def touch(self) -> None:
        self.last_activity = self.clock()

    def reached(self, progress: float) -> None:
        self.furthest = max(self.furthest, progress)

    def take(self, progress: float) -> tuple[float, float]:
        """Seconds read since the last take (not beyond IDLE_LIMIT_S after the last activity, nor past a
        pause) and the furthest point reached, progress included."""
        now = self.clock()
        end = min(now if self.paused_at is None else self.paused_at, self.last_activity + IDLE_LIMIT_S)
        seconds = max(0.0, end - self.started)
        self.started = now
        if self.paused_at is not None:
            self.paused_at = now   # taken up to the pause: a second take while paused gives nothing
        self.reached(progress)
        return seconds, self.furthest

"""When reading time counts: only while the reader page is on screen for the learner.

Another page in front (复习, 测验, 出试卷, 竞赛…), the window minimised, or the article up on the
projector (F5) pause the count; what was read before is written at once. The projector is paused
because its time is a group's session (kept with the 集体学习 records), not this learner's reading."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from gui.reading_time import FLUSH_EVERY_MS, ReadingTime


class ReadingWatch(QObject):
    def __init__(self, page: QWidget, reading: ReadingTime, flush: Callable[[], None]):
        super().__init__(page)
        self.page, self.reading, self.flush = page, reading, flush
        self.presenting = False
        self.stopped = False
        self._window: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_EVERY_MS)
        self.timer.timeout.connect(flush)
        page.installEventFilter(self)
        self.update()

    def on_screen(self) -> bool:
        window = self.page.window()
        return self.page.isVisible() and not window.isMinimized() and not self.presenting

    def update(self) -> None:
        """Count or pause to match what is on screen now."""
        if self.stopped:
            return
        if self.on_screen():
            self.reading.resume()
            if not self.timer.isActive():
                self.timer.start()
            return
        self.timer.stop()
        if not self.reading.paused:
            self.reading.pause()
            self.flush()   # what was read up to now goes into the records before the page is left

    def set_presenting(self, presenting: bool) -> None:
        self.presenting = presenting
        self.update()

    def stop(self) -> None:
        """The window is closing: write the reading so far, and no more writes (the library closes next)."""
        self.timer.stop()
        self.reading.pause()
        self.flush()
        self.stopped = True

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.page and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            self._watch_window()
            self.update()
        elif watched is self._window and kind == QEvent.Type.WindowStateChange:
            self.update()   # minimised or brought back
        return False

    def _watch_window(self) -> None:
        window = self.page.window()
        if window is not self._window and window is not self.page:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window

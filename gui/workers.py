"""Background work: key-term analysis (jieba) and file import, each in its own QThread.

Each worker opens its own Library on the same data dir (an SQLite connection
belongs to one thread); the UI thread only hears which articles changed.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


def default_analyzer_factory(data_dir: Path):
    from content.analysis import Analyzer
    return Analyzer(data_dir)


class AnalysisWorker(QObject):
    """Loads jieba and pypinyin off the UI thread, then analyses articles that lack key terms.

    Requests made with `request(ids, first=True)` jump the queue, so the article
    on screen is analysed before the rest of the library.
    """
    annotator_ready = Signal(object)      # a content.reading_aids.RubyAnnotator
    article_analysed = Signal(int)
    analysis_failed = Signal(int, str)
    idle = Signal()
    _wake = Signal()

    def __init__(self, data_dir: Path, analyzer_factory: Callable = default_analyzer_factory):
        super().__init__()
        self._data_dir = Path(data_dir)
        self._factory = analyzer_factory
        self._queue: deque[int] = deque()
        self._lock = threading.Lock()
        self._analyzer = None
        self._lib = None
        self._corpus: tuple[list[int], list] = ([], [])  # article ids, their articles
        self._started = False
        self._wake.connect(self._drain)

    def request(self, ids, first: bool = False) -> None:
        """Thread-safe: queue article ids and wake the worker."""
        with self._lock:
            for article_id in (reversed(list(ids)) if first else ids):
                if article_id in self._queue:
                    self._queue.remove(article_id)
                if first:
                    self._queue.appendleft(article_id)
                else:
                    self._queue.append(article_id)
            started = self._started
        if started:  # before start_up the worker has no thread yet: a wake would run it right here
            self._wake.emit()

    @Slot()
    def start_up(self) -> None:
        with self._lock:
            self._started = True
        from content.reading_aids import RubyAnnotator
        self.annotator_ready.emit(RubyAnnotator())
        self._drain()

    def _next(self) -> int | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    @staticmethod
    def _with_retry(work, attempts: int = 6, pause_s: float = 0.25):
        """Run a store write again when SQLite reports the database locked: in WAL mode a
        transaction that read before the UI thread wrote cannot upgrade and fails at once."""
        for attempt in range(attempts):
            try:
                return work()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == attempts - 1:
                    raise
                time.sleep(pause_s * (attempt + 1))

    def stop(self) -> None:
        """Thread-safe: drop what is queued; the article in hand is finished."""
        with self._lock:
            self._queue.clear()

    @Slot()
    def _drain(self) -> None:
        while (article_id := self._next()) is not None:
            self._analyse(article_id)
        if self._lib is not None:  # the connection belongs to this thread: close it here, while idle
            self._lib.close()
            self._lib = None
            self._corpus = ([], [])
        self.idle.emit()

    def _analyse(self, article_id: int) -> None:
        from content.importer import analyse_article
        from content.library import Library
        try:
            if self._lib is None:
                self._lib = Library.open(self._data_dir)
            if self._lib.analysis_current(article_id):
                return
            if self._analyzer is None:
                self._analyzer = self._factory(self._data_dir)
            corpus = self._library_articles()
            self._with_retry(lambda: analyse_article(self._lib, self._analyzer, article_id, corpus))
        except KeyError:
            return  # deleted meanwhile
        except Exception as exc:  # a failed analysis must not take the reader down
            self.analysis_failed.emit(article_id, str(exc))
            return
        self.article_analysed.emit(article_id)


    def _library_articles(self) -> list:
        """Every stored article (their texts give document frequencies), read again only when
        articles came or went: an import of many articles would otherwise read the library per article."""
        ids = self._lib.article_ids()
        if ids != self._corpus[0]:
            self._corpus = (ids, [self._lib.get_article(i) for i in ids])
        return self._corpus[1]


class ImportWorker(QObject):
    """Imports files one by one, reporting each result; bad files do not stop the rest."""
    file_done = Signal(int, int, int)      # job, files done, files in all
    finished = Signal(int, list)           # job, every content.importer.FileResult

    def __init__(self, data_dir: Path, paths: list[Path], job: int = 0):
        super().__init__()
        self._data_dir = Path(data_dir)
        self._paths = [Path(p) for p in paths]
        self.job = job

    @Slot()
    def run(self) -> None:
        from content.importer import import_files
        from content.library import Library
        lib = Library.open(self._data_dir)
        try:
            results = import_files(lib, self._paths,
                                   progress=lambda done, total, _r: self.file_done.emit(self.job, done, total))
        finally:
            lib.close()
        self.finished.emit(self.job, results)


def start_in_thread(worker: QObject, entry: str | None, parent: QObject) -> QThread:
    """Move worker to a new QThread owned by parent; call worker.<entry> once it runs."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    if entry:
        thread.started.connect(getattr(worker, entry))
    thread.start()
    return thread

"""Import for the main window: files (chooser, drag and drop) in a worker thread, pasted text at once."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from content.import_messages import known_titles
from gui.file_dialogs import ask_open_paths
from gui.paste_dialog import PasteDialog
from gui.workers import ImportWorker, start_in_thread

IMPORT_FILTER = "文章文件 (*.txt *.md *.markdown *.docx *.pdf);;所有文件 (*)"


def imported_message(results) -> str:
    """What an import did, in one line: new articles, and articles that were already in the library
    (named by their titles there when a file called them otherwise, so the user can find them)."""
    done = [r for r in results if r.ok]
    added = sum(len(r.new_ids) for r in done)
    known_files = [r for r in done if not r.added]
    text = f"已导入 {added} 篇文章。" if added or not known_files else ""
    if known_files:
        text += _known_files_text(known_files)
    also = [k for r in done if r.added for k in r.known]
    if also:
        text += f"另有 {len(also)} 篇已经在文库里了（{known_titles(also)}），没有重复导入。"
    return text


def _known_files_text(files) -> str:
    names = "、".join(f"“{Path(r.path).name}”" for r in files[:3]) + ("等" if len(files) > 3 else "")
    renamed = [k for r in files for k in r.known if k.title != k.read_as]
    where = f"，文库里的标题是{known_titles(renamed)}" if renamed else ""
    return f"{names}已经在文库里了{where}，没有重复导入。"


def failed_files_message(results) -> str:
    """Chinese summary naming each file that could not be imported and why."""
    # most reasons name the file already (“x.docx”不是…): then it is not said twice
    lines = [r.message if Path(r.path).name in r.message else f"{Path(r.path).name}：{r.message}"
             for r in results if not r.ok]
    return "以下内容没有导入：\n\n" + "\n".join(lines)


class ImportController(QObject):
    import_started = Signal(int)        # number of files
    import_finished = Signal(list)      # every content.importer.FileResult

    def __init__(self, lib, data_dir: Path, window: QWidget):
        super().__init__(window)
        self.lib = lib
        self.data_dir = Path(data_dir)
        self.window = window
        self._imports: dict[int, tuple] = {}   # job -> (thread, worker, progress dialog)
        self._next_job = 0

    def choose_files(self) -> None:
        settings = getattr(self.window, "settings", None)
        start = settings.import_folder if settings is not None else None
        paths = ask_open_paths(self.window, self.tr("导入文章"), self.tr(IMPORT_FILTER), start)
        self.return_focus()
        if paths:
            if settings is not None:
                settings.import_folder = str(Path(paths[0]).parent)  # the next import opens here
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import in a worker thread; a progress dialog when there are several files."""
        self._next_job += 1
        worker = ImportWorker(self.data_dir, paths, self._next_job)
        progress = None
        if len(paths) > 1:
            progress = QProgressDialog(self.tr("正在导入…"), None, 0, len(paths), self.window)
            progress.setWindowTitle(self.tr("导入"))
            progress.setMinimumDuration(300)
        # @Slot methods of this UI-thread object, so Qt queues the worker's signals to this thread
        worker.file_done.connect(self._progress)
        worker.finished.connect(self._done)
        self._imports[worker.job] = (start_in_thread(worker, "run", self), worker, progress)
        self.import_started.emit(len(paths))

    @Slot(int, int, int)
    def _progress(self, job: int, done: int, _total: int) -> None:
        progress = self._imports.get(job, (None, None, None))[2]
        if progress is not None:
            progress.setValue(done)

    @Slot(int, list)
    def _done(self, job: int, results: list) -> None:
        thread, _worker, progress = self._imports.pop(job)
        thread.quit()
        thread.wait()
        if progress is not None:
            progress.close()
        self.import_finished.emit(results)   # its handlers may show a message box first
        self.return_focus()

    def return_focus(self) -> None:
        """Make the window active again when a dialog closed and left none active (seen without a
        window manager; reported on Windows too): Ctrl+O did nothing and typing went to the library
        table's type-ahead. (Windows only flashes the taskbar button when another program is in front.)"""
        window = self.window.window()
        if window.isVisible() and QApplication.activeWindow() is None:
            window.raise_()
            window.activateWindow()

    def paste_import(self):
        got = PasteDialog.get_text(self.window)
        self.return_focus()
        return self.import_pasted(*got) if got is not None else None

    def import_pasted(self, text: str, source_name: str):
        from content.importer import import_text  # loads the page parser: not needed to start
        result = import_text(self.lib, text, source_name)
        self.import_finished.emit([result])
        return result

    def running_threads(self) -> list[QThread]:
        return [thread for thread, _w, _p in self._imports.values()]

"""The main window: a navigation list, a stack of pages, the menus, and all the wiring.

Other screens (review, practice, exam, contest) join with one call:
`window.register_page("review", "复习", ReviewPage(...), "Ctrl+3")`.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from content.library import Library
from gui.import_controller import ImportController, failed_files_message, imported_message
from gui.library_page import LibraryPage
from gui.main_menus import build_menus
from gui.messages import Messages
from gui.page_factories import STUDY_PAGES

# the reader's way back after 查看原文, by the page that asked for it
RETURN_LABELS = {"practice": "← 返回练习", "exam": "← 返回测验成绩", "review": "← 返回复习", "wrong_book": "← 返回错题本"}
from gui.page_stack import PageStack
from gui.presenter import PresenterWindow, choose_presenter_screen, presenter_body_px
from gui.reader_page import ReaderPage
from gui.settings import AppSettings
from gui.theme import ui_px_for
from gui.window_geometry import restore_window
from gui.workers import AnalysisWorker, default_analyzer_factory, start_in_thread


class MainWindow(QMainWindow):
    articles_imported = Signal(list)     # every content.importer.FileResult of one import
    page_shown = Signal(str)
    flashcard_made = Signal(int)         # card id in quiz.learning_store

    def __init__(self, lib: Library, data_dir: Path, settings: AppSettings, messages: Messages | None = None,
                 analyzer_factory: Callable = default_analyzer_factory, clock: Callable[[], float] = time.monotonic,
                 restyle: Callable[[int], None] | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("学而"))
        self.lib = lib
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.messages = messages or Messages(self)
        self.page_stack = PageStack(self, self.messages, page_built=self._page_built)
        self.nav, self.pages, self._holders = self.page_stack.nav, self.page_stack.pages, self.page_stack.holders
        self.library_page = LibraryPage(lib, messages=self.messages)
        self.reader_page = ReaderPage(lib, settings, clock)
        self.presenter: PresenterWindow | None = None
        self.analysis = AnalysisWorker(self.data_dir, analyzer_factory)
        self.analysis_thread: QThread | None = None
        self.importer = ImportController(lib, self.data_dir, self)
        self._closed = False
        self._learning_store = None
        self.profile_switcher = None
        self._restyle = restyle    # sets the app's font and style sheet for an interface size (gui.ui_style)
        self.setCentralWidget(self.page_stack)
        self.statusBar()
        self.register_page("library", self.tr("文库"), self.library_page, "Ctrl+1")
        self.register_page("reader", self.tr("阅读"), self.reader_page, "Ctrl+2")
        for key, title, shortcut, factory in STUDY_PAGES:
            self.register_page(key, self.tr(title), factory, shortcut)
        build_menus(self)
        self._wire()
        self.setAcceptDrops(True)
        restore_window(self, self.settings, self.reader_page.splitter)

    # -- pages ---------------------------------------------------------
    def register_page(self, key: str, title: str, page, shortcut: str | None = None) -> None:
        """Add a screen to the navigation list. `page` is a widget, or a factory taking this window
        that builds it the first time it is shown."""
        self.page_stack.add(key, title, page, shortcut)

    def _page_built(self, widget: QWidget) -> None:
        self._wire_page(widget)
        if hasattr(widget, "set_ui_px"):
            widget.set_ui_px(self.ui_px())

    def ui_px(self) -> int:
        return ui_px_for(self.settings.body_px)

    def apply_ui_px(self) -> None:
        """After A+/A−: the whole interface follows the article's type size (remembered with it)."""
        px = self.ui_px()
        if self._restyle is not None:
            self._restyle(px)
        for page in self.pages.values():
            if hasattr(page, "set_ui_px"):
                page.set_ui_px(px)
        if self.profile_switcher is not None:
            # the menu bar sizes its corner widget only when the widget is set: set it again at the new size
            self.profile_switcher.adjustSize()
            self.menuBar().setCornerWidget(self.profile_switcher)
            self.profile_switcher.show()

    def page(self, key: str) -> QWidget | None:
        """The page for key, built now if it was registered with a factory. A page that fails to
        build is explained to the user and returns None; its factory stays, so the next click retries."""
        return self.page_stack.page(key)

    def show_page(self, key: str) -> None:
        """Bring key's page up, unless the page on screen may not be left (a contest under way) or
        key's fails to build."""
        if self.page_stack.show_page(key):
            self.page_shown.emit(key)

    def _page_shown(self, key: str) -> None:
        page = self.pages[key]
        if hasattr(page, "set_reading_article"):  # offer the article being read first
            page.set_reading_article(self.reader_page.article_id)
        if key == "library":  # show the reading just done in the progress column
            self.reader_page.flush_reading()
            self.library_page.refresh()
        elif hasattr(page, "reload_articles"):
            page.reload_articles()
        elif hasattr(page, "refresh") and key != "reader":
            page.refresh()  # new cards, imports and answers made elsewhere show up

    def _wire_page(self, page: QWidget) -> None:
        """Connections a screen may offer (by name), so adding a page needs no code here."""
        if hasattr(page, "source_requested"):  # 查看原文 from a card, question or wrong answer
            page.source_requested.connect(lambda a, s, p, start: self.open_source(a, s, p, start))
        if hasattr(page, "page_requested"):  # 去错题本 at the end of a 练习 with mistakes
            page.page_requested.connect(self.show_page)

    def _profile_changed(self, profile_id: int) -> None:
        self.reader_page.flush_reading()  # the time read so far belongs to the previous learner
        self.reader_page.profile_id = profile_id
        for page in self.pages.values():
            if hasattr(page, "set_profile"):
                page.set_profile(profile_id)

    def add_profile_switcher(self) -> None:
        """The learner chooser, top right; built after the first paint (it opens the learning tables)."""
        if self.profile_switcher is not None:
            return
        from gui.profile_switcher import ProfileSwitcher
        self.profile_switcher = ProfileSwitcher(self.learning_store())
        self.menuBar().setCornerWidget(self.profile_switcher)
        self.profile_switcher.show()  # a corner widget set on a shown menu bar stays hidden otherwise
        self.profile_switcher.profile_changed.connect(self._profile_changed)
        self.reader_page.profile_id = self.profile_switcher.current_id()

    def current_page_key(self) -> str:
        return self.page_stack.current_key()

    # -- wiring --------------------------------------------------------
    def chosen_article_ids(self) -> list[int]:
        """The articles selected in the library, else the one being read."""
        chosen = self.library_page.selected_ids()
        if not chosen and self.reader_page.article_id is not None:
            chosen = [self.reader_page.article_id]
        return chosen

    def _wire(self) -> None:
        """Every connection between pages, workers and the window, in one place."""
        self.nav.currentRowChanged.connect(
            lambda row: row >= 0 and self.show_page(self.nav.item(row).data(Qt.ItemDataRole.UserRole)))
        self.page_shown.connect(self._page_shown)
        self.importer.import_started.connect(
            lambda n: self.statusBar().showMessage(self.tr("正在导入 %1 个文件…").replace("%1", str(n))))
        self.importer.import_finished.connect(self._after_import)
        self.library_page.open_requested.connect(self.open_article)
        self.library_page.import_requested.connect(self.choose_files)
        self.library_page.paste_requested.connect(self.paste_import)
        self.library_page.delete_requested.connect(self.delete_articles)
        self.library_page.article_renamed.connect(self._article_renamed)
        self.reader_page.analysis_needed.connect(lambda article_id: self.analysis.request([article_id], first=True))
        self.reader_page.article_requested.connect(self.open_article)
        self.reader_page.presenter_requested.connect(self.present)
        self.reader_page.flashcard_requested.connect(self._flashcard_requested)
        self.reader_page.terms_changed.connect(lambda _id: self.library_page.refresh())
        self.reader_page.type_size_changed.connect(lambda _px: self.apply_ui_px())
        self.analysis.article_analysed.connect(self._article_analysed)
        self.analysis.annotator_ready.connect(self.reader_page.set_annotator)
        # worker signals go to @Slot methods of main-thread objects: Qt then queues them to this thread
        self.analysis.analysis_failed.connect(self._analysis_failed)

    # -- opening and background work ---------------------------------------
    def open_article(self, article_id: int, hit=None) -> bool:
        if not self.reader_page.open_article(article_id, hit):
            return False
        self.show_page("reader")
        self.settings.last_article_id = article_id
        self.setWindowTitle(self.reader_page.article.title)  # Qt adds " — 学而", the display name
        return True

    def open_source(self, article_id: int, section: int, paragraph: int, start: int, end: int | None = None) -> bool:
        """Open an article at a sentence (a question's or card's source), marking it, with a button back
        to the study page that asked (练习, the 测验 result, 复习, 错题本)."""
        came_from = self.current_page_key()
        if not self.open_article(article_id):
            return False
        self.reader_page.go_to_place(section, paragraph, start, end if end is not None else start)
        label = RETURN_LABELS.get(came_from)
        if label:
            self.reader_page.offer_return(self.tr(label), lambda: self.show_page(came_from))
        return True

    def open_first(self, sample_article: int | None) -> None:
        """At start: the sample's first article on a first start, else the article read last, else the library."""
        for candidate in (sample_article, self.settings.last_article_id):
            if candidate is not None and self.open_article(candidate):
                return
        self.show_page("library")

    def start_background(self) -> None:
        """Load jieba and pypinyin and analyse what is missing, after the window is up."""
        if self.analysis_thread is not None or self._closed:
            return
        # the learner tables are opened (and the first learner written) before the analysis thread
        # starts writing: the learning store's writes do not wait for a lock held by that thread
        self.add_profile_switcher()
        self.request_analysis()
        self.analysis_thread = start_in_thread(self.analysis, "start_up", self)
        self.offer_unfinished_exam()

    def offer_unfinished_exam(self) -> bool:
        """At start: an exam left running (app closed or PC switched off) is offered back at once."""
        from gui.exam_page import wants_to_resume
        store = self.learning_store()
        if not wants_to_resume(store, self.reader_page.profile_id or store.ensure_profile(), self.messages):
            return False
        self.show_page("exam")
        if self.current_page_key() == "exam":
            self.pages["exam"].resume_unfinished()
        return True

    @Slot(int)
    def _article_analysed(self, article_id: int) -> None:
        if self._closed:
            return  # a result that arrives after closing would read a closed library
        self.reader_page.article_analysed(article_id)
        shown = next((s for s in self.library_page.model.summaries if s.id == article_id), None)
        if shown is None or not shown.has_analysis:  # a redone stale analysis changes nothing in the list
            self.library_page.refresh()

    def request_analysis(self) -> None:
        """Articles without key terms first, then those an older extractor analysed."""
        self.analysis.request([s.id for s in self.library_page.model.summaries if not s.has_analysis])
        self.analysis.request(self.lib.stale_analysis_ids())

    @Slot(int, str)
    def _analysis_failed(self, _article_id: int, why: str) -> None:
        self.statusBar().showMessage(self.tr("重点词提取失败：%1").replace("%1", why), 8000)

    def learning_store(self):
        """The learning tables in the library's database (quiz.learning_store), opened on first use."""
        if self._learning_store is None:
            from quiz.learning_store import LearningStore
            self._learning_store = LearningStore(self.lib.db)
        return self._learning_store

    def _flashcard_requested(self, article_id: int, term: str) -> None:
        from content.model import BadInput
        from quiz.term_card import add_term_card
        try:
            card_id = add_term_card(self.learning_store(), article_id, self.reader_page.article, term)
        except BadInput as exc:
            self.messages.warn(self.tr("无法制作卡片"), str(exc))
            return
        self.statusBar().showMessage(self.tr("已把“%1”做成闪卡，复习时会出现。").replace("%1", term), 8000)
        self.flashcard_made.emit(card_id)

    def focus_search(self) -> None:
        self.show_page("library")
        self.library_page.focus_search()

    # -- import --------------------------------------------------------
    def choose_files(self) -> None:
        self.importer.choose_files()

    def import_paths(self, paths: list[Path]) -> None:
        self.importer.import_paths(paths)

    def paste_import(self) -> None:
        result = self.importer.paste_import()
        if result is not None and result.ok and result.article_ids:
            self.open_article(result.article_ids[0])

    def import_pasted(self, text: str, source_name: str):
        result = self.importer.import_pasted(text, source_name)
        if result.ok and result.article_ids:
            self.open_article(result.article_ids[0])
        return result

    def _after_import(self, results: list) -> None:
        self.library_page.refresh()
        new_ids = [i for r in results if r.ok for i in r.article_ids]
        self.analysis.request(new_ids)
        self.statusBar().showMessage(imported_message(results), 8000)
        if new_ids:
            self.show_page("library")
            self.library_page.select_article(new_ids[0])
        if any(not r.ok for r in results):
            self.messages.warn(self.tr("有文件没有导入"), failed_files_message(results))
        self.articles_imported.emit(results)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _article_renamed(self, article_id: int, old_title: str, title: str) -> None:
        from quiz.article_retitle import follow_rename
        follow_rename(self.learning_store(), article_id, old_title, title)  # cards and 错题本 say the new title
        if article_id == self.reader_page.article_id:
            self.reader_page.reload_terms()  # re-reads the article, its title too, keeping the place
            self.setWindowTitle(title)

    # -- delete ----------------------------------------------------------
    def delete_articles(self, ids: list[int]) -> None:
        titles = [s.title for s in self.library_page.model.summaries if s.id in ids]
        text = self.tr("确定从文库删除这 %1 篇文章吗？\n\n").replace("%1", str(len(ids))) + "\n".join(titles[:10])
        if not self.messages.confirm(self.tr("删除文章"), text, self.tr("删除")):
            return
        for article_id in ids:
            if article_id == self.reader_page.article_id:
                self.reader_page.flush_reading()
                self.reader_page.article_id = None
            self.lib.delete_article(article_id)
            self.reader_page.jumps.forget(article_id)
        self.library_page.refresh()

    # -- presenter ---------------------------------------------------------
    def present(self) -> None:
        if self.reader_page.article is None:
            first = self.library_page.model.summaries
            if not first or not self.open_article(first[0].id):
                return
        screen = choose_presenter_screen(QGuiApplication.screens(), self.screen())
        height = screen.geometry().height() if screen is not None else 1080
        self.presenter = PresenterWindow(self.reader_page.article, self.reader_page.family,
                                         presenter_body_px(height), self.reader_page.annotator,
                                         self.settings.pinyin_shown)
        self.presenter.closed.connect(self._presenter_closed)
        self.reader_page.follow_presenter(self.presenter)   # no reading time on the projector; Esc returns to its part
        self.presenter.present_on(screen)

    def _presenter_closed(self) -> None:
        self.presenter = None
        self.activateWindow()

    # -- window state --------------------------------------------------------
    def closeEvent(self, event) -> None:
        self._closed = True
        self.reader_page.stop_recording()
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("reader_splitter", self.reader_page.splitter.saveState())
        if self.presenter is not None:
            self.presenter.close()
        self._stop_threads()
        super().closeEvent(event)

    def _stop_threads(self) -> None:
        self.analysis.stop()
        for thread in [self.analysis_thread, *self.importer.running_threads()]:
            if thread is not None:
                thread.quit()
                thread.wait(15_000)
        self.analysis_thread = None

"""The reading screen: outline, the article, and the key-term side panel."""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from content.library import Library, SearchHit
from content.model import Article
from gui.reader_columns import ReaderColumns
from gui.reader_document import ReaderLayout, ReaderStyle, build_article_document, compute_rubies
from gui.reader_jumps import ReaderJumps, StudyReturn
from gui.reader_notices import pinyin_notice, show_for_a_while
from gui.reader_outline import ReaderOutline, section_at
from gui.reader_term_edits import TermEdits
from gui.reader_term_list import ArticleTermList, TermListDialog
from gui.reader_toolbar import NoticeLabel, ReaderSplitter, SteadyButton
from gui.reader_view import ReaderView
from gui.reader_recording import ReadingWatch
from gui.reading_time import ReadingTime
from gui.settings import AppSettings
from gui.term_lookups import TermLookups
from gui.term_panel import TermPanel, term_card_html


class ReaderPage(QWidget):
    article_opened = Signal(int)
    analysis_needed = Signal(int)            # the open article has no stored key terms yet
    terms_changed = Signal(int)
    flashcard_requested = Signal(int, str)   # article id, term
    article_requested = Signal(int)          # open another article (from the term panel)
    presenter_requested = Signal()
    type_size_changed = Signal(int)          # the article's new body size in px (A+/A−)
    pinyin_marked = Signal(int)              # characters given pinyin in the open article; -1: none shown

    def __init__(self, lib: Library, settings: AppSettings, clock: Callable[[], float] = time.monotonic,
                 parent=None):
        super().__init__(parent)
        self.lib = lib
        self.settings = settings
        self.family = ""
        self.article_id: int | None = None
        self.article: Article | None = None
        self.layout_info: ReaderLayout | None = None
        self.annotator = None
        self.profile_id: int | None = None   # the learner the reading time is recorded for
        self.reading = ReadingTime(clock)
        self.lookups = TermLookups(lib)
        self.view = ReaderView()
        self.view.term_tooltip = self.term_tooltip
        self.view.set_pinyin_shown(settings.pinyin_shown)
        self.outline = ReaderOutline()
        self.panel = TermPanel()
        self.panel.hide()
        self.status = NoticeLabel()
        self.jumps = ReaderJumps(self)
        self.history = self.jumps.history
        self.back_button = self.jumps.back_button
        self.edits = TermEdits(self)
        self.term_lists = ArticleTermList(self)
        self.study_return = StudyReturn(self)        # ← 返回练习 after 查看原文 (gui.reader_jumps)
        self.return_button = self.study_return.button
        self.present_button = QToolButton()
        self.present_button.setText(self.tr("演示 (F5)"))
        self.present_button.setToolTip(self.tr("全屏演示，一次一节，Esc 退出"))
        self.splitter = ReaderSplitter(self.fit_widths)
        self._build()
        self._connect_inner()
        # reading time counts only while this page is on screen (gui.reader_recording)
        self.watch = ReadingWatch(self, self.reading, self.flush_reading)
        self.flush_timer = self.watch.timer

    def _build(self) -> None:
        self.columns = ReaderColumns(self, self.splitter, self.outline, self.view, self.panel,
                                     body_px=lambda: self.settings.body_px)
        # the buttons sit from the left, each as wide as at the largest type, and the notes go on a
        # line of their own: A+ clicked again and again stays under the pointer (it had moved onto 拼音)
        top = QHBoxLayout()
        top.setContentsMargins(8, 2, 8, 2)
        top.addStretch(1)
        self.toolbar_row = top
        self._left_buttons = 0
        top.addWidget(self.return_button)
        top.addWidget(self.back_button)   # on the right: appearing, it moves none of the buttons on the left
        top.addWidget(self.present_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(self.edits.notice)
        box.addWidget(self.splitter, 1)

    def _connect_inner(self) -> None:
        # Wiring inside the page's own widgets; the main window wires the page to the rest.
        self.view.term_clicked_at.connect(self.show_clicked_term)
        self.view.add_term_requested.connect(self.add_term)
        self.view.zoom_requested.connect(lambda step: self.zoom(2 * step))
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.outline.section_chosen.connect(self.go_to_section)
        self.panel.occurrence_chosen.connect(self.go_to_occurrence)
        self.panel.remove_requested.connect(self.remove_term)
        self.panel.flashcard_requested.connect(
            lambda term: self.flashcard_requested.emit(self.article_id, term))
        self.panel.article_chosen.connect(self.jumps.open_other)
        self.panel.close_requested.connect(self.panel.hide)
        self.present_button.clicked.connect(self.presenter_requested)

    def add_toolbar_actions(self, actions) -> None:
        """Buttons for the window's reading actions (same action, same shortcut), before 演示."""
        for action in actions:
            button = SteadyButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toolbar_row.insertWidget(self._left_buttons, button)   # before the stretch
            self._left_buttons += 1

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.jumps.shown()

    def hideEvent(self, event) -> None:
        """Another page: the source sentence's mark and the way back to the study page go (the mark
        stayed on the article and was still there when she opened it again, ux report 8, P11)."""
        super().hideEvent(event)
        if not event.spontaneous():         # not a minimised window
            self.view.setExtraSelections([])
            self.study_return.withdraw()

    def offer_return(self, label: str, go: Callable[[], None]) -> None:
        """A button (label, e.g. ← 返回练习) that brings back the study page that opened the source."""
        self.study_return.offer(label, go)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.panel.isVisible():
            self.panel.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- opening -------------------------------------------------------
    def open_article(self, article_id: int, hit: SearchHit | None = None) -> bool:
        """Show a stored article; with a search hit, scroll to it and mark it."""
        if self.article_id is not None and self.article_id != article_id:
            self.flush_reading()
        try:
            article = self.lib.get_article(article_id)
        except KeyError:
            return False
        if self.article_id is not None and self.layout_info is not None:
            self.history.left(self.article_id, self.view.reading_place())
        self.article_id, self.article = article_id, article
        self.lookups.forget()
        self.reading.restart()
        self.panel.hide()
        self.edits.notice.clear()
        self._render()
        self.outline.fill(article)
        place = self.jumps.place_for(article_id)
        if hit is not None:
            self.go_to_hit(hit)
        elif place is not None:
            self.jumps.restore(place)   # opened again: back where she was reading
        else:
            self.view.verticalScrollBar().setValue(0)
        # not from the view: before the window is first shown it has no size, and its "first visible
        # position" is the end of the text (the outline then marked the last section)
        self.outline.mark(hit.section if hit is not None else self.jumps.section_of(place))
        if not self.lib.has_analysis(article_id):
            self.status.setText(self.tr("正在提取重点词，稍后自动标出……"))
            self.analysis_needed.emit(article_id)
        else:
            self.status.setText("")
            if not self.lib.analysis_current(article_id):
                self.analysis_needed.emit(article_id)  # made by an older version: shown now, redone first
        self.article_opened.emit(article_id)
        return True

    def reader_style(self) -> ReaderStyle:
        return ReaderStyle(body_px=self.settings.body_px, family=self.family,
                           pinyin_room=self.settings.pinyin_shown)

    def _render(self) -> None:
        self.layout_info = build_article_document(self.article, self.reader_style())
        self.view.show_layout(self.layout_info)
        self._apply_rubies()

    def _apply_rubies(self) -> None:
        if self.annotator is not None and self.layout_info is not None:
            self.view.set_rubies(compute_rubies(self.annotator, self.article, self.layout_info))
        self.pinyin_marked.emit(self.pinyin_count())

    def pinyin_count(self) -> int:
        """How many characters carry pinyin on screen; -1 while pinyin is hidden or not ready."""
        if not self.settings.pinyin_shown or self.annotator is None or self.layout_info is None:
            return -1
        return len(self.view.ruby_characters())

    @Slot(object)
    def set_annotator(self, annotator) -> None:
        self.annotator = annotator
        self._apply_rubies()

    def reload_terms(self) -> None:
        """Re-read the stored key terms (after analysis or a correction), keeping the text being read in place."""
        if self.article_id is None:
            return
        place = self.view.reading_place()
        self.article = self.lib.get_article(self.article_id)
        self.lookups.forget()
        self._render()
        self.view.restore_place(place)
        self.term_lists.refresh()  # a new analysis or a removal
        if self.lib.has_analysis(self.article_id):
            self.status.setText("")

    def article_analysed(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.reload_terms()

    # -- moving around -------------------------------------------------
    def go_to_hit(self, hit: SearchHit) -> None:
        self.go_to_place(hit.section, hit.paragraph, hit.start, hit.end)

    def go_to_place(self, section: int, paragraph: int, start: int, end: int) -> None:
        """Scroll to paragraph offsets [start, end) and mark them; the top for titles and core points.
        A place without a length (查看原文 hands over where a question's sentence starts) marks the
        sentence starting there, so she need not search the paragraph for it by eye."""
        self.jumps.pending = None
        base = self.layout_info.paragraph_starts.get((section, paragraph))
        if base is None:
            self.view.verticalScrollBar().setValue(0)
            return
        if end <= start:
            end = sentence_end(self._paragraph_text(section, paragraph), start)
        self.view.scroll_to_position(base + start, max(0, end - start))

    def show_paragraph(self, section: int, paragraph: int) -> None:
        """Bring a paragraph to the reading line without marking anything (back from F5)."""
        self.jumps.pending = None
        base = self.layout_info.paragraph_starts.get((section, paragraph))
        if base is None:
            self.view.verticalScrollBar().setValue(0)
        else:
            self.view.scroll_to_position(base)

    def _paragraph_text(self, section: int, paragraph: int) -> str:
        try:
            return self.article.sections[section].paragraphs[paragraph]
        except (AttributeError, IndexError):
            return ""

    def go_to_section(self, section: int) -> None:
        self.jumps.pending = None
        if section < 0:
            self.view.verticalScrollBar().setValue(0)
            return
        position = self.layout_info.section_starts.get(section)
        if position is not None:
            self.view.scroll_to_position(position)

    def go_to_occurrence(self, index: int) -> None:
        term = self.panel.term
        if term is None or index >= len(term.occurrences):
            return
        occ = term.occurrences[index]
        start = self.layout_info.paragraph_starts.get((occ.section, occ.paragraph))
        if start is not None:
            self.view.scroll_to_position(start + occ.start, occ.end - occ.start)

    def current_section(self) -> int:
        if self.layout_info is None or not self.layout_info.section_starts:
            return -1
        if self.view.verticalScrollBar().value() == 0:
            return -1  # the top: title and core points are in view
        # the reading line, not the view's top edge: a section chosen in the outline is scrolled there,
        # so the outline then marks that section and not the one whose last lines are still above it
        return section_at(self.layout_info.section_starts, self.view.reading_position())

    def _scrolled(self, _value: int) -> None:
        self.reading.touch()
        self.reading.reached(self.view.progress())
        self.outline.mark(self.current_section())

    # -- key terms -----------------------------------------------------
    def _others(self, term: str) -> list[tuple[int, str]]:
        return self.lookups.others(term, exclude=self.article_id)

    def term_tooltip(self, index: int) -> str:
        self.reading.touch()
        term = self.article.key_terms[index]
        return term_card_html(self.article, term, self._others(term.term), self.tr)

    def show_term(self, index: int) -> None:
        self.reading.touch()
        term = self.article.key_terms[index]
        added = term.term in self.lib.term_corrections(self.article_id)[0]
        self.panel.show_term(self.article, term, self._others(term.term), added)
        if not self.panel.isVisible():
            self.panel.show()
            self.fit_widths()
            # the splitter lays out a widget it has just shown once more when the show is processed
            QTimer.singleShot(0, self, self.fit_widths)

    def fit_widths(self) -> None:
        """Share the width among outline, article and panel (gui.reader_columns)."""
        self.columns.fit()

    def show_clicked_term(self, index: int, position: int) -> None:
        """A click on a key term: open its panel, and keep the clicked place in sight while the text
        re-wraps into the narrower column (bring it to the reading line if the re-wrap moved it away)."""
        span = next((s for s in self.layout_info.term_spans
                     if s.term_index == index and s.start <= position <= s.end), None)
        start = span.start if span is not None else position
        self.show_term(index)
        self.keep_in_sight(start)

    def _keep_visible(self, position: int) -> None:
        if self.layout_info is not None and not self.view.is_position_visible(position):
            self.view.scroll_to_position(position)

    def remove_term(self, term: str) -> None:
        self.edits.remove(term)

    def show_term_list(self) -> None:
        self.term_lists.show()

    def show_term_in_text(self, term: str) -> None:
        self.term_lists.look_up(term)

    @property
    def term_list(self) -> TermListDialog | None:
        return self.term_lists.dialog

    def keep_in_sight(self, position: int) -> None:
        """A document position brought into sight now, and again once the splitter has laid its widgets
        out after a panel's show."""
        self._keep_visible(position)
        QTimer.singleShot(0, self, lambda: self._keep_visible(position))

    def add_selected_term(self) -> None:
        self.edits.add(self.view.textCursor().selectedText())

    def add_term(self, text: str) -> None:
        self.edits.add(text)

    # -- type size and pinyin ------------------------------------------
    def zoom(self, step: int) -> None:
        before = self.settings.body_px
        self.settings.body_px = before + step
        limits = (self.tr("字号已经最大了。"), self.tr("字号已经最小了。"))
        if self.settings.body_px == before:
            show_for_a_while(self.status, limits[0] if step > 0 else limits[1])
            return
        if self.status.text() in limits:
            self.status.setText("")  # the type changed: the limit notice no longer holds
        place = self.view.reading_place() if self.article is not None else None
        if place is not None:
            self._render()
        self.type_size_changed.emit(self.settings.body_px)
        self.fit_widths()   # after the interface has followed the type size
        if place is not None:
            # after the interface has followed the type size (it may change the column width), and once
            # more when that new layout has been processed
            self.view.restore_place(place)
            QTimer.singleShot(0, self.view, lambda: self.view.restore_place(place))

    def set_pinyin_shown(self, shown: bool) -> None:
        self.settings.pinyin_shown = shown
        self.view.set_pinyin_shown(shown)
        if self.article is not None:
            self.reload_terms()
        self.pinyin_marked.emit(self.pinyin_count())
        show_for_a_while(self.status, self.pinyin_notice(shown))

    def pinyin_notice(self, shown: bool) -> str:
        return pinyin_notice(self.tr, shown, self.article is not None, self.annotator is not None,
                             self.view.ruby_characters())

    # -- reading records -----------------------------------------------
    def follow_presenter(self, presenter) -> None:
        """F5: the projector's time is the group's, not this learner's reading; Esc comes back here at
        the part that was shown last."""
        article_id = self.article_id
        self.watch.set_presenting(True)
        presenter.closed.connect(lambda: (self.watch.set_presenting(False),
                                          self.jumps.back_from_presenter(article_id, presenter.shown_place())))

    def stop_recording(self) -> None:
        """The window is closing: write the reading so far, and no more flushes (the library closes next)."""
        self.watch.stop()
        self.jumps.save_place()

    def flush_reading(self) -> None:
        """Write the time read since the last flush and the furthest point reached."""
        if self.article_id is None:
            return
        seconds, furthest = self.reading.take(self.view.progress())
        try:
            self.lib.record_reading(self.article_id, seconds, furthest, self.profile_id)
        except KeyError:
            self.article_id = None  # the article was deleted while open


_SENTENCE_ENDS = "。！？!?；;…"
_CLOSERS = "”’」』）)》"


def sentence_end(text: str, start: int) -> int:
    """Where the sentence opening at `start` ends in `text`: after its end mark and any closing quotes;
    the paragraph's end when it has none.

        >>> sentence_end("前一句。要抓落实。”后一句。", 4)
        10
    """
    if not 0 <= start < len(text):
        return start
    end = next((i + 1 for i in range(start, len(text)) if text[i] in _SENTENCE_ENDS), len(text))
    while end < len(text) and (text[end] in _CLOSERS or text[end] in _SENTENCE_ENDS):
        end += 1
    return end

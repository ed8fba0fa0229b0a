"""Presenter mode: the article full screen on the projector, a screenful at a time.

Each section is cut into slides of whole paragraphs that fit the screen, measured
with the very documents the slides are shown in; the plan is made again when the
screen size changes (the window goes full screen, or onto a projector)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from content.model import Article
from gui import theme
from gui.reader_document import ReaderLayout, ReaderStyle, Slide, build_slide_document, compute_rubies, plan_slides
from gui.reader_view import MAX_LINE_CHARS, ReaderView
from gui.slide_paging import document_lines, hidden_from, page_after, page_before, page_tops

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_PageDown}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_P, Qt.Key.Key_PageUp}
READING_ROOM = 0.5   # of the type size: kept above a screenful's first line, where its readings go


def choose_presenter_screen(screens: list[QScreen], current: QScreen | None) -> QScreen | None:
    """The projector when one is attached (a screen other than the desk's), else the current screen."""
    if len(screens) > 1:
        for screen in screens:
            if screen is not current:
                return screen
    return current if current is not None else (screens[0] if screens else None)


def presenter_body_px(screen_height: int) -> int:
    return max(theme.PRESENTER_BODY_PX, screen_height // 22)


class PresenterWindow(QWidget):
    slide_changed = Signal(int)
    closed = Signal()

    def __init__(self, article: Article, family: str = "", body_px: int = theme.PRESENTER_BODY_PX,
                 annotator=None, pinyin_shown: bool = False, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("演示：%1").replace("%1", article.title))
        self.article = article
        self.annotator = annotator if pinyin_shown else None
        self.style_ = ReaderStyle(body_px=body_px, family=family, paper=theme.PRESENTER_PAPER,
                                  ink=theme.PRESENTER_INK, muted="#b9b4a6", term_ink="#111111",
                                  kind_colours=dict(theme.PRESENTER_KIND_COLOURS),
                                  core_box="#23262e", core_border="#6f6650",
                                  pinyin_room=pinyin_shown, line_percent=150, show_warnings=False,
                                  marked_title=False)
        self.slide = 0
        self.slides: list[Slide] = plan_slides(article, self.style_)
        self._planned_for = None   # the viewport size the slides were measured for
        self.view = ReaderView()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.pinyin_colour = "#ffcf8a"
        self.view.setStyleSheet(f"QTextBrowser {{ background: {theme.PRESENTER_PAPER}; border: none; }}")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._scrolled())
        self.view.verticalScrollBar().valueChanged.connect(lambda *_: self._scrolled())
        # paper laid over the lines below the last whole one, so no line shows cut in half
        self.curtain = QWidget(self.view.viewport())
        self.curtain.setObjectName("curtain")
        self.curtain.setStyleSheet(f"#curtain {{ background: {theme.PRESENTER_PAPER}; }}")
        self.curtain.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.curtain.hide()
        self.footer = QLabel()
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer.setStyleSheet(f"color: #8d887c; background: {theme.PRESENTER_PAPER}; padding: 6px 24px;"
                                  f" font-size: {max(16, body_px // 3)}px;")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.view, 1)
        box.addWidget(self.footer)
        self.setStyleSheet(f"background: {theme.PRESENTER_PAPER};")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self._replan()
        self.show_slide(0)

    @property
    def slide_total(self) -> int:
        return len(self.slides)

    def shown_place(self) -> tuple[int, int] | None:
        """(section, paragraph) at the top of what is on the screen; None for the title and core points."""
        slide = self.slides[self.slide]
        if slide.front_matter or slide.core_points_only or slide.section < 0:
            return None
        return slide.section, slide.first

    # -- planning ------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._replan()
        return super().eventFilter(watched, event)

    def _replan(self) -> None:
        """Cut the article into slides for the current screen, staying on the paragraph being shown."""
        size = self.view.viewport().size()
        px = self.style_.body_px
        if size == self._planned_for or size.width() < 10 * px or size.height() < 4 * px:
            return  # not laid out yet (a hidden window is tiny): keep one slide per section
        self._planned_for = size
        current = self.slides[self.slide] if self.slide < len(self.slides) else Slide(front_matter=True)
        self.slides = plan_slides(self.article, self.style_, self._fits)
        self.show_slide(self._slide_holding(current))

    def _slide_holding(self, old: Slide) -> int:
        for index, slide in enumerate(self.slides):
            if old.core_points_only and slide.core_points_only:
                return index
            if not old.front_matter and not old.core_points_only and slide.holds(old.section, old.first):
                return index
        return 0

    def _fits(self, layout: ReaderLayout) -> bool:
        """Would this slide show whole, without scrolling? Lays it out as the view will (ReaderView._fit_margin)."""
        doc = layout.document
        size = self.view.viewport().size()
        px = self.style_.body_px
        root = doc.rootFrame()
        fmt = root.frameFormat()
        side = max(px, (size.width() - MAX_LINE_CHARS * px) / 2)
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(px)
        fmt.setBottomMargin(2 * px)
        root.setFrameFormat(fmt)
        doc.setTextWidth(size.width())
        # the bottom margin may fall off the screen: it is blank
        return doc.size().height() - fmt.bottomMargin() <= size.height()

    # -- showing -------------------------------------------------------
    def show_slide(self, index: int, at_end: bool = False) -> None:
        """Show a slide from its top, or from its last screenful (stepping back into it)."""
        self.slide = max(0, min(index, self.slide_total - 1))
        layout = build_slide_document(self.article, self.style_, self.slides[self.slide])
        self.view.show_layout(layout)
        if self.annotator is not None:
            self.view.set_rubies(compute_rubies(self.annotator, self.article, layout))
        self._scroll_to(self._page_tops()[-1] if at_end else 0)
        self._scrolled()
        self.slide_changed.emit(self.slide)

    # -- screenfuls of a slide taller than the screen ----------------------
    def _lines(self):
        self.view.document().documentLayout().documentSize()  # lay out whatever is still pending
        return document_lines(self.view.document())

    def _page_tops(self) -> list[float]:
        return page_tops(self._lines(), self.view.viewport().height(), READING_ROOM * self.style_.body_px)

    def _scroll_to(self, top: float) -> None:
        """Put top at the top edge; the blank under the slide grows so its last screenful can start anywhere."""
        root = self.view.document().rootFrame()
        fmt = root.frameFormat()
        blank = max(2 * self.style_.body_px, self.view.viewport().height()) if top > 0 else 2 * self.style_.body_px
        if fmt.bottomMargin() != blank:
            fmt.setBottomMargin(blank)
            root.setFrameFormat(fmt)
        self.view.verticalScrollBar().setValue(round(top))

    def _scrolled(self) -> None:
        self._cover_cut_lines()
        self._update_footer()

    def _cover_cut_lines(self) -> None:
        viewport = self.view.viewport()
        hidden = hidden_from(self._lines(), self.view.verticalScrollBar().value(), viewport.height())
        if hidden is None:
            self.curtain.hide()
            return
        top = max(0, int(hidden) + 1)
        self.curtain.setGeometry(0, top, viewport.width(), max(0, viewport.height() - top))
        self.curtain.show()
        self.curtain.raise_()

    def _update_footer(self) -> None:
        slide = self.slides[self.slide]
        heading = self.article.sections[slide.section].heading if slide.section >= 0 and not slide.front_matter \
            else None
        heading = heading or self.article.title
        more = self.tr("  ▼ 下翻继续") if self._text_below() else ""
        self.footer.setText(f"{heading or ''}    {self.slide + 1} / {self.slide_total}{more}")

    def _text_below(self) -> bool:
        """Is there a line under the bottom edge that has not shown whole yet?"""
        bar = self.view.verticalScrollBar()
        return hidden_from(self._lines(), bar.value(), self.view.viewport().height()) is not None

    def next_slide(self) -> None:
        """→, space, a remote's PageDown: the rest of a long slide first, a screenful at a time, then the next."""
        following = page_after(self._page_tops(), self.view.verticalScrollBar().value())
        if following is not None and self._text_below():
            self._scroll_to(following)
        elif self.slide + 1 < self.slide_total:
            self.show_slide(self.slide + 1)

    def previous_slide(self) -> None:
        """←, PageUp: back a screenful, then to the previous slide's last screenful."""
        value = self.view.verticalScrollBar().value()
        before = page_before(self._page_tops(), value) if value > 0 else None
        if before is not None:
            self._scroll_to(before)
        elif self.slide > 0:
            self.show_slide(self.slide - 1, at_end=True)

    def page_down(self) -> None:
        self.next_slide()

    def page_up(self) -> None:
        self.previous_slide()

    def _line_step(self, down: bool) -> None:
        """↓ / ↑: one line further, the top edge just above a line."""
        value = self.view.verticalScrollBar().value()
        room = READING_ROOM * self.style_.body_px
        tops = sorted({max(0.0, line.top - room) for line in self._lines()})
        target = page_after(tops, value) if down else page_before(tops, value)
        if target is not None and (not down or self._text_below()):
            self._scroll_to(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._line_step(key == Qt.Key.Key_Down)
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(self.slide_total - 1)
        else:
            super().keyPressEvent(event)

    def present_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

"""Presenter mode: the article full screen on the projector, a screenful at a time.

Each section is cut into slides of whole paragraphs that fit the screen, measured
with the very documents the slides are shown in; the plan is made again when the
screen size changes (the window goes full screen, or onto a projector)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QAbstractSlider, QLabel, QVBoxLayout, QWidget

from content.model import Article
from gui import theme
from gui.reader_document import ReaderLayout, ReaderStyle, Slide, build_slide_document, compute_rubies, plan_slides
from gui.reader_view import MAX_LINE_CHARS, ReaderView

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_P}


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
                                  pinyin_room=pinyin_shown, line_percent=150, show_warnings=False)
        self.slide = 0
        self.slides: list[Slide] = plan_slides(article, self.style_)
        self._planned_for = None   # the viewport size the slides were measured for
        self.view = ReaderView()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.pinyin_colour = "#ffcf8a"
        self.view.setStyleSheet(f"QTextBrowser {{ background: {theme.PRESENTER_PAPER}; border: none; }}")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._update_footer())
        self.view.verticalScrollBar().valueChanged.connect(lambda *_: self._update_footer())
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
        if old.front_matter:
            return 0
        for index, slide in enumerate(self.slides):
            if slide.holds(old.section, old.first):
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
    def show_slide(self, index: int) -> None:
        self.slide = max(0, min(index, self.slide_total - 1))
        layout = build_slide_document(self.article, self.style_, self.slides[self.slide])
        self.view.show_layout(layout)
        if self.annotator is not None:
            self.view.set_rubies(compute_rubies(self.annotator, self.article, layout))
        self.view.verticalScrollBar().setValue(0)
        self._update_footer()
        self.slide_changed.emit(self.slide)

    def _update_footer(self) -> None:
        slide = self.slides[self.slide]
        heading = self.article.sections[slide.section].heading if slide.section >= 0 and not slide.front_matter \
            else None
        heading = heading or self.article.title
        more = self.tr("  ▼ 下翻继续") if self._text_below() else ""
        self.footer.setText(f"{heading or ''}    {self.slide + 1} / {self.slide_total}{more}")

    def _text_below(self) -> bool:
        """Is there text under the bottom edge (more than the blank bottom margin)?"""
        bar = self.view.verticalScrollBar()
        blank = self.view.document().rootFrame().frameFormat().bottomMargin()
        return bar.maximum() - bar.value() > blank

    def next_slide(self) -> None:
        if self.slide + 1 < self.slide_total:
            self.show_slide(self.slide + 1)

    def previous_slide(self) -> None:
        if self.slide > 0:
            self.show_slide(self.slide - 1)

    def page_down(self) -> None:
        """A remote's PageDown: scroll a long section first, then go on to the next one."""
        bar = self.view.verticalScrollBar()
        if self._text_below():
            bar.setValue(bar.value() + bar.pageStep())
        else:
            self.next_slide()

    def page_up(self) -> None:
        bar = self.view.verticalScrollBar()
        if bar.value() > 0:
            bar.setValue(bar.value() - bar.pageStep())
        else:
            self.previous_slide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_PageDown:
            self.page_down()
        elif key == Qt.Key.Key_PageUp:
            self.page_up()
        elif key == Qt.Key.Key_Down:
            self.view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        elif key == Qt.Key.Key_Up:
            self.view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub)
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

"""Presenter mode: the article full screen on the projector, one section at a time."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QAbstractSlider, QLabel, QVBoxLayout, QWidget

from content.model import Article
from gui import theme
from gui.reader_document import ReaderStyle, build_slide_document, slide_count
from gui.reader_page import compute_rubies
from gui.reader_view import ReaderView

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
        self.show_slide(0)

    @property
    def slide_total(self) -> int:
        return slide_count(self.article)

    def show_slide(self, index: int) -> None:
        self.slide = max(0, min(index, self.slide_total - 1))
        layout = build_slide_document(self.article, self.style_, self.slide)
        self.view.show_layout(layout)
        if self.annotator is not None:
            self.view.set_rubies(compute_rubies(self.annotator, self.article, layout))
        self.view.verticalScrollBar().setValue(0)
        self._update_footer()
        self.slide_changed.emit(self.slide)

    def _update_footer(self) -> None:
        heading = self.article.sections[self.slide - 1].heading if self.slide else self.article.title
        bar = self.view.verticalScrollBar()
        more = self.tr("  ▼ 下翻继续") if bar.value() < bar.maximum() else ""
        self.footer.setText(f"{heading or ''}    {self.slide + 1} / {self.slide_total}{more}")

    def next_slide(self) -> None:
        if self.slide + 1 < self.slide_total:
            self.show_slide(self.slide + 1)

    def previous_slide(self) -> None:
        if self.slide > 0:
            self.show_slide(self.slide - 1)

    def page_down(self) -> None:
        """A remote's PageDown: scroll a long section first, then go on to the next one."""
        bar = self.view.verticalScrollBar()
        if bar.value() < bar.maximum():
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

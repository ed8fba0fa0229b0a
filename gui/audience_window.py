"""The projector screen of a 知识竞赛: the question in very large type, the countdown, the scoreboard,
and after each answer the source sentence with the answer in red.

It paints a `quiz.contest_display.AudienceView` and nothing else; the host console decides what to show.
The body's type is as large as fits the screen (a short question is set at about a tenth of the
screen height), so the back row of a meeting room can read it and a long one never runs off.
"""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QWidget

from quiz.contest_display import AudienceView, ScoreCard

BACKGROUND = "#fffaf0"
INK = "#1a1a1a"
BANNER_RED = "#b3121b"
GOLD = "#ffd86b"
ANSWER_RED = "#d0021b"
RIGHT_GREEN = "#1e7b34"
MUTED = "#6b625a"
FAMILIES = ["Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "SimHei"]
# Relative sizes of the body's parts; the base size is found by fitting (see fit_base_px).
SIZES = {"headline": 0.62, "stem": 1.0, "options": 0.95, "answer": 0.9, "explanation": 0.8, "source": 0.6,
         "verdict": 0.75, "ranking": 1.0, "go": 1.3, "label": 0.5, "notice": 0.8}
# The least size of a part, as a share of the window height (never above the stem's size): the source
# sentence with the answer in red is what the back row must read after 揭晓 (ux report 6: it was 17 px
# at 1024×768). Given up only when the body would not fit otherwise.
FLOORS = {"explanation": 0.036, "source": 0.027, "options": 0.036}
INLINE_GAP = "\u3000\u3000／\u3000\u3000"      # between 正确 and 错误 on one line
# The scoreboard grows with the window like the question does: at 1080 px high a score is about 75 px
# and a team name about 55 px (bold), both read from the back of a meeting room.
BOARD_SHARE = 0.18                  # of the window height
NAME_SHARE, SCORE_SHARE = 0.34, 0.46   # of a score card's height


def _span(text: str, part: str, colour: str = INK, bold: bool = False) -> str:
    weight = "bold" if bold else "normal"
    return (f'<div style="font-size:@@{part}@@px; color:{colour}; font-weight:{weight}; '
            f'margin-bottom:@@gap@@px">{text}</div>')


def marked_html(segments: list[tuple[str, bool]], bold: str = "normal") -> str:
    """Text with the answer's pieces in red (and bold, in a line that is not)."""
    return "".join(f'<span style="color:{ANSWER_RED}; font-weight:{bold}">{html.escape(t)}</span>' if is_answer
                   else html.escape(t) for t, is_answer in segments)


def explanation_html(view: AudienceView) -> str:
    return "原文：" + marked_html(view.explanation, "bold")


def body_template(view: AudienceView) -> str:
    """The body as HTML with @@part@@ size holes, filled in once the size that fits is known."""
    active = [c for c in view.scores if c.active]
    parts = []
    if view.headline:
        alone = not (view.stem or view.marked_stem or view.ranking)     # a title card: the rules are the body
        size = "go" if view.go else "stem" if alone else "headline"
        colour = RIGHT_GREEN if view.go else active[0].colour if active else BANNER_RED
        parts.append(_span(html.escape(view.headline), size, colour, True))
    if view.kind_label:
        parts.append(_span(f'<span style="background-color:{BANNER_RED}; color:#ffffff">'
                           f'\u00a0{html.escape(view.kind_label)}\u00a0</span>', "label", INK, True))
    if view.stem:
        parts.append(_span(html.escape(view.stem), "stem", INK, True))
    if view.marked_stem:
        parts.append(_span(marked_html(view.marked_stem, "bold"), "stem", INK, True))
    if view.options:
        joiner = INLINE_GAP if view.options_inline else "<br>"
        parts.append(_span(joiner.join(map(html.escape, view.options)), "options", INK, view.options_inline))
    if view.notice:
        parts.append(_span(html.escape(view.notice), "notice", ANSWER_RED, True))
    if view.answer:
        parts.append(_span("答案：" + html.escape(view.answer), "answer", ANSWER_RED, True))
    if view.explanation:
        parts.append(_span(explanation_html(view), "explanation"))
    if view.source_title and (view.explanation or view.marked_stem):
        parts.append(_span(f"——《{html.escape(view.source_title)}》", "source", MUTED))
    if view.verdict:
        colour = RIGHT_GREEN if view.verdict.startswith("回答正确") else ANSWER_RED
        parts.append(_span(html.escape(view.verdict), "verdict", colour, True))
    if view.ranking:
        rows = "".join(f'<tr><td>第{c.rank}名　</td><td style="color:{c.colour}">{html.escape(c.name)}　</td>'
                       f'<td align="right">{c.score} 分</td></tr>' for c in view.ranking)
        parts.append(f'<table style="font-size:@@ranking@@px; font-weight:bold">{rows}</table>')
    return "".join(parts)


def fill_sizes(template: str, base: float, floors: dict[str, float] | None = None) -> str:
    """Put pixel sizes into the @@part@@ holes (user text is escaped, so it cannot hold "@@x@@" markup);
    floors: the least px of some parts, never above the base (the stem's size)."""
    floors = floors or {}
    for part, share in {**SIZES, "gap": 0.25}.items():
        px = max(base * share, min(base, floors.get(part, 0)))
        template = template.replace(f"@@{part}@@", str(int(px)))
    return template


class AudienceWindow(QWidget):
    """A top-level window; the host console shows it full screen on the projector.
    F11, Esc or a double-click toggles full screen (or, when hide_on_leave says so, hides it)."""
    visibility_changed = Signal(bool)
    dismissed = Signal()        # it hid itself on leaving full screen (see hide_on_leave)

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("知识竞赛"))
        # Closing the main window ends the app even while the projector window is still up.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.view: AudienceView | None = None
        self.console: QWidget | None = None     # the host console, which owns the keyboard
        self.base_px = 0.0                      # the body's fitted type size, for tests and review
        self.part_px: dict[str, float] = {}     # each part's px as last painted (stem, explanation, …)
        self.body_text = ""                     # the body as last painted, as plain text (for tests)
        self.board_px: list[tuple[float, float]] = []   # (team name px, score px) per card as last painted
        self.normal_rect: QRect | None = None   # where Esc puts the window back
        # asked each time the window leaves full screen, when set: the place may have moved since
        self.normal_place: Callable[[], QRect] | None = None
        # asked each time the window leaves full screen, when set: True hides it instead (on a single
        # screen the host console's preview shows the same picture, and a loose window would cover the app)
        self.hide_on_leave: Callable[[], bool] | None = None
        self.resize(1280, 720)

    def show_view(self, view: AudienceView) -> None:
        self.view = view
        self.update()

    # ---- geometry -----------------------------------------------------------------------------
    def banner_rect(self) -> QRectF:
        return QRectF(0, 0, self.width(), self.height() * 0.12)

    def board_rect(self) -> QRectF:
        h = self.height() * (BOARD_SHARE if self.view and self.view.scores and not self.view.ranking else 0)
        return QRectF(0, self.height() - h, self.width(), h)

    def body_rect(self) -> QRectF:
        margin = self.width() * 0.035
        top = self.banner_rect().bottom() + margin / 2
        return QRectF(margin, top, self.width() - 2 * margin, self.board_rect().top() - top - margin / 2)

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setPixelSize(max(8, int(px)))
        font.setBold(bold)
        return font

    def fit_document(self, template: str, rect: QRectF) -> QTextDocument:
        """The largest base size (at most a tenth of the height) whose text fits the body, with the
        floors kept if the text fits with them at all."""
        doc = QTextDocument()
        doc.setDefaultFont(self._font(10))
        doc.setTextWidth(rect.width())
        floors = {part: share * self.height() for part, share in FLOORS.items()}
        base = self._fit_base(doc, template, rect, floors)
        if not self._fits(doc, template, base, rect, floors):
            floors = {}
            base = self._fit_base(doc, template, rect, floors)
        self.base_px = base
        self.part_px = {part: float(max(base * share, min(base, floors.get(part, 0))))
                        for part, share in SIZES.items()}
        doc.setHtml(fill_sizes(template, base, floors))
        return doc

    def _fit_base(self, doc: QTextDocument, template: str, rect: QRectF, floors: dict[str, float]) -> float:
        lo, hi = 10.0, max(11.0, self.height() / 10)
        for _ in range(12):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if self._fits(doc, template, mid, rect, floors) else (lo, mid)
        return lo

    @staticmethod
    def _fits(doc: QTextDocument, template: str, base: float, rect: QRectF, floors: dict[str, float]) -> bool:
        doc.setHtml(fill_sizes(template, base, floors))
        return doc.size().height() <= rect.height()

    # ---- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), QColor(BACKGROUND))
        if self.view is None:
            return
        self._paint_banner(p)
        rect = self.body_rect()
        doc = self.fit_document(body_template(self.view), rect)
        self.body_text = doc.toPlainText()
        p.save()
        p.translate(rect.topLeft())
        doc.drawContents(p, QRectF(0, 0, rect.width(), rect.height()))
        p.restore()
        self._paint_board(p)
        p.end()

    def _paint_banner(self, p: QPainter) -> None:
        band = self.banner_rect()
        p.fillRect(band, QColor(BANNER_RED))
        pad = self.width() * 0.025
        p.setPen(QColor(GOLD))
        p.setFont(self._font(band.height() * 0.5, bold=True))
        p.drawText(band.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self.view.banner)
        clock, urgent = self.clock_text()
        if clock:
            p.setPen(QColor("#ffffff" if urgent else GOLD))
            p.setFont(self._font(band.height() * 0.75, bold=True))
            p.drawText(band.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       clock)

    def clock_text(self) -> tuple[str, bool]:
        v = self.view
        if v.paused:
            return "暂停", True
        if v.time_up:
            return "时间到", True
        if v.seconds_left is None:
            return "", False
        return str(v.seconds_left), v.seconds_left <= 5

    def _paint_board(self, p: QPainter) -> None:
        board = self.board_rect()
        cards: list[ScoreCard] = self.view.scores if board.height() else []
        self.board_px = []
        if not cards:
            return
        gap = min(self.width() * 0.012, self.height() * 0.015)
        width = (board.width() - gap * (len(cards) + 1)) / len(cards)
        for i, card in enumerate(cards):
            r = QRectF(gap + i * (width + gap), board.top() + gap, width, board.height() - 2 * gap)
            self._paint_card(p, r, card)

    def _paint_card(self, p: QPainter, r: QRectF, card: ScoreCard) -> None:
        p.setPen(QPen(QColor(GOLD), max(3, r.height() * 0.06)) if card.active else Qt.PenStyle.NoPen)
        p.setBrush(QColor(card.colour))
        p.drawRoundedRect(r, 14, 14)
        p.setPen(QColor("#ffffff"))
        name_font = self._fitted_font(card.name, r.height() * NAME_SHARE, r.width() * 0.9, bold=True)
        p.setFont(name_font)
        p.drawText(r.adjusted(0, r.height() * 0.03, 0, -r.height() * 0.55), Qt.AlignmentFlag.AlignCenter, card.name)
        score_font = self._fitted_font(str(card.score), r.height() * SCORE_SHARE, r.width() * 0.9, bold=True)
        p.setFont(score_font)
        p.drawText(r.adjusted(0, r.height() * 0.42, 0, -r.height() * 0.02), Qt.AlignmentFlag.AlignCenter,
                   str(card.score))
        self.board_px.append((name_font.pixelSize(), score_font.pixelSize()))

    def _fitted_font(self, text: str, px: float, width: float, bold: bool = False) -> QFont:
        """px, or smaller if text would not fit the width (a long team name among six narrow cards)."""
        font = self._font(px, bold)
        advance = QFontMetricsF(font).horizontalAdvance(text)
        return self._font(px * width / advance, bold) if advance > width else font

    # ---- full screen ------------------------------------------------------------------------
    def enter_full_screen(self, screen=None, normal: QRect | None = None) -> None:
        """Full screen on screen (default: its own); normal is where leaving full screen puts it."""
        if normal is not None:
            self.normal_rect = QRect(normal)
        elif self.isVisible() and not self.isFullScreen():
            self.normal_rect = self.geometry()
        screen = screen or self.screen()
        self.setScreen(screen)
        # the geometry too: without a window manager the full-screen state alone does not resize
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def leave_full_screen(self) -> None:
        if self.hide_on_leave is not None and self.hide_on_leave():
            self.showNormal()
            self.hide()
            self.dismissed.emit()
            return
        self.showNormal()
        place = self.normal_place() if self.normal_place is not None else self.normal_rect
        if place is not None:
            self.setGeometry(place)
            self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.isWindow():       # not the preview inside the host console
            self.toggle_full_screen()
        super().mouseDoubleClickEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11 and self.isWindow():
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape and self.isWindow():
            self.toggle_full_screen()     # a second Esc brings it back, as F11 does
        elif self.console is not None:
            # The projector window may get the focus; the other keys belong to the host console.
            self.console.keyPressEvent(event)
        else:
            super().keyPressEvent(event)

"""The projector screen of a 知识竞赛: the question in very large type, the countdown, the scoreboard,
and after each answer the source sentence with the answer in red.

It draws a `quiz.contest_display.AudienceView` and nothing else; the host console decides what to show.
Type sizes follow the window's height so the back row of a meeting room can read it.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from quiz.contest_display import AudienceView, ScoreCard

BACKGROUND = "#fffaf0"
INK = "#1a1a1a"
BANNER_RED = "#b3121b"
GOLD = "#ffd86b"
ANSWER_RED = "#d0021b"
MUTED = "#6b625a"
FAMILY = "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def explanation_html(view: AudienceView) -> str:
    parts = [f'<span style="color:{ANSWER_RED}; font-weight:bold">{html.escape(t)}</span>' if is_answer
             else html.escape(t) for t, is_answer in view.explanation]
    source = f'<br><span style="color:{MUTED}">——《{html.escape(view.source_title)}》</span>' if view.source_title else ""
    return "原文：" + "".join(parts) + source


class AudienceWindow(QWidget):
    """A top-level window; the host console shows it full screen on the projector."""

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("知识竞赛"))
        self.setObjectName("AudienceWindow")
        self.view: AudienceView | None = None
        self.console: QWidget | None = None     # the host console, which owns the keyboard
        self.banner, self.clock_label, self.headline = _label(False), _label(False), _label()
        self.stem, self.options, self.answer, self.explanation, self.verdict = (_label() for _ in range(5))
        self.ranking = _label()
        self.scoreboard = QHBoxLayout()
        self._build()
        self.resize(1280, 720)

    def _build(self) -> None:
        self.setStyleSheet(f"#AudienceWindow {{ background: {BACKGROUND}; }} QLabel {{ color: {INK}; "
                           f"font-family: {FAMILY}; }}")
        top = QFrame()
        top.setStyleSheet(f"background: {BANNER_RED};")
        row = QHBoxLayout(top)
        row.setContentsMargins(32, 8, 32, 8)
        row.addWidget(self.banner, 1)
        row.addWidget(self.clock_label)
        body = QVBoxLayout()
        body.setContentsMargins(48, 16, 48, 8)
        body.setSpacing(12)
        for widget in (self.headline, self.stem, self.options, self.answer, self.explanation, self.verdict,
                       self.ranking):
            body.addWidget(widget)
        body.addStretch(1)
        board = QFrame()
        board.setLayout(self.scoreboard)
        self.scoreboard.setContentsMargins(24, 8, 24, 16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(top)
        outer.addLayout(body, 1)
        outer.addWidget(board)

    # ---- drawing ------------------------------------------------------------------------------
    def px(self, share: float) -> int:
        """A type size as a share of the window height (1080 px high × 1/14 ≈ 77 px)."""
        return max(12, int(self.height() * share))

    def show_view(self, view: AudienceView) -> None:
        self.view = view
        self._set(self.banner, html.escape(view.banner), self.px(1 / 18), GOLD, bold=True)
        clock = "暂停" if view.paused else ("时间到" if view.time_up else
                                          (f"{view.seconds_left}" if view.seconds_left is not None else ""))
        urgent = view.time_up or (view.seconds_left is not None and view.seconds_left <= 5)
        self._set(self.clock_label, clock, self.px(1 / 11), GOLD if not urgent else "#ffffff", bold=True)
        big_headline = not view.stem and not view.ranking
        self._set(self.headline, html.escape(view.headline), self.px(1 / 16 if big_headline else 1 / 26),
                  BANNER_RED if view.headline.endswith("！") or big_headline else MUTED, bold=True)
        self._set(self.stem, html.escape(view.stem), self.px(1 / 15), INK, bold=True)
        self._set(self.options, "<br>".join(map(html.escape, view.options)), self.px(1 / 18), INK)
        self._set(self.answer, f"答案：{html.escape(view.answer)}" if view.answer else "", self.px(1 / 16),
                  ANSWER_RED, bold=True)
        self._set(self.explanation, explanation_html(view) if view.explanation else "", self.px(1 / 26), INK)
        self._set(self.verdict, html.escape(view.verdict), self.px(1 / 18),
                  "#1e7b34" if view.verdict.startswith("回答正确") else ANSWER_RED, bold=True)
        self._set(self.ranking, self._ranking_html(view.ranking), self.px(1 / 14), INK, bold=True)
        self._draw_scores(view.scores)

    def _set(self, label: QLabel, text: str, px: int, colour: str, bold: bool = False) -> None:
        label.setVisible(bool(text))
        label.setText(text)
        label.setStyleSheet(f"color: {colour}; font-size: {px}px; font-weight: {'bold' if bold else 'normal'};")

    def _ranking_html(self, ranking: list[ScoreCard]) -> str:
        rows = "".join(f'<tr><td style="padding-right:48px">第{c.rank}名</td>'
                       f'<td style="color:{c.colour}; padding-right:48px">{html.escape(c.name)}</td>'
                       f'<td align="right">{c.score} 分</td></tr>' for c in ranking)
        return f"<table>{rows}</table>" if ranking else ""

    def _draw_scores(self, cards: list[ScoreCard]) -> None:
        while self.scoreboard.count():
            item = self.scoreboard.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if self.view and self.view.ranking:
            return
        for card in cards:
            label = QLabel(f"{html.escape(card.name)}<br><b>{card.score}</b>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            border = f"6px solid {GOLD}" if card.active else f"6px solid {card.colour}"
            label.setStyleSheet(f"background: {card.colour}; color: white; border: {border}; border-radius: 12px;"
                                f" padding: 6px; font-size: {self.px(1 / 22)}px; font-family: {FAMILY};")
            self.scoreboard.addWidget(label, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view:
            self.show_view(self.view)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The projector window may get the focus; keys belong to the host console.
        if self.console is not None:
            self.console.keyPressEvent(event)
        elif event.key() == Qt.Key.Key_Escape:
            self.showNormal()
        else:
            super().keyPressEvent(event)

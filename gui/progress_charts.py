"""Charts drawn with QPainter for the progress page: accuracy by day, study calendar, due forecast, mastery."""
from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#222222")
MUTED = QColor("#777777")
GRID = QColor("#e4dfd2")
RED = QColor("#b22222")
BAR = QColor("#d9a441")
HEAT = ["#ebe7dc", "#f5c9a8", "#ea9a6c", "#d2603c", "#a3301f"]
WEEKDAYS = "一二三四五六日"
DEFAULT_BODY_PX = 20      # gui.study_widgets.body_px_for at the default interface size


class Chart(QWidget):
    """A titled chart area; subclasses draw inside ``plot_rect``. Its text is the study pages' body size
    (``set_body_px``, from gui.study_widgets.body_px_for), and its margins grow with it."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.body_px = DEFAULT_BODY_PX
        self.setMinimumHeight(self.least_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_body_px(self, px: int) -> None:
        self.body_px = px
        self.setMinimumHeight(self.least_height())
        self.updateGeometry()
        self.update()

    def least_height(self) -> int:
        return 13 * self.body_px

    def text_font(self) -> QFont:
        return _font(self.body_px)

    def title_font(self) -> QFont:
        return _font(self.body_px + 2, bold=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(28 * self.body_px, 14 * self.body_px)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fffdf7"))
        painter.setPen(QPen(QColor("#d8d0bc")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(INK)
        b = self.body_px
        painter.setFont(self.title_font())
        painter.drawText(QRectF(16, 8, self.width() - 32, 1.7 * b), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.text_font())
        self.draw(painter, QRectF(2.8 * b, 2.8 * b, self.width() - 2.8 * b - 24, self.height() - 5 * b))
        painter.end()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError

    def empty(self, painter: QPainter, plot: QRectF, text: str) -> None:
        painter.setPen(MUTED)
        painter.setFont(self.text_font())
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class AccuracyChart(Chart):
    """Share right per day (line), with the number answered as pale bars behind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("答题正确率（近30天）", parent)
        self.days = []

    def set_days(self, days) -> None:
        self.days = list(days)
        self.update()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        if not any(d.answered for d in self.days):
            self.empty(painter, plot, "还没有答题记录")
            return
        _y_axis(painter, plot, ["0%", "50%", "100%"], self.body_px)
        step = plot.width() / len(self.days)
        most = max(d.answered for d in self.days)
        points = []
        for i, d in enumerate(self.days):
            x = plot.left() + step * (i + 0.5)
            if d.answered:
                h = plot.height() * 0.35 * d.answered / most
                painter.fillRect(QRectF(x - step * 0.3, plot.bottom() - h, step * 0.6, h), QColor("#efe4cc"))
                points.append((x, plot.bottom() - plot.height() * d.accuracy))
        painter.setPen(QPen(RED, 3))
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        painter.setBrush(RED)
        for x, y in points:
            painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))
        _x_labels(painter, plot, [d.day for d in self.days], every=7, px=self.body_px)


class CalendarHeatmap(Chart):
    """Study days of the last weeks: one square a day, darker for more reviews and answers."""

    WEEKS = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__("学习日历（近半年）", parent)
        self.counts: dict[date, int] = {}
        self.today = date.today()

    def set_counts(self, counts: dict[date, int], today: date) -> None:
        self.counts, self.today = dict(counts), today
        self.update()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        start = self.today - timedelta(days=self.today.weekday() + 7 * (self.WEEKS - 1))
        b = self.body_px
        cell = min(plot.width() / self.WEEKS, (plot.height() - b) / 7)
        top = plot.top() + b            # the month names above the squares
        painter.setPen(MUTED)
        for row in (0, 2, 4, 6):
            # a row of squares can be lower than the text at large type: centre the name on its row
            painter.drawText(QRectF(plot.left() - 2 * b, top + (row + 0.5) * cell - 0.6 * b, 1.6 * b, 1.2 * b),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, WEEKDAYS[row])
        most = max(self.counts.values(), default=0)
        for week in range(self.WEEKS):
            monday = start + timedelta(days=7 * week)
            if monday.day <= 7:
                painter.setPen(MUTED)
                painter.drawText(QRectF(plot.left() + week * cell, plot.top() - 0.3 * b, cell * 4, 1.3 * b),
                                 Qt.AlignmentFlag.AlignLeft, f"{monday.month}月")
            for row in range(7):
                day = monday + timedelta(days=row)
                if day > self.today:
                    continue
                n = self.counts.get(day, 0)
                level = 0 if not n else 1 + min(3, int(3.999 * n / most))
                rect = QRectF(plot.left() + week * cell + 1.5, top + row * cell + 1.5, cell - 3, cell - 3)
                painter.fillRect(rect, QColor(HEAT[level]))
        painter.setPen(MUTED)
        studied = sum(1 for d in self.counts if d >= start)
        note = QRectF(plot.left() - 2 * b, top + 7 * cell + 4, self.width() - plot.left() + b, 1.3 * b)
        text = f"共学习 {studied} 天（颜色越深，当天做得越多）"
        painter.drawText(note, Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(note.width())))


class DueForecastChart(Chart):
    """Cards falling due on each of the coming days."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("未来两周到期的卡片", parent)
        self.forecast: list[tuple[str, int]] = []

    def set_forecast(self, forecast) -> None:
        self.forecast = list(forecast)
        self.update()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        if not any(n for _, n in self.forecast):
            self.empty(painter, plot, "还没有复习过的卡片")
            return
        most = max(n for _, n in self.forecast)
        step = plot.width() / len(self.forecast)
        painter.setPen(GRID)
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        label_h = 1.2 * self.body_px
        for i, (_day, n) in enumerate(self.forecast):
            h = (plot.height() - label_h) * n / most if most else 0
            rect = QRectF(plot.left() + step * i + step * 0.15, plot.bottom() - h, step * 0.7, h)
            painter.fillRect(rect, RED if i == 0 else BAR)
            if n:
                painter.setPen(INK)
                painter.drawText(QRectF(rect.left() - 10, rect.top() - label_h, rect.width() + 20, label_h),
                                 Qt.AlignmentFlag.AlignCenter, str(n))
        days = [date.fromisoformat(d) for d, _ in self.forecast]
        _x_labels(painter, plot, days, every=2, first_label="今天", px=self.body_px)


class MasteryBars(Chart):
    """One bar per article: how well it is known."""

    def __init__(self, parent: QWidget | None = None):
        self.rows: list[tuple[str, float]] = []
        super().__init__("各篇文章掌握程度", parent)

    @property
    def row_h(self) -> float:
        return 2 * self.body_px

    def least_height(self) -> int:
        return int(max(13 * self.body_px, 5.5 * self.body_px + self.row_h * len(self.rows)))

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(self.least_height())
        self.update()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        if not self.rows:
            self.empty(painter, plot, "做几道题或复习几张卡片后，这里会显示掌握程度")
            return
        row, percent_w = self.row_h, 3.5 * self.body_px
        label_w = plot.width() * 0.6
        bar_w = plot.width() - label_w - percent_w
        for i, (title, mastery) in enumerate(self.rows):
            y = plot.top() + i * row
            painter.setPen(INK)
            text = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(label_w) - 10)
            painter.drawText(QRectF(plot.left() - 40, y, label_w, row - 6), Qt.AlignmentFlag.AlignVCenter, text)
            left = plot.left() - 40 + label_w
            bar = QRectF(left, y + row * 0.25, bar_w, row * 0.4)
            painter.fillRect(bar, QColor("#eee8da"))
            painter.fillRect(QRectF(bar.left(), bar.top(), bar_w * mastery, bar.height()),
                             RED if mastery < 0.6 else QColor("#2e7d4f"))
            painter.drawText(QRectF(left + bar_w + 8, y, percent_w, row - 6), Qt.AlignmentFlag.AlignVCenter,
                             f"{mastery:.0%}")


def _y_axis(painter: QPainter, plot: QRectF, labels: list[str], px: int) -> None:
    for i, text in enumerate(labels):
        y = plot.bottom() - plot.height() * i / (len(labels) - 1)
        painter.setPen(GRID)
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left() - 2.75 * px, y - 0.6 * px, 2.5 * px, 1.2 * px),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _x_labels(painter: QPainter, plot: QRectF, days: list[date], every: int, first_label: str | None = None,
              px: int = DEFAULT_BODY_PX) -> None:
    step = plot.width() / len(days)
    # at large type a date is wider than the given spacing: label fewer days rather than run them together
    every = max(every, math.ceil((painter.fontMetrics().horizontalAdvance("12/31") + px) / step))
    painter.setPen(MUTED)
    for i, day in enumerate(days):
        if i % every:
            continue
        text = first_label if (i == 0 and first_label) else f"{day.month}/{day.day}"
        painter.drawText(QRectF(plot.left() + step * i - 2 * px, plot.bottom() + 6, step + 4 * px, 1.3 * px),
                         Qt.AlignmentFlag.AlignHCenter, text)

"""Charts drawn with QPainter for the progress page: accuracy by day, study calendar, due forecast, mastery."""
from __future__ import annotations

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


class Chart(QWidget):
    """A titled chart area; subclasses draw inside ``plot_rect``."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 280)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fffdf7"))
        painter.setPen(QPen(QColor("#d8d0bc")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.setPen(INK)
        painter.setFont(_font(20, bold=True))
        painter.drawText(QRectF(16, 8, self.width() - 32, 34), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(_font(15))
        self.draw(painter, QRectF(56, 56, self.width() - 80, self.height() - 100))
        painter.end()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError

    @staticmethod
    def empty(painter: QPainter, plot: QRectF, text: str) -> None:
        painter.setPen(MUTED)
        painter.setFont(_font(18))
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, text)


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
        _y_axis(painter, plot, ["0%", "50%", "100%"])
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
        _x_labels(painter, plot, [d.day for d in self.days], every=7)


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
        cell = min(plot.width() / self.WEEKS, plot.height() / 7.5)
        top = plot.top() + cell * 0.5
        painter.setPen(MUTED)
        for row in (0, 2, 4, 6):
            painter.drawText(QRectF(plot.left() - 40, top + row * cell, 32, cell),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, WEEKDAYS[row])
        most = max(self.counts.values(), default=0)
        for week in range(self.WEEKS):
            monday = start + timedelta(days=7 * week)
            if monday.day <= 7:
                painter.setPen(MUTED)
                painter.drawText(QRectF(plot.left() + week * cell, plot.top() - cell * 0.9, cell * 3, cell),
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
        painter.drawText(QRectF(plot.left(), top + 7 * cell + 4, plot.width(), 24),
                         Qt.AlignmentFlag.AlignLeft, f"共学习 {studied} 天（颜色越深，当天做得越多）")


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
        for i, (_day, n) in enumerate(self.forecast):
            h = (plot.height() - 24) * n / most if most else 0
            rect = QRectF(plot.left() + step * i + step * 0.15, plot.bottom() - h, step * 0.7, h)
            painter.fillRect(rect, RED if i == 0 else BAR)
            if n:
                painter.setPen(INK)
                painter.drawText(QRectF(rect.left() - 10, rect.top() - 24, rect.width() + 20, 22),
                                 Qt.AlignmentFlag.AlignCenter, str(n))
        days = [date.fromisoformat(d) for d, _ in self.forecast]
        _x_labels(painter, plot, days, every=2, first_label="今天")


class MasteryBars(Chart):
    """One bar per article: how well it is known."""

    ROW = 40

    def __init__(self, parent: QWidget | None = None):
        super().__init__("各篇文章掌握程度", parent)
        self.rows: list[tuple[str, float]] = []

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(max(260, 110 + self.ROW * len(self.rows)))
        self.update()

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        if not self.rows:
            self.empty(painter, plot, "做几道题或复习几张卡片后，这里会显示掌握程度")
            return
        label_w = plot.width() * 0.6
        bar_w = plot.width() - label_w - 70
        painter.setFont(_font(17))
        for i, (title, mastery) in enumerate(self.rows):
            y = plot.top() + i * self.ROW
            painter.setPen(INK)
            text = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(label_w) - 10)
            painter.drawText(QRectF(plot.left() - 40, y, label_w, self.ROW - 6),
                             Qt.AlignmentFlag.AlignVCenter, text)
            left = plot.left() - 40 + label_w
            painter.fillRect(QRectF(left, y + 8, bar_w, self.ROW - 20), QColor("#eee8da"))
            painter.fillRect(QRectF(left, y + 8, bar_w * mastery, self.ROW - 20), RED if mastery < 0.6 else QColor("#2e7d4f"))
            painter.drawText(QRectF(left + bar_w + 8, y, 70, self.ROW - 6), Qt.AlignmentFlag.AlignVCenter,
                             f"{mastery:.0%}")


def _y_axis(painter: QPainter, plot: QRectF, labels: list[str]) -> None:
    for i, text in enumerate(labels):
        y = plot.bottom() - plot.height() * i / (len(labels) - 1)
        painter.setPen(GRID)
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left() - 54, y - 11, 48, 22),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _x_labels(painter: QPainter, plot: QRectF, days: list[date], every: int, first_label: str | None = None) -> None:
    step = plot.width() / len(days)
    painter.setPen(MUTED)
    for i, day in enumerate(days):
        if i % every:
            continue
        text = first_label if (i == 0 and first_label) else f"{day.month}/{day.day}"
        painter.drawText(QRectF(plot.left() + step * i - 20, plot.bottom() + 6, step + 40, 22),
                         Qt.AlignmentFlag.AlignHCenter, text)

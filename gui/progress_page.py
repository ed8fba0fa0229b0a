"""学习进度: streak and today's work, mastery per article, accuracy by day, study calendar, cards due."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from gui.progress_charts import AccuracyChart, CalendarHeatmap, DueForecastChart, MasteryBars
from gui.study_widgets import STUDY_STYLE, body_px_for, label, study_style
from quiz.learning_store import LearningStore
from quiz.progress import accuracy_by_day, article_mastery, due_forecast, study_calendar, study_streak
from quiz.wrong_book import WrongBook


class ProgressPage(QWidget):
    """The current profile's progress. ``ProgressPage(store, library)``; call ``refresh()`` when shown."""

    def __init__(self, store: LearningStore, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.library = library
        self.profile_id = store.ensure_profile()
        self.setStyleSheet(STUDY_STYLE)
        body = QWidget()
        box = QVBoxLayout(body)
        # the body grows with its charts after A+ (the scroll area alone kept the old height: charts overlapped)
        box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        box.setContentsMargins(24, 18, 24, 18)
        box.addWidget(label(self.tr("学习进度"), "title"))
        self.headline = label("", "headline")
        box.addWidget(self.headline)
        grid = QGridLayout()
        self.accuracy = AccuracyChart()
        self.calendar = CalendarHeatmap()
        self.forecast = DueForecastChart()
        self.mastery = MasteryBars()
        grid.addWidget(self.calendar, 0, 0)
        grid.addWidget(self.forecast, 0, 1)
        grid.addWidget(self.accuracy, 1, 0)
        grid.addWidget(self.mastery, 1, 1)
        box.addLayout(grid)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    def set_ui_px(self, ui_px: int) -> None:
        """Follow the interface size (A+/A−): the painted charts too, at the study pages' body size."""
        self.setStyleSheet(study_style(ui_px))
        for chart in (self.accuracy, self.calendar, self.forecast, self.mastery):
            chart.set_body_px(body_px_for(ui_px))

    def set_profile(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.refresh()

    def refresh(self) -> None:
        store, pid = self.store, self.profile_id
        today = store.clock().date()
        calendar = study_calendar(store, pid)
        self.calendar.set_counts(calendar, today)
        self.accuracy.set_days(accuracy_by_day(store, pid, days=30))
        self.forecast.set_forecast(due_forecast(store, pid, days=14))
        titles = {s.id: s.title for s in self.library.list_articles()} if self.library else {}
        rows = [(titles.get(m.article_id, self.tr("（已删除的文章）")), m.mastery)
                for m in article_mastery(store, pid)]
        self.mastery.set_rows(sorted(rows, key=lambda r: r[1]))
        self.headline.setText(self.tr("连续学习 {0} 天　今天复习、答题 {1} 次　错题本 {2} 道")
                              .format(study_streak(store, pid), calendar.get(today, 0), WrongBook(store, pid).count()))

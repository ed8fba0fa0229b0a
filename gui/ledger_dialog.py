"""Exporting the 学习台账 from the app: which period (本季度/上季度/全部/dates) and the 单位/支部, then the file.

    export_ledger(window, lib, messages)       # 集体学习 → 导出学习台账…

The unit is asked for once: it is prefilled from the last export (or the profiles) and remembered.
`ask` and `choose_path` are injected so tests answer the dialogs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from content.model import BadInput
from gui.group_actions import PathChooser, save_path
from gui.profile_switcher import refresh_learner_boxes
from quiz.learning_store import DEFAULT_PROFILE_NAME, LearningStore
from quiz.ledger import write_ledger
from quiz.ledger_period import PERIOD_CHOICE_NAMES, Period, PeriodChoice
from quiz.ledger_source import LedgerSource, remember_unit, saved_unit
from quiz.profiles import Profiles


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerDialog", text)


def _xlsx(path: str) -> Path:
    return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


@dataclass
class LedgerRequest:
    period: Period
    unit: str
    learner_name: str = ""     # a real name for the learner still called 我 (empty: leave it)


class LedgerExportDialog(QDialog):
    """Period and unit; `request()` reads them (BadInput when the dates are back to front)."""

    def __init__(self, unit: str, today: date, parent=None, ask_learner: bool = False):
        super().__init__(parent)
        # the first start makes a learner called 我; in a unit's ledger that row would mean nothing
        self.learner_edit = QLineEdit() if ask_learner else None
        self.setWindowTitle(self.tr("导出学习台账"))
        self.setMinimumWidth(420)
        self.today = today
        self.choice = QComboBox()
        for choice, name in PERIOD_CHOICE_NAMES.items():
            self.choice.addItem(self.tr(name), choice)
        quarter = Period.quarter(today)
        self.start_edit, self.end_edit = self._date_edit(quarter.start), self._date_edit(quarter.end)
        self.range_label = QLabel()
        self.unit_edit = QLineEdit(unit)
        self.unit_edit.setPlaceholderText(self.tr("例如：机关第一党支部"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3121b;")
        self._build(unit)
        self.choice.currentIndexChanged.connect(self._update)
        self.start_edit.dateChanged.connect(self._update)
        self.end_edit.dateChanged.connect(self._update)
        self._update()

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _build(self, unit: str) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.end_edit)
        form = QFormLayout()
        form.addRow(self.tr("时间范围"), self.choice)
        form.addRow(self.tr("起止日期"), dates)
        form.addRow("", self.range_label)
        form.addRow(self.tr("单位/支部"), self.unit_edit)
        if not unit:
            form.addRow("", QLabel(self.tr("填写一次即可，以后导出会自动带上。")))
        if self.learner_edit is not None:
            self.learner_edit.setPlaceholderText(self.tr("例如：王芳"))
            form.addRow(self.tr("学习者“{0}”的姓名").format(DEFAULT_PROFILE_NAME), self.learner_edit)
            note = QLabel(self.tr("本机学习者还叫“{0}”，台账里会按这里填的姓名记录。").format(DEFAULT_PROFILE_NAME))
            note.setWordWrap(True)
            form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)

    def set_choice(self, choice: PeriodChoice) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice))

    def _dates(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def request(self) -> LedgerRequest:
        choice = PeriodChoice(self.choice.currentData())
        period = Period.choose(choice, self.today, *self._dates())
        unit = self.unit_edit.text().strip()
        if not unit:
            raise BadInput(self.tr("请填写单位/支部，它会写在台账的标题里。"))
        learner = self.learner_edit.text().strip() if self.learner_edit is not None else ""
        return LedgerRequest(period, unit, learner)

    def _update(self) -> None:
        custom = self.choice.currentData() == PeriodChoice.DATES
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        try:
            period = Period.choose(PeriodChoice(self.choice.currentData()), self.today, *self._dates())
        except BadInput as exc:
            self.range_label.setText(str(exc))
            return
        if not custom and not period.is_all():    # the greyed dates show what the choice means
            for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.range_label.setText(period.label())

    def _accept(self) -> None:
        try:
            self.request()
        except BadInput as exc:
            self.problem.setText(str(exc))
            return
        self.accept()

    @classmethod
    def get_request(cls, parent, unit: str, today: date, ask_learner: bool = False) -> LedgerRequest | None:
        dialog = cls(unit, today, parent, ask_learner)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _fill_profile_unit(profiles: Profiles, unit: str) -> None:
    """"填写一次即可": the unit typed here is also the one 学习设置 → 单位或支部 shows, when that is blank."""
    current = profiles.current()
    if not (current.unit or "").strip():
        profiles.update(current.id, unit=unit)


AskRequest = Callable[[str], "LedgerRequest | None"]     # (saved unit) -> request, None when cancelled


def export_ledger(parent, lib, messages, choose_path: PathChooser | None = None, ask: AskRequest | None = None,
                  today: Callable[[], date] = date.today) -> Path | None:
    """Ask for the period and unit, then the file; write the workbook and say where it went."""
    saved = saved_unit(lib.db)
    profiles = Profiles(LearningStore(lib.db))
    unnamed = [p for p in profiles.all() if p.name == DEFAULT_PROFILE_NAME]
    request = (ask or (lambda unit: LedgerExportDialog.get_request(parent, unit, today(), bool(unnamed))))(saved)
    if request is None:
        return None
    if request.learner_name and unnamed:
        profiles.update(unnamed[0].id, name=request.learner_name)
        refresh_learner_boxes(parent)
    path = (choose_path or save_path(parent))(_tr("导出学习台账"), f"学习台账_{today():%Y%m%d}.xlsx",
                                              "Excel 工作簿 (*.xlsx)")
    if not path:
        return None
    try:
        if request.unit != saved:
            remember_unit(lib.db, request.unit)
        _fill_profile_unit(profiles, request.unit)
        refresh_learner_boxes(parent)          # the 学习者 box shows the unit too
        out = write_ledger(LedgerSource(lib, request.period, request.unit), _xlsx(path))
    except BadInput as exc:
        messages.warn(_tr("无法导出学习台账"), str(exc))
        return None
    messages.inform(_tr("学习台账已导出"), f"已保存到：\n{out}\n\n时间范围：{request.period.label()}")
    return out

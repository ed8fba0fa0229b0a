"""Switching learner profiles from the main window, and a dialog for a profile's study settings."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from content.model import BadInput
from gui.study_widgets import STUDY_STYLE
from quiz.learning_store import LearningStore
from quiz.profiles import Profile, Profiles

NEW_PROFILE = -1


def chinese_buttons() -> QDialogButtonBox:
    """OK/Cancel labelled in Chinese whether or not Qt's own translations are installed."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    return buttons


class ProfileSwitcher(QWidget):
    """A combo of learners (name and unit) plus 设置; emits ``profile_changed(profile_id)``."""

    profile_changed = Signal(int)

    def __init__(self, store: LearningStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.profiles = Profiles(store)
        # no study style here: in the menu bar it takes the interface size like the menus beside it
        self.combo = QComboBox()
        self.combo.setMinimumWidth(220)
        self.combo.activated.connect(self._chosen)
        self.settings_button = QPushButton(self.tr("学习设置"))
        self.settings_button.clicked.connect(self.edit_settings)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("学习者：")))
        layout.addWidget(self.combo)
        layout.addWidget(self.settings_button)
        self.reload()

    def current_id(self) -> int:
        return self.profiles.current().id

    def reload(self) -> None:
        current = self.current_id()
        self.combo.clear()
        for profile in self.profiles.all():
            self.combo.addItem(profile.label, profile.id)
        self.combo.addItem(self.tr("＋ 添加学习者…"), NEW_PROFILE)
        self.combo.setCurrentIndex(self.combo.findData(current))

    def _chosen(self, index: int) -> None:
        profile_id = self.combo.itemData(index)
        if profile_id == NEW_PROFILE:
            created = NewProfileDialog.get_profile(self.profiles, self)
            if created is None:
                self.reload()
                return
            profile_id = created.id
        self.switch_to(profile_id)

    def switch_to(self, profile_id: int) -> None:
        changed = profile_id != self.current_id()
        self.profiles.switch(profile_id)
        self.reload()
        if changed:
            self.profile_changed.emit(profile_id)

    def edit_settings(self) -> None:
        if SettingsDialog.edit(self.profiles, self.current_id(), self):
            self.reload()
            self.profile_changed.emit(self.current_id())  # pages recompute queues with the new settings


def refresh_learner_boxes(window: QWidget | None) -> None:
    """After a learner is renamed elsewhere (导出学习台账 names the learner called 我): the 学习者 box
    of that window shows the new name at once, not after a restart (ux report 5, #10)."""
    for switcher in window.findChildren(ProfileSwitcher) if window is not None else []:
        switcher.reload()


class NewProfileDialog(QDialog):
    """Name and unit of a new learner. ``NewProfileDialog.get_profile(profiles, parent)``."""

    def __init__(self, profiles: Profiles, parent: QWidget | None = None):
        super().__init__(parent)
        self.profiles = profiles
        self.created: Profile | None = None
        self.setWindowTitle(self.tr("添加学习者"))
        self.setStyleSheet(STUDY_STYLE)
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("例如：第一党支部"))
        self.message = QLabel("")
        self.message.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("姓名："), self.name)
        form.addRow(self.tr("单位或支部："), self.unit)
        buttons = chinese_buttons()
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.created = self.profiles.create(self.name.text(), self.unit.text())
        except BadInput as exc:
            self.message.setText(str(exc))
            return
        self.accept()

    @classmethod
    def get_profile(cls, profiles: Profiles, parent: QWidget | None = None) -> Profile | None:
        dialog = cls(profiles, parent)
        return dialog.created if dialog.exec() == QDialog.DialogCode.Accepted else None


class SettingsDialog(QDialog):
    """A learner's name, unit and study settings. ``SettingsDialog.edit(profiles, profile_id, parent)``."""

    def __init__(self, profiles: Profiles, profile_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.profiles = profiles
        self.profile_id = profile_id
        profile = profiles.get(profile_id)
        self.setWindowTitle(self.tr("学习设置"))
        self.setStyleSheet(STUDY_STYLE)
        self.name = QLineEdit(profile.name)
        self.unit = QLineEdit(profile.unit)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(70, 99)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(profile.desired_retention * 100))
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 500)
        self.new_per_day.setValue(profile.new_per_day)
        self.use_exam = QCheckBox(self.tr("有考试或竞赛日期"))
        self.exam_date = QDateEdit()
        self.exam_date.setCalendarPopup(True)
        self.exam_date.setDisplayFormat("yyyy年M月d日")
        self.use_exam.setChecked(profile.exam_date is not None)
        day = profile.exam_date
        self.exam_date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate().addDays(14))
        self.exit_streak = QSpinBox()
        self.exit_streak.setRange(1, 10)
        self.exit_streak.setValue(profile.wrong_exit_streak)
        self.partial = QCheckBox(self.tr("多选题少选得部分分"))
        self.partial.setChecked(profile.partial_credit)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #c0392b;")
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("姓名："), self.name)
        form.addRow(self.tr("单位或支部："), self.unit)
        self.retention.setToolTip(self.tr("复习时希望还记得的卡片比例（专业上叫“记忆保持率”）。"
                                          "定得越高，卡片来得越勤。一般 90% 就好。"))
        form.addRow(self.tr("希望记住的比例："), self.retention)
        form.addRow(self.tr("每天新卡片："), self.new_per_day)
        form.addRow(self.use_exam, self.exam_date)
        form.addRow(self.tr("错题连续答对几次后移出："), self.exit_streak)
        form.addRow("", self.partial)
        note = QLabel(self.tr("希望记住的比例越高，卡片来得越勤。设了考试日期，临近考试的复习会提前到考试前一天。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        buttons = chinese_buttons()
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict:
        exam = self.exam_date.date().toPython() if self.use_exam.isChecked() else None
        return {"name": self.name.text().strip(), "unit": self.unit.text().strip(),
                "desired_retention": self.retention.value() / 100, "new_per_day": self.new_per_day.value(),
                "exam_date": exam, "wrong_exit_streak": self.exit_streak.value(),
                "partial_credit": self.partial.isChecked()}

    def try_accept(self) -> None:
        try:
            self.profiles.update(self.profile_id, **self.values())
        except BadInput as exc:
            self.message.setText(str(exc))
            return
        self.accept()

    @classmethod
    def edit(cls, profiles: Profiles, profile_id: int, parent: QWidget | None = None) -> bool:
        return cls(profiles, profile_id, parent).exec() == QDialog.DialogCode.Accepted

"""登记集体学习: a 集体学习, 理论学习中心组学习 or 主题党日 entered once, so the 学习台账 has its sheet.

    session = SessionDialog.record(window, lib, window.chosen_article_ids(), window.messages)
    session = SessionDialog.edit(window, lib, session_id, window.messages)     # 学习记录 → 修改…

The articles chosen in the library come ticked and the 学习主题 is offered from their titles; the
date defaults to today. 时长, 地点, 主持人 and 记录人 (what a 台账 asks of a meeting, all optional) share
the rows of the date and of a second line, so the dialog grows by one row and still fits a laptop
screen at the largest type. Saving goes through quiz.group_sessions (the same checks as the CLI's
`session add`); a refusal is shown and the dialog stays open with what was typed.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from content.model import BadInput
from gui.topic_edit import TopicEdit
from quiz.contest_store import SESSION_KIND_NAMES, GroupSession, GroupStore, SessionKind
from quiz.group_sessions import edited_session, new_session, session_details

# a 知识竞赛 is recorded by the contest itself, with its results
FIELD_WIDTH_CHARS = 36
LABEL_GAP = 14              # px between one field and the next one's label on a shared row
MINUTES_WIDTH_CHARS = 3     # “90”, “120”; “1.5小时” scrolls
NAME_WIDTH_CHARS = 6        # a place or a name with its post: 党员活动室, 张书记 (longer ones scroll)
RECORDED_KINDS = (SessionKind.GROUP_STUDY, SessionKind.CENTRAL_GROUP, SessionKind.PARTY_DAY)


class SessionDialog(QDialog):
    def __init__(self, lib, article_ids: list[int], today: date, parent=None):
        super().__init__(parent)
        self.lib = lib
        self.editing: GroupSession | None = None     # set by `prefill`: the record being corrected
        self.setWindowTitle(self.tr("登记集体学习"))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind in RECORDED_KINDS:
            self.kind.addItem(self.tr(SESSION_KIND_NAMES[kind]), kind)
        self.topic_edit = TopicEdit()
        self.articles = QListWidget()
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for summary in lib.list_articles():
            self._add_article(summary.id, summary.title, summary.id in article_ids)
        self.articles.itemChanged.connect(lambda _item: self.topic_edit.follow(self.checked_titles()))
        self.topic_edit.follow(self.checked_titles())
        self.people = QLineEdit()
        self.people.setPlaceholderText(self.tr("用顿号分开，例如：王芳、李强、赵敏"))
        self.minutes = self._line(self.tr("如 90"), self.tr("学习时长（分钟）"))
        self.place = self._line(self.tr("如 党员活动室"), self.tr("地点"))
        self.host = self._line(self.tr("如 张书记"), self.tr("主持人"))
        self.recorder = self._line(self.tr("如 李强"), self.tr("记录人"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("例如：书记领学，王芳、李强交流发言"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()

    def _add_article(self, article_id: int, title: str, ticked: bool) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, article_id)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.articles.addItem(item)

    @staticmethod
    def _line(hint: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setAccessibleName(name)
        return edit

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("日期"), _row(self.date_edit, self.tr("时长"), self.minutes, self.tr("分钟"),
                                          self.tr("地点"), self.place))
        form.addRow(self.tr("形式"), self.kind)
        form.addRow(self.tr("学习主题"), self.topic_edit)
        form.addRow(self.tr("学习文章（勾选）"), self.articles)
        form.addRow(self.tr("主持人"), _row(self.host, self.tr("记录人"), self.recorder))
        form.addRow(self.tr("参加人员"), self.people)
        form.addRow(self.tr("备注"), self.notes)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self._fit_width()

    def _fit_width(self) -> None:
        """Room for a topic and a title of about 36 characters at the interface's type size (large type
        cut them off at a fixed 680 px), never wider than the screen."""
        self.ensurePolished()
        self.topic_edit.ensurePolished()
        wanted = self.topic_edit.fontMetrics().horizontalAdvance("国" * FIELD_WIDTH_CHARS) + 40
        screen = self.screen().availableGeometry().width() if self.screen() is not None else wanted
        for field in (self.topic_edit, self.articles):
            field.setMinimumWidth(min(wanted, screen - 360))
        glyph = self.topic_edit.fontMetrics().horizontalAdvance("国")
        self.minutes.setFixedWidth(glyph * MINUTES_WIDTH_CHARS + 24)
        for field in (self.place, self.host, self.recorder):
            field.setMinimumWidth(glyph * NAME_WIDTH_CHARS + 24)

    def checked_ids(self) -> list[int]:
        return [self.articles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def checked_titles(self) -> list[str]:
        return [self.articles.item(i).text() for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def prefill(self, session: GroupSession) -> None:
        """The form as `session` was recorded, to be corrected; saving then replaces that record."""
        self.editing = session
        self.setWindowTitle(self.tr("修改集体学习记录"))
        self.date_edit.setDate(QDate.fromString(session.date, "yyyy-MM-dd"))
        if self.kind.findData(session.kind) < 0:       # a contest's own session keeps its form
            self.kind.addItem(self.tr(SESSION_KIND_NAMES[session.kind]), session.kind)
        self.kind.setCurrentIndex(self.kind.findData(session.kind))
        listed = {self.articles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles.count())}
        for article_id, title in zip(session.article_ids, session.article_titles):
            if article_id not in listed:    # removed from the library since: the meeting still studied it
                self._add_article(article_id, title + self.tr("（已不在文库中）"), False)
        for i in range(self.articles.count()):
            item = self.articles.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in session.article_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.topic_edit.set_topic(session.topic)
        self.topic_edit.setCursorPosition(0)
        self.people.setText("、".join(session.participants))
        self.minutes.setText(str(session.minutes) if session.minutes else "")
        for edit, text in ((self.place, session.place), (self.host, session.host),
                           (self.recorder, session.recorder), (self.notes, session.notes)):
            edit.setText(text)

    def session(self) -> GroupSession:
        """What the form says, checked (BadInput with a message the user can act on)."""
        day = self.date_edit.date()
        fields = dict(topic=self.topic_edit.topic(self.checked_titles()), kind=self.kind.currentData(),
                      day=date(day.year(), day.month(), day.day()), article_ids=self.checked_ids(),
                      participants=self.people.text(), notes=self.notes.text(), minutes=self.minutes.text(),
                      place=self.place.text(), host=self.host.text(), recorder=self.recorder.text())
        if self.editing is not None:
            return edited_session(self.lib, self.editing, **fields)
        return new_session(self.lib, fields.pop("topic"), fields.pop("kind"), fields.pop("day"),
                           fields.pop("article_ids"), fields.pop("participants"), fields.pop("notes"), **fields)

    @classmethod
    def record(cls, parent, lib, article_ids: list[int], messages, today: date | None = None,
               store: GroupStore | None = None, run=None) -> GroupSession | None:
        """Ask, store and return the session; None when cancelled. `run` shows the dialog (tests fill it)."""
        dialog = cls(lib, article_ids, today or date.today(), parent)
        store = store or GroupStore(lib.db)

        def save(session: GroupSession) -> None:
            session.id = store.add_session(session)

        return dialog._save_until_done(run, save, messages, ("无法登记", "已登记", "导出学习台账时会有这次学习的记录。"))

    @classmethod
    def edit(cls, parent, lib, session_id: int, messages, store: GroupStore | None = None,
             run=None) -> GroupSession | None:
        """Correct a stored session in the same form, prefilled; the corrected session, or None when
        cancelled (or the record is gone). `run` shows the dialog (tests fill it)."""
        store = store or GroupStore(lib.db)
        try:
            old = store.session(session_id)
        except BadInput as exc:
            messages.warn(QCoreApplication.translate("SessionDialog", "无法修改"), str(exc))
            return None
        dialog = cls(lib, [], date.today(), parent)
        dialog.prefill(old)
        return dialog._save_until_done(run, lambda session: store.update_session(session_id, session), messages,
                                       ("无法修改", "已修改", "导出的学习台账会按修改后的记录填写。"))

    def _save_until_done(self, run, save, messages, words: tuple[str, str, str]) -> GroupSession | None:
        """Show the form until it is cancelled or `save` takes what it says; a refusal is shown and the
        form stays open. words: the refusal's title, the confirmation's title, its last sentence."""
        failed, done, ledger_note = words
        show = run or (lambda d: d.exec())
        while show(self) == QDialog.DialogCode.Accepted:
            try:
                session = self.session()
                save(session)
            except BadInput as exc:
                messages.warn(self.tr(failed), str(exc))
                continue
            details = session_details(session)
            messages.inform(self.tr(done), f"{session.date} {session.topic}\n"
                            + (f"{details}。\n" if details else "")
                            + f"参加 {len(session.participants)} 人。{ledger_note}")
            return session
        return None


def _row(*parts) -> QWidget:
    """Fields and their labels side by side on one form row (a str becomes a label); the text fields
    share the room left (the 时长 field has a width of its own)."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for n, part in enumerate(parts):
        if isinstance(part, str) and n and not isinstance(parts[n + 1], str):
            line.addSpacing(LABEL_GAP)      # a field's label stands apart from the field before it
        line.addWidget(QLabel(part) if isinstance(part, str) else part, 1 if isinstance(part, QLineEdit) else 0)
    return row

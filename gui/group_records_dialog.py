"""学习记录: the group sessions and the printed papers' scores recorded so far, newest first, so a
record entered wrongly can be corrected or removed before the 学习台账 is handed in.

    GroupRecordsDialog.show_records(window, lib, window.messages)       # 集体学习 → 学习记录…

Two tabs. 集体学习: 修改… opens the 登记集体学习 form filled in (gui/session_dialog.py), 删除 asks
first, naming the record (a session's 知识竞赛 are kept, detached: quiz.contest_store.delete_session).
试卷成绩: 查看… shows the scores, 删除 asks first. Each change goes through GroupStore, which the
ledger export reads, so the next 学习台账 shows it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from content.model import BadInput
from gui.window_geometry import fit_to_screen
from quiz.contest_store import SESSION_KIND_NAMES, GroupSession, GroupStore
from quiz.group_sessions import contests_kept_note, session_line
from quiz.paper_scores import PaperSitting

SESSION_HEADERS = ("日期", "形式", "学习主题", "时长", "主持人")
SITTING_HEADERS = ("日期", "试卷名称", "人数", "满分")
SCORE_HEADERS = ("姓名", "单位/支部", "得分", "百分制")
TOPIC_COLUMN, TITLE_COLUMN = 2, 1       # the long texts: they take the room left
ROW_HEIGHT = 1.7                        # × the line height: rows easy to hit and to read
COLUMN_ROOM_CHARS = 1.5                 # space around a column's text, in characters
MAX_COLUMN_CHARS = 10                   # a longer 主持人 is cut (its tooltip has it all): the topic keeps room
DIALOG_WIDTH_CHARS = 52                 # the five columns with a topic of about 16 characters
VIEW_WIDTH_CHARS = 36                   # a paper's title such as 学习贯彻二十届四中全会精神测试（A卷）, and the date


def record_table(headers: tuple[str, ...], stretch: int | None) -> QTableWidget:
    """A read-only table of whole rows, one chosen at a time, sized to the interface's type."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.setProperty("stretch_column", stretch)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its widest text plus room around it (fitted tight, 王芳 touched the
    grid line); the long-text column takes what is left."""
    table.ensurePolished()
    glyph = table.fontMetrics().horizontalAdvance("国")
    stretch = table.property("stretch_column")
    for column in range(table.columnCount()):
        if column != stretch:
            table.resizeColumnToContents(column)
            wanted = table.columnWidth(column) + int(glyph * COLUMN_ROOM_CHARS)
            table.setColumnWidth(column, min(wanted, glyph * MAX_COLUMN_CHARS))


def fill_table(table: QTableWidget, rows: list[tuple[int | None, list[str]]]) -> None:
    """Rows of (record id, cell texts); the id rides on the first cell, every cell shows its full text
    as a tooltip (a long topic is cut at the column's edge)."""
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * ROW_HEIGHT))
    fit_columns(table)
    if rows:
        table.selectRow(0)


def chosen_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None


def choose_id(table: QTableWidget, record_id: int | None) -> None:
    for row in range(table.rowCount()):
        if record_id is not None and table.item(row, 0).data(Qt.ItemDataRole.UserRole) == record_id:
            table.selectRow(row)
            return


def newest_first(records: list) -> list:
    return sorted(records, key=lambda r: (r.date, r.id), reverse=True)


class GroupRecordsDialog(QDialog):
    def __init__(self, lib, messages, store: GroupStore | None = None, parent=None):
        super().__init__(parent)
        self.lib = lib
        self.messages = messages
        self.store = store or GroupStore(lib.db)
        # what 修改… and 查看… open; tests put stand-ins here
        self.edit_session: Callable[[int], GroupSession | None] = self._edit_in_form
        self.view_sitting: Callable[[PaperSitting], None] = lambda s: SittingView(s, self).exec()
        self.setWindowTitle(self.tr("学习记录"))
        self.ensurePolished()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._sessions_tab(), self.tr("集体学习"))
        self.tabs.addTab(self._sittings_tab(), self.tr("试卷成绩"))
        self.hint = QLabel(self.tr("登记或录入错了，可以在这里修改或删除；导出的学习台账按这里的记录填写。"))
        self.hint.setWordWrap(True)
        self.status = QLabel()      # what was last changed, beside 关闭 so nothing moves when it shows
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        box.addLayout(bottom)
        self.refresh()
        glyph = self.fontMetrics().horizontalAdvance("国")     # wider with the interface's type
        fit_to_screen(self, max(1000, glyph * DIALOG_WIDTH_CHARS + 80), 640, margin=(40, 60))

    def _tab(self, table: QTableWidget, empty: QLabel, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(empty)
        box.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        box.addLayout(row)
        return page

    def _sessions_tab(self) -> QWidget:
        self.sessions_table = record_table(SESSION_HEADERS, TOPIC_COLUMN)
        self.sessions_table.doubleClicked.connect(lambda _index: self.edit_chosen_session())
        self.sessions_empty = QLabel(self.tr("还没有集体学习记录。可以用“集体学习 → 登记集体学习…”登记。"))
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(self.edit_chosen_session)
        self.delete_session_button = QPushButton(self.tr("删除"))
        self.delete_session_button.clicked.connect(self.delete_chosen_session)
        return self._tab(self.sessions_table, self.sessions_empty, [self.edit_button, self.delete_session_button])

    def _sittings_tab(self) -> QWidget:
        self.sittings_table = record_table(SITTING_HEADERS, TITLE_COLUMN)
        self.sittings_table.doubleClicked.connect(lambda _index: self.view_chosen_sitting())
        self.sittings_empty = QLabel(self.tr("还没有录入试卷成绩。可以用“集体学习 → 录入试卷成绩…”录入。"))
        self.view_button = QPushButton(self.tr("查看成绩…"))
        self.view_button.clicked.connect(self.view_chosen_sitting)
        self.delete_sitting_button = QPushButton(self.tr("删除"))
        self.delete_sitting_button.clicked.connect(self.delete_chosen_sitting)
        return self._tab(self.sittings_table, self.sittings_empty, [self.view_button, self.delete_sitting_button])

    # ---- what is shown ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the records again; the rows chosen stay chosen while they exist (else the newest)."""
        chosen = (self.chosen_session_id(), self.chosen_sitting_id())
        sessions = newest_first(self.store.sessions())
        fill_table(self.sessions_table, [(s.id, [s.date, SESSION_KIND_NAMES[s.kind], s.topic,
                                                 f"{s.minutes} 分钟" if s.minutes else "", s.host]) for s in sessions])
        sittings = newest_first(self.store.paper_sittings())
        fill_table(self.sittings_table, [(s.id, [s.date, s.title, str(len(s.scores)), f"{s.full_marks:g}"])
                                         for s in sittings])
        for table, empty, buttons in ((self.sessions_table, self.sessions_empty,
                                       (self.edit_button, self.delete_session_button)),
                                      (self.sittings_table, self.sittings_empty,
                                       (self.view_button, self.delete_sitting_button))):
            empty.setVisible(table.rowCount() == 0)
            choose_id(table, chosen[0] if table is self.sessions_table else chosen[1])
            for button in buttons:
                button.setEnabled(table.rowCount() > 0)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def chosen_session_id(self) -> int | None:
        return chosen_id(self.sessions_table)

    def chosen_sitting_id(self) -> int | None:
        return chosen_id(self.sittings_table)

    # ---- 集体学习 -------------------------------------------------------------------------------
    def _edit_in_form(self, session_id: int) -> GroupSession | None:
        from gui.session_dialog import SessionDialog
        return SessionDialog.edit(self, self.lib, session_id, self.messages, self.store)

    def edit_chosen_session(self) -> GroupSession | None:
        session_id = self.chosen_session_id()
        if session_id is None:
            return None
        edited = self.edit_session(session_id)
        self.refresh()
        if edited is not None:
            self._say(self.tr("已修改：") + session_line(edited))
        return edited

    def delete_chosen_session(self) -> bool:
        """Ask first, naming the record; True when it was deleted."""
        session_id = self.chosen_session_id()
        if session_id is None:
            return False
        try:
            session = self.store.session(session_id)
        except BadInput as exc:
            self.messages.warn(self.tr("无法删除"), str(exc))
            self.refresh()
            return False
        kept = contests_kept_note(len(self.store.contests(session_id)))
        text = (self.tr("要删除这条集体学习记录吗？") + f"\n\n{session_line(session)}\n\n"
                + self.tr("删除后，导出的学习台账里不再有这次学习。") + (f"\n\n{kept}" if kept else ""))
        if not self.messages.confirm(self.tr("删除集体学习记录"), text, self.tr("删除"), self.tr("不删除")):
            return False
        self.store.delete_session(session_id)
        self.refresh()
        self._say(self.tr("已删除：") + session_line(session) + (f"。{kept}" if kept else ""))
        return True

    # ---- 试卷成绩 -------------------------------------------------------------------------------
    def view_chosen_sitting(self) -> None:
        sitting_id = self.chosen_sitting_id()
        if sitting_id is not None:
            self.view_sitting(self.store.paper_sitting(sitting_id))

    def delete_chosen_sitting(self) -> bool:
        """Ask first, naming the paper; True when its scores were deleted."""
        sitting_id = self.chosen_sitting_id()
        if sitting_id is None:
            return False
        sitting = self.store.paper_sitting(sitting_id)
        named = f"{sitting.date} {sitting.title}（{len(sitting.scores)} 人的成绩）"
        text = (self.tr("要删除这份试卷的成绩吗？") + f"\n\n{named}\n\n"
                + self.tr("删除后，导出的学习台账里不再有这些成绩。"))
        if not self.messages.confirm(self.tr("删除试卷成绩"), text, self.tr("删除"), self.tr("不删除")):
            return False
        self.store.delete_paper_sitting(sitting_id)
        self.refresh()
        self._say(self.tr("已删除：") + named)
        return True

    @classmethod
    def show_records(cls, parent, lib, messages) -> None:
        cls(lib, messages, parent=parent).exec()


class SittingView(QDialog):
    """The scores of one printed paper, as entered, to read (a wrong one: delete and enter again)."""

    def __init__(self, sitting: PaperSitting, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("试卷成绩"))
        self.ensurePolished()
        percents = [s.percent(sitting.full_marks) for s in sitting.scores]
        average = sum(percents) / len(percents) if percents else 0.0
        self.heading = QLabel(f"{sitting.date} {sitting.title}\n"
                              + self.tr("满分 %1 分，共 %2 人，平均 %3 分（百分制）")
                              .replace("%1", f"{sitting.full_marks:g}").replace("%2", str(len(percents)))
                              .replace("%3", f"{average:.1f}"))
        self.heading.setWordWrap(True)
        self.table = record_table(SCORE_HEADERS, 1)
        fill_table(self.table, [(None, [s.name, s.unit, f"{s.score:g}", f"{p:g}"])
                                for s, p in zip(sitting.scores, percents)])
        self.table.clearSelection()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # to read: no cell cursor on the first name
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table, 1)
        box.addWidget(close)
        glyph = self.fontMetrics().horizontalAdvance("国")     # a paper's title on one line at large type
        fit_to_screen(self, max(640, glyph * VIEW_WIDTH_CHARS + 80), 640, margin=(40, 60))

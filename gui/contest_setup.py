"""The contest's set-up form: study topic, title, teams (name, colour, buzz key, members), articles, round sizes.

It reads the form into plain data (`ContestSetup`); the contest page builds the contest from it.
Colours are picked by swatch and Chinese name (红, 蓝, …), never typed or shown as codes.
The 学习主题 (what the 学习台账 lists as the session's topic) follows the ticked articles until the
user types one; teams can be filled from the last contest (`set_teams`) and cleared with one button.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gui.topic_edit import TopicEdit
from quiz.contest_rules import MAX_TEAMS, MIN_TEAMS, ContestRules, Team
from quiz.contest_display import TEAM_PALETTE
from quiz.group_sessions import split_names

TEAM_NAMES = ["第一党小组", "第二党小组", "第三党小组", "第四党小组", "第五党小组", "第六党小组", "第七党小组",
              "第八党小组"]
SWATCH_PX = 18
COL_NAME, COL_COLOUR, COL_KEY, COL_MEMBERS = range(4)


@dataclass
class ContestSetup:
    title: str
    topic: str              # 学习主题 of the session, for the 学习台账
    teams: list[Team]
    article_ids: list[int]
    article_titles: list[str]
    rules: ContestRules
    host: str = ""          # 主持人, for the 学习台账 (who ran it took part too)


def split_members(text: str) -> list[str]:
    return split_names(text)


class ContestSetupForm(QWidget):
    teams_cleared = Signal()       # the 清空 button: the page forgets the remembered teams

    def __init__(self, articles: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.topic_edit = TopicEdit()
        self.title_edit = QLineEdit(self.tr("知识竞赛"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("可不填"))
        self.teams_note = QLabel()
        # one line, never wrapped: a wrapping label makes the page ask for its full preferred height
        # (heightForWidth), which put 开始竞赛 below a 768-pixel screen; Ignored keeps it from widening the page
        self.teams_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.teams_note.setStyleSheet("color: #6b6b6b;")
        self.teams_note.hide()
        self.teams = QTableWidget(0, 4)
        self.teams.setHorizontalHeaderLabels([self.tr("队名"), self.tr("颜色"), self.tr("抢答键"),
                                              self.tr("队员（用顿号分开）")])
        header = self.teams.horizontalHeader()
        header.setSectionResizeMode(COL_MEMBERS, QHeaderView.ResizeMode.Stretch)
        # team names such as 离退休干部党支部 are shown whole, not cut to 离退休干…
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COLOUR, QHeaderView.ResizeMode.Fixed)
        self.add_team_button = QPushButton(self.tr("添加参赛队"))
        self.remove_team_button = QPushButton(self.tr("删除选中的队"))
        self.clear_teams_button = QPushButton(self.tr("清空参赛队"))
        self.clear_teams_button.setToolTip(self.tr("队名、颜色、抢答键恢复默认，队员清空"))
        self.add_team_button.clicked.connect(self.add_team)
        self.remove_team_button.clicked.connect(self.remove_team)
        self.clear_teams_button.clicked.connect(self.teams_cleared)
        self.articles = QListWidget()
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.set_articles(articles)
        self.articles.itemChanged.connect(lambda _item: self._follow_articles())
        self.required = self._spin(1, 10, 2)
        self.buzzer = self._spin(0, 50, 10)
        self.risk = self._spin(0, 5, 1)
        self._build()
        for _ in range(MIN_TEAMS):
            self.add_team()

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        return box

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("学习主题"), self.topic_edit)
        title_row = QHBoxLayout()  # one row for both: the form must stay within a 768-pixel screen
        title_row.addWidget(self.title_edit, 2)
        title_row.addWidget(QLabel(self.tr("主持人")))
        title_row.addWidget(self.host_edit, 1)
        form.addRow(self.tr("竞赛名称"), title_row)
        form.addRow(self.tr("必答题（每队）"), self.required)
        form.addRow(self.tr("抢答题（共）"), self.buzzer)
        form.addRow(self.tr("风险题（每队）"), self.risk)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_team_button)
        buttons.addWidget(self.remove_team_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_teams_button)
        box = QVBoxLayout(self)
        box.addLayout(form)
        # the note shares the heading's line, so the form is no taller than without it
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("参赛队（2–8 个）")))
        heading.addSpacing(16)
        heading.addWidget(self.teams_note, 1)
        box.addLayout(heading)
        box.addWidget(self.teams, 1)
        box.addLayout(buttons)
        box.addWidget(QLabel(self.tr("竞赛文章（勾选）")))
        box.addWidget(self.articles, 1)

    # ---- teams --------------------------------------------------------------------------------
    def add_team(self) -> None:
        row = self.teams.rowCount()
        if row >= MAX_TEAMS:
            return
        self.teams.insertRow(row)
        for col, text in ((COL_NAME, TEAM_NAMES[row]), (COL_KEY, str(row + 1)), (COL_MEMBERS, "")):
            self.teams.setItem(row, col, QTableWidgetItem(text))
        box = self._colour_box(row)
        self.teams.setCellWidget(row, COL_COLOUR, box)
        # ResizeToContents measures items, not cell widgets: without this the colour's name is cut
        self.teams.setColumnWidth(COL_COLOUR, max(self.teams.columnWidth(COL_COLOUR), box.sizeHint().width()))
        # nor its height: at large type the row was lower than the box and cut its text (红, 蓝) in half
        self.teams.setRowHeight(row, max(self.teams.rowHeight(row), box.sizeHint().height()))
        self._fit_teams_height()
        self.add_team_button.setEnabled(self.teams.rowCount() < MAX_TEAMS)
        self.remove_team_button.setEnabled(self.teams.rowCount() > MIN_TEAMS)

    def _fit_teams_height(self) -> None:
        """Room for the two teams every contest has, with the header, before the article list takes it."""
        rows = sum(self.teams.rowHeight(r) for r in range(min(2, self.teams.rowCount())))
        self.teams.setMinimumHeight(self.teams.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.teams.frameWidth() + 4)

    def remove_team(self) -> None:
        if self.teams.rowCount() <= MIN_TEAMS:
            return
        row = self.teams.currentRow() if self.teams.currentRow() >= 0 else self.teams.rowCount() - 1
        self.teams.removeRow(row)
        self.add_team_button.setEnabled(True)
        self.remove_team_button.setEnabled(self.teams.rowCount() > MIN_TEAMS)

    def _colour_box(self, row: int) -> QComboBox:
        box = QComboBox()
        for name, code in TEAM_PALETTE:
            swatch = QPixmap(SWATCH_PX, SWATCH_PX)
            swatch.fill(QColor(code))
            box.addItem(QIcon(swatch), self.tr(name), code)
        box.setCurrentIndex(row % len(TEAM_PALETTE))
        return box

    def colour_box(self, row: int) -> QComboBox:
        return self.teams.cellWidget(row, COL_COLOUR)

    def set_teams(self, teams: list[Team]) -> None:
        """Fill the table from saved teams (the last contest's), with a note saying so."""
        self._reset_rows(max(MIN_TEAMS, min(len(teams), MAX_TEAMS)))
        for row, team in enumerate(teams[:MAX_TEAMS]):
            self.set_team(row, team.name, "、".join(team.members), team.buzz_key)
            box = self.colour_box(row)
            if box.findData(team.colour) >= 0:
                box.setCurrentIndex(box.findData(team.colour))
        note = self.tr("已填入上次竞赛的参赛队和队员，可直接修改；不用时点“清空参赛队”。")
        self.teams_note.setText(note)
        self.teams_note.setToolTip(note)
        self.teams_note.setVisible(bool(teams))

    def reset_teams(self) -> None:
        """Back to two blank teams with the default names, colours and keys."""
        self._reset_rows(MIN_TEAMS)
        self.teams_note.hide()

    def _reset_rows(self, count: int) -> None:
        self.teams.setRowCount(0)
        for _ in range(count):
            self.add_team()

    def has_members(self) -> bool:
        return any(self.teams.item(r, COL_MEMBERS) and self.teams.item(r, COL_MEMBERS).text().strip()
                   for r in range(self.teams.rowCount()))

    def set_team(self, row: int, name: str, members: str = "", key: str | None = None) -> None:
        self.teams.item(row, COL_NAME).setText(name)
        self.teams.item(row, COL_MEMBERS).setText(members)
        if key is not None:
            self.teams.item(row, COL_KEY).setText(key)

    def set_articles(self, articles: list[tuple[int, str]]) -> None:
        """(id, title) of the library's articles; ticks survive for articles still there."""
        ticked = set(self.checked_ids())
        self.articles.clear()
        for aid, title in articles:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, aid)
            item.setCheckState(Qt.CheckState.Checked if aid in ticked else Qt.CheckState.Unchecked)
            self.articles.addItem(item)
        self._follow_articles()

    def set_topic(self, topic: str) -> None:
        self.topic_edit.set_topic(topic)

    def _follow_articles(self) -> None:
        self.topic_edit.follow(self.checked_titles())

    def checked_titles(self) -> list[str]:
        return [self.articles.item(i).text() for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def checked_ids(self) -> list[int]:
        return [self.articles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def check_articles(self, ids: list[int]) -> None:
        for i in range(self.articles.count()):
            item = self.articles.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---- reading the form ---------------------------------------------------------------------
    def setup(self) -> ContestSetup:
        teams = []
        for row in range(self.teams.rowCount()):
            cell = lambda col: (self.teams.item(row, col).text() if self.teams.item(row, col) else "").strip()
            colour = self.colour_box(row).currentData() or TEAM_PALETTE[row % len(TEAM_PALETTE)][1]
            teams.append(Team(cell(COL_NAME), colour, cell(COL_KEY)[:1].upper(), split_members(cell(COL_MEMBERS))))
        titles = self.checked_titles()
        rules = ContestRules(required_per_team=self.required.value(), buzzer_questions=self.buzzer.value(),
                             risk_per_team=self.risk.value())
        title = self.title_edit.text().strip() or self.tr("知识竞赛")
        topic = self.topic_edit.topic(titles) or title
        return ContestSetup(title, topic, teams, self.checked_ids(), titles, rules, self.host_edit.text().strip())

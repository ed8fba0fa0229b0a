"""录入试卷成绩: the scores of a printed paper, marked by hand, typed into a table or pasted as a list.

    sitting = PaperScoresDialog.record(window, lib, window.messages)              # 集体学习 → 录入试卷成绩…
    sitting = PaperScoresDialog.record(dialog, lib, messages, title="…", full_marks=60, article_ids=[1, 2])

Pasted text (from Excel, WPS or a typed list, one person per line) fills the table; lines that
cannot be read stay in the paste box with the reason beside it, so nothing is lost. Saving goes
through quiz.paper_scores (the same checks as the CLI's `paper-scores add`); a refusal is shown and
the dialog stays open with everything typed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from content.model import BadInput
from quiz.contest_store import GroupStore
from quiz.paper_layout import build_paper
from quiz.question_sets import QuestionSetStore
from quiz.paper_scores import (DEFAULT_FULL_MARKS, MAX_FULL_MARKS, BadScoreRow, ParsedScores, PaperSitting,
                               ScoreRow, new_sitting, parse_scores)
from gui.window_geometry import fit_to_screen

NAME, SCORE, UNIT = range(3)
HEADERS = ("姓名", "得分", "单位/支部（可不填）")
INITIAL_ROWS = 40            # a branch of 30-odd people fits without adding rows
MORE_ROWS = 10
PASTE_HINT = "从 Excel、WPS 或 Word 复制名单和成绩，粘贴到这里，每行一人，例如：\n王芳 92\n李强　88\n赵敏，95"
BAD_STYLE = "color: #b00020;"


class ScoreTable(QTableWidget):
    """Enter goes down to the next row, as in a spreadsheet, instead of saving the dialog half typed."""

    def _down(self) -> None:
        row, column = self.currentRow(), max(0, self.currentColumn())
        if row + 1 >= self.rowCount():
            self.setRowCount(self.rowCount() + MORE_ROWS)
        self.setCurrentCell(row + 1, column)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._down()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:     # Enter ended the edit
            self._down()


class PaperScoresDialog(QDialog):
    def __init__(self, today: date, title: str = "", full_marks: int = int(DEFAULT_FULL_MARKS),
                 article_ids: list[int] | None = None, parent=None):
        super().__init__(parent)
        self.article_ids = list(article_ids or [])
        self.saved: PaperSitting | None = None
        self._saver = None          # set by `record`: what 保存成绩 calls before the dialog closes
        self.setWindowTitle(self.tr("录入试卷成绩"))
        self._make_form(today, title, full_marks)
        self._make_table()
        self._make_paste_box()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存成绩"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():     # Enter while typing scores must not save
            button.setAutoDefault(False)
            button.setDefault(False)
        self._build()
        self._summarise()
        self._fit_screen()

    def _make_form(self, today: date, title: str, full_marks: int) -> None:
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.title_edit = QLineEdit(title)
        self.title_edit.setPlaceholderText(self.tr("例如：学习贯彻二十届四中全会精神测试（A卷）"))
        self.full_marks = QSpinBox()
        self.full_marks.setRange(1, int(MAX_FULL_MARKS))
        self.full_marks.setValue(full_marks)
        self.full_marks.setSuffix(self.tr(" 分"))
        self.full_marks.valueChanged.connect(self._summarise)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("可不填，例如：学习贯彻党的二十届四中全会精神"))

    def _make_table(self) -> None:
        self.table = ScoreTable(INITIAL_ROWS, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance("欧阳")
        header.resizeSection(NAME, width * 3)
        header.resizeSection(SCORE, width * 2 + width // 2)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        self.table.itemChanged.connect(lambda _item: self._summarise())
        self.more_button = QPushButton(self.tr("再加 %1 行").replace("%1", str(MORE_ROWS)))
        self.more_button.clicked.connect(lambda: self.table.setRowCount(self.table.rowCount() + MORE_ROWS))
        self.summary = QLabel()

    def _make_paste_box(self) -> None:
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setPlaceholderText(self.tr(PASTE_HINT))
        self.fill_button = QPushButton(self.tr("← 填入表格"))
        self.fill_button.clicked.connect(lambda: self.fill_from_text(self.paste_edit.toPlainText()))
        self.paste_report = QLabel()
        self.paste_report.setWordWrap(True)

    def _build(self) -> None:
        first = QHBoxLayout()
        first.addWidget(self.date_edit)
        first.addSpacing(24)
        first.addWidget(QLabel(self.tr("满分")))
        first.addWidget(self.full_marks)
        first.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("考试日期"), first)
        form.addRow(self.tr("试卷名称"), self.title_edit)
        form.addRow(self.tr("学习主题"), self.topic_edit)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.more_button)
        left.addLayout(row)
        paste = QGroupBox(self.tr("粘贴名单和成绩"))
        right = QVBoxLayout(paste)
        right.addWidget(self.paste_edit, 1)
        right.addWidget(self.paste_report)
        right.addWidget(self.fill_button)
        middle = QHBoxLayout()
        middle.addLayout(left, 5)
        middle.addWidget(paste, 3)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addLayout(middle, 1)
        box.addWidget(self.buttons)

    def _fit_screen(self) -> None:
        """Large, but never past the screen (1366×768 office screens)."""
        fit_to_screen(self, 1060, 700, margin=(40, 60))

    # ---- the table ----------------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _set(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[ScoreRow]:
        """Every table row, blank ones too, so a refusal's 第 N 行 is the table's row N."""
        return [ScoreRow(self._text(r, NAME), self._text(r, SCORE), self._text(r, UNIT))
                for r in range(self.table.rowCount())]

    def filled_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if self._text(r, NAME) or self._text(r, SCORE)]

    def fill_from_text(self, text: str) -> ParsedScores:
        """Readable lines go into the table (a name already there gets the new score); unreadable ones
        stay in the paste box with the reasons shown."""
        parsed = parse_scores(text)
        self.table.blockSignals(True)
        for score in parsed.rows:
            self._put(score)
        self.table.blockSignals(False)
        self.paste_edit.setPlainText(parsed.bad_text())
        self._report(parsed)
        self._summarise()
        return parsed

    def _put(self, score: ScoreRow) -> None:
        names = {self._text(r, NAME): r for r in self.filled_rows()}
        row = names.get(score.name)
        if row is None:
            row = max(self.filled_rows(), default=-1) + 1
            if row >= self.table.rowCount():
                self.table.setRowCount(row + MORE_ROWS)
        self._set(row, NAME, score.name)
        self._set(row, SCORE, score.score)
        if score.unit:
            self._set(row, UNIT, score.unit)

    def _report(self, parsed: ParsedScores) -> None:
        text = self.tr("已填入 %1 人。").replace("%1", str(len(parsed.rows)))
        if parsed.bad:
            text += self.tr("下面 %1 行看不懂，留在上面的框里，改好后再点“填入表格”：\n").replace("%1", str(len(parsed.bad)))
            text += "\n".join(b.short_message() for b in parsed.bad)
        self.paste_report.setText(text)
        self.paste_report.setStyleSheet(BAD_STYLE if parsed.bad else "")

    def _summarise(self) -> None:
        rows = self.filled_rows()
        scores = []
        for r in rows:
            try:
                scores.append(float(self._text(r, SCORE)))
            except ValueError:
                continue
        text = self.tr("已填 %1 人").replace("%1", str(len(rows)))
        if scores:
            text += self.tr("，平均 %1 分").replace("%1", f"{sum(scores) / len(scores):.1f}")
        self.summary.setText(text)

    # ---- saving -------------------------------------------------------------------------------
    def sitting(self) -> PaperSitting:
        """What the form says, checked (BadInput with a message naming the row to fix)."""
        day = self.date_edit.date()
        return new_sitting(date(day.year(), day.month(), day.day()), self.title_edit.text(), self.rows(),
                           self.full_marks.value(), self.topic_edit.text(), self.article_ids)

    def unread_lines(self) -> int:
        return len([line for line in self.paste_edit.toPlainText().splitlines() if line.strip()])

    def save(self, store: GroupStore, messages) -> PaperSitting | None:
        """Check and store what the form says; on a refusal say why and return None (the form keeps it all)."""
        if self.unread_lines() and not messages.confirm(
                self.tr("粘贴框里还有内容"), f"粘贴框里还有 {self.unread_lines()} 行没有填入表格。\n"
                "只保存表格里的成绩吗？", "只保存表格", "回去修改"):
            return None
        try:
            sitting = self.sitting()
            sitting.id = store.add_paper_sitting(sitting)
        except BadInput as exc:
            if isinstance(exc, BadScoreRow):     # take the user to the row to fix
                self.table.setCurrentCell(exc.number - 1, NAME if "姓名" in str(exc) else SCORE)
            messages.warn(self.tr("无法保存成绩"), str(exc))
            return None
        self.saved = sitting
        return sitting

    def accept(self) -> None:
        """保存成绩 saves first, so a refusal leaves the dialog on screen with what was typed."""
        if self._saver is None or self._saver() is not None:
            super().accept()

    def offer_paper(self, paper: LastPaper) -> None:
        """The paper exported today fills the form; a note says so, and everything stays editable."""
        self.title_edit.setText(paper.title)
        self.full_marks.setValue(paper.full_marks)
        self.article_ids = list(paper.article_ids)
        self.offered = QLabel(self.tr("已填入今天导出的试卷“%1”（%2 篇文章）；不是这份试卷，可以直接改。")
                              .replace("%1", paper.title).replace("%2", str(len(paper.article_ids))))
        self.offered.setWordWrap(True)
        self.layout().insertWidget(0, self.offered)

    @classmethod
    def record(cls, parent, lib, messages, today: date | None = None, store: GroupStore | None = None,
               run=None, title: str = "", full_marks: int = int(DEFAULT_FULL_MARKS),
               article_ids: list[int] | None = None, last_paper: LastPaper | None = None) -> PaperSitting | None:
        """Ask, store and return the sitting; None when cancelled. `run` shows the dialog (tests fill it).
        Without a title (the menu), the paper exported today (`last_paper`, else looked up) is offered."""
        today = today or date.today()
        dialog = cls(today, title, full_marks, article_ids, parent)
        paper = None if title else (last_paper or last_exported_paper(lib, today))
        if paper is not None:
            dialog.offer_paper(paper)
        store = store or GroupStore(lib.db)
        dialog._saver = lambda: dialog.save(store, messages)
        show = run or (lambda d: d.exec())
        while show(dialog) == QDialog.DialogCode.Accepted:
            sitting = dialog.saved or dialog.save(store, messages)    # `run` in tests skips accept()
            if sitting is not None:
                messages.inform(dialog.tr("成绩已保存"), _saved_text(sitting))
                return sitting
        return None


@dataclass
class LastPaper:
    title: str
    full_marks: int
    article_ids: list[int]


def last_exported_paper(lib, today: date) -> LastPaper | None:
    """The question set saved (exported) last, if that was today: its title, full marks and articles."""
    store = QuestionSetStore(lib.db)
    rows = list(lib.db["question_sets"].rows_where("updated_at >= ?", [today.isoformat()],
                                                   order_by="updated_at desc, id desc", limit=1))
    if not rows:
        return None
    last = store.get(rows[0]["id"])
    if not last.questions:
        return None
    return LastPaper(last.title, build_paper(last.questions, last.title).total_points, list(last.article_ids))


def _saved_text(sitting: PaperSitting) -> str:
    percents = [s.percent(sitting.full_marks) for s in sitting.scores]
    return (f"{sitting.date} {sitting.title}\n共 {len(percents)} 人，平均 {sum(percents) / len(percents):.1f} 分"
            f"（百分制）。\n导出学习台账时，这些成绩在“试卷成绩”表里，并计入“人员汇总”的纸质测试。")

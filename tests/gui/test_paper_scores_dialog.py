"""录入试卷成绩: pasted lists fill the table, saving stores the sitting, a refusal keeps what was typed."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from content.library import Library
from gui.paper_scores_dialog import INITIAL_ROWS, PaperScoresDialog
from quiz.contest_store import GroupStore
from tests.gui.conftest import RecordingMessages

TITLE = "学习贯彻二十届四中全会精神测试（A卷）"
TODAY = date(2026, 11, 27)


@pytest.fixture
def lib():
    return Library(":memory:")


@pytest.fixture
def dialog(qtbot):
    d = PaperScoresDialog(TODAY)
    qtbot.addWidget(d)
    return d


def table(d):
    return [(r.name, r.score) for r in d.rows() if r.name or r.score]


def shown_until_closed(fill):
    """A stand-in for exec(): the first showing is filled and saved; later ones record what the dialog holds."""
    seen = []

    def run(dialog):
        seen.append(table(dialog))
        if len(seen) > 1:
            return QDialog.DialogCode.Rejected
        fill(dialog)
        return QDialog.DialogCode.Accepted
    run.seen = seen
    return run


def test_pasted_lines_fill_the_table_in_order(dialog):
    dialog.fill_from_text("王芳 92\n李强\t88\n赵敏，75")
    assert table(dialog) == [("王芳", "92"), ("李强", "88"), ("赵敏", "75")]


def test_the_table_has_room_for_a_branch_of_thirty_and_more(dialog):
    assert dialog.table.rowCount() == INITIAL_ROWS >= 30


def test_a_paste_longer_than_the_table_adds_rows(dialog):
    dialog.fill_from_text("\n".join(f"学员{n} {n}" for n in range(INITIAL_ROWS + 5)))
    assert len(table(dialog)) == INITIAL_ROWS + 5


def test_unreadable_lines_stay_in_the_paste_box_with_the_reason_shown(dialog):
    dialog.fill_from_text("王芳 92\n李强 九十\n赵敏 75")
    assert dialog.paste_edit.toPlainText() == "李强 九十" and "“九十”不是数字" in dialog.paste_report.text()


def test_a_readable_paste_empties_the_paste_box(dialog):
    dialog.paste_edit.setPlainText("王芳 92")
    dialog.fill_button.click()
    assert dialog.paste_edit.toPlainText() == "" and table(dialog) == [("王芳", "92")]


def test_pasting_a_name_already_in_the_table_corrects_its_score(dialog):
    dialog.fill_from_text("王芳 92\n李强 88")
    dialog.fill_from_text("李强 90")
    assert table(dialog) == [("王芳", "92"), ("李强", "90")]


def test_the_summary_counts_people_and_averages(dialog):
    dialog.fill_from_text("王芳 92\n李强 88")
    assert dialog.summary.text() == "已填 2 人，平均 90.0 分"


def test_enter_in_the_table_moves_down_and_does_not_close_the_dialog(dialog, qtbot):
    dialog.show()
    dialog.table.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.table.currentRow() == 1 and dialog.isVisible()


def test_saving_stores_date_title_full_marks_and_scores(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.date_edit.setDate(QDate(2026, 11, 20))
        d.title_edit.setText(TITLE)
        d.full_marks.setValue(50)
        d.fill_from_text("王芳 45\n李强 40")
    messages = RecordingMessages()
    PaperScoresDialog.record(None, lib, messages, TODAY, run=shown_until_closed(fill))
    [s] = GroupStore(lib.db).paper_sittings()
    assert (s.date, s.title, s.full_marks, [(x.name, x.score) for x in s.scores]) == (
        "2026-11-20", TITLE, 50, [("王芳", 45), ("李强", 40)])


def test_saving_says_where_the_scores_will_appear(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("王芳 92")
    messages = RecordingMessages()
    PaperScoresDialog.record(None, lib, messages, TODAY, run=shown_until_closed(fill))
    assert messages.shown[-1][0] == "inform" and "试卷成绩" in messages.shown[-1][2]


def test_a_score_above_full_marks_is_explained_and_the_dialog_reopens_with_what_was_typed(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("王芳 92\n李强 120")
    messages = RecordingMessages()
    run = shown_until_closed(fill)
    assert PaperScoresDialog.record(None, lib, messages, TODAY, run=run) is None
    assert messages.shown[0][0] == "warn" and "第 2 行李强的得分 120" in messages.shown[0][2]
    assert run.seen[1] == [("王芳", "92"), ("李强", "120")] and GroupStore(lib.db).paper_sittings() == []


def test_a_typed_score_that_is_not_a_number_is_refused(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d._set(0, 0, "王芳")
        d._set(0, 1, "九十")
    messages = RecordingMessages()
    PaperScoresDialog.record(None, lib, messages, TODAY, run=shown_until_closed(fill))
    assert "“九十”不是数字" in messages.shown[0][2] and GroupStore(lib.db).paper_sittings() == []


def test_lines_left_in_the_paste_box_are_asked_about_before_saving(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("王芳 92\n李强 九十")
    messages = RecordingMessages(answer=False)
    PaperScoresDialog.record(None, lib, messages, TODAY, run=shown_until_closed(fill))
    assert messages.shown[0][0] == "confirm" and GroupStore(lib.db).paper_sittings() == []


def test_cancel_stores_nothing(qtbot, lib):
    def run(d):
        qtbot.addWidget(d)
        d.fill_from_text("王芳 92")
        return QDialog.DialogCode.Rejected
    assert PaperScoresDialog.record(None, lib, RecordingMessages(), TODAY, run=run) is None
    assert GroupStore(lib.db).paper_sittings() == []


def test_the_group_menu_opens_the_paper_scores_dialog(make_window, monkeypatch):
    window = make_window()
    calls = []
    monkeypatch.setattr(PaperScoresDialog, "record", classmethod(
        lambda cls, parent, lib, messages, **kw: calls.append((parent, lib, messages))))
    group = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("集体学习"))
    next(a for a in group.actions() if a.text() == "录入试卷成绩…").trigger()
    assert calls == [(window, window.lib, window.messages)]


def test_enter_after_typing_a_score_keeps_it_and_moves_down(dialog, qtbot):
    dialog.show()
    dialog._set(0, 1, "")
    dialog.table.setCurrentCell(0, 1)
    dialog.table.editItem(dialog.table.item(0, 1))
    editor = dialog.table.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "92")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)   # Qt commits on a queued call
    assert dialog.table.item(0, 1).text() == "92" and dialog.table.currentRow() == 1 and dialog.isVisible()


def test_save_with_a_bad_score_leaves_the_dialog_open(qtbot, lib):
    messages = RecordingMessages()

    def run(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("王芳 120")
        d.buttons.button(d.buttons.StandardButton.Save).click()      # what the user presses
        run.result = d.result()
        return QDialog.DialogCode.Rejected
    PaperScoresDialog.record(None, lib, messages, TODAY, run=run)
    assert run.result != QDialog.DialogCode.Accepted and messages.shown[0][0] == "warn"


def test_save_with_good_scores_stores_once_and_closes(qtbot, lib):
    messages = RecordingMessages()

    def run(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("王芳 92")
        d.buttons.button(d.buttons.StandardButton.Save).click()
        return d.result()
    assert PaperScoresDialog.record(None, lib, messages, TODAY, run=run).title == TITLE
    assert len(GroupStore(lib.db).paper_sittings()) == 1


def test_a_refused_row_is_made_the_current_one(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.title_edit.setText(TITLE)
        d.fill_from_text("\n".join(f"学员{n} 80" for n in range(20)) + "\n李强 120")
    run = shown_until_closed(fill)
    dialogs = []
    PaperScoresDialog.record(None, lib, RecordingMessages(), TODAY,
                             run=lambda d: dialogs.append(d) or run(d))
    assert (dialogs[0].table.currentRow(), dialogs[0].table.currentColumn()) == (20, 1)

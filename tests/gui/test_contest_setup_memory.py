"""The contest set-up: a 学习主题 for the 学习台账, and the last contest's teams offered again."""
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from content.library import Library
from content.model import Article, Page, Section
from gui.contest_page import ContestPage
from gui.contest_setup import COL_COLOUR, COL_KEY, COL_MEMBERS, COL_NAME, TEAM_NAMES
from quiz.contest import Phase
from quiz.ledger import write_ledger
from quiz.ledger_source import LedgerSource
from tests.gui.conftest import RecordingMessages
from tests.gui.test_contest_page import drive_to_end, fake_questions
from tests.quiz.contest_fixtures import FakeClock

TOPIC = "学习贯彻党的二十届四中全会精神"


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])]),
                               Article("坚持问题导向", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def open_page(qtbot, lib, answer: bool = True, owned: bool = True) -> ContestPage:
    """`owned=False`: the caller puts the page into a widget that qtbot closes."""
    page = ContestPage(lib, clock=FakeClock(), question_source=fake_questions,
                       messages=RecordingMessages(answer), seed=1)
    if owned:
        qtbot.addWidget(page)
    page.setup_form.required.setValue(1)
    page.setup_form.buzzer.setValue(1)
    page.setup_form.risk.setValue(0)
    page.destroyed.connect(page.audience.close)
    return page


def fill_two_teams(page) -> None:
    form = page.setup_form
    form.set_team(0, "机关第一党小组", "王芳、李强", "A")
    form.set_team(1, "机关第二党小组", "赵敏", "L")
    form.colour_box(1).setCurrentIndex(2)        # 绿
    form.check_articles(page.lib.article_ids()[:1])


def type_chinese(edit, text: str) -> None:
    """Chinese reaches a line edit from the input method, committed as one string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def table_rows(page) -> list[tuple[str, str, str, str]]:
    form = page.setup_form
    return [(form.teams.item(r, COL_NAME).text(), form.colour_box(r).currentText(),
             form.teams.item(r, COL_KEY).text(), form.teams.item(r, COL_MEMBERS).text())
            for r in range(form.teams.rowCount())]


def test_ticking_an_article_suggests_a_topic(qtbot, lib):
    page = open_page(qtbot, lib)
    page.setup_form.check_articles(lib.article_ids()[:1])
    assert page.setup_form.topic_edit.text() == "学习《织密六张网》"


def test_typed_topic_is_kept_when_articles_change(qtbot, lib):
    page = open_page(qtbot, lib)
    form = page.setup_form
    type_chinese(form.topic_edit, TOPIC)
    form.check_articles(lib.article_ids())
    assert form.topic_edit.text() == TOPIC


def test_emptied_topic_follows_the_articles_again(qtbot, lib):
    page = open_page(qtbot, lib)
    form = page.setup_form
    type_chinese(form.topic_edit, TOPIC)
    form.topic_edit.selectAll()
    qtbot.keyClick(form.topic_edit, Qt.Key.Key_Backspace)
    form.check_articles(lib.article_ids())
    assert form.topic_edit.text() == "学习《织密六张网》《坚持问题导向》"


def test_contest_topic_is_the_ledger_topic(qtbot, lib, tmp_path):
    page = open_page(qtbot, lib)
    fill_two_teams(page)
    page.setup_form.set_topic(TOPIC)
    assert page.start()
    drive_to_end(qtbot, page)
    out = write_ledger(LedgerSource(lib), tmp_path / "台账.xlsx")
    wb = openpyxl.load_workbook(out)
    sheet = wb[next(n for n in wb.sheetnames if TOPIC in n)]
    fields = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert (fields["主题"], fields["形式"]) == (TOPIC, "知识竞赛")


def test_teams_of_the_last_contest_are_offered_at_the_next_setup(qtbot, lib):
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    assert first.start()
    drive_to_end(qtbot, first)
    second = open_page(qtbot, lib)
    assert table_rows(second) == [("机关第一党小组", "红", "A", "王芳、李强"), ("机关第二党小组", "绿", "L", "赵敏")]


def test_remembered_teams_are_announced(qtbot, lib):
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    first.start()
    second = open_page(qtbot, lib)
    second.show()
    assert second.setup_form.teams_note.isVisible() and "清空" in second.setup_form.teams_note.text()


def test_three_remembered_teams_give_three_rows(qtbot, lib):
    first = open_page(qtbot, lib)
    first.setup_form.add_team()
    fill_two_teams(first)
    first.setup_form.set_team(2, "第三党小组", "孙丽", "Z")
    first.start()
    assert [row[0] for row in table_rows(open_page(qtbot, lib))] == ["机关第一党小组", "机关第二党小组", "第三党小组"]


def test_clear_button_blanks_the_teams(qtbot, lib):
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    first.start()
    second = open_page(qtbot, lib)
    qtbot.mouseClick(second.setup_form.clear_teams_button, Qt.MouseButton.LeftButton)
    assert table_rows(second) == [(TEAM_NAMES[0], "红", "1", ""), (TEAM_NAMES[1], "蓝", "2", "")]


def test_cleared_teams_are_not_offered_next_time(qtbot, lib):
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    first.start()
    open_page(qtbot, lib).setup_form.clear_teams_button.click()
    assert table_rows(open_page(qtbot, lib))[0] == (TEAM_NAMES[0], "红", "1", "")


def test_clearing_can_be_cancelled(qtbot, lib):
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    first.start()
    second = open_page(qtbot, lib, answer=False)
    second.setup_form.clear_teams_button.click()
    assert table_rows(second)[0][3] == "王芳、李强" and second.store.remembered_teams()


def test_back_to_setup_after_the_ranking_keeps_the_teams(qtbot, lib):
    page = open_page(qtbot, lib)
    fill_two_teams(page)
    page.start()
    drive_to_end(qtbot, page)
    assert page.contest.phase == Phase.FINISHED
    page.back_to_setup()
    assert page.stack.currentIndex() == 0 and table_rows(page)[1][3] == "赵敏"


def test_colour_names_are_not_cut_in_the_setup_table(qtbot, lib):
    form = open_page(qtbot, lib).setup_form
    assert form.teams.columnWidth(COL_COLOUR) >= form.colour_box(0).sizeHint().width()


def test_note_on_remembered_teams_does_not_make_the_setup_scroll(qtbot, lib):
    """Inside the main window's scroll area, sized as on a 1366×768 screen, 开始竞赛 stays in view."""
    first = open_page(qtbot, lib)
    fill_two_teams(first)
    first.start()
    second = open_page(qtbot, lib, owned=False)
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setWidget(second)
    qtbot.addWidget(holder)
    holder.resize(1160, second.stack.widget(0).sizeHint().height() + 24)
    holder.show()
    qtbot.waitExposed(holder)
    assert holder.verticalScrollBar().maximum() == 0

"""学习记录: sessions and paper scores listed newest first, corrected or deleted after asking."""

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from content.library import Library
from content.model import Article, Page, Section
from gui.group_records_dialog import GroupRecordsDialog, SittingView
from gui.session_dialog import SessionDialog
from quiz.contest_store import GroupSession, GroupStore, SessionKind
from quiz.paper_scores import ScoreRow, new_sitting
from tests.gui.conftest import RecordingMessages

TOPIC = "学习贯彻党的二十届四中全会精神"


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


@pytest.fixture
def store(lib):
    return GroupStore(lib.db)


def add_session(store, day, topic, **fields) -> int:
    return store.add_session(GroupSession(day, topic, participants=["王芳", "李强"], **fields))


def add_sitting(store, day, title) -> int:
    return store.add_paper_sitting(new_sitting(day, title, [ScoreRow("王芳", "54"), ScoreRow("李强", "45", "二支部")],
                                               60))


def opened(qtbot, lib, store, messages=None):
    dialog = GroupRecordsDialog(lib, messages or RecordingMessages(), store)
    qtbot.addWidget(dialog)
    return dialog


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def choose(table, row: int) -> None:
    table.selectRow(row)


# ---- 集体学习 -----------------------------------------------------------------------------------
def test_sessions_are_listed_newest_first_with_kind_length_and_host(qtbot, lib, store):
    add_session(store, "2026-10-09", "学习六张网")
    add_session(store, "2026-11-20", TOPIC, kind=SessionKind.PARTY_DAY, minutes=90, host="张书记")
    assert rows(opened(qtbot, lib, store).sessions_table) == [
        ["2026-11-20", "主题党日", TOPIC, "90 分钟", "张书记"], ["2026-10-09", "集体学习", "学习六张网", "", ""]]


def test_with_no_records_the_dialog_says_so_and_offers_no_actions(qtbot, lib, store):
    d = opened(qtbot, lib, store)
    assert not d.sessions_empty.isHidden() and not d.edit_button.isEnabled()
    assert not d.delete_sitting_button.isEnabled()


def test_deleting_asks_first_naming_the_record(qtbot, lib, store):
    add_session(store, "2026-11-20", TOPIC)
    messages = RecordingMessages(answer=False)
    d = opened(qtbot, lib, store, messages)
    assert d.delete_chosen_session() is False
    kind, title, text = messages.shown[0]
    assert kind == "confirm" and f"2026-11-20 集体学习：{TOPIC}" in text and "学习台账" in text
    assert len(store.sessions()) == 1


def test_deleting_when_agreed_removes_the_chosen_session(qtbot, lib, store):
    add_session(store, "2026-10-09", "学习六张网")
    add_session(store, "2026-11-20", TOPIC)
    d = opened(qtbot, lib, store)
    choose(d.sessions_table, 1)
    assert d.delete_chosen_session() is True
    assert [s.topic for s in store.sessions()] == [TOPIC] and [r[2] for r in rows(d.sessions_table)] == [TOPIC]
    assert "已删除" in d.status.text()


def test_deleting_a_session_with_a_contest_says_the_contest_is_kept(qtbot, lib, store):
    sid = add_session(store, "2026-11-20", "知识竞赛", kind=SessionKind.CONTEST)
    cid = store.start_contest("十一月知识竞赛", {}, sid)
    messages = RecordingMessages()
    opened(qtbot, lib, store, messages).delete_chosen_session()
    assert "1 场知识竞赛记录保留下来" in messages.shown[0][2] and store.contest(cid).session_id is None


def test_correcting_opens_the_form_filled_and_shows_the_result(qtbot, lib, store):
    sid = add_session(store, "2026-11-20", TOPIC, minutes=60)
    d = opened(qtbot, lib, store)

    def run(form):      # stands in for exec(): the user changes the length and saves
        qtbot.addWidget(form)
        form.minutes.setText("120")
        return QDialog.DialogCode.Accepted
    d.edit_session = lambda session_id: SessionDialog.edit(d, lib, session_id, RecordingMessages(), store, run=run)
    assert d.edit_chosen_session().minutes == 120
    assert store.session(sid).minutes == 120 and rows(d.sessions_table)[0][3] == "120 分钟"


def test_the_corrected_record_stays_chosen(qtbot, lib, store):
    older = add_session(store, "2026-10-09", "学习六张网")
    add_session(store, "2026-11-20", TOPIC)
    d = opened(qtbot, lib, store)
    choose(d.sessions_table, 1)

    def correct(session_id):
        store.update_session(session_id, GroupSession("2026-10-10", "学习六张网（改）"))
        return store.session(session_id)
    d.edit_session = correct
    d.edit_chosen_session()
    assert d.chosen_session_id() == older and "已修改" in d.status.text()


def test_a_double_click_opens_the_correction(qtbot, lib, store):
    add_session(store, "2026-11-20", TOPIC)
    d = opened(qtbot, lib, store)
    asked = []
    d.edit_session = lambda session_id: asked.append(session_id)
    d.sessions_table.doubleClicked.emit(d.sessions_table.model().index(0, 2))
    assert asked == [store.sessions()[0].id]


# ---- 试卷成绩 -----------------------------------------------------------------------------------
def test_paper_scores_are_listed_newest_first_with_people_and_full_marks(qtbot, lib, store):
    add_sitting(store, "2026-10-09", "十月测试")
    add_sitting(store, "2026-11-27", "十一月测试（A卷）")
    assert rows(opened(qtbot, lib, store).sittings_table) == [
        ["2026-11-27", "十一月测试（A卷）", "2", "60"], ["2026-10-09", "十月测试", "2", "60"]]


def test_viewing_shows_the_chosen_papers_scores(qtbot, lib, store):
    add_sitting(store, "2026-11-27", "十一月测试")
    d = opened(qtbot, lib, store)
    seen = []
    d.view_sitting = seen.append
    d.view_chosen_sitting()
    view = SittingView(seen[0])
    qtbot.addWidget(view)
    assert (seen[0].title, rows(view.table)) == ("十一月测试", [["王芳", "", "54", "90"], ["李强", "二支部", "45", "75"]])


def test_the_score_view_is_read_only_and_gives_the_average(qtbot, lib, store):
    sitting = store.paper_sitting(add_sitting(store, "2026-11-27", "十一月测试"))
    view = SittingView(sitting)
    qtbot.addWidget(view)
    assert view.table.editTriggers() == view.table.EditTrigger.NoEditTriggers
    assert "满分 60 分，共 2 人" in view.heading.text()


def test_deleting_paper_scores_asks_first_naming_the_paper(qtbot, lib, store):
    add_sitting(store, "2026-11-27", "十一月测试")
    messages = RecordingMessages(answer=False)
    assert opened(qtbot, lib, store, messages).delete_chosen_sitting() is False
    assert "2026-11-27 十一月测试（2 人的成绩）" in messages.shown[0][2] and len(store.paper_sittings()) == 1


def test_deleting_paper_scores_when_agreed_removes_them(qtbot, lib, store):
    add_sitting(store, "2026-11-27", "十一月测试")
    d = opened(qtbot, lib, store)
    assert d.delete_chosen_sitting() is True
    assert store.paper_sittings() == [] and d.sittings_table.rowCount() == 0 and not d.sittings_empty.isHidden()


# ---- large type -----------------------------------------------------------------------------------
@pytest.fixture
def largest_type():
    from gui.theme import MAX_BODY_PX, ui_px_for
    from gui.ui_style import apply_ui_size
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_ui_size(app, ui_px_for(MAX_BODY_PX))
    yield app
    app.setStyleSheet(sheet)
    app.setFont(font)


def test_the_dialog_fits_a_1366_by_768_screen_at_the_largest_type(qtbot, lib, store, largest_type):
    add_session(store, "2026-11-20", TOPIC, kind=SessionKind.CENTRAL_GROUP, minutes=90, host="张书记")
    d = opened(qtbot, lib, store)
    d.show()
    largest_type.processEvents()
    least = d.minimumSizeHint().expandedTo(d.minimumSize())
    assert least.width() <= 1366 - 20 and least.height() <= 768 - 80


def test_buttons_and_columns_hold_their_text_at_the_largest_type(qtbot, lib, store, largest_type):
    add_session(store, "2026-11-20", TOPIC, kind=SessionKind.CENTRAL_GROUP, minutes=90, host="张书记")
    d = opened(qtbot, lib, store)
    d.show()
    largest_type.processEvents()
    metrics = d.edit_button.fontMetrics()
    assert d.edit_button.width() >= metrics.horizontalAdvance("修改…")
    assert d.sessions_table.columnWidth(1) >= d.sessions_table.fontMetrics().horizontalAdvance("理论学习中心组学习")
    assert d.sessions_table.rowHeight(0) >= d.sessions_table.fontMetrics().height()


def test_the_topic_keeps_room_beside_long_names_at_the_largest_type(qtbot, lib, store, largest_type):
    """At the largest type on a 1366-wide screen, a long 形式 and 主持人 do not squeeze the topic away."""
    add_session(store, "2026-11-20", TOPIC, kind=SessionKind.CENTRAL_GROUP, minutes=120, host="组织委员王某某某某某")
    d = opened(qtbot, lib, store)
    d.resize(1366 - 40, 768 - 60)
    d.show()
    largest_type.processEvents()
    table = d.sessions_table
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance("国" * 12)
    assert table.horizontalScrollBar().maximum() == 0


# ---- the menu ---------------------------------------------------------------------------------------
def test_the_group_menu_opens_the_records(make_window, monkeypatch):
    shown = []
    monkeypatch.setattr(GroupRecordsDialog, "exec", lambda self: shown.append(self) or 0)
    window = make_window()
    window.records_action.trigger()
    assert window.records_action.text() == "学习记录…" and isinstance(shown[0], GroupRecordsDialog)

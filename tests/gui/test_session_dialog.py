"""登记集体学习: the dialog offers a topic from the chosen articles and stores the session for the ledger."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from content.library import Library
from content.model import Article, Page, Section
from gui.session_dialog import SessionDialog
from quiz.contest_store import GroupStore, SessionKind
from tests.gui.conftest import RecordingMessages

TOPIC = "学习贯彻党的二十届四中全会精神"
TODAY = date(2026, 11, 27)


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])]),
                               Article("坚持问题导向", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def filled(fill):
    """A stand-in for exec(): fills the dialog as the user would, then presses 保存 (once)."""
    calls = []

    def run(dialog):
        calls.append(dialog)
        if len(calls) > 1:
            return QDialog.DialogCode.Rejected
        fill(dialog)
        return QDialog.DialogCode.Accepted
    return run


def test_chosen_articles_come_ticked_with_a_topic_from_them(qtbot, lib):
    dialog = SessionDialog(lib, lib.article_ids()[:1], TODAY)
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == lib.article_ids()[:1] and dialog.topic_edit.text() == "学习《织密六张网》"


def test_ticking_another_article_updates_the_offered_topic(qtbot, lib):
    dialog = SessionDialog(lib, lib.article_ids()[:1], TODAY)
    qtbot.addWidget(dialog)
    dialog.articles.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.topic_edit.text() == "学习《织密六张网》《坚持问题导向》"


def test_saved_session_keeps_topic_form_date_and_people(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.topic_edit.set_topic(TOPIC)
        d.kind.setCurrentIndex(d.kind.findData(SessionKind.PARTY_DAY))
        d.date_edit.setDate(QDate(2026, 11, 20))
        d.people.setText("王芳、李强")
    SessionDialog.record(None, lib, lib.article_ids(), RecordingMessages(), TODAY, run=filled(fill))
    [s] = GroupStore(lib.db).sessions()
    assert (s.topic, s.kind, s.date, s.participants) == (TOPIC, SessionKind.PARTY_DAY, "2026-11-20", ["王芳", "李强"])


def test_a_refused_session_is_explained_and_nothing_stored(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.articles.item(0).setCheckState(Qt.CheckState.Unchecked)     # no articles and no topic
    messages = RecordingMessages()
    assert SessionDialog.record(None, lib, lib.article_ids()[:1], messages, TODAY, run=filled(fill)) is None
    assert messages.shown[0][0] == "warn" and "主题" in messages.shown[0][2] and GroupStore(lib.db).sessions() == []


def test_cancel_stores_nothing(qtbot, lib):
    def run(dialog):
        qtbot.addWidget(dialog)
        return QDialog.DialogCode.Rejected
    assert SessionDialog.record(None, lib, [], RecordingMessages(), TODAY, run=run) is None
    assert GroupStore(lib.db).sessions() == []


def test_contests_are_not_recorded_here(qtbot, lib):
    dialog = SessionDialog(lib, [], TODAY)
    qtbot.addWidget(dialog)
    assert SessionKind.CONTEST not in [dialog.kind.itemData(i) for i in range(dialog.kind.count())]


def test_the_topic_field_holds_a_long_topic_at_the_type_size(qtbot, lib):
    from gui.session_dialog import FIELD_WIDTH_CHARS
    dialog = SessionDialog(lib, lib.article_ids()[:1], TODAY)
    qtbot.addWidget(dialog)
    wanted = dialog.topic_edit.fontMetrics().horizontalAdvance("国" * FIELD_WIDTH_CHARS)
    screen = dialog.screen().availableGeometry().width()
    assert dialog.topic_edit.minimumWidth() >= min(wanted, screen - 360)
    assert dialog.topic_edit.minimumWidth() <= screen


def test_saved_session_keeps_its_length_place_host_and_recorder(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.minutes.setText("90")
        d.place.setText("党员活动室")
        d.host.setText("张书记")
        d.recorder.setText("李强")
    SessionDialog.record(None, lib, lib.article_ids(), RecordingMessages(), TODAY, run=filled(fill))
    [s] = GroupStore(lib.db).sessions()
    assert (s.minutes, s.place, s.host, s.recorder) == (90, "党员活动室", "张书记", "李强")


def test_details_left_empty_are_stored_empty(qtbot, lib):
    SessionDialog.record(None, lib, lib.article_ids(), RecordingMessages(), TODAY, run=filled(qtbot.addWidget))
    [s] = GroupStore(lib.db).sessions()
    assert (s.minutes, s.place, s.host, s.recorder) == (None, "", "", "")


@pytest.mark.parametrize("typed", ["-30", "九十", "10000"])
def test_bad_minutes_are_explained_and_the_dialog_keeps_what_was_typed(qtbot, lib, typed):
    seen = []

    def run(dialog):
        seen.append((dialog.minutes.text(), dialog.place.text()))
        if len(seen) > 1:
            return QDialog.DialogCode.Rejected
        qtbot.addWidget(dialog)
        dialog.minutes.setText(typed)
        dialog.place.setText("党员活动室")
        return QDialog.DialogCode.Accepted
    messages = RecordingMessages()
    assert SessionDialog.record(None, lib, lib.article_ids(), messages, TODAY, run=run) is None
    assert messages.shown[0][0] == "warn" and "学习时长" in messages.shown[0][2]
    assert seen[1] == (typed, "党员活动室") and GroupStore(lib.db).sessions() == []


def test_the_dialog_fits_a_1366_by_768_screen_at_the_largest_type(qtbot, lib):
    """The least size the dialog asks for, with the new rows, stays within a laptop screen (less the
    taskbar and frame) at the largest interface type."""
    from PySide6.QtWidgets import QApplication

    from gui.theme import MAX_BODY_PX, ui_px_for
    from gui.ui_style import apply_ui_size
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    try:
        apply_ui_size(app, ui_px_for(MAX_BODY_PX))
        dialog = SessionDialog(lib, lib.article_ids(), TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        app.processEvents()
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert least.width() <= 1366 - 20 and least.height() <= 768 - 80
        assert dialog.minutes.width() >= dialog.minutes.fontMetrics().horizontalAdvance("600") and \
            dialog.host.width() >= dialog.host.fontMetrics().horizontalAdvance("张书记")
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_the_confirmation_repeats_the_details_given(qtbot, lib):
    def fill(d):
        qtbot.addWidget(d)
        d.minutes.setText("45")
        d.host.setText("张书记")
    messages = RecordingMessages()
    SessionDialog.record(None, lib, lib.article_ids(), messages, TODAY, run=filled(fill))
    assert messages.shown[-1][0] == "inform" and "45 分钟，主持人 张书记" in messages.shown[-1][2]


# ---- correcting a recorded session (学习记录 → 修改…) ------------------------------------------
def stored_session(lib, **fields) -> int:
    from quiz.contest_store import GroupSession
    values = {"date": "2026-11-20", "topic": TOPIC, "article_ids": [lib.article_ids()[1]],
              "article_titles": ["坚持问题导向"], "participants": ["王芳", "李强"], "kind": SessionKind.PARTY_DAY,
              "minutes": 60, "place": "党员活动室", "host": "张书记", "recorder": "李强", "notes": "书记领学"}
    return GroupStore(lib.db).add_session(GroupSession(**{**values, **fields}))


def prefilled(qtbot, lib, session_id):
    dialog = SessionDialog(lib, [], TODAY)
    qtbot.addWidget(dialog)
    dialog.prefill(GroupStore(lib.db).session(session_id))
    return dialog


def test_prefill_shows_the_session_as_recorded(qtbot, lib):
    d = prefilled(qtbot, lib, stored_session(lib))
    assert (d.date_edit.date(), d.kind.currentData(), d.topic_edit.text(), d.checked_ids()) == \
        (QDate(2026, 11, 20), SessionKind.PARTY_DAY, TOPIC, [lib.article_ids()[1]])
    assert (d.people.text(), d.minutes.text(), d.place.text(), d.host.text(), d.recorder.text(), d.notes.text()) == \
        ("王芳、李强", "60", "党员活动室", "张书记", "李强", "书记领学")


def test_prefill_says_it_corrects_a_record(qtbot, lib):
    assert prefilled(qtbot, lib, stored_session(lib)).windowTitle() == "修改集体学习记录"


def test_a_contest_session_keeps_its_form_when_corrected(qtbot, lib):
    d = prefilled(qtbot, lib, stored_session(lib, kind=SessionKind.CONTEST))
    assert d.kind.currentData() == SessionKind.CONTEST and d.session().kind == SessionKind.CONTEST


def test_an_article_removed_from_the_library_stays_ticked_and_kept(qtbot, lib):
    sid = stored_session(lib, article_ids=[lib.article_ids()[0], 99], article_titles=["织密六张网", "旧文章"])
    d = prefilled(qtbot, lib, sid)
    assert 99 in d.checked_ids() and d.session().article_titles == ["织密六张网", "旧文章"]


def test_edit_saves_the_corrections_over_the_same_record(qtbot, lib):
    sid = stored_session(lib)

    def fill(d):
        qtbot.addWidget(d)
        d.minutes.setText("90")
        d.host.setText("王书记")
    messages = RecordingMessages()
    SessionDialog.edit(None, lib, sid, messages, run=filled(fill))
    [s] = GroupStore(lib.db).sessions()
    assert (s.id, s.minutes, s.host, s.topic, s.participants) == (sid, 90, "王书记", TOPIC, ["王芳", "李强"])
    assert messages.shown[-1][:2] == ("inform", "已修改")


def test_a_refused_correction_is_explained_and_the_record_kept(qtbot, lib):
    sid = stored_session(lib)

    def fill(d):
        qtbot.addWidget(d)
        d.minutes.setText("九十")
    messages = RecordingMessages()
    assert SessionDialog.edit(None, lib, sid, messages, run=filled(fill)) is None
    assert messages.shown[0][0] == "warn" and GroupStore(lib.db).session(sid).minutes == 60


def test_cancelling_a_correction_changes_nothing(qtbot, lib):
    sid = stored_session(lib)

    def run(dialog):
        qtbot.addWidget(dialog)
        dialog.host.setText("改了又取消")
        return QDialog.DialogCode.Rejected
    assert SessionDialog.edit(None, lib, sid, RecordingMessages(), run=run) is None
    assert GroupStore(lib.db).session(sid).host == "张书记"


def test_correcting_a_record_already_deleted_is_explained(qtbot, lib):
    messages = RecordingMessages()
    assert SessionDialog.edit(None, lib, 42, messages, run=lambda d: QDialog.DialogCode.Rejected) is None
    assert messages.shown[0][0] == "warn" and "42" in messages.shown[0][2]

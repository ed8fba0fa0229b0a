from datetime import date

import openpyxl

from content.library import Library
from content.model import Article, Page, Section
from gui.ledger_dialog import LedgerExportDialog, LedgerRequest, export_ledger
from quiz.learning_store import LearningStore
from quiz.ledger_period import Period, PeriodChoice
from quiz.profiles import Profiles
from quiz.ledger_source import saved_unit
from tests.gui.conftest import RecordingMessages

TODAY = date(2026, 11, 28)


def library():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("甲文", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def test_dialog_defaults_to_this_quarter(qtbot):
    dialog = LedgerExportDialog("第一党支部", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.request() == LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), "第一党支部")


def test_dialog_last_quarter(qtbot):
    dialog = LedgerExportDialog("第一党支部", TODAY)
    qtbot.addWidget(dialog)
    dialog.set_choice(PeriodChoice.LAST_QUARTER)
    assert dialog.request().period == Period(date(2026, 7, 1), date(2026, 9, 30))


def test_dialog_dates_only_editable_for_own_dates(qtbot):
    dialog = LedgerExportDialog("第一党支部", TODAY)
    qtbot.addWidget(dialog)
    before = dialog.start_edit.isEnabled()
    dialog.set_choice(PeriodChoice.DATES)
    assert (before, dialog.start_edit.isEnabled()) == (False, True)


def test_dialog_blank_unit_is_not_accepted(qtbot):
    dialog = LedgerExportDialog("", TODAY)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != LedgerExportDialog.DialogCode.Accepted and "单位" in dialog.problem.text()


def test_export_writes_the_period_and_remembers_the_unit(qtbot, tmp_path):
    lib, messages = library(), RecordingMessages()
    request = LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), "机关党委")
    out = export_ledger(None, lib, messages, lambda *a: str(tmp_path / "台账"), lambda unit: request,
                        today=lambda: TODAY)
    title = openpyxl.load_workbook(out)["学习台账"]["A1"].value
    assert title == "机关党委 学习台账（2026年10月1日至2026年12月31日）" and saved_unit(lib.db) == "机关党委"


def test_cancelled_period_dialog_writes_nothing(qtbot, tmp_path):
    out = export_ledger(None, library(), RecordingMessages(), lambda *a: str(tmp_path / "台账"), lambda unit: None)
    assert out is None and not list(tmp_path.iterdir())


def test_dialog_asks_for_the_name_of_the_learner_still_called_wo(qtbot):
    dialog = LedgerExportDialog("第一党支部", TODAY, ask_learner=True)
    qtbot.addWidget(dialog)
    dialog.learner_edit.setText(" 王芳 ")
    assert dialog.request().learner_name == "王芳"


def test_export_names_the_learner_called_wo_in_the_ledger(qtbot, tmp_path):
    lib = library()
    store = LearningStore(lib.db)
    store.ensure_profile()                                  # the first start's learner, 我
    request = LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), "机关党委", "王芳")
    out = export_ledger(None, lib, RecordingMessages(), lambda *a: str(tmp_path / "台账"), lambda unit: request,
                        today=lambda: TODAY)
    names = [cell.value for row in openpyxl.load_workbook(out)["人员汇总"].iter_rows() for cell in row]
    assert [p.name for p in Profiles(store).all()] == ["王芳"] and "王芳" in names and "我" not in names


def export_with_unit(lib, tmp_path, unit):
    request = LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), unit)
    return export_ledger(None, lib, RecordingMessages(), lambda *a: str(tmp_path / "台账"), lambda u: request,
                         today=lambda: TODAY)


def test_unit_typed_at_export_shows_in_the_learning_settings(qtbot, tmp_path):
    """Walkthrough 4: "填写一次即可" yet 学习设置 → 单位或支部 stayed empty."""
    lib = library()
    export_with_unit(lib, tmp_path, "机关第一党支部")
    assert Profiles(LearningStore(lib.db)).current().unit == "机关第一党支部"


def test_a_unit_already_set_in_the_learning_settings_is_kept(qtbot, tmp_path):
    lib = library()
    profiles = Profiles(LearningStore(lib.db))
    profiles.update(profiles.current().id, unit="第二党支部")
    export_with_unit(lib, tmp_path, "机关党委")
    assert profiles.current().unit == "第二党支部"


def window_with_learner_box(qtbot, lib):
    from PySide6.QtWidgets import QMainWindow
    from gui.profile_switcher import ProfileSwitcher
    window = QMainWindow()
    qtbot.addWidget(window)
    switcher = ProfileSwitcher(LearningStore(lib.db))
    window.menuBar().setCornerWidget(switcher)             # where the main window puts it
    return window, switcher


def test_learner_box_shows_the_name_given_at_export_at_once(qtbot, tmp_path):
    """Walkthrough 5 #10: the 学习者 box said 我 until the app was restarted."""
    lib = library()
    window, switcher = window_with_learner_box(qtbot, lib)
    request = LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), "第二党支部", "李华")
    export_ledger(window, lib, RecordingMessages(), lambda *a: "", lambda unit: request, today=lambda: TODAY)
    assert "李华" in switcher.combo.currentText()


def test_learner_box_shows_the_unit_given_at_export(qtbot, tmp_path):
    lib = library()
    window, switcher = window_with_learner_box(qtbot, lib)
    request = LedgerRequest(Period(date(2026, 10, 1), date(2026, 12, 31)), "第二党支部", "李华")
    export_ledger(window, lib, RecordingMessages(), lambda *a: str(tmp_path / "台账"), lambda unit: request,
                  today=lambda: TODAY)
    assert "第二党支部" in switcher.combo.currentText()

from datetime import date

import openpyxl

from content.library import Library
from content.model import Article, Page, Section
from gui.ledger_dialog import LedgerExportDialog, LedgerRequest, export_ledger
from quiz.ledger_period import Period, PeriodChoice
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

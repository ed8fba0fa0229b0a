"""录入试卷成绩 from the menu offers the paper exported today (walkthrough 4, finding 10)."""
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialog

from content.library import Library
from content.model import Article, Page, Section
from gui.paper_scores_dialog import LastPaper, PaperScoresDialog
from quiz.ledger_source import LedgerSource
from quiz.paper_layout import build_paper
from quiz.question_sets import QuestionSet, QuestionSetStore
from tests.gui.conftest import RecordingMessages
from tests.quiz.paper_fixtures import mixed_questions

TODAY = date(2026, 11, 27)


@pytest.fixture
def lib():
    lib = Library(":memory:")
    lib.ids = lib.import_page(Page("p", [Article(t, sections=[Section(None, ["正文。"])]) for t in ("甲文", "乙文")]),
                              "p", "h").article_ids
    return lib


def export_paper_on(lib, day: date) -> QuestionSet:
    qs = QuestionSet("周五理论学习测试", list(lib.ids), mixed_questions())
    QuestionSetStore(lib.db, clock=lambda: datetime(day.year, day.month, day.day, 9)).save(qs)
    return qs


def from_the_menu(lib, seen, **kwargs):
    messages = RecordingMessages()

    def run(dialog):      # shown once; a refusal shows it again, and then it is cancelled
        seen.append(dialog)
        dialog.fill_from_text("王芳 40")
        dialog.title_edit.setText(dialog.title_edit.text() or "自拟测试")
        return QDialog.DialogCode.Rejected if len(seen) > 1 else QDialog.DialogCode.Accepted
    sitting = PaperScoresDialog.record(None, lib, messages, today=TODAY, run=run, **kwargs)
    assert sitting is not None, messages.shown
    return sitting


def test_menu_offers_the_paper_exported_today(lib, qtbot):
    qs = export_paper_on(lib, TODAY)
    seen = []
    from_the_menu(lib, seen)
    d = seen[0]
    assert (d.title_edit.text(), d.full_marks.value(), d.article_ids) == \
        ("周五理论学习测试", build_paper(qs.questions, "卷").total_points, lib.ids)


def test_offered_paper_fills_the_ledger_articles(lib, qtbot):
    export_paper_on(lib, TODAY)
    from_the_menu(lib, [])
    assert [e.articles for e in LedgerSource(lib).paper_entries()] == [["甲文", "乙文"]]


def test_a_paper_from_another_day_is_not_offered(lib, qtbot):
    export_paper_on(lib, date(2026, 11, 20))
    sitting = from_the_menu(lib, [])
    assert (sitting.title, sitting.full_marks, sitting.article_ids) == ("自拟测试", 100, [])


def test_the_caller_can_hand_in_the_last_paper(lib, qtbot):
    seen = []
    sitting = from_the_menu(lib, seen, last_paper=LastPaper("党章测试", 50, [lib.ids[1]]))
    assert (sitting.title, sitting.full_marks, sitting.article_ids) == ("党章测试", 50, [lib.ids[1]])

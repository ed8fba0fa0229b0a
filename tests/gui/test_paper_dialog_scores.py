"""After 出试卷, the paper's scores can be recorded from the same dialog, its title and full marks filled in."""
import pytest
from PySide6.QtWidgets import QDialog

from content.library import Library
from content.model import Article, Page, Section
from gui.paper_dialog import PaperDialog
from quiz.contest_store import GroupStore
from quiz.paper_layout import build_paper
from tests.gui.conftest import RecordingMessages
from tests.quiz.paper_fixtures import mixed_questions


def builder(articles, count, rng):
    return mixed_questions()[:count]


@pytest.fixture
def dialog(qtbot, tmp_path):
    lib = Library(":memory:")
    ids = lib.import_page(Page("p", [Article("甲文", sections=[Section(None, ["正文。"])])]), "p", "h").article_ids
    d = PaperDialog(lib, ids, build=builder, messages=RecordingMessages(),
                    choose_path=lambda suffix: str(tmp_path / f"试卷{suffix}"))
    qtbot.addWidget(d)
    d.title_edit.setText("四中全会精神测试")
    return d


def test_recording_scores_is_offered_only_once_the_paper_is_exported(dialog):
    dialog.generate()
    before = dialog.scores_button.isEnabled()
    dialog.export()
    assert (before, dialog.scores_button.isEnabled()) == (False, True)


def test_the_scores_dialog_opens_with_the_papers_title_and_full_marks(dialog, qtbot):
    dialog.generate()
    dialog.export()
    opened = []

    def run(d):
        qtbot.addWidget(d)
        opened.append((d.title_edit.text(), d.full_marks.value(), d.article_ids))
        return QDialog.DialogCode.Rejected
    dialog.record_scores(run=run)
    total = build_paper(dialog.question_set.questions, "x").total_points
    assert opened == [("四中全会精神测试", total, dialog.article_ids)]


def test_scores_recorded_from_the_paper_dialog_keep_its_articles(dialog, qtbot):
    dialog.generate()
    dialog.export()

    def run(d):
        qtbot.addWidget(d)
        if d.filled_rows():
            return QDialog.DialogCode.Rejected
        d.fill_from_text("王芳 1")
        return QDialog.DialogCode.Accepted
    dialog.record_scores(run=run)
    [s] = GroupStore(dialog.lib.db).paper_sittings()
    assert (s.title, s.article_ids) == ("四中全会精神测试", dialog.article_ids)

"""出试卷 frictions (ux5 #7): 换一题 on the selected question, the ticked article in sight, PDF export said."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import gui.paper_dialog as paper_dialog
from content.library import Library
from content.model import Article, Page, Section
from gui.paper_dialog import PaperDialog
from quiz.paper_export import PaperFormat
from tests.gui.conftest import RecordingMessages
from tests.quiz.paper_fixtures import mixed_questions


def make_dialog(qtbot, tmp_path, articles=1, chosen=(0,)):
    lib = Library(":memory:")
    arts = [Article(f"第{i}篇文章", sections=[Section(None, ["正文。"])]) for i in range(articles)]
    ids = lib.import_page(Page("p", arts), "p", "h").article_ids
    dialog = PaperDialog(lib, [ids[i] for i in chosen], build=lambda a, n, rng: mixed_questions()[:n],
                         messages=RecordingMessages(), choose_path=lambda suffix: str(tmp_path / f"试卷{suffix}"))
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def generated(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    dialog.count.setValue(4)      # s1 s2 m1 t1; t2 is the unused true/false question
    dialog.generate()
    return dialog


def ids(dialog):
    return [dialog.questions.item(row).data(Qt.ItemDataRole.UserRole) for row in range(dialog.questions.count())]


def test_replace_button_works_on_the_selected_question(generated, qtbot):
    generated.questions.setCurrentRow(3)
    assert generated.replace_button.isEnabled()
    qtbot.mouseClick(generated.replace_button, Qt.MouseButton.LeftButton)
    assert ids(generated) == ["s1", "s2", "m1", "t2"] and [q["id"] for q in generated.question_set.questions] \
        == ["s1", "s2", "m1", "t2"] and generated.question_set.dropped == []


def test_replaced_selected_question_stays_selected_and_ticked(generated, qtbot):
    generated.questions.setCurrentRow(3)
    qtbot.mouseClick(generated.replace_button, Qt.MouseButton.LeftButton)
    item = generated.questions.item(3)
    assert generated.questions.currentItem() is item and item.checkState() == Qt.CheckState.Checked \
        and "已换上 1 道新题" in generated.summary.text()


def test_with_nothing_chosen_the_button_says_how_to_choose(generated):
    generated.questions.setCurrentRow(-1)
    assert not generated.replace_button.isEnabled() and "点一下" in generated.replace_button.toolTip()


def test_the_button_names_the_unticked_questions_it_will_replace(generated):
    generated.questions.item(1).setCheckState(Qt.CheckState.Unchecked)
    generated.questions.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert generated.replace_button.text() == "换掉取消勾选的 2 题"


def test_the_ticked_article_is_in_sight_however_far_down_the_library(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, articles=12, chosen=(11,))
    dialog.resize(1100, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    ticked = next(dialog.articles.item(r) for r in range(12)
                  if dialog.articles.item(r).checkState() == Qt.CheckState.Checked)
    assert dialog.articles.viewport().rect().contains(dialog.articles.visualItemRect(ticked))


def test_the_article_list_shows_more_than_four_titles(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, articles=12)
    dialog.resize(1100, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.articles.sizeHintForRow(0)
    assert dialog.articles.viewport().height() >= 7 * row


def test_pdf_export_status_names_the_pdf(generated):
    assert generated.export(PaperFormat.PDF)
    assert "PDF" in generated.saved.text() and "Word" not in generated.saved.text()


def test_word_export_status_names_word(generated):
    assert generated.export(PaperFormat.DOCX)
    assert "Word" in generated.saved.text() and "PDF" not in generated.saved.text()


def test_export_shows_a_busy_cursor_while_writing(generated, monkeypatch):
    shapes = []
    real = paper_dialog.export_paper

    def watched(*args, **kwargs):
        cursor = QGuiApplication.overrideCursor()
        shapes.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(paper_dialog, "export_paper", watched)
    assert generated.export(PaperFormat.PDF)
    assert shapes == [Qt.CursorShape.WaitCursor] and QGuiApplication.overrideCursor() is None

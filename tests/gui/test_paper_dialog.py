import re

import pytest
from docx import Document
from PySide6.QtCore import Qt

from content.library import Library
from content.model import Article, Page, Section
from gui.paper_dialog import PaperDialog
from quiz.paper_export import PaperFormat
from quiz.paper_layout import build_paper
from quiz.question_sets import QuestionSetStore
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
    d.tmp = tmp_path
    return d


def test_dropped_question_stays_out_of_the_paper(dialog):
    dialog.count.setValue(9)
    dialog.variants.setText("")
    assert dialog.generate()
    dialog.questions.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.export()
    numbered = [p.text for p in Document(str(dialog.tmp / "试卷.docx")).paragraphs if re.match(r"^\d+\. ", p.text)]
    assert len(numbered) == 8 and not any("发展新质生产力的关键" in t for t in numbered)


def test_reviewed_set_is_saved_with_its_drop(dialog):
    dialog.count.setValue(9)
    dialog.generate()
    dialog.questions.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.export()
    saved = QuestionSetStore(dialog.lib.db).get(dialog.result.set_id)
    assert len(saved.questions) == 8 and saved.dropped[0]["id"] == "m1"


def test_ab_variants_and_key_are_written(dialog):
    dialog.generate()
    dialog.export()
    assert sorted(p.name for p in dialog.result.files) == ["试卷_A卷.docx", "试卷_B卷.docx", "试卷_答案.docx"]


def test_bad_variant_text_warns_and_writes_nothing(dialog):
    dialog.generate()
    dialog.variants.setText("甲,乙")
    assert not dialog.export() and dialog.messages.shown[-1][0] == "warn" and not list(dialog.tmp.glob("*.docx"))


def test_word_then_pdf_from_the_same_questions_without_closing(dialog):
    dialog.show()
    dialog.generate()
    assert dialog.export(PaperFormat.DOCX) and dialog.isVisible()
    assert dialog.export(PaperFormat.PDF)
    assert sorted(p.suffix for p in dialog.tmp.iterdir()) == [".docx"] * 3 + [".pdf"] * 3


def test_the_articles_used_are_named(dialog):
    assert "已勾选 1 篇" in dialog.articles_label.text() and "《甲文》" in dialog.articles_label.toolTip()


def test_fewer_questions_than_asked_are_explained(dialog):
    dialog.count.setValue(30)
    dialog.generate()
    assert "要出 30 道，这篇文章只能出 9 道合格的题" in dialog.summary.text()


def test_review_list_shows_the_options(dialog):
    dialog.generate()
    assert "A. 科技创新" in dialog.questions.item(0).text()


def test_summary_gives_the_round_total(dialog):
    dialog.generate()
    assert "满分" in dialog.summary.text() and "满分 %d 分" % build_paper(
        dialog.question_set.questions, "卷").total_points in dialog.summary.text()


def two_article_dialog(qtbot, tmp_path, chosen: int):
    lib = Library(":memory:")
    ids = lib.import_page(Page("p", [Article("甲文", sections=[Section(None, ["正文。"])]),
                                     Article("乙文", sections=[Section(None, ["正文。"])])]), "p", "h").article_ids
    used = []
    d = PaperDialog(lib, ids[:chosen], build=lambda arts, n, rng: used.append([a.title for a in arts]) or
                    mixed_questions()[:n], messages=RecordingMessages(),
                    choose_path=lambda suffix: str(tmp_path / f"试卷{suffix}"))
    qtbot.addWidget(d)
    return d, used


def test_another_article_is_ticked_in_the_dialog_itself(qtbot, tmp_path):
    """New-user walkthrough: a paper on two articles needed closing the dialog and Ctrl-clicking in 文库."""
    from PySide6.QtCore import Qt
    dialog, used = two_article_dialog(qtbot, tmp_path, chosen=1)
    dialog.articles.item(1).setCheckState(Qt.CheckState.Checked)
    assert "已勾选 2 篇" in dialog.articles_label.text()
    assert dialog.generate() and used == [["甲文", "乙文"]]


def test_nothing_ticked_is_explained_not_generated(qtbot, tmp_path):
    dialog, used = two_article_dialog(qtbot, tmp_path, chosen=0)
    assert "还没有勾选文章" in dialog.articles_label.text()
    assert not dialog.generate() and used == [] and dialog.messages.shown[-1][0] == "warn"

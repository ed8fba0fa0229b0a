"""One body type size on every study screen: 错题重练, the 测验 result list, the 错题本 detail pane and the
进度 charts read at the size of 练习's options, at the default size and after A+."""
import random

import pytest
from PySide6.QtGui import QTextCharFormat, QTextFormat

from gui.exam_page import ExamPage
from gui.practice_page import PracticePage
from gui.progress_page import ProgressPage
from gui.wrong_book_page import WrongBookPage
from quiz.answer_log import AnswerMode, record_answer
from tests.gui.conftest import RecordingMessages
from tests.gui.study_fixtures import sample_library, study_store, wrong_given
from tests.quiz.learning_fixtures import question

SIZES = [16, 26]      # the interface size at the default type and at the largest


def polished_px(widget) -> int:
    widget.ensurePolished()
    return widget.font().pixelSize()


def document_px(browser) -> set[int]:
    """The pixel sizes the text of a QTextBrowser is drawn at (its own size unless the HTML sets one)."""
    default = polished_px(browser)
    sizes, block = set(), browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt: QTextCharFormat = it.fragment().charFormat()
            sizes.add(fmt.intProperty(QTextFormat.Property.FontPixelSize)
                      if fmt.hasProperty(QTextFormat.Property.FontPixelSize) else default)
            it += 1
        block = block.next()
    return sizes


def practice_option_px(qtbot, ui_px: int) -> int:
    lib = sample_library()
    page = PracticePage(study_store(lib), lib, rng=random.Random(1))
    qtbot.addWidget(page)
    page.set_ui_px(ui_px)
    page.show()
    page.start_questions([question(1, "single_choice")])
    return polished_px(page.form.choices[0])


def wrong_book(qtbot, ui_px: int) -> WrongBookPage:
    lib = sample_library()
    store = study_store(lib)
    q = question(1, "single_choice", article_id=3)
    record_answer(store, store.ensure_profile(), q, wrong_given(q), AnswerMode.PRACTICE)
    page = WrongBookPage(store, lib)
    qtbot.addWidget(page)
    page.set_ui_px(ui_px)
    page.show()
    return page


@pytest.mark.parametrize("ui_px", SIZES)
def test_practising_the_wrong_book_again_uses_the_practice_type_size(qtbot, ui_px):
    page = wrong_book(qtbot, ui_px)
    assert page.practise(None)
    assert polished_px(page.practice.form.choices[0]) == practice_option_px(qtbot, ui_px)


@pytest.mark.parametrize("ui_px", SIZES)
def test_the_wrong_book_detail_pane_uses_the_practice_type_size(qtbot, ui_px):
    page = wrong_book(qtbot, ui_px)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    assert document_px(page.detail) == {practice_option_px(qtbot, ui_px)}


@pytest.mark.parametrize("ui_px", SIZES)
def test_the_exam_result_list_uses_the_practice_type_size(qtbot, ui_px):
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    page.set_ui_px(ui_px)
    page.show()
    page.start_questions([question(i) for i in range(2)], [1])
    page.finish_button.click()
    assert document_px(page.review) == {practice_option_px(qtbot, ui_px)}


@pytest.mark.parametrize("ui_px", SIZES)
def test_the_progress_charts_use_the_practice_type_size(qtbot, ui_px):
    lib = sample_library()
    page = ProgressPage(study_store(lib), lib)
    qtbot.addWidget(page)
    page.set_ui_px(ui_px)
    body = practice_option_px(qtbot, ui_px)
    for chart in (page.accuracy, page.calendar, page.forecast, page.mastery):
        assert chart.text_font().pixelSize() == body
        assert chart.title_font().pixelSize() >= body


def test_the_progress_charts_do_not_overlap_after_the_type_grows(qtbot):
    lib = sample_library()
    page = ProgressPage(study_store(lib), lib)
    qtbot.addWidget(page)
    page.set_ui_px(26)                   # as the main window does, before the page is first shown
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(10)
    assert page.accuracy.geometry().top() >= page.calendar.geometry().bottom()
    assert page.calendar.height() >= page.calendar.minimumHeight()

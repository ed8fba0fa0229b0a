"""Fill-in questions with several blanks: Enter moves on to the next blank, the last one submits, and
a 测验 question handed in with blanks left empty is asked about once."""
import random

from PySide6.QtCore import Qt

from gui.exam_page import ExamPage
from gui.practice_page import PracticePage
from gui.wrong_book_page import WrongBookPage
from quiz.answer_log import AnswerMode, record_answer
from tests.gui.conftest import RecordingMessages
from tests.gui.study_fixtures import sample_library, study_store, wrong_given
from tests.quiz.learning_fixtures import question


def three_blanks(i: int) -> dict:
    q = question(i, "fill_blank")
    q["answer"] = ["呼和浩特", "满洲里", "二连浩特"]
    return q


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def exam_with_blanks(qtbot, answer=True):
    lib = sample_library()
    page = shown(qtbot, ExamPage(study_store(lib), lib, messages=RecordingMessages(answer)))
    page.start_questions([three_blanks(0), three_blanks(1)], [1])
    return page


def test_enter_in_an_exam_blank_that_is_not_the_last_moves_to_the_next_blank(qtbot):
    page = exam_with_blanks(qtbot)
    page.form.blanks[0].setFocus()
    page.form.blanks[0].setText("呼和浩特")
    qtbot.keyClick(page.form.blanks[0], Qt.Key.Key_Return)
    assert page.exam.position == 0 and page.focusWidget() is page.form.blanks[1]
    assert page.messages.shown == []


def test_enter_in_the_last_exam_blank_submits_the_question(qtbot):
    page = exam_with_blanks(qtbot)
    page.form.set_given(["呼和浩特", "满洲里", "二连浩特"])
    qtbot.keyClick(page.form.blanks[2], Qt.Key.Key_Return)
    assert page.exam.position == 1 and page.messages.shown == []


def test_exam_submit_with_empty_blanks_asks_how_many_are_left(qtbot):
    page = exam_with_blanks(qtbot, answer=False)
    page.form.blanks[0].setText("呼和浩特")
    page.submit_button.click()
    assert page.messages.shown == [("confirm", "还有空没填", "还有 2 个空没填，确定提交吗？")]
    assert page.exam.position == 0 and page.focusWidget() is page.form.blanks[1]


def test_exam_submit_with_empty_blanks_goes_on_when_confirmed(qtbot):
    page = exam_with_blanks(qtbot, answer=True)
    page.form.blanks[0].setText("呼和浩特")
    page.submit_button.click()
    assert page.exam.position == 1 and len(page.messages.shown) == 1


def test_enter_in_a_practice_blank_that_is_not_the_last_moves_to_the_next_blank(qtbot):
    lib = sample_library()
    page = shown(qtbot, PracticePage(study_store(lib), lib, rng=random.Random(1)))
    page.start_questions([three_blanks(0)])
    page.form.blanks[1].setFocus()
    page.form.blanks[1].setText("满洲里")
    qtbot.keyClick(page.form.blanks[1], Qt.Key.Key_Return)
    assert not page.session.is_answered() and page.focusWidget() is page.form.blanks[2]


def test_enter_in_the_last_practice_blank_submits(qtbot):
    lib = sample_library()
    page = shown(qtbot, PracticePage(study_store(lib), lib, rng=random.Random(1)))
    page.start_questions([three_blanks(0)])
    page.form.set_given(["呼和浩特", "满洲里", "二连浩特"])
    qtbot.keyClick(page.form.blanks[2], Qt.Key.Key_Return)
    assert page.session.is_answered() and "回答正确" in page.feedback.text()


def test_enter_in_a_blank_when_practising_the_wrong_book_moves_to_the_next_blank(qtbot):
    lib = sample_library()
    store = study_store(lib)
    q = three_blanks(0)
    record_answer(store, store.ensure_profile(), q, wrong_given(q), AnswerMode.PRACTICE)
    page = shown(qtbot, WrongBookPage(store, lib))
    assert page.practise(None)
    form = page.practice.form
    form.blanks[0].setFocus()
    form.blanks[0].setText("呼和浩特")
    qtbot.keyClick(form.blanks[0], Qt.Key.Key_Return)
    assert not page.practice.session.is_answered() and page.focusWidget() is form.blanks[1]


def test_a_score_with_part_credit_says_why_it_differs_from_the_count_right(qtbot):
    page = exam_with_blanks(qtbot, answer=True)
    for _ in range(2):
        page.form.set_given(["呼和浩特", "错的", "错的"])
        page.submit_button.click()
    assert page.stack.currentIndex() == 2 and page.result.correct == 0 and page.result.score > 0
    assert page.partial_note.isVisible()


def test_a_score_without_part_credit_has_no_note(qtbot):
    page = exam_with_blanks(qtbot, answer=True)
    for _ in range(2):
        page.form.set_given(["呼和浩特", "满洲里", "二连浩特"])
        page.submit_button.click()
    assert page.result.score == 100 and not page.partial_note.isVisible()


def test_exam_submit_with_unpaired_rows_asks_about_rows_not_blanks(qtbot):
    lib = sample_library()
    page = shown(qtbot, ExamPage(study_store(lib), lib, messages=RecordingMessages(False)))
    page.start_questions([question(0, "matching"), question(1, "fill_blank")], [1])
    page.form.pairs[0][1].setCurrentIndex(1)  # one row of two paired
    page.submit_button.click()
    assert page.messages.shown == [("confirm", "还有没配对的行", "还有 1 行没有配对，确定提交吗？")]
    assert page.exam.position == 0

"""配对题: after checking, each of the learner's rows is marked right or wrong; a choice picked for two rows
brings a gentle note before submitting. And the 练习 end screen asks only for its own room."""
import random

from gui.practice_page import PracticePage
from gui.study_widgets import AnswerForm
from tests.gui.study_fixtures import sample_library, study_store
from tests.quiz.learning_fixtures import question

MATCHING = {"type": "matching", "options": ["算力", "电力", "水利"],
            "answer": [["算力网", "算力"], ["电力网", "电力"], ["水利网", "水利"]]}


def matching_form(qtbot) -> AnswerForm:
    form = AnswerForm(MATCHING)
    qtbot.addWidget(form)
    form.show()
    return form


def choose(form: AnswerForm, row: int, option: str) -> None:
    combo = form.pairs[row][1]
    combo.setCurrentIndex(combo.findData(option))


def test_checked_matching_marks_each_row_right_or_wrong(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 1, "水利")
    choose(form, 2, "电力")
    form.lock(MATCHING["answer"])
    marks = [(mark.text(), partner.text() if partner.isVisible() else "") for mark, partner in form.pair_marks]
    assert marks == [("✓", ""), ("✗", "应为：电力"), ("✗", "应为：水利")]
    assert all(mark.isVisible() for mark, _ in form.pair_marks)


def test_row_marks_are_hidden_before_checking(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    assert not any(mark.isVisible() or partner.isVisible() for mark, partner in form.pair_marks)


def test_the_same_choice_for_two_rows_shows_a_gentle_note(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 2, "算力")
    assert form.repeat_warning.isVisible() and "选了同一项（算力）" in form.repeat_warning.text()


def test_the_note_goes_when_the_repeat_is_undone(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 2, "算力")
    choose(form, 2, "水利")
    assert not form.repeat_warning.isVisible()


def test_practice_end_screen_does_not_keep_the_last_questions_height(qtbot):
    lib = sample_library()
    page = PracticePage(study_store(lib), lib, rng=random.Random(1))
    qtbot.addWidget(page)
    page.show()
    tall = question(1, "ordering")
    tall["options"] = tall["answer"] = [f"第{n}项，较长的一段小标题文字" for n in range(8)]
    page.start_questions([tall])
    page.submit_button.click()
    page.show_hint()
    question_height = page.minimumSizeHint().height()
    page.next_question()
    assert page.stack.currentIndex() == 2
    done = page.stack.currentWidget().minimumSizeHint().height()
    assert page.minimumSizeHint().height() <= done + 40 < question_height


def finished_practice_with_a_mistake(qtbot, listen: bool):
    from tests.gui.study_fixtures import wrong_given
    lib = sample_library()
    page = PracticePage(study_store(lib), lib, rng=random.Random(1))
    qtbot.addWidget(page)
    asked = []
    if listen:
        page.page_requested.connect(asked.append)
    page.show()
    q = question(1, "single_choice")
    page.start_questions([q])
    page.form.set_given(wrong_given(q))
    page.submit_button.click()
    page.next_question()
    return page, asked


def test_practice_end_screen_offers_the_wrong_book_after_a_mistake(qtbot):
    page, asked = finished_practice_with_a_mistake(qtbot, listen=True)
    assert page.wrong_book_button.isVisible()
    page.wrong_book_button.click()
    assert asked == ["wrong_book"]


def test_practice_end_screen_hides_the_wrong_book_button_when_nothing_listens(qtbot):
    page, _ = finished_practice_with_a_mistake(qtbot, listen=False)
    assert page.stack.currentIndex() == 2 and not page.wrong_book_button.isVisible()

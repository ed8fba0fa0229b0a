"""配对题: after checking, each of the learner's rows is marked right or wrong; a choice lives in one row
(taken for another, it leaves the first with a note), and rows left empty are asked about before checking. And the 练习 end screen asks only for its own room."""
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


def test_a_choice_taken_for_a_second_row_leaves_the_first(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 2, "算力")
    assert [combo.currentData() for _, combo in form.pairs] == [None, None, "算力"]


def test_the_row_left_empty_is_named_in_a_note(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 2, "算力")
    assert form.repeat_warning.isVisible() and "①空出来了：它原来选的那一项已改配给③" in form.repeat_warning.text()


def test_the_note_stays_while_a_row_is_empty_and_goes_when_every_row_is_matched(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    choose(form, 2, "算力")
    choose(form, 0, "水利")
    shown = [form.repeat_warning.isVisible()]
    choose(form, 1, "电力")
    assert shown + [form.repeat_warning.isVisible()] == [True, False]


def test_each_list_says_which_choices_another_row_has(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    combo = form.pairs[1][1]
    assert combo.itemText(combo.findData("算力")) == "算力（已配给①）"
    own = form.pairs[0][1]
    assert own.itemText(own.findData("算力")) == "算力"


def test_an_option_that_is_the_partner_of_two_rows_may_be_chosen_twice(qtbot):
    form = AnswerForm({"type": "matching", "options": ["甲", "乙"], "answer": [["一", "甲"], ["二", "甲"], ["三", "乙"]]})
    qtbot.addWidget(form)
    form.show()
    choose(form, 0, "甲")
    choose(form, 1, "甲")
    assert [combo.currentData() for _, combo in form.pairs] == ["甲", "甲", None]
    assert not form.repeat_warning.isVisible()


def test_empty_rows_are_counted_as_empty_blanks_for_the_check_before_hand_in(qtbot):
    form = matching_form(qtbot)
    choose(form, 0, "算力")
    assert form.empty_blanks() == 2


def matching_practice(qtbot, answer: bool):
    from tests.gui.conftest import RecordingMessages
    lib = sample_library()
    store = study_store(lib)
    page = PracticePage(store, lib, rng=random.Random(1))
    page.messages = RecordingMessages(answer)
    qtbot.addWidget(page)
    page.show()
    page.start_questions([dict(MATCHING, id="m1", stem="配对：①算力网 ②电力网 ③水利网", explanation="", source={})])
    choose(page.form, 0, "算力")
    page.submit_button.click()
    return page, store


def test_practice_asks_before_checking_a_matching_with_rows_left_empty(qtbot):
    page, store = matching_practice(qtbot, answer=False)
    assert page.messages.shown and "还有 2 行没有配对" in page.messages.shown[0][2]
    assert store.db["answers"].count == 0


def test_practice_checks_a_matching_with_rows_left_empty_once_confirmed(qtbot):
    page, store = matching_practice(qtbot, answer=True)
    assert page.messages.shown and store.db["answers"].count == 1


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


def test_the_exam_asks_before_taking_a_matching_with_rows_left_empty(qtbot):
    from gui.exam_page import ExamPage
    from tests.gui.conftest import RecordingMessages
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages(False))
    qtbot.addWidget(page)
    page.show()
    page.start_questions([dict(MATCHING, id="m1", stem="配对：①算力网 ②电力网 ③水利网", explanation="", source={})], [1])
    choose(page.form, 0, "算力")
    page.submit()
    assert page.messages.shown and page.exam.position == 0


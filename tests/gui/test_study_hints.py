"""查看提示 in 练习 and 错题重练: a masked hint first, 看答案 second, and an answer after seeing it is not known."""
import random
import re

from gui.wrong_book_page import WrongBookPage
from quiz.answer_log import AnswerMode, record_answer
from quiz.wrong_book import WrongBook
from tests.gui.study_fixtures import practice_page, sample_library, study_store
from tests.quiz.learning_fixtures import question, right_answer, wrong_answer


def one_blank():
    q = question(1, "fill_blank")
    q["answer"] = ["算力网"]
    return q


def test_the_first_hint_masks_the_answer_to_its_first_character_and_length(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    text = re.sub("<[^>]+>", "", page.hint.text())
    assert page.hint.isVisible() and "算□□（3 个字）" in text and "算力网" not in text


def test_after_the_first_hint_the_button_offers_the_answer(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    assert page.hint_button.text() == "看答案" and page.hint_button.isEnabled()


def test_the_second_press_shows_the_answer_and_says_what_it_costs(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    page.hint_button.click()
    assert "算力网" in page.hint.text() and "还没掌握" in page.hint.text() and not page.hint_button.isEnabled()


def test_the_hint_clears_a_stale_please_answer_warning(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.submit_button.click()
    page.hint_button.click()
    assert "请先作答" not in page.feedback.text()


def test_an_answer_after_seeing_the_answer_is_stored_wrong_and_said_so(qtbot):
    page, store = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    page.hint_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    row = next(store.db["answers"].rows)
    assert (row["correct"], row["hint"]) == (0, 2) and "还没掌握" in page.feedback.text()
    assert "回答正确" not in page.feedback.text()


def test_an_answer_after_the_masked_hint_is_right_with_a_note(qtbot):
    page, store = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    row = next(store.db["answers"].rows)
    assert (row["correct"], row["hint"]) == (1, 1) and "看了提示" in page.feedback.text()


def test_the_next_question_starts_without_help(qtbot):
    page, store = practice_page(qtbot, [one_blank(), question(2, "single_choice")])
    page.hint_button.click()
    page.hint_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    page.next_question()
    assert page.hint_button.text() == "查看提示" and page.hint_button.isEnabled() and not page.hint.isVisible()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    assert [r["hint"] for r in store.db["answers"].rows] == [2, 0]


def test_opening_the_source_before_answering_counts_as_seeing_the_answer(qtbot):
    page, store = practice_page(qtbot, [one_blank()])
    page.source_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    assert next(store.db["answers"].rows)["correct"] == 0


def test_the_end_screen_counts_answers_after_seeing_the_answer_apart(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    page.hint_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    page.next_question()
    assert "答对 0 题" in page.summary.text() and "1 题是看过答案后答的" in page.summary.text()


def test_three_peeked_answers_in_the_wrong_book_do_not_clear_a_question(qtbot):
    lib = sample_library()
    store = study_store(lib)
    pid = store.ensure_profile()
    q = one_blank()
    record_answer(store, pid, q, wrong_answer(q), AnswerMode.PRACTICE)
    page = WrongBookPage(store, lib, rng=random.Random(1))
    qtbot.addWidget(page)
    page.show()
    for _ in range(3):
        page.practise(None)
        page.practice.hint_button.click()
        page.practice.hint_button.click()
        page.practice.form.set_given(right_answer(q))
        page.practice.submit_button.click()
        page.practice.next_question()
        page.practice.again_button.click()
    assert WrongBook(store, pid).count() == 1 and "看过答案后作答" in page.detail.toPlainText()


def test_without_a_masked_hint_the_first_press_only_offers_the_answer(qtbot):
    q = question(1, "true_false")
    q["explanation"] = "【第1句：加快建设算力网和电力网。】"
    page, store = practice_page(qtbot, [q])
    page.hint_button.click()
    assert page.hint_button.text() == "看答案" and "算力网" not in page.hint.text()
    assert page.session.hint_level == 0


def test_the_end_screen_says_how_many_right_answers_needed_the_hint(qtbot):
    page, _ = practice_page(qtbot, [one_blank()])
    page.hint_button.click()
    page.form.set_given(["算力网"])
    page.submit_button.click()
    page.next_question()
    assert "答对 1 题（其中 1 题看了提示）。" in page.summary.text()

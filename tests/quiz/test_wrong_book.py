import openpyxl
import pytest

from content.model import BadInput

from quiz.answer_log import AnswerMode, record_answer
from quiz.profiles import Profiles
from quiz.wrong_book import WrongBook
from tests.quiz.learning_fixtures import make_store, question, right_answer, wrong_answer


def book_with(*questions):
    store = make_store()
    pid = store.ensure_profile()
    for q in questions:
        record_answer(store, pid, q, wrong_answer(q), AnswerMode.EXAM)
    return store, pid, WrongBook(store, pid)


def test_items_are_grouped_by_article():
    _, _, book = book_with(question(1, article_id=1), question(2, article_id=2), question(3, article_id=2))
    assert [(aid, len(items)) for aid, items in book.grouped()] == [(2, 2), (1, 1)]


def test_item_leaves_after_three_correct_in_a_row():
    store, pid, book = book_with(question(1))
    for _ in range(3):
        assert book.count() == 1
        record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK)
    assert book.count() == 0


def test_a_wrong_answer_resets_the_streak():
    store, pid, book = book_with(question(1))
    q = question(1)
    for given in (right_answer(q), right_answer(q), wrong_answer(q), right_answer(q), right_answer(q)):
        record_answer(store, pid, q, given, AnswerMode.WRONG_BOOK)
    assert book.items()[0].streak == 2 and book.items()[0].wrong_count == 2


def test_exit_streak_is_adjustable():
    store, pid, book = book_with(question(1))
    Profiles(store).update(pid, wrong_exit_streak=1)
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE)
    assert book.count() == 0


def test_correct_answer_to_a_question_never_missed_adds_nothing():
    store, pid, book = book_with()
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE)
    assert book.count() == 0


def test_questions_to_practise_again_are_the_stored_questions():
    _, _, book = book_with(question(4, "fill_blank"))
    assert book.questions()[0]["answer"] == ["算力网", "电力网"]


def test_export_to_excel(tmp_path):
    _, _, book = book_with(question(1, "multiple_choice", article_id=9))
    path = book.export_xlsx(tmp_path / "错题本.xlsx", titles={9: "织密六张网"})
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1][0] == "织密六张网" and rows[1][1] == "多选题"
    assert rows[1][3] == "算力网；电力网" and rows[1][4] == "算力网；水利网"


def test_export_to_an_unwritable_place_is_bad_input(tmp_path):
    _, _, book = book_with(question(1))
    (tmp_path / "a_file").write_text("")
    with pytest.raises(BadInput, match="无法写入"):
        book.export_xlsx(tmp_path / "a_file" / "错题本.xlsx")


def test_removed_item_leaves_the_book():
    _, _, book = book_with(question(1))
    book.remove(book.items()[0].id)
    assert book.count() == 0


def test_a_right_answer_after_seeing_the_answer_does_not_count_toward_leaving():
    from quiz.hints import HintLevel
    store, pid, book = book_with(question(1))
    for _ in range(3):
        record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK,
                      hint=HintLevel.ANSWER)
    assert book.count() == 1 and book.items()[0].streak == 0


def test_seeing_the_answer_resets_the_run_of_right_answers():
    from quiz.hints import HintLevel
    store, pid, book = book_with(question(1))
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK)
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK,
                  hint=HintLevel.ANSWER)
    assert book.items()[0].streak == 0 and book.items()[0].wrong_count == 2


def test_a_right_answer_after_the_masked_hint_keeps_the_run_as_it_is():
    from quiz.hints import HintLevel
    store, pid, book = book_with(question(1))
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK)
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK,
                  hint=HintLevel.MASKED)
    assert book.items()[0].streak == 1


def test_the_book_says_when_the_latest_answer_came_after_seeing_the_answer():
    from quiz.hints import HintLevel
    from quiz.wrong_book import given_text
    store, pid, book = book_with(question(1))
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.WRONG_BOOK,
                  hint=HintLevel.ANSWER)
    assert given_text(book.items()[0]) == "算力网（看过答案后作答，算没掌握）"


def test_an_answer_seen_question_is_due_for_review_as_a_card():
    from quiz.hints import HintLevel
    store = make_store()
    pid = store.ensure_profile()
    record_answer(store, pid, question(1), right_answer(question(1)), AnswerMode.PRACTICE, hint=HintLevel.ANSWER)
    assert [c.kind for c in store.cards(pid)] == ["wrong_answer"]

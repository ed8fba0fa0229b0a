"""测验 asked for more questions than the ticked articles give: she is told so, as 出试卷 tells it,
and may take the fewer questions or go back and tick more articles."""
import random

from gui.exam_page import RUNNING, SETUP, ExamPage
from tests.gui.conftest import RecordingMessages
from tests.gui.study_fixtures import sample_library, study_store
from tests.quiz.learning_fixtures import question

TOO_MANY = 200


def exam_page(qtbot, answer: bool) -> ExamPage:
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, rng=random.Random(3), messages=RecordingMessages(answer))
    qtbot.addWidget(page)
    return page


def test_a_shortfall_is_explained_before_the_exam_starts(qtbot):
    page = exam_page(qtbot, answer=True)
    page.start_articles([1], TOO_MANY, None)
    kind, _, text = page.messages.shown[0]
    assert kind == "confirm" and f"要出 {TOO_MANY} 道，这篇文章只能出 {page.exam.total} 道合格的题" in text


def test_she_may_take_the_fewer_questions(qtbot):
    page = exam_page(qtbot, answer=True)
    assert page.start_articles([1], TOO_MANY, None)
    assert page.stack.currentIndex() == RUNNING and 0 < page.exam.total < TOO_MANY


def test_going_back_keeps_the_setup_with_the_reason_shown(qtbot):
    page = exam_page(qtbot, answer=False)
    assert not page.start_articles([1], TOO_MANY, None)
    assert page.stack.currentIndex() == SETUP and page.exam is None
    assert "多勾选几篇文章" in page.setup_message.text()


def test_enough_questions_start_without_a_question(qtbot):
    page = exam_page(qtbot, answer=False)
    assert page.start_articles([1, 2, 3], 3, None)
    assert page.messages.shown == [] and page.exam.total == 3


def test_a_short_draw_is_tried_again_and_the_largest_kept(qtbot, monkeypatch):
    sizes = iter([6, 9, 5, 7])
    made = []

    def picked(_library, _ids, _count, _rng, _seen):
        made.append(next(sizes))
        return [dict(question(i), id=f"d{len(made)}-{i}") for i in range(made[-1])], ""
    monkeypatch.setattr("gui.exam_page.picked_questions", picked)
    page = exam_page(qtbot, answer=True)
    assert page.start_articles([1], 10, None)
    assert page.exam.total == 9 and len(made) == 4

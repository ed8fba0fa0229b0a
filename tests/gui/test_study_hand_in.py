"""测验 交卷 with questions left: they count wrong and go into the 错题本, as a skipped one does."""
from tests.gui.study_fixtures import sample_library, study_store
from tests.quiz.learning_fixtures import question


def test_the_exam_hand_in_puts_unanswered_questions_into_the_wrong_book(qtbot):
    from gui.exam_page import ExamPage
    from quiz.wrong_book import WrongBook
    from tests.gui.conftest import RecordingMessages
    lib = sample_library()
    store = study_store(lib)
    page = ExamPage(store, lib, messages=RecordingMessages(True))
    qtbot.addWidget(page)
    page.show()
    page.start_questions([question(i) for i in range(2)], [1])
    page.hand_in()
    assert WrongBook(store, store.ensure_profile()).count() == 2

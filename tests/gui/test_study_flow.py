"""The self-study flow with the real pages and the keyboard: review 5 cards, practise 5 questions,
finish a short exam, and find the mistakes in 错题本."""
import random

from PySide6.QtCore import Qt

from gui.exam_page import ExamPage
from tests.gui.conftest import RecordingMessages
from gui.practice_page import PracticePage
from gui.review_page import ReviewPage
from gui.wrong_book_page import WrongBookPage
from tests.gui.study_fixtures import sample_library, study_store, wrong_given


def tree_stems(page: WrongBookPage) -> set[str]:
    stems = set()
    for i in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(i)
        stems |= {group.child(j).text(0) for j in range(group.childCount())}
    return stems


def review_five_cards(qtbot, store, lib):
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    page.show()
    page.article_choice.setCurrentIndex(page.article_choice.findData(3))
    assert page.add_selected_article() >= 5
    for _ in range(5):
        qtbot.keyClick(page, Qt.Key.Key_Space)
        assert page.back.isVisible() and page.rate_buttons[next(iter(page.rate_buttons))].isVisible()
        qtbot.keyClick(page, Qt.Key.Key_4)
    assert store.db["reviews"].count == 5


def practise_five(qtbot, store, lib):
    page = PracticePage(store, lib, rng=random.Random(7))
    qtbot.addWidget(page)
    page.show()
    assert page.start_articles([1, 2, 3], 5)
    missed = page.session.current
    for i in range(page.session.total):
        q = page.session.current
        page.form.set_given(wrong_given(q) if i == 0 else q["answer"])
        qtbot.keyClick(page, Qt.Key.Key_Return)   # submit
        assert page.next_button.isVisible()
        qtbot.keyClick(page, Qt.Key.Key_Return)   # next
    assert page.stack.currentIndex() == 2 and "答对 4 题" in page.summary.text()
    return missed


def short_exam(qtbot, store, lib):
    page = ExamPage(store, lib, rng=random.Random(11), messages=RecordingMessages())
    qtbot.addWidget(page)
    page.show()
    assert page.start_articles([3], 3, time_limit_s=300)
    missed = page.exam.current
    for i in range(page.exam.total):
        q = page.exam.current
        page.form.set_given(wrong_given(q) if i == 0 else q["answer"])
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 2
    assert page.result.correct == page.result.total - 1
    return missed


def test_review_practise_exam_then_find_the_mistakes(qtbot):
    lib = sample_library()
    store = study_store(lib)
    review_five_cards(qtbot, store, lib)
    missed_in_practice = practise_five(qtbot, store, lib)
    missed_in_exam = short_exam(qtbot, store, lib)
    book = WrongBookPage(store, lib)
    qtbot.addWidget(book)
    assert {missed_in_practice["stem"], missed_in_exam["stem"]} <= tree_stems(book)


def test_adding_more_cards_than_a_day_takes_says_the_rest_come_later(qtbot):
    from quiz.profiles import Profiles
    lib = sample_library()
    store = study_store(lib)
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    Profiles(store).update(page.profile_id, new_per_day=3)
    page.article_choice.setCurrentIndex(page.article_choice.findData(3))
    added = page.add_selected_article()
    assert added > 3 and f"新加入 {added} 张卡片" in page.notice.text() and "每天最多学 3 张新卡" in page.notice.text()


def test_the_next_practice_brings_fresh_questions_before_repeating_the_last(qtbot):
    """ux report 5 #5: the same 六张网 多选 opened 练习, 测验, 竞赛 and the next 测验."""
    from tests.quiz.learning_fixtures import StepClock
    lib = sample_library()
    clock = StepClock()
    store = study_store(lib, clock)

    def practise(seed):
        page = PracticePage(store, lib, rng=random.Random(seed))
        qtbot.addWidget(page)
        assert page.start_articles([1, 2, 3], 5)
        ids = []
        while page.session.current is not None:
            ids.append(page.session.current["id"])
            page.session.answer(page.session.current["answer"])
            page.session.next()
        return set(ids)

    first = practise(7)
    clock.advance(days=1)
    assert not practise(7) & first            # the same draw, but the learner met those yesterday

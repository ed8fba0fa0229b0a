"""Each study page on its own: keys, signals, countdown, resuming, profiles."""

from PySide6.QtCore import Qt

from gui.exam_page import ExamPage
from gui.profile_switcher import ProfileSwitcher
from gui.progress_page import ProgressPage
from gui.review_page import ReviewPage
from gui.study_widgets import AnswerForm, marked_html
from gui.wrong_book_page import WrongBookPage
from quiz.answer_log import AnswerMode, record_answer
from quiz.profiles import Profiles
from quiz.learning_store import from_iso
from quiz.scheduling import LEECH_LAPSES, Rating
from tests.gui.conftest import RecordingMessages
from tests.gui.study_fixtures import practice_page, sample_library, study_store, wrong_given
from tests.quiz.learning_fixtures import StepClock, question


def review_page(qtbot, cards=3):
    lib = sample_library()
    store = study_store(lib)
    pid = store.ensure_profile()
    for i in range(cards):
        store.add_card(pid, 3, "term", f"术语{i}", f"【术语{i}】的释义", {"section": 1, "paragraph": 2, "start": 5,
                                                                     "sentence": f"含有术语{i}的句子。"})
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    page.show()
    return page, store


def test_rating_keys_do_nothing_before_the_answer_is_shown(qtbot):
    page, store = review_page(qtbot)
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert store.db["reviews"].count == 0 and not page.back.isVisible()


def test_rating_buttons_show_the_intervals(qtbot):
    page, _ = review_page(qtbot)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert "分钟" in page.rate_buttons[Rating.Again].text()
    assert page.rate_buttons[Rating.Easy].text().endswith("天")


def test_card_source_opens_the_reader(qtbot):
    page, _ = review_page(qtbot)
    with qtbot.waitSignal(page.source_requested) as signal:
        page.open_button.click()
    assert signal.args == [3, 1, 2, 5]


def test_review_ends_with_a_done_message(qtbot):
    page, _ = review_page(qtbot, cards=1)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    assert "完成" in page.front.text()


def test_review_without_cards_says_how_to_make_them(qtbot):
    page, _ = review_page(qtbot, cards=0)
    assert page.front.text() == "还没有卡片。" and "把这篇文章做成卡片" in page.back.text()


def test_a_card_rated_good_waits_and_the_next_new_card_shows(qtbot):
    page, _ = review_page(qtbot, cards=2)
    first = page.card.id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)
    assert page.card.id != first and "新卡片" in page.kind.text()


def test_learning_cards_due_later_are_announced_and_can_be_reviewed_early(qtbot):
    from datetime import timedelta
    from quiz.learning_store import to_iso
    page, store = review_page(qtbot, cards=1)
    card = page.card.id
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_3)
    store.db["cards"].update(card, {"due": to_iso(store.clock() + timedelta(minutes=45))})
    page.refresh()
    assert "还有 1 张学习中的卡片，45 分钟后到期" in page.back.text() and page.ahead_button.isVisible()
    page.ahead_button.click()
    assert page.card.id == card and "提前复习" in page.notice.text()


def test_review_offers_the_article_being_read_for_new_cards(qtbot):
    page, _ = review_page(qtbot, cards=0)
    last = page.article_choice.itemData(page.article_choice.count() - 1)
    page.set_reading_article(last)
    page.refresh()
    assert page.article_choice.currentData() == last


def test_practice_view_source_signals_the_sentence(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank", article_id=2)])
    with qtbot.waitSignal(page.source_requested) as signal:
        page.source_button.click()
    assert signal.args == [2, 1, 0, 0]


def test_hint_pressed_twice_shows_the_answer_in_red(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank")])
    page.hint_button.click()
    page.hint_button.click()
    assert page.hint.isVisible() and 'color:#c0392b' in page.hint.text() and "算力网" in page.hint.text()


def test_empty_answer_is_not_recorded(qtbot):
    page, store = practice_page(qtbot, [question(1, "fill_blank")])
    page.submit_button.click()
    assert store.db["answers"].count == 0 and "请先作答" in page.feedback.text()


def test_enter_in_a_practice_blank_shows_the_feedback_and_stays(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank"), question(2, "fill_blank")])
    page.form.set_given(["算力网", "电力网"])
    qtbot.keyClick(page.form.blanks[-1], Qt.Key.Key_Return)
    assert page.session.index == 0 and page.session.is_answered() and page.feedback.text()


def test_number_keys_choose_options(qtbot):
    page, _ = practice_page(qtbot, [question(1, "single_choice")])
    qtbot.keyClick(page, Qt.Key.Key_2)
    assert page.form.given() == ["电力网"]


def test_wrong_answer_shows_the_right_one(qtbot):
    q = question(1, "single_choice")
    page, _ = practice_page(qtbot, [q])
    page.form.set_given(wrong_given(q))
    page.submit_button.click()
    assert "回答错误" in page.feedback.text() and "算力网" in page.feedback.text()


def exam_page(qtbot, clock, n=3, limit=120, answer=True):
    lib = sample_library()
    store = study_store(lib, clock)
    page = ExamPage(store, lib, messages=RecordingMessages(answer))
    qtbot.addWidget(page)
    page.show()
    page.start_questions([question(i) for i in range(n)], [1], time_limit_s=limit)
    return page, store, lib


def test_countdown_shows_the_time_left(qtbot):
    clock = StepClock()
    page, _, _ = exam_page(qtbot, clock)
    clock.advance(seconds=45)
    page.tick()
    assert page.countdown.text() == "剩余 01:15"


def test_exam_is_handed_in_when_time_is_up(qtbot):
    clock = StepClock()
    page, _, _ = exam_page(qtbot, clock)
    page.form.set_given(["算力网"])
    page.submit_button.click()
    clock.advance(seconds=121)
    page.tick()
    assert page.stack.currentIndex() == 2 and page.result.correct == 1


def test_unfinished_exam_is_offered_and_resumed(qtbot):
    clock = StepClock()
    page, store, lib = exam_page(qtbot, clock)
    page.form.set_given(["算力网"])
    page.submit_button.click()
    again = ExamPage(store, lib)           # the app restarted
    qtbot.addWidget(again)
    assert again.resume_box.isVisibleTo(again) and "已做 1 / 3" in again.resume_text.text()
    again.resume_button.click()
    assert again.exam.position == 1 and "第 2 / 3 题" in again.header.text()


def test_exam_review_lists_every_question(qtbot):
    page, _, _ = exam_page(qtbot, StepClock(), n=2)
    page.finish_button.click()
    assert page.review.toPlainText().count("正确答案") == 2


def test_wrong_book_page_removes_an_item(qtbot):
    lib = sample_library()
    store = study_store(lib)
    pid = store.ensure_profile()
    q = question(1, article_id=3)
    record_answer(store, pid, q, wrong_given(q), AnswerMode.PRACTICE)
    page = WrongBookPage(store, lib)
    qtbot.addWidget(page)
    assert page.tree.topLevelItem(0).text(0) == "织密“六张网” 打造智能经济新形态"
    page.remove_button.click()
    assert page.tree.topLevelItemCount() == 0


def test_wrong_book_practice_again_and_export(qtbot, tmp_path):
    lib = sample_library()
    store = study_store(lib)
    pid = store.ensure_profile()
    q = question(1, article_id=3)
    record_answer(store, pid, q, wrong_given(q), AnswerMode.PRACTICE)
    page = WrongBookPage(store, lib)
    qtbot.addWidget(page)
    assert page.export(str(tmp_path / "错题本")).endswith(".xlsx") and (tmp_path / "错题本.xlsx").exists()
    assert page.practise(None) and page.practice.session.mode == AnswerMode.WRONG_BOOK


class RecordedMessages:
    def __init__(self):
        self.warnings = []

    def warn(self, title, text):
        self.warnings.append(text)


def test_wrong_book_export_to_an_unwritable_place_warns(qtbot, tmp_path):
    lib = sample_library()
    store = study_store(lib)
    q = question(1, article_id=3)
    record_answer(store, store.ensure_profile(), q, wrong_given(q), AnswerMode.PRACTICE)
    messages = RecordedMessages()
    page = WrongBookPage(store, lib, messages=messages)
    qtbot.addWidget(page)
    (tmp_path / "a_file").write_text("")
    assert page.export(str(tmp_path / "a_file" / "错题本.xlsx")) is None
    assert "无法写入" in messages.warnings[0]


def test_profile_switch_shows_the_other_learners_cards(qtbot):
    page, store = review_page(qtbot, cards=2)
    switcher = ProfileSwitcher(store)
    qtbot.addWidget(switcher)
    switcher.profile_changed.connect(page.set_profile)
    other = Profiles(store).create("李明", "第二党支部")
    with qtbot.waitSignal(switcher.profile_changed):
        switcher.switch_to(other.id)
    assert page.card is None and switcher.combo.currentText() == "李明（第二党支部）"


def test_progress_page_draws_mastery_for_studied_articles(qtbot):
    lib = sample_library()
    store = study_store(lib)
    q = question(1, article_id=2)
    record_answer(store, store.ensure_profile(), q, q["answer"], AnswerMode.PRACTICE)
    page = ProgressPage(store, lib)
    qtbot.addWidget(page)
    page.show()
    assert page.mastery.rows == [("以正确政绩观筑牢生态安全屏障", 1.0)]
    assert not page.grab().isNull()


def test_ordering_form_moves_items(qtbot):
    form = AnswerForm({"type": "ordering", "options": ["乙", "甲", "丙"], "answer": ["甲", "乙", "丙"]})
    qtbot.addWidget(form)
    form.order.setCurrentRow(1)
    form.move_item(-1)
    assert form.given() == ["甲", "乙", "丙"]


def test_matching_form_gives_pairs(qtbot):
    form = AnswerForm({"type": "matching", "options": ["二", "一"], "answer": [["甲", "一"], ["乙", "二"]]})
    qtbot.addWidget(form)
    form.pairs[0][1].setCurrentIndex(form.pairs[0][1].findData("一"))
    assert form.given() == [["甲", "一"]]


def test_marked_html_escapes_and_marks():
    assert marked_html("<b>【甲】") == '&lt;b&gt;<span style="color:#c0392b; font-weight:bold">甲</span>'


def test_past_exam_can_be_reviewed_from_the_history(qtbot):
    page, store, lib = exam_page(qtbot, StepClock(), n=2)
    page.form.set_given(["算力网"])
    page.submit_button.click()
    page.finish_button.click()
    page.back_to_setup()
    page.show_past_exam(page.history.item(0))
    assert page.stack.currentIndex() == 2 and page.result.correct == 1 and page.exam is None


def test_enter_in_a_blank_opens_the_next_question_without_the_unanswered_warning(qtbot):
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    page.show()
    page.start_questions([question(i, "fill_blank") for i in range(2)], [1])
    page.form.set_given(["算力网", "电力网"])
    qtbot.keyClick(page.form.blanks[-1], Qt.Key.Key_Return)
    assert page.exam.position == 1 and page.warning.text() == ""


def test_handing_in_with_unanswered_questions_asks_first(qtbot):
    page, _, _ = exam_page(qtbot, StepClock(), answer=False)
    page.finish_button.click()
    assert page.stack.currentIndex() == 1 and "还有 3 题没有作答" in page.messages.shown[0][2]


def test_skipping_asks_and_the_skipped_question_enters_the_wrong_book(qtbot):
    from quiz.wrong_book import WrongBook
    page, store, _ = exam_page(qtbot, StepClock(), n=2)
    skipped = page.exam.current["id"]
    page.skip_button.click()
    assert "记入错题本" in page.messages.shown[0][2]
    assert [i.question["id"] for i in WrongBook(store, page.profile_id).items()] == [skipped]


def test_skipping_declined_stays_on_the_question(qtbot):
    page, _, _ = exam_page(qtbot, StepClock(), n=2, answer=False)
    page.skip_button.click()
    assert page.exam.position == 0


def test_exam_picker_ticks_the_article_being_read_when_none_is_ticked(qtbot):
    page, _, lib = exam_page(qtbot, StepClock())
    page.back_to_setup()
    read = lib.list_articles()[-1].id
    page.set_reading_article(read)
    page.refresh()
    assert page.picker.article_ids() == [read]


def test_a_card_becoming_a_leech_is_suspended_with_a_notice_and_can_be_resumed(qtbot):
    page, store = review_page(qtbot, cards=1)
    clock, queue = store.clock, page.queue()
    card_id = queue.next_card().id
    queue.rate(card_id, Rating.Easy)
    for _ in range(LEECH_LAPSES - 1):                     # seven lapses, each relearnt
        clock.now = from_iso(store.card(card_id).due)
        queue.rate(card_id, Rating.Again)
        clock.now = from_iso(store.card(card_id).due)
        queue.rate(card_id, Rating.Good)
    clock.now = from_iso(store.card(card_id).due)
    page.refresh()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_1)                    # the eighth lapse
    assert "暂停" in page.notice.text() and "术语0" in page.notice.text()
    assert page.resume_button.isVisible() and "（1）" in page.resume_button.text()
    assert page.card is None
    page.resume_button.click()
    assert page.card is not None and page.card.id == card_id and not page.resume_button.isVisible()


def test_review_done_message_counts_tomorrows_wrong_answers(qtbot):
    page, store = review_page(qtbot, cards=1)
    q = question(1, "single_choice")
    record_answer(store, page.profile_id, q, ["电力网"], AnswerMode.EXAM)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_4)
    assert "明天有 1 张卡片到期（其中 1 道是答错的题）" in page.back.text()

"""测验: mixed questions, an optional countdown, the score and a review; a crashed exam is offered back."""
from __future__ import annotations

import html
import random

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QSpinBox, QTextBrowser,
                               QVBoxLayout, QWidget)

from gui.article_picker import ArticlePicker
from gui.pack_sets_box import PackSetsBox
from gui.paper_review_text import shortfall_text
from gui.study_page import StudyPage, picked_questions
from gui.study_widgets import (GOOD_GREEN, RIGHT_RED, AnswerForm, big_button, card_frame, label,
                               marked_html, scrolling_card, swap_form)
from quiz.answer_check import display_answer, display_given
from quiz.answer_log import recent_question_ids
from quiz.exam import ExamResult, ExamSession, ExamStatus, articles_label, exam_history
from quiz.learning_store import LearningStore
from quiz.questions import QuestionType

SETUP, RUNNING, RESULT = range(3)
SHORTFALL_DRAWS = 4        # draws of questions tried when the first gives fewer than asked


class ExamPage(StudyPage):
    """Exams of the current profile. ``ExamPage(store, library, rng=random.Random())``."""

    exam_finished = Signal(int, float)              # exam_id, score

    def __init__(self, store: LearningStore, library, rng: random.Random | None = None,
                 parent: QWidget | None = None, messages=None):
        super().__init__(store, library, rng, parent, messages)
        self.exam: ExamSession | None = None
        self.result: ExamResult | None = None
        self.form: AnswerForm | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self._stack_pages([self._build_setup(), self._build_running(), self._build_result()])
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_setup(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("测验"), "title"))
        box.addWidget(self._build_resume_box())
        columns = QHBoxLayout()
        self.picker = ArticlePicker(self.library, count=10)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 180)
        self.minutes.setValue(10)
        self.minutes.setSpecialValueText(self.tr("不限时"))
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.picker.options_row.insertWidget(2, label(self.tr("　时间："), wrap=False))
        self.picker.options_row.insertWidget(3, self.minutes)
        columns.addWidget(self.picker, 3)
        history = QVBoxLayout()
        history.addWidget(label(self.tr("测验记录：")))
        self.history = QListWidget()
        self.history.setWordWrap(True)      # a line names its articles; at large type it wraps, never scrolls sideways
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setToolTip(self.tr("双击一条记录，查看那次测验的每道题"))
        self.history.itemActivated.connect(self.show_past_exam)
        history.addWidget(self.history, 1)
        columns.addLayout(history, 2)
        box.addLayout(columns, 1)
        self.pack_sets = PackSetsBox(self.library)       # the questions a study pack brought
        self.pack_sets.start_requested.connect(self.start_pack_set)
        box.addWidget(self.pack_sets)
        self.setup_message = label("")
        self.setup_message.setStyleSheet(f"color: {RIGHT_RED};")
        box.addWidget(self.setup_message)
        start = big_button(self.tr("开始测验"), primary=True)
        start.clicked.connect(self.start_from_picker)
        box.addWidget(start)
        return page

    def _build_resume_box(self) -> QWidget:
        """Shown when an exam was left running (closed or crashed): go on, or hand it in as it is."""
        self.resume_box = card_frame()
        row = QHBoxLayout(self.resume_box)
        self.resume_text = label("")
        self.resume_button = big_button(self.tr("继续测验"), primary=True)
        self.resume_button.clicked.connect(self.resume_unfinished)
        self.hand_in_button = big_button(self.tr("直接交卷"))
        self.hand_in_button.clicked.connect(self.hand_in_unfinished)
        row.addWidget(self.resume_text, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.hand_in_button)
        return self.resume_box

    def _build_running(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        top = QHBoxLayout()
        self.header = label("", "muted", wrap=False)
        self.countdown = label("", "countdown", wrap=False)
        top.addWidget(self.header, 1)
        top.addWidget(self.countdown)
        box.addLayout(top)
        frame, inner, self.question_scroll = scrolling_card()
        self.stem = label("", "stem")
        inner.addWidget(self.stem)
        self.form_slot = QVBoxLayout()
        inner.addLayout(self.form_slot)
        self.warning = label("")
        self.warning.setStyleSheet(f"color: {RIGHT_RED};")
        inner.addWidget(self.warning)
        inner.addStretch(1)
        box.addWidget(frame, 1)
        row = QHBoxLayout()
        self.finish_button = big_button(self.tr("交卷"))
        self.finish_button.clicked.connect(self.hand_in)
        self.skip_button = big_button(self.tr("跳过此题"))
        self.skip_button.clicked.connect(self.skip)
        self.submit_button = big_button(self.tr("确定，下一题（回车）"), primary=True)
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.submit_button)
        box.addLayout(row)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.score = label("", "score")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.score)
        self.partial_note = label(self.tr("有的题答对了一部分（如填空题填对了几个空），按答对的部分给分，"
                                          "所以分数和答对的题数不完全对应。"), "muted")
        self.partial_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.partial_note)
        self.review = QTextBrowser()
        self.review.setOpenLinks(False)
        self.review.anchorClicked.connect(self._review_link)
        box.addWidget(self.review, 1)
        back = big_button(self.tr("返回"), primary=True)
        back.clicked.connect(self.back_to_setup)
        box.addWidget(back)
        return page

    # -- setup ------------------------------------------------------------------------------
    def set_profile(self, profile_id: int) -> None:
        if self.exam and self.exam.status == ExamStatus.RUNNING:
            self.timer.stop()  # its answers are saved; it is offered again when this profile returns
        self.exam, self.profile_id = None, profile_id
        self.back_to_setup()

    def refresh(self) -> None:
        self.picker.refresh()
        self.pack_sets.refresh()
        unfinished = ExamSession.unfinished(self.store, self.profile_id)
        self.resume_box.setVisible(unfinished is not None)
        if unfinished is not None:
            exam = ExamSession.resume(self.store, unfinished)
            self.resume_text.setText(unfinished_text(exam))
        self.history.clear()
        for h in exam_history(self.store, self.profile_id)[:30]:
            when = h.created_at.astimezone().strftime("%m-%d %H:%M")
            score = self.tr("未完成") if h.score is None else self.tr("{0:.0f} 分").format(h.score)
            named = articles_label(h.article_titles)
            # the score first, where the eye looks; the articles on a line of their own
            item = QListWidgetItem(f"{when}　{h.total} 题　{score}" + (f"\n{named}" if named else ""))
            item.setData(Qt.ItemDataRole.UserRole, h.exam_id)
            if h.article_titles:
                item.setToolTip("\n".join([*(f"《{t}》" for t in h.article_titles),
                                            self.tr("双击查看那次测验的每道题")]))
            self.history.addItem(item)

    def back_to_setup(self) -> None:
        self.timer.stop()
        self.refresh()
        self.stack.setCurrentIndex(SETUP)

    def start_from_picker(self) -> bool:
        return self.start_articles(self.picker.article_ids(), self.picker.count.value(),
                                   self.minutes.value() * 60 or None)

    def start_articles(self, article_ids: list[int], count: int, time_limit_s: int | None) -> bool:
        questions, problem = self._most_questions(article_ids, count)
        self.setup_message.setText(problem)
        if not questions:
            return False
        if len(questions) < count and not self._shortfall_accepted(count, len(questions), len(article_ids)):
            return False
        return self.start_questions(questions, article_ids, time_limit_s)

    def _most_questions(self, article_ids: list[int], count: int) -> tuple[list[dict], str]:
        """The largest of a few draws when one falls short: how many questions the builder keeps
        varies with the draw (6 to 9 of 10 for one article), and pressing 开始测验 twice said 9, then 6."""
        seen = recent_question_ids(self.store, self.profile_id)
        best, problem = [], ""
        for _ in range(SHORTFALL_DRAWS):
            questions, problem = picked_questions(self.library, article_ids, count, self.rng, seen)
            best = questions if len(questions) > len(best) else best
            if len(best) >= count or not questions:
                break
        return best, "" if best else problem

    def _shortfall_accepted(self, asked: int, got: int, articles: int) -> bool:
        """Fewer questions than asked (as 出试卷 says it): she may take these, or go back and tick more
        articles; a tester asked for 10, got 6 and could not tell whether something went wrong."""
        text = shortfall_text(asked, got, articles)
        accepted = self.messages.confirm(self.tr("题目不够"), text + self.tr("\n\n现在就做这 {0} 道题吗？").format(got),
                                         self.tr("做这 {0} 道题").format(got), self.tr("回去多选文章"))
        self.window().activateWindow()   # without a window manager none was active after the box: no Ctrl+Q
        if accepted:
            return True
        self.setup_message.setText(text)
        return False

    def start_pack_set(self, questions: list[dict], article_ids: list[int]) -> bool:
        """学习包里的题: exactly the organiser's questions, in their order, with the time set above."""
        return self.start_questions(questions, article_ids, self.minutes.value() * 60 or None)

    def start_questions(self, questions: list[dict], article_ids=(), time_limit_s: int | None = None) -> bool:
        self.setup_message.setText("")
        self._run(ExamSession.start(self.store, self.profile_id, questions, article_ids, time_limit_s))
        return True

    def resume_unfinished(self) -> None:
        exam_id = ExamSession.unfinished(self.store, self.profile_id)
        if exam_id is not None:
            self._run(ExamSession.resume(self.store, exam_id))

    def hand_in_unfinished(self) -> None:
        exam_id = ExamSession.unfinished(self.store, self.profile_id)
        if exam_id is not None:
            self.exam = ExamSession.resume(self.store, exam_id)
            self.finish()

    def _run(self, exam: ExamSession) -> None:
        self.exam = exam
        self.stack.setCurrentIndex(RUNNING)
        if self.exam.time_limit_s:
            self.timer.start()
        self._show_question()

    # -- running ----------------------------------------------------------------------------
    def _show_question(self) -> None:
        if self.exam.current is None:
            self.finish()
            return
        q = self.exam.current
        self.form = swap_form(self.form_slot, self.form, q, self.submit)
        self.header.setText(self.tr("测验 · 第 {0} / {1} 题 · {2}")
                            .format(self.exam.position + 1, self.exam.total, QuestionType(q["type"]).label))
        self.stem.setText(q["stem"])
        self.question_scroll.verticalScrollBar().setValue(0)
        self.warning.setText("")
        self.tick()
        self.setFocus()
        self.form.focus_first()

    def tick(self) -> None:
        """Redraw the countdown from the exam's clock; hand in when time is up."""
        if self.exam is None or self.stack.currentIndex() != RUNNING:
            return
        remaining = self.exam.remaining_seconds()
        if remaining is None:
            self.countdown.setText(self.tr("不限时"))
            return
        minutes, seconds = divmod(int(remaining + 0.999), 60)
        colour = RIGHT_RED if remaining <= 60 else "#222"
        self.countdown.setStyleSheet(f"color: {colour};")  # its size comes from the page's "countdown" role
        self.countdown.setText(self.tr("剩余 {0:02d}:{1:02d}").format(minutes, seconds))
        if self.exam.is_time_up():
            self.finish()

    def submit(self) -> None:
        if self.exam is None or self.form is None or self.exam.current is None:
            return
        if self.form.is_empty():
            self.warning.setText(self.tr("还没有作答。不会的题可以点“跳过此题”。"))
            return
        if not self._blanks_left_confirmed():
            return
        self.exam.answer(self.form.given())
        self._show_question()

    def _blanks_left_confirmed(self) -> bool:
        """A 填空 handed in with some blanks empty is asked about once: there is no going back in 测验."""
        left = self.form.empty_blanks()
        if not left:
            return True
        matching = getattr(self.form, "qtype", None) == QuestionType.MATCHING
        title, text = ((self.tr("还有没配对的行"), self.tr("还有 {0} 行没有配对，确定提交吗？")) if matching else
                       (self.tr("还有空没填"), self.tr("还有 {0} 个空没填，确定提交吗？")))
        if self.messages.confirm(title, text.format(left), self.tr("提交"), self.tr("回去填写")):
            return True
        self.form.focus_first_empty()
        return False

    def skip(self) -> bool:
        """Skip after asking: a skipped question counts wrong and goes into 错题本 (quiz.exam)."""
        if self.exam is None or self.exam.current is None:
            return False
        text = self.tr("跳过的题按答错计分，并记入错题本，以后复习时会再出现。")
        if self.exam.unanswered == 1:
            text += self.tr("\n这是最后一题，跳过后就交卷。")
        if not self.messages.confirm(self.tr("跳过此题"), text + self.tr("\n\n确定跳过吗？"), self.tr("跳过")):
            return False
        self.exam.skip()
        self._show_question()
        return True

    def hand_in(self) -> bool:
        """The 交卷 button: asks first when questions are left unanswered."""
        if self.exam is None:
            return False
        left = self.exam.unanswered
        if left and not self.messages.confirm(
                self.tr("交卷"), self.tr("还有 {0} 题没有作答，没答的题按答错计分，并记入错题本。\n\n确定现在交卷吗？").format(left),
                self.tr("交卷")):
            return False
        self.finish()
        return True

    def finish(self) -> None:
        """Hand in now (time up, last question done, or confirmed)."""
        if self.exam is None:
            return
        self.timer.stop()
        self._show_result(self.exam.finish())
        self.exam_finished.emit(self.result.exam_id, self.result.score)

    def show_past_exam(self, item) -> None:
        """A finished exam from the history: its score and review; an unfinished one: go on with it."""
        exam = ExamSession.resume(self.store, int(item.data(Qt.ItemDataRole.UserRole)))
        if exam.status == ExamStatus.RUNNING:
            self._run(exam)
            return
        self.exam = None
        self._show_result(exam.result())

    def _show_result(self, result: ExamResult) -> None:
        self.result = result
        self.score.setText(self.tr("{0:.0f} 分　答对 {1} / {2} 题").format(result.score, result.correct, result.total))
        # "53 分, 5 / 10 right" puzzled a tester: say that part-right questions earned part of their points
        self.partial_note.setVisible(any(0 < item.result.score < 1 for item in result.items))
        self.review.setHtml(review_html(result))
        self.stack.setCurrentIndex(RESULT)

    def _review_link(self, url) -> None:
        q = self.result.items[int(url.toString().split(":")[1])].question if self.result else None
        if q:
            self.request_source(q.get("article_id"), q.get("source"))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.stack.currentIndex() == RUNNING and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif self.stack.currentIndex() == RUNNING and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9 and self.form:
            self.form.select_option(event.key() - Qt.Key.Key_1)
        else:
            super().keyPressEvent(event)


def unfinished_text(exam: ExamSession) -> str:
    return (f"上次的测验还没有完成（已做 {exam.total - exam.unanswered} / {exam.total} 题），"
            "做过的题都已保存。")


def wants_to_resume(store: LearningStore, profile_id: int, messages) -> bool:
    """Asks, when this learner left an exam running, whether to go on with it now."""
    exam_id = ExamSession.unfinished(store, profile_id)
    if exam_id is None:
        return False
    text = unfinished_text(ExamSession.resume(store, exam_id)) + "\n\n现在接着做吗？"
    return messages.confirm("继续测验", text, "继续测验", "以后再说")


def review_html(result: ExamResult) -> str:
    """Every question with the learner's answer, the right one, and the source sentence marked."""
    parts = ["<div>"]   # no size of its own: the result list reads at the study pages' body size
    for item in result.items:
        q = item.question
        mark = (f'<span style="color:{GOOD_GREEN}">✓</span>' if item.result.correct
                else f'<span style="color:{RIGHT_RED}">✗</span>')
        options = "".join(f"<br>　{chr(65 + i)}. {html.escape(o)}" for i, o in enumerate(q.get("options") or [])
                          if q["type"] in ("single_choice", "multiple_choice"))
        link = (f' <a href="src:{item.position}">查看原文</a>' if q.get("article_id") is not None else "")
        parts.append(
            f'<p><b>{mark} {item.position + 1}. </b>{html.escape(q["stem"])}{options}<br>'
            f'你的答案：{html.escape(display_given(q, item.given))}<br>'
            f'正确答案：<b>{html.escape(display_answer(q))}</b><br>'
            f'<span style="color:#555">出处：{marked_html(q.get("explanation", ""))}</span>{link}</p>')
    parts.append("</div>")
    return "".join(parts)

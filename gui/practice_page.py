"""练习: one question at a time with immediate feedback; 查看提示 in two steps (the answer masked to its first
character and length, then the answer in red); the source sentence after every answer."""
from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.article_picker import ArticlePicker
from gui.study_page import StudyPage, picked_questions
from gui.study_widgets import (GOOD_GREEN, RIGHT_RED, AnswerForm, big_button, label, masked_hint_html,
                               passage_html, scrolling_card, swap_form)
from quiz.answer_check import display_answer
from quiz.answer_log import AnswerMode, recent_question_ids
from quiz.hints import MASK, HintLevel, blank_hints
from quiz.learning_store import LearningStore
from quiz.practice import PracticeSession
from quiz.questions import QuestionType

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}
PEEK_AMBER = "#a0522d"


SOURCE_COUNTS_AS_PEEK = "查看原文（算看过答案）"
SOURCE_PLAIN = "查看原文"

class PracticePage(StudyPage):
    """Practice for the current profile. ``PracticePage(store, library, rng=random.Random())``."""

    practice_finished = Signal(int, int)            # right, total
    closed = Signal()                               # 返回 pressed (when embedded, e.g. in 错题本)
    page_requested = Signal(str)                    # "wrong_book": the main window's page key to show

    def __init__(self, store: LearningStore, library, rng: random.Random | None = None,
                 parent: QWidget | None = None):
        super().__init__(store, library, rng, parent)
        self.session: PracticeSession | None = None
        self.form: AnswerForm | None = None
        self._stack_pages([self._build_setup(), self._build_question(), self._build_done()])
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_setup(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(self.tr("练习"), "title"))
        box.addWidget(label(self.tr("一题一题地做，每答一题马上知道对错。答错的题会自动收进错题本。"), "muted"))
        self.picker = ArticlePicker(self.library, count=5)
        box.addWidget(self.picker, 1)
        self.setup_message = label("")
        self.setup_message.setStyleSheet(f"color: {RIGHT_RED};")
        box.addWidget(self.setup_message)
        start = big_button(self.tr("开始练习"), primary=True)
        start.clicked.connect(lambda: self.start_articles(self.picker.article_ids(), self.picker.count.value()))
        box.addWidget(start)
        return page

    def _build_question(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.header = label("", "muted", wrap=False)
        box.addWidget(self.header)
        frame, self.question_box, self.question_scroll = scrolling_card()
        self.stem = label("", "stem")
        self.question_box.addWidget(self.stem)
        self.form_slot = QVBoxLayout()
        self.question_box.addLayout(self.form_slot)
        self.feedback = label()
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.question_box.addWidget(self.feedback)
        self.hint = label("", "hint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.question_box.addWidget(self.hint)
        self.question_box.addStretch(1)
        box.addWidget(frame, 1)
        row = QHBoxLayout()
        self.hint_button = big_button(self.tr("查看提示"))
        self.answer_offered = False
        self.hint_button.clicked.connect(self.show_hint)
        self.source_button = big_button(SOURCE_COUNTS_AS_PEEK)
        self.source_button.setToolTip(self.tr("作答前看原文，等于看了答案：这题再答对也算没掌握。"))
        self.source_button.clicked.connect(self.open_source)
        self.submit_button = big_button(self.tr("提交答案（回车）"), primary=True)
        self.submit_button.clicked.connect(self.submit)
        self.next_button = big_button(self.tr("下一题（回车）"), primary=True)
        self.next_button.clicked.connect(self.next_question)
        self.stop_button = big_button(self.tr("结束练习"))
        self.stop_button.clicked.connect(self._finish)
        for button in (self.stop_button, self.hint_button, self.source_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        row.addWidget(self.next_button)
        box.addLayout(row)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.summary = label("", "score")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = big_button(self.tr("再练一组"), primary=True)
        self.again_button.clicked.connect(self.back_to_setup)
        self.wrong_book_button = big_button(self.tr("去错题本"))
        self.wrong_book_button.clicked.connect(lambda: self.page_requested.emit("wrong_book"))
        self.wrong_book_button.hide()
        row.addWidget(self.wrong_book_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        return page

    # -- starting ---------------------------------------------------------------------------
    def set_profile(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.back_to_setup()

    def refresh(self) -> None:
        self.picker.refresh()

    def back_to_setup(self) -> None:
        if self.session and self.session.mode == AnswerMode.WRONG_BOOK:
            self.closed.emit()
        self.session = None
        self.refresh()
        self.stack.setCurrentIndex(0)

    def start_articles(self, article_ids: list[int], count: int = 5) -> bool:
        """Generate questions from these library articles and begin; False (with a message) if none."""
        questions, problem = picked_questions(self.library, article_ids, count, self.rng,
                                              recent_question_ids(self.store, self.profile_id))
        self.setup_message.setText(problem)
        if not questions:
            return False
        self.picker.check(article_ids)
        return self.start_questions(questions)

    def start_questions(self, questions: list[dict], mode: AnswerMode = AnswerMode.PRACTICE) -> bool:
        if not questions:
            return False
        self.session = PracticeSession(self.store, self.profile_id, questions, mode)
        self.stack.setCurrentIndex(1)
        self._show_question()
        return True

    # -- one question -----------------------------------------------------------------------
    def _show_question(self) -> None:
        q = self.session.current
        self.form = swap_form(self.form_slot, self.form, q, self.submit)
        kind = QuestionType(q["type"]).label
        where = self.tr("错题重练") if self.session.mode == AnswerMode.WRONG_BOOK else self.tr("练习")
        self.header.setText(f"{where} · 第 {self.session.index + 1} / {self.session.total} 题 · {kind}")
        self.stem.setText(q["stem"])
        self.question_scroll.verticalScrollBar().setValue(0)
        self.feedback.setText("")
        self.hint.hide()
        self.hint.setText("")
        self.hint_button.setText(self.tr("查看提示"))
        self.hint_button.setEnabled(True)
        self.answer_offered = False   # the next press of the hint button shows the answer itself
        self.source_button.setEnabled(q.get("article_id") is not None)
        self._label_source_button(peek=True)
        self.submit_button.show()
        self.next_button.hide()
        self.setFocus()
        self.form.focus_first()

    def submit(self) -> None:
        if self.session is None or self.session.is_answered() or self.form is None:
            return
        if self.form.is_empty():
            self.feedback.setText(f'<span style="color:{RIGHT_RED}">{self.tr("请先作答。")}</span>')
            return
        if not self._rows_left_confirmed():
            return
        q = self.session.current
        result = self.session.answer(self.form.given())
        self.form.lock(q["answer"])
        self.feedback.setText(self._verdict_html(q, result.correct, self.session.hint_level))
        self.hint.setText(passage_html(self.library, q))
        self.hint.show()
        self.hint_button.setEnabled(False)
        self._label_source_button(peek=False)
        self.submit_button.hide()
        self.next_button.show()
        self.next_button.setFocus()
        QTimer.singleShot(0, lambda: self.question_scroll.ensureWidgetVisible(self.feedback, 0, 0))

    def _rows_left_confirmed(self) -> bool:
        """A 配对 with rows still empty (one emptied when its choice went to another row) is asked about
        before checking, as 测验 asks about empty blanks."""
        left = self.form.empty_blanks() if self.form.qtype == QuestionType.MATCHING else 0
        if not left or self.messages.confirm(self.tr("还有没配的"), self.tr("还有 {0} 行没有配对，确定提交吗？").format(left),
                                             self.tr("提交"), self.tr("回去配对")):
            return True
        self.form.focus_first_empty()
        return False

    def _verdict_html(self, q: dict, correct: bool, hint: HintLevel) -> str:
        """✓ or ✗, saying what help was seen and what that means for the record (quiz.hints)."""
        size = f"font-size:{self.ui_px + 8}px"   # the verdict a step above the stem, at any A+/A−
        wrong_book = self.session.mode == AnswerMode.WRONG_BOOK
        if not correct:
            return (f'<span style="color:{RIGHT_RED}; {size}"><b>✗ {self.tr("回答错误")}</b></span>'
                    f'<br>{self.tr("正确答案：")}<b>{display_answer(q)}</b>')
        if hint == HintLevel.ANSWER:
            note = (self.tr("作答前看过答案，这题记作“还没掌握”，连续答对次数从头算起。") if wrong_book else
                    self.tr("作答前看过答案，这题记作“还没掌握”，已收进错题本，以后再练。"))
            return (f'<span style="color:{PEEK_AMBER}; {size}"><b>{self.tr("答案写对了")}</b></span>'
                    f'<br><span style="color:{PEEK_AMBER}">{note}</span>')
        text = f'<span style="color:{GOOD_GREEN}; {size}"><b>✓ {self.tr("回答正确")}</b></span>'
        if hint == HintLevel.MASKED:
            text = text.replace("</b>", self.tr("（看了提示）") + "</b>", 1)
            if wrong_book:
                text += f'<br>{self.tr("看了提示才答对，这次不算进“连续答对”。")}'
        return text

    def next_question(self) -> None:
        if self.session is None:
            return
        if self.session.next() is None:
            self._finish()
        else:
            self._show_question()

    def _finish(self) -> None:
        answered = [a for a in self.session.answered if a.given]
        right, total = self.session.correct_count, len(answered)
        wrong_book = self.session.mode == AnswerMode.WRONG_BOOK
        peeked = self.session.peeked_count
        hinted = self.session.hinted_count
        self.summary.setText(self.tr("本组做了 {0} 题，答对 {1} 题").format(total, right)
                             + (self.tr("（其中 {0} 题看了提示）").format(hinted) if hinted else "") + "。"
                             + ("\n" + self.tr("另有 {0} 题是看过答案后答的，算没掌握。").format(peeked) if peeked else "")
                             + ("\n" + self.tr("没掌握的题已收进错题本。") if right < total and not wrong_book else ""))
        self.again_button.setText(self.tr("返回错题本") if wrong_book else self.tr("再练一组"))
        # only where a window listens (the page is also embedded in 错题本, which has its own 返回)
        listened = self.receivers("2page_requested(QString)") > 0
        self.wrong_book_button.setVisible(listened and right < total and not wrong_book)
        self.stack.setCurrentIndex(2)
        self.practice_finished.emit(right, total)

    def show_hint(self) -> None:
        """查看提示: first the answer masked to its first character and length, then (看答案) the answer."""
        if self.session is None or self.session.current is None:
            return
        if self.session.is_answered():
            self.hint.setVisible(True)
            return
        q = self.session.current
        if self.answer_offered:
            self._show_answer(q)
            return
        masked = self._masked_hint(q)
        if masked:
            self.session.take_hint(HintLevel.MASKED)
        else:   # nothing can be half shown: say so, and leave seeing the answer to a second, deliberate press
            masked = self.tr("这道题没有只露一部分的提示。点“看答案”会显示原文和答案，看了答案再答算“还没掌握”。")
        self._show_help(masked, self.tr("看答案"))
        self.answer_offered = True

    def _masked_hint(self, q: dict) -> str:
        sentence = masked_hint_html(q)
        blanks = blank_hints(q)
        if not sentence and not blanks:
            return ""
        lines = [f'<span style="color:#6b6b6b">{self.tr("提示：答案只露出第一个字，□ 是其余的字。")}</span>']
        if blanks:
            many = len(blanks) > 1
            lines.append("　".join((self.tr("第{0}空：").format(i + 1) if many else self.tr("答案："))
                                   + f'<b style="color:{RIGHT_RED}">{b}</b>' + self.tr("（{0} 个字）").format(len(b))
                                   for i, b in enumerate(blanks)))
        if sentence:
            lines.append(sentence)
        # the font draws □ at half a character's size: enlarged, each masked character reads as one box
        return "<br>".join(lines).replace(MASK, f'<span style="font-size:{self.ui_px + 12}px">{MASK}</span>')

    def _label_source_button(self, peek: bool) -> None:
        """Before answering, 查看原文 shows the answer (the reader prints the sentence whole), so the button
        says it counts as seen before she presses it; once answered or seen, it costs nothing more."""
        self.source_button.setText(SOURCE_COUNTS_AS_PEEK if peek else SOURCE_PLAIN)

    def _show_answer(self, q: dict) -> None:
        self.session.take_hint(HintLevel.ANSWER)
        self._label_source_button(peek=False)
        note = self.tr("看了答案：这题再答对也算“还没掌握”，会收进错题本再练。")
        self._show_help(f'<span style="color:{PEEK_AMBER}">{note}</span><br>{passage_html(self.library, q)}',
                        self.tr("已看答案"), enabled=False)

    def _show_help(self, text: str, button_text: str, enabled: bool = True) -> None:
        self.feedback.setText("")        # a "请先作答。" from before is stale once help is showing
        self.hint.setText(text)
        self.hint.show()
        self.hint_button.setText(button_text)
        self.hint_button.setEnabled(enabled)
        QTimer.singleShot(0, lambda: self.question_scroll.ensureWidgetVisible(self.hint, 0, 0))

    def open_source(self) -> None:
        """The source in the reader. Before answering, that shows the answer: recorded as seen."""
        q = self.session.current if self.session else None
        if not q:
            return
        if not self.session.is_answered() and q.get("article_id") is not None:
            self._show_answer(q)
        self.request_source(q.get("article_id"), q.get("source"))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if self.stack.currentIndex() == 1 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_question() if self.session.is_answered() else self.submit()
        elif self.stack.currentIndex() == 1 and key in NUMBER_KEYS and self.form and self.form.isEnabled():
            self.form.select_option(NUMBER_KEYS[key])
        else:
            super().keyPressEvent(event)

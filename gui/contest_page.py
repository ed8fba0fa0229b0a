"""The host console of a 知识竞赛: set up teams and articles, then drive the contest from the keyboard.

The audience sees `AudienceWindow` (on the projector when one is attached); the host sees the same
picture in small, plus the answer before it is revealed: at once with two screens, only while
the host holds 偷看答案 on a single screen (gui.contest_host_answer). Every host action goes to the
`quiz.contest.Contest` state machine and the state is saved at once (`quiz.contest_store.GroupStore`).

Keys: PageDown/→/N next · Space/↓ reveal · Enter right · Backspace/Delete wrong · Ctrl+Z undo ·
P pause/resume · in 风险 1/2/3 = 10/20/30 points · in 抢答 S (or Space) says “开始”, then each
team's own key; a key pressed before “开始” is marked 抢跑 (see quiz.contest).

The projector window (gui.contest_projector): with a second screen it goes full screen there at the
start; on a single screen it opens only when the host asks.
"""
from __future__ import annotations

import random
import time
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from content.model import BadInput
from gui.contest_host_answer import HostAnswer
from gui.contest_projector import ContestProjector, second_screen
from gui.contest_setup import ContestSetup, ContestSetupForm
from gui.messages import Messages
from gui.contest_shortfall import BACK_LABEL, BACK_STATUS, shortened, shortfall_text, start_label
from quiz.contest import RISK_STAKES, Contest, HostAction, InvalidAction, Phase
from quiz.contest_rules import contest_pool, contest_questions, fit_rules, questions_needed
from quiz.contest_display import audience_view
from quiz.contest_store import GroupSession, GroupStore, SessionKind, results_of
from quiz.group_sessions import clean_detail

HOST_KEYS = {
    Qt.Key.Key_PageDown: HostAction.NEXT, Qt.Key.Key_Right: HostAction.NEXT, Qt.Key.Key_N: HostAction.NEXT,
    Qt.Key.Key_Space: HostAction.REVEAL, Qt.Key.Key_Down: HostAction.REVEAL,
    Qt.Key.Key_Return: HostAction.RIGHT, Qt.Key.Key_Enter: HostAction.RIGHT,
    Qt.Key.Key_Backspace: HostAction.WRONG, Qt.Key.Key_Delete: HostAction.WRONG,
    Qt.Key.Key_P: HostAction.PAUSE,
}
STAKE_KEYS = {Qt.Key.Key_1: 10, Qt.Key.Key_2: 20, Qt.Key.Key_3: 30}
START_KEYS = {Qt.Key.Key_S, Qt.Key.Key_Space}     # in 抢答, before the buzz window opens
RESERVED_LETTERS = {"N", "P", "S"}
TICK_MS = 200
LEGEND = ("翻页/→/N 下一题　空格/↓ 揭晓答案　回车 答对　退格 答错　Ctrl+Z 撤销　P 暂停/继续　"
          "风险题按 1/2/3 选 10/20/30 分　抢答：读完题按 S 或空格喊“开始”，各队再按本队键（提前按键记为抢跑）")

# (lib, article_ids, count, rng) -> question dicts for the contest
QuestionSource = Callable[[object, list[int], int, random.Random], list]


SAVED_TO_LEDGER = "竞赛结果已保存为一次集体学习（知识竞赛），导出学习台账时会列出各队成绩和参加人员。"
PROJECTOR_CLOSED = "投影窗口已关闭，上方是观众画面的预览；按“打开投影窗口”可以再打开。"


def library_questions(lib, article_ids: list[int], count: int, rng: random.Random) -> list:
    return contest_questions([lib.get_article(i) for i in article_ids], count, rng)


class ContestPage(QWidget):
    contest_started = Signal(int)      # contest id
    contest_finished = Signal(int)

    def __init__(self, lib, store: GroupStore | None = None, clock: Callable[[], float] = time.monotonic,
                 question_source: QuestionSource = library_questions, messages: Messages | None = None,
                 seed: int | None = None):
        super().__init__()
        self.lib = lib
        self.store = store or GroupStore(lib.db)
        self.clock = clock
        self.question_source = question_source
        self.messages = messages or Messages(self)
        self.seed = seed
        self.contest: Contest | None = None
        self.contest_id: int | None = None
        self.paused_while_away = False     # the console paused the clock itself, and resumes it
        # a lambda, not the bound method: _projector_screen is looked up on the page at each call
        self.projector = ContestProjector(self, lambda: self._projector_screen())
        self.audience, self.preview = self.projector.window, self.projector.preview
        self.setup_form = ContestSetupForm([(s.id, s.title) for s in lib.list_articles()])
        self.setup_form.set_teams(self.store.remembered_teams())
        self.setup_form.teams_cleared.connect(self.clear_teams)
        self.answer = HostAnswer(self.refresh)
        self.host_answer, self.peek = self.answer.label, self.answer.peek
        self.status = QLabel()
        self.status.setWordWrap(True)     # a long note wraps; unwrapped it widened the page past the screen
        self.buttons: dict[str, QPushButton] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stack = QStackedWidget()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.audience.dismissed.connect(lambda: self.status.setText(self.tr(PROJECTOR_CLOSED)))

    # ---- building -----------------------------------------------------------------------------
    def _button(self, key: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # keys stay with the console
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _build(self) -> None:
        self.stack.addWidget(self._setup_panel())
        self.stack.addWidget(self._running_panel())
        box = QVBoxLayout(self)
        box.addWidget(self.stack, 1)
        box.addWidget(self.status)
        self.buttons["resume_saved"].setVisible(self.store.unfinished_contest() is not None)

    def _setup_panel(self) -> QWidget:
        setup = QWidget()
        col = QVBoxLayout(setup)
        col.addWidget(self.setup_form, 1)
        row = QHBoxLayout()
        row.addWidget(self._button("resume_saved", self.tr("继续上次未完成的竞赛"), self.resume_saved))
        row.addStretch(1)
        row.addWidget(self._button("start", self.tr("开始竞赛"), self.start))
        col.addLayout(row)
        return setup

    def _running_panel(self) -> QWidget:
        running = QWidget()
        col = QVBoxLayout(running)
        col.addWidget(self.preview, 1)
        col.addLayout(self.answer.row())
        # two rows: in one, twelve buttons at large type were wider than a 1366-pixel laptop screen
        row, second = QHBoxLayout(), QHBoxLayout()
        for key, text, slot in (("next", "下一题", lambda: self.act(HostAction.NEXT)),
                                ("start_buzz", "开始抢答", lambda: self.act(HostAction.START)),
                                ("reveal", "揭晓答案", lambda: self.act(HostAction.REVEAL)),
                                ("right", "答对", lambda: self.act(HostAction.RIGHT)),
                                ("wrong", "答错", lambda: self.act(HostAction.WRONG)),
                                ("undo", "撤销计分", lambda: self.act(HostAction.UNDO)),
                                ("pause", "暂停/继续", lambda: self.act(HostAction.PAUSE))):
            row.addWidget(self._button(key, self.tr(text), slot))
        second.addWidget(QLabel(self.tr("风险题分值：")))
        for stake in RISK_STAKES:
            second.addWidget(self._button(f"stake{stake}", self.tr(f"{stake} 分"),
                                          lambda _=False, s=stake: self.stake(s)))
        second.addStretch(1)
        self.buttons["projector"] = self.projector.button
        second.addWidget(self.projector.button)
        second.addWidget(self._button("new", self.tr("新的竞赛"), self.back_to_setup))
        col.addLayout(row)
        col.addLayout(second)
        legend = QLabel(self.tr(LEGEND))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #6b6b6b;")
        col.addWidget(legend)
        return running

    # ---- starting -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Build the contest from the form; False (with a message) when the set-up is not usable."""
        setup = self.setup_form.setup()
        try:
            host = clean_detail(setup.host, "主持人")  # the same limit as 登记集体学习, so a later edit is not refused
            contest = self._new_contest(setup)
        except BadInput as exc:
            self.messages.warn(self.tr("无法开始竞赛"), str(exc))
            return False
        if contest is None:       # too few questions, and the host went back to change the set-up
            return False
        self.contest = contest
        session = GroupSession(date.today().isoformat(), setup.topic, setup.article_ids, setup.article_titles,
                               [m for t in setup.teams for m in t.members], SessionKind.CONTEST, host=host)
        session_id = self.store.add_session(session)
        self.contest_id = self.store.start_contest(setup.title, self.contest.to_json(), session_id)
        self.store.remember_teams(setup.teams)
        self._enter_running()
        if self.contest.rules != setup.rules:     # shortened to the questions there are: say so once more
            self.status.setText(self.tr(shortened(setup.rules, self.contest.rules)) + "。" + self.status.text())
        self.contest_started.emit(self.contest_id)
        return True

    def _new_contest(self, setup: ContestSetup) -> Contest | None:
        if not setup.article_ids:
            raise BadInput(self.tr("请至少勾选一篇竞赛文章。"))
        bad_keys = {t.buzz_key for t in setup.teams} & RESERVED_LETTERS
        if bad_keys:
            raise BadInput(self.tr("抢答键不能用 N、P 或 S（这几个键留给主持人）。"))
        rng = random.Random(self.seed if self.seed is not None else time.time_ns())
        count = questions_needed(len(setup.teams), setup.rules)
        questions = self.question_source(self.lib, setup.article_ids, count, rng)
        if not self._enough_questions(setup, len(contest_pool(questions)), count):
            return None
        return Contest(setup.teams, questions, rng, self.clock, setup.rules)

    def _enough_questions(self, setup: ContestSetup, available: int, needed: int) -> bool:
        """Too few questions: say how many there are, before the start, and let the host choose between
        changing the set-up and a contest shortened to fit (quiz.contest_rules.fit_rules)."""
        if available >= needed or available == 0:    # none at all: the contest itself refuses
            return True
        fitted = fit_rules(setup.rules, len(setup.teams), available)
        text = shortfall_text(available, needed, len(setup.article_ids), setup.rules, fitted)
        if self.messages.confirm(self.tr("题目不够"), self.tr(text), self.tr(start_label(available)),
                                 self.tr(BACK_LABEL)):
            return True
        self.status.setText(self.tr(BACK_STATUS))
        return False

    def clear_teams(self) -> None:
        """The 清空参赛队 button: blank teams now, and none offered at the next set-up."""
        if self.setup_form.has_members() and not self.messages.confirm(
                self.tr("清空参赛队"), self.tr("清空后队名恢复默认，队员要重新填写。确定清空吗？"),
                self.tr("清空"), self.tr("保留")):
            return
        self.setup_form.reset_teams()
        self.store.forget_teams()

    def resume_saved(self) -> None:
        record = self.store.unfinished_contest()
        if record is None:
            return
        try:
            self.contest = Contest.from_json(record.state, random.Random(), self.clock)
        except BadInput as exc:  # saved by another version of the app
            self.messages.warn(self.tr("无法继续竞赛"), str(exc))
            return
        self.contest_id = record.id
        self._enter_running()
        self.status.setText(self.tr("已恢复上次的竞赛（暂停中），按 P 继续。") if self.contest.paused else "")

    def _enter_running(self) -> None:
        self.status.setText("")
        self.stack.setCurrentIndex(1)
        self.buttons["resume_saved"].setVisible(False)
        self.timer.start()
        if self._projector_screen() is not None:
            self.projector.show()
        else:
            self.status.setText(self.tr("只有一个屏幕：上方是观众画面的预览；需要时按“打开投影窗口”。"))
        self.setFocus()
        self.refresh()

    def _projector_screen(self):
        """The second screen when one is attached, else None (a method, so tests can stand one in)."""
        return second_screen(self)

    def reload_articles(self, *_ignored) -> None:
        """After an import or a deletion: the set-up form lists the library as it is now."""
        self.setup_form.set_articles([(s.id, s.title) for s in self.lib.list_articles()])

    def back_to_setup(self) -> None:
        """After the ranking (or to abandon a contest, which stays resumable): set up the next one."""
        if self.contest_in_progress():
            if not self.messages.confirm(self.tr("离开竞赛"), self.tr("这场竞赛还没有结束，以后可以继续。现在离开吗？")):
                return
        self.timer.stop()
        self.contest = None
        self.paused_while_away = False
        self.projector.withdraw()
        self.stack.setCurrentIndex(0)
        self.buttons["resume_saved"].setVisible(self.store.unfinished_contest() is not None)

    # ---- driving ------------------------------------------------------------------------------
    def act(self, action: HostAction) -> None:
        c = self.contest
        if c is None:
            return
        if action == HostAction.PAUSE and c.paused:
            action = HostAction.RESUME
        try:
            {HostAction.NEXT: c.next, HostAction.START: c.start, HostAction.REVEAL: c.reveal,
             HostAction.RIGHT: c.right, HostAction.WRONG: c.wrong, HostAction.UNDO: c.undo,
             HostAction.PAUSE: c.pause, HostAction.RESUME: c.resume}[action]()
        except InvalidAction as exc:
            # a key pressed after the ranking must not hide that the contest was kept
            kept = self.tr(SAVED_TO_LEDGER) if c.phase == Phase.FINISHED else ""
            self.status.setText(" ".join(part for part in (str(exc), kept) if part))
            return
        if action == HostAction.START:
            QApplication.beep()       # the audible “开始”, where the PC has a speaker
        self.status.setText("")
        self._after_change()

    def stake(self, points: int) -> None:
        try:
            self.contest.choose_stake(points)
        except (InvalidAction, AttributeError) as exc:
            self.status.setText(str(exc) if isinstance(exc, InvalidAction) else "")
            return
        self._after_change()

    def buzz(self, team: int) -> None:
        """Also a late buzz or a 抢跑 is saved and shown, not only the winning one."""
        if self.contest is not None:
            self.contest.buzz(team)
            self._after_change()

    def _after_change(self) -> None:
        c = self.contest
        if c.phase == Phase.FINISHED:
            self.store.finish_contest(self.contest_id, c.to_json(), results_of(c))
            self.timer.stop()
            self.status.setText(self.tr(SAVED_TO_LEDGER))     # ux report 8, P15: the host never heard it was kept
            self.contest_finished.emit(self.contest_id)
        else:
            self.store.save_state(self.contest_id, c.to_json())
        self.refresh()

    def _tick(self) -> None:
        if self.contest is None:
            return
        self._pause_while_away()
        if self.contest.tick():
            self.store.save_state(self.contest_id, self.contest.to_json())
        self.refresh()

    def _pause_while_away(self) -> None:
        """The clock stops while a dialog of the app is open or another page is shown (the host cannot
        run the contest then), and runs on when the console is in front again, unless the host paused it."""
        c = self.contest
        away = not self.isVisible() or QApplication.activeModalWidget() is not None
        if away and HostAction.PAUSE in c.available():
            c.pause()
            self.paused_while_away = True
            self.store.save_state(self.contest_id, c.to_json())
            self.status.setText(self.tr("计时已暂停：主持人离开了竞赛页面或打开了对话框。"))
        elif not away and self.paused_while_away:
            self.paused_while_away = False
            if c.paused:
                c.resume()
                self.status.setText("")

    def contest_in_progress(self) -> bool:
        """A contest is on screen and not finished (leaving the page would interrupt it)."""
        return self.contest is not None and self.contest.phase != Phase.FINISHED

    def may_leave(self) -> bool:
        """Asked before another page is shown: True when there is no contest under way or the host agrees."""
        if not self.contest_in_progress():
            return True
        return self.messages.confirm(
            self.tr("离开竞赛"), self.tr("竞赛还在进行。离开这一页，计时会暂停，回到“竞赛”页可以接着进行。现在离开吗？"),
            self.tr("离开"), self.tr("留在竞赛"))

    def refresh(self) -> None:
        if self.contest is None:
            return
        view = audience_view(self.contest)
        self.projector.show_view(view)
        self.answer.show_for(self.contest, bool(view.answer), self._projector_screen() is not None)
        allowed = self.contest.available()
        for key, action in (("next", HostAction.NEXT), ("start_buzz", HostAction.START),
                            ("reveal", HostAction.REVEAL), ("right", HostAction.RIGHT),
                            ("wrong", HostAction.WRONG), ("undo", HostAction.UNDO)):
            self.buttons[key].setEnabled(action in allowed)
        for stake in RISK_STAKES:
            self.buttons[f"stake{stake}"].setEnabled(self.contest.phase == Phase.STAKE)

    # ---- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.contest is None or self.stack.currentIndex() == 0:
            return super().keyPressEvent(event)
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return self.act(HostAction.UNDO)
        if self.contest.phase == Phase.STAKE and key in STAKE_KEYS:
            return self.stake(STAKE_KEYS[key])
        if self.contest.phase == Phase.READY and key in START_KEYS:
            return self.act(HostAction.START)
        team = self._team_for(event.text())
        if team is not None:
            return self.buzz(team)
        if key in HOST_KEYS:
            return self.act(HOST_KEYS[key])
        if key == Qt.Key.Key_Escape and self.audience.isVisible():
            return self.audience.toggle_full_screen()
        super().keyPressEvent(event)

    def _team_for(self, text: str) -> int | None:
        text = (text or "").strip().upper()
        for i, team in enumerate(self.contest.teams):
            if text and team.buzz_key.upper() == text:
                return i
        return None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.contest is not None:
            self.setFocus()     # the host's keys come straight back to the console

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.projector.step_aside()

    def closeEvent(self, event) -> None:
        self.audience.close()
        super().closeEvent(event)

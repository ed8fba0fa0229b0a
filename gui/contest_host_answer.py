"""The answer to the current 知识竞赛 question as the host sees it on the console.

With a second screen only the host sees the console, so the answer shows at once. On one screen the
projector mirrors the console, so before the answer is revealed it stays covered unless the host
holds 偷看答案 (held, not toggled: a toggle left on would show every later answer to the room).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from quiz.contest import Contest, Phase
from quiz.question_data import answer_text


def _tr(text: str) -> str:
    # the console's translation context: these strings were the console's before they moved here
    return QCoreApplication.translate("ContestPage", text)


class HostAnswer:
    """The answer line and the peek button; the console lays them out and refreshes them."""

    def __init__(self, on_peek: Callable[[], None]):
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a1c1c; font-size: 18px;")
        self.peek = QPushButton(_tr("按住偷看答案（观众也会看到）"))
        self.peek.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # keys stay with the console
        self.peek.pressed.connect(on_peek)
        self.peek.released.connect(on_peek)

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.peek)
        return row

    def show_for(self, contest: Contest, public: bool, private: bool) -> None:
        """public: the audience sees the answer already; private: a second screen, the console is the host's own."""
        q = contest.question
        asked = bool(q) and contest.phase not in (Phase.INTRO, Phase.STAKE, Phase.FINISHED)
        # set once per refresh: a button hidden while held never gets its release (the answer stayed up)
        self.peek.setVisible(asked and not public and not private)
        if not asked:
            text = ""
        elif public:
            text = _tr("本题答案：") + answer_text(q)
        elif private:
            text = _tr("本题答案（仅主持人可见）：") + answer_text(q)
        elif self.peek.isDown():
            text = _tr("本题答案（观众也看得到）：") + answer_text(q)
        else:
            text = _tr("本题答案已遮住：只有一个屏幕，投影会照出这块屏幕。")
        self.label.setText(text)

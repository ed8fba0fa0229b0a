"""Widgets shared by the study pages: large type, the answer form of each question type (the passages
shown with a question are in gui/study_passages.py, imported here too).

The learner's answer is read in DESIGN.md's answer shape (option texts, never letters) and handed
to quiz.answer_check through the session; no checking rule lives here.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidgetItem, QPushButton, QRadioButton, QScrollArea, QVBoxLayout,
                               QWidget)

from gui.order_list import OrderList
from gui.study_passages import RIGHT_RED, marked_html, masked_hint_html, passage_html
from quiz.questions import QuestionType

# the study pages import the passages from here with the widgets
__all__ = ["AnswerForm", "GOOD_GREEN", "RIGHT_RED", "marked_html", "masked_hint_html", "passage_html"]

GOOD_GREEN = "#1e7d3a"


def study_style(ui_px: int = 16) -> str:
    """One style sheet for every study page, from the interface size: large type for older eyes,
    generous touch targets. Labels take their size from a role (label(text, "stem"))."""
    roles = "\n".join(f'QLabel[role="{role}"] {{ font-size: {ui_px + step}px; {ROLE_EXTRA.get(role, "")} }}'
                      for role, step in ROLE_STEPS.items())
    return (_STUDY_STYLE.replace("BODY_PX", str(body_px_for(ui_px))).replace("INDICATOR_PX", str(ui_px + 6))
            + roles)


def body_px_for(ui_px: int) -> int:
    """The study pages' body text (options, answers, result lists, chart labels) for an interface size:
    one step above the rest of the interface, so every study screen reads at the same size."""
    return ui_px + 4


# Size steps above the interface size, and the rest of each role's look.
ROLE_STEPS = {"title": 10, "card_front": 16, "card_back": 10, "stem": 9, "hint": 5, "countdown": 14,
              "score": 18, "headline": 6}
ROLE_EXTRA = {
    "title": "font-weight: bold;",
    "card_front": "font-weight: bold;",
    "card_back": "color: #333; border-top: 1px solid #d8d0bc; padding-top: 14px;",
    "hint": "background: #f3efe3; padding: 12px; border-radius: 6px;",
    "countdown": "font-weight: bold;",
    "score": "font-weight: bold;",
}

_STUDY_STYLE = """
QWidget { font-size: BODY_PXpx; }
QPushButton { min-height: 46px; padding: 4px 18px; border-radius: 6px; border: 1px solid #b9b2a0;
              background: #f6f3ea; }
QPushButton:hover { background: #ece6d6; }
QPushButton:disabled { color: #999; }
QPushButton[primary="true"] { background: #b22222; color: white; border-color: #8f1b1b; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit { min-height: 40px; padding: 2px 8px; }
QRadioButton, QCheckBox { spacing: 10px; padding: 6px 2px; }
QRadioButton::indicator, QCheckBox::indicator, QListView::indicator { width: INDICATOR_PXpx; height: INDICATOR_PXpx; }
QRadioButton:disabled, QCheckBox:disabled, QLineEdit:disabled, QListWidget:disabled, QLabel:disabled,
QComboBox:disabled { color: #333; }
QListWidget::item { padding: 6px; }
QLabel[role="muted"] { color: #6b6b6b; }
"""

STUDY_STYLE = study_style()
LETTERS = "ABCDEFGHIJ"


def row_number(i: int) -> str:
    """①…⑧ for the rows of a 配对, then plain numbers."""
    return "①②③④⑤⑥⑦⑧"[i] if i < 8 else str(i + 1)


def big_button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", primary)
    return button


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class BlankEdit(QLineEdit):
    """A blank to fill. Its Enter (returnPressed) goes to the next blank, or submits from the last, and
    stops here: passed on to the page, the same key would submit the question (or the next one) at once."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class AnswerForm(QWidget):
    """The input for one question: blanks, options, true/false, an order, or pairs.

    ``given()`` returns the answer in DESIGN.md's answer shape; ``lock()`` freezes it after checking.
    """

    submitted = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.qtype = QuestionType(question["type"])
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        builders = {
            QuestionType.FILL_BLANK: self._build_blanks, QuestionType.SINGLE_CHOICE: self._build_choices,
            QuestionType.MULTIPLE_CHOICE: self._build_choices, QuestionType.TRUE_FALSE: self._build_truth,
            QuestionType.ORDERING: self._build_ordering, QuestionType.MATCHING: self._build_matching,
        }
        builders[self.qtype]()

    # -- building ---------------------------------------------------------------------------
    def _build_blanks(self) -> None:
        self.blanks = []
        count = max(1, len(self.question.get("answer") or []))
        grid = QGridLayout()
        for i in range(count):
            edit = BlankEdit()
            edit.setPlaceholderText("在此填写")
            # Enter is how people move between boxes: only the last blank's Enter submits the question
            edit.returnPressed.connect(self.submitted if i == count - 1 else
                                       (lambda n=i + 1: self._focus_blank(n)))
            grid.addWidget(QLabel(f"第{i + 1}空：" if count > 1 else "答案："), i, 0)
            grid.addWidget(edit, i, 1)
            self.blanks.append(edit)
        self._layout.addLayout(grid)

    def _build_choices(self) -> None:
        multiple = self.qtype == QuestionType.MULTIPLE_CHOICE
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.choices = []
        for i, text in enumerate(self.question.get("options") or []):
            button = QCheckBox(f"{LETTERS[i]}. {text}") if multiple else QRadioButton(f"{LETTERS[i]}. {text}")
            button.option_text = text
            self.group.addButton(button, i)
            self.choices.append(button)
            self._layout.addWidget(button)
        if multiple:
            self._layout.addWidget(label("（多选题：选出全部正确的选项）", "muted"))

    def _build_truth(self) -> None:
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(48)
        self.choices = []
        for text, value in (("正确 ✓", True), ("错误 ✗", False)):
            button = QRadioButton(text)
            button.option_text = value
            self.group.addButton(button)
            self.choices.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _build_ordering(self) -> None:
        self.order = OrderList()
        for text in self.question.get("options") or []:
            self.order.addItem(QListWidgetItem(text))
        self.order.setCurrentRow(0)
        row = QHBoxLayout()
        for text, step in (("上移 ↑", -1), ("下移 ↓", 1)):
            button = big_button(text)
            button.clicked.connect(lambda _=False, s=step: self.move_item(s))
            row.addWidget(button)
        row.addStretch(1)
        self._layout.addWidget(label("（选中一项，用“上移”“下移”调整顺序，也可以直接拖动）", "muted"))
        self._layout.addWidget(self.order)
        self._layout.addLayout(row)

    def _build_matching(self) -> None:
        self.pairs, self.pair_marks = [], []
        grid = QGridLayout()
        for i, (left, _right) in enumerate(self.question.get("answer") or []):
            combo = QComboBox()
            combo.addItem("（请选择）", None)
            for option in self.question.get("options") or []:
                combo.addItem(option, option)
            combo.currentIndexChanged.connect(lambda _index, row=i: self._choice_made(row))
            mark, partner = label("", wrap=False), label("")     # ✓/✗ beside the row, the right partner under it
            mark.hide()
            partner.hide()
            grid.addWidget(label(f"{row_number(i)} {left}"), 2 * i, 0)
            grid.addWidget(combo, 2 * i, 1)
            grid.addWidget(mark, 2 * i, 2)
            grid.addWidget(partner, 2 * i + 1, 1, 1, 2)
            self.pairs.append((left, combo))
            self.pair_marks.append((mark, partner))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._layout.addLayout(grid)
        self._layout.addWidget(label("（每一项只能配给一行：选给另一行，原来那一行就空出来）", "muted"))
        self.repeat_warning = label("")
        self.repeat_warning.setStyleSheet("color: #a0522d; font-weight: bold;")
        self.repeat_warning.hide()
        self._layout.addWidget(self.repeat_warning)

    def _choice_made(self, row: int) -> None:
        """Each item has one partner, so a choice lives in one row: taken for this row, it leaves the row
        that had it, and a note says which row is now empty (in 练习, 测验 and 错题本 alike)."""
        chosen = self.pairs[row][1].currentData()
        moved_from = [j for j, (_, combo) in enumerate(self.pairs)
                      if j != row and chosen is not None and combo.currentData() == chosen]
        if moved_from and self._partners_of(chosen) <= 1:
            for j in moved_from:
                combo = self.pairs[j][1]
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            emptied = "、".join(row_number(j) for j in moved_from)
            self.repeat_warning.setText(f"{emptied}空出来了：它原来选的那一项已改配给{row_number(row)}。"
                                        f"请给{emptied}重新选择。")
            self.repeat_warning.show()
        elif not self.empty_blanks():
            self.repeat_warning.hide()
        self._label_used_choices()

    def _partners_of(self, option) -> int:
        """How many rows have this option as their right partner (an option may serve two rows)."""
        return sum(1 for _, right in self.question.get("answer") or [] if right == option)

    def _label_used_choices(self) -> None:
        """In each row's list, a choice already given to another row says so (“算力（已配给①）”)."""
        owner = {combo.currentData(): j for j, (_, combo) in enumerate(self.pairs) if combo.currentData()}
        for j, (_, combo) in enumerate(self.pairs):
            for index in range(1, combo.count()):
                option = combo.itemData(index)
                taken = owner.get(option)
                combo.setItemText(index, option if taken in (None, j) else f"{option}（已配给{row_number(taken)}）")

    # -- reading ----------------------------------------------------------------------------
    def move_item(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def given(self) -> list:
        if self.qtype == QuestionType.FILL_BLANK:
            return [edit.text() for edit in self.blanks]
        if self.qtype == QuestionType.ORDERING:
            return [self.order.item(i).text() for i in range(self.order.count())]
        if self.qtype == QuestionType.MATCHING:
            return [[left, combo.currentData()] for left, combo in self.pairs if combo.currentData()]
        return [b.option_text for b in self.choices if b.isChecked()]

    def is_empty(self) -> bool:
        given = self.given()
        return not any(str(g).strip() for g in given) if self.qtype == QuestionType.FILL_BLANK else not given

    def set_given(self, given: list) -> None:
        """Fill the form (used when resuming or when tests drive it)."""
        if self.qtype == QuestionType.FILL_BLANK:
            for edit, text in zip(self.blanks, given):
                edit.setText(str(text))
        elif self.qtype == QuestionType.ORDERING:
            self.order.clear()
            self.order.addItems([str(g) for g in given])
        elif self.qtype == QuestionType.MATCHING:
            chosen = {left: right for left, right in given}
            for left, combo in self.pairs:
                combo.setCurrentIndex(max(0, combo.findData(chosen.get(left))))
        else:
            for button in self.choices:
                button.setChecked(button.option_text in given)

    def focus_first(self) -> None:
        """Put the cursor in the first blank, so a 填空 can be typed at once."""
        blanks = getattr(self, "blanks", None)
        if blanks:
            blanks[0].setFocus()

    def _focus_blank(self, index: int) -> None:
        edit = self.blanks[index]
        edit.setFocus()
        edit.selectAll()

    def empty_blanks(self) -> int:
        """How many blanks of a 填空, or rows of a 配对, are still empty (0 for the other types)."""
        if self.qtype == QuestionType.MATCHING:
            return sum(1 for _, combo in self.pairs if combo.currentData() is None)
        return sum(1 for edit in getattr(self, "blanks", []) if not edit.text().strip())

    def focus_first_empty(self) -> None:
        if self.qtype == QuestionType.MATCHING:
            empty = [combo for _, combo in self.pairs if combo.currentData() is None]
            if empty:
                empty[0].setFocus()
            return
        for i, edit in enumerate(getattr(self, "blanks", [])):
            if not edit.text().strip():
                self._focus_blank(i)
                return

    def select_option(self, index: int) -> None:
        """Keyboard choice: 1–9 picks (or for 多选 toggles) an option."""
        choices = getattr(self, "choices", [])
        if 0 <= index < len(choices):
            button = choices[index]
            button.setChecked(not button.isChecked() if isinstance(button, QCheckBox) else True)

    def lock(self, right_answer: list) -> None:
        """Freeze the form and colour the options: right ones green, wrongly chosen ones red."""
        self.setEnabled(False)
        if self.qtype == QuestionType.MATCHING:
            self._mark_pairs(right_answer)
        for button in getattr(self, "choices", []):
            if button.option_text in right_answer:
                button.setStyleSheet(f"color: {GOOD_GREEN}; font-weight: bold;")
            elif button.isChecked():
                button.setStyleSheet(f"color: {RIGHT_RED}; text-decoration: line-through;")


    def _mark_pairs(self, right_answer: list) -> None:
        """✓ beside each row matched right, ✗ and its right partner beside each one not."""
        right = {left: partner for left, partner in right_answer}
        for (left, combo), (mark, partner) in zip(self.pairs, self.pair_marks):
            good = combo.currentData() == right.get(left)
            mark.setText("✓" if good else "✗")
            mark.setStyleSheet(f"color: {GOOD_GREEN if good else RIGHT_RED}; font-weight: bold;")
            mark.show()
            if not good:
                partner.setText(f"应为：{right.get(left, '')}")
                partner.setStyleSheet(f"color: {RIGHT_RED};")
                partner.show()
        self.repeat_warning.hide()


def swap_form(slot: QVBoxLayout, old: AnswerForm | None, question: dict, on_submit) -> AnswerForm:
    """Put the answer form of ``question`` in ``slot`` in place of ``old``, which goes at once
    (deleteLater alone would leave it showing until the event loop runs)."""
    if old is not None:
        slot.removeWidget(old)
        old.hide()
        old.deleteLater()
    form = AnswerForm(question)
    form.submitted.connect(on_submit)
    slot.addWidget(form)
    form.show()
    return form


def card_frame() -> QFrame:
    frame = QFrame()
    frame.setObjectName("studyCard")
    frame.setStyleSheet("#studyCard { background: #fffdf7; border: 1px solid #d8d0bc; border-radius: 10px; }")
    return frame


def scrolling_card(margins: tuple[int, int, int, int] = (28, 22, 28, 22)) -> tuple[QFrame, QVBoxLayout, QScrollArea]:
    """A card whose content scrolls inside it: a long question with its feedback and hint at large type
    then leaves the page's buttons on screen instead of pushing them below a laptop's edge."""
    frame = card_frame()
    outer = QVBoxLayout(frame)
    outer.setContentsMargins(2, 2, 2, 2)
    body = QWidget()
    body.setObjectName("cardBody")
    body.setStyleSheet("#cardBody { background: transparent; }")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(*margins)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setStyleSheet("QScrollArea { background: transparent; }")
    scroll.viewport().setAutoFillBackground(False)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return frame, inner, scroll

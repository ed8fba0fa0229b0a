"""学习包里的题 on the 测验 page: the question sets that came in a study pack, to take as a 测验 as they are.

    box = PackSetsBox(library)        # hidden while no pack brought questions
    box.start_requested.connect(lambda questions, article_ids: ...)
    box.refresh()
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from gui.study_widgets import big_button, card_frame, label
from quiz.pack_contents import PackSets

PACK_PREFIX = "学习包："


class PackSetsBox(QWidget):
    """A card with the imported sets (newest first) and 用这套题做测验."""

    start_requested = Signal(list, list)           # the set's questions in order, its article ids

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.sets = []
        card = card_frame()
        inner = QVBoxLayout(card)
        inner.addWidget(label(self.tr("学习包里的题：组织者在学习包里带来的题目，可以原样做一次测验"
                                      "（时间按上面的设置）。")))
        row = QHBoxLayout()
        self.combo = QComboBox()
        # a long pack name must not widen the page past the window (seen at 1366×768)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.start_button = big_button(self.tr("用这套题做测验"), primary=True)
        self.start_button.clicked.connect(self.start_chosen)
        row.addWidget(self.combo, 1)
        row.addWidget(self.start_button)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def refresh(self) -> None:
        chosen = self.combo.currentData()
        self.sets = [qs for qs, _title, _when in self._imported()]
        self.combo.clear()
        for qs, pack_title, when in self._imported():
            source = pack_title.removeprefix(PACK_PREFIX)
            self.combo.addItem(f"{qs.title}（{len(qs.questions)} 题，{when[5:10]} 导入）", qs.id)
            self.combo.setItemData(self.combo.count() - 1, f"来自学习包“{source}”，{when[:16].replace('T', ' ')} 导入",
                                   Qt.ItemDataRole.ToolTipRole)
        if chosen is not None and self.combo.findData(chosen) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(chosen))
        self.setVisible(bool(self.sets))

    def _imported(self):
        return PackSets(self.library.db).imported() if self.library is not None else []

    def start_chosen(self) -> bool:
        chosen = next((qs for qs in self.sets if qs.id == self.combo.currentData()), None)
        if chosen is None or not chosen.questions:
            return False
        self.start_requested.emit(list(chosen.questions), list(chosen.article_ids))
        return True

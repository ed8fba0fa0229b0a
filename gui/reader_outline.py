"""The reader's outline: an entry for the title and core points, then one for each section heading.

    outline = ReaderOutline()
    outline.fill(article)
    outline.mark(section)                       # the entry being read, selected without a signal
    outline.section_chosen.connect(go_to_section)
    section_at({0: 0, 2: 480}, 500)             # -> 2, the section a document position falls in
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from content.model import Article
from gui.reader_widths import OUTLINE_MIN_PX

TOP = -1   # the title and core points, before every section


class ReaderOutline(QListWidget):
    section_chosen = Signal(int)   # a section index, or TOP

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("Outline")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(OUTLINE_MIN_PX)
        self.setItemDelegate(WrappedEntry(self))
        self.itemClicked.connect(lambda item: self.section_chosen.emit(self._section(item)))

    def fill(self, article: Article) -> None:
        self.clear()
        self._add(self.tr("标题与核心提示"), TOP)
        for index, sec in enumerate(article.sections):
            if sec.heading:
                self._add(sec.heading, index).setToolTip(sec.heading)

    def _add(self, text: str, section: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, section)
        self.addItem(item)
        return item

    @staticmethod
    def _section(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def mark(self, section: int) -> None:
        """Select the entry of the section being read (untitled sections count with the one before)."""
        best = 0
        for row in range(self.count()):
            if self._section(self.item(row)) <= section:
                best = row
        if self.currentRow() != best:
            self.blockSignals(True)
            self.setCurrentRow(best)
            self.blockSignals(False)


class WrappedEntry(QStyledItemDelegate):
    """Every long heading wraps, none is cut with "…". The style sheet's item padding narrows the text
    when it is drawn but not when its height is measured, so a heading a few pixels too long for one
    line was measured as one line and then drawn cut ("纠“四风”一刻不停、寸步…") while longer ones
    wrapped: the height is measured at the width the text is drawn in."""

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else QStyle()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        if 0 < text_rect.width() < opt.rect.width():
            opt.rect.setWidth(text_rect.width())
        return super().sizeHint(opt, index)


def section_at(section_starts: dict[int, int], position: int) -> int:
    """The section whose start is the last one at or before position; TOP before the first."""
    starts = sorted((pos, s) for s, pos in section_starts.items())
    at = bisect.bisect_right([pos for pos, _ in starts], position) - 1
    return starts[at][1] if at >= 0 else TOP

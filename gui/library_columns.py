"""The widths of the library table's columns: the title gets the width first.

At large type (A+ several times) the table used to give most of its width to 作者 and 栏目 and cut every
title to about six characters (ux report 8, P4), so the very reader who enlarged the type could not tell
the articles apart. Now 导入日期 and 阅读进度 keep their contents' width, the title takes what it needs of
the rest, and 作者 and 栏目 share what is left (down to a few characters each, elided, the full text in
the row's tooltip); when everything fits, the title column takes the slack.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from gui.library_models import Column

SIDE_COLUMNS = (Column.AUTHORS, Column.COLUMN)      # shrink (elided) before the title does
FIXED_COLUMNS = (Column.IMPORTED, Column.PROGRESS)  # always their contents' width
LEAST_CHARS = 4      # a squeezed 作者/栏目 still shows about this many characters
CELL_PADDING = 12    # px a cell's margins take beside its text


def share_widths(available: int, title_need: int, side_need: list[int], side_least: list[int]) -> tuple[int, list[int]]:
    """(title width, side widths) within available: the title first, sides at least side_least
    (or their need, when smaller), and any slack to the title; in a very narrow table the title
    still keeps half."""
    floors = [min(need, least) for need, least in zip(side_need, side_least)]
    title = max(0, min(title_need, max(available - sum(floors), available // 2)))
    left = available - title
    if left >= sum(side_need):
        return available - sum(side_need), list(side_need)
    if left <= sum(floors):
        total = sum(floors) or 1
        return title, [left * floor // total for floor in floors]
    extra, wants = left - sum(floors), [need - floor for need, floor in zip(side_need, floors)]
    total = sum(wants) or 1
    return title, [floor + extra * want // total for floor, want in zip(floors, wants)]


class TitleFirstColumns(QObject):
    """Keeps a library table's columns fitted as the table, its type or its rows change."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self._pending = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in Column:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self.schedule)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.Show, QEvent.Type.Polish):
            self.schedule()
        return False

    def schedule(self, *_ignored) -> None:
        """Fit once the event loop is idle: a style change re-polishes the table before fonts settle."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def need(self, col: Column) -> int:
        header = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col))

    def fit(self) -> None:
        self._pending = False
        table, header = self.table, self.table.horizontalHeader()
        available = table.viewport().width()
        for col in FIXED_COLUMNS:
            header.resizeSection(col, self.need(col))
            available -= header.sectionSize(col)
        least = table.fontMetrics().horizontalAdvance("国" * LEAST_CHARS + "…") + CELL_PADDING
        title, sides = share_widths(max(0, available), self.need(Column.TITLE),
                                    [self.need(c) for c in SIDE_COLUMNS], [least] * len(SIDE_COLUMNS))
        header.resizeSection(Column.TITLE, title)
        for col, width in zip(SIDE_COLUMNS, sides):
            header.resizeSection(col, width)

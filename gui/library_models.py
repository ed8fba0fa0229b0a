"""Item models for the library screen: the article table and the search results."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from content.library import ArticleSummary, SearchHit
from content.title_block import column_name

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    TITLE = 0
    AUTHORS = 1
    COLUMN = 2
    IMPORTED = 3
    PROGRESS = 4


_HEADERS = {Column.TITLE: "标题", Column.AUTHORS: "作者", Column.COLUMN: "栏目",
            Column.IMPORTED: "导入日期", Column.PROGRESS: "阅读进度"}


def imported_label(iso: str) -> str:
    """'2026-11-28T21:10:05+08:00' -> '2026-11-28 21:10'."""
    return iso[:16].replace("T", " ") if iso else ""


def progress_label(summary: ArticleSummary) -> str:
    if summary.reading_seconds <= 0 and summary.progress <= 0:
        return "未读"
    minutes = round(summary.reading_seconds / 60)
    spent = f"，{minutes} 分钟" if minutes >= 1 else ""
    return f"{round(summary.progress * 100)}%{spent}"


class LibraryTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.summaries: list[ArticleSummary] = []

    def set_summaries(self, summaries: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self.summaries = list(summaries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_HEADERS[Column(section)])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.summaries[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            return self._sort_key(s, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [s.title, *self._side_lines(s), self.tr("来源：%1").replace("%1", s.source), *s.warnings]
            return "\n".join(lines)
        return None

    def _side_lines(self, s: ArticleSummary) -> list[str]:
        """作者 and 栏目 in full: at large type their cells are cut short to leave the title its width."""
        lines = [self.tr("作者：%1").replace("%1", "、".join(s.authors))] if s.authors else []
        column = column_name(s.column)
        return lines + ([self.tr("栏目：%1").replace("%1", column)] if column else [])

    def _display(self, s: ArticleSummary, col: Column) -> str:
        if col == Column.TITLE:
            return ("ⓘ " if s.warnings else "") + s.title
        if col == Column.AUTHORS:
            return "、".join(s.authors)
        if col == Column.COLUMN:
            # a ——subtitle is shown under the title in the reader, and a 引题 sentence above it, not here
            return column_name(s.column)
        if col == Column.IMPORTED:
            return imported_label(s.imported_at)
        return self.tr(progress_label(s))

    @staticmethod
    def _sort_key(s: ArticleSummary, col: Column):
        if col == Column.IMPORTED:
            # newest page first when descending, its articles still in page order
            return f"{s.imported_at}#{s.page_id:010d}#{10**9 - s.id:010d}"
        if col == Column.PROGRESS:
            return s.progress * 1e6 + s.reading_seconds
        if col == Column.AUTHORS:
            return "、".join(s.authors)
        return s.title if col == Column.TITLE else column_name(s.column)

    def row_of(self, article_id: int) -> int:
        for row, s in enumerate(self.summaries):
            if s.id == article_id:
                return row
        return -1


class LibraryFilterModel(QSortFilterProxyModel):
    """Sorts by the raw values and keeps rows whose title, authors or column contain the filter text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9 deprecates invalidateFilter()
            self.beginFilterChange()
            self._needle = text.strip()
            self.endFilterChange()
        else:
            self._needle = text.strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        model: LibraryTableModel = self.sourceModel()
        s = model.summaries[row]
        return any(self._needle in field for field in (s.title, "、".join(s.authors), s.column, s.source))


class SearchResultsModel(QAbstractListModel):
    """One row per hit: the article's title and the sentence that matched."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"《{hit.title}》\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        return None

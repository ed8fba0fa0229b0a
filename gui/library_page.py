"""The library screen: every imported article, a filter, full-text search, import buttons, and
renaming and deleting (buttons and the right-click menu)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QMenu, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from content.library import Library
from content.model import BadInput
from gui.library_columns import TitleFirstColumns
from gui.library_models import (HIT_ROLE, ID_ROLE, Column, LibraryFilterModel, LibraryTableModel,
                                SearchResultsModel)
from gui.messages import Messages
from gui.rename_dialog import RenameDialog

# (current title, parent) -> the new title, or None when the user cancelled
AskTitle = Callable[[str, QWidget], "str | None"]


class LibraryPage(QWidget):
    open_requested = Signal(int, object)      # article id, SearchHit or None
    import_requested = Signal()
    paste_requested = Signal()
    delete_requested = Signal(list)           # article ids
    article_renamed = Signal(int, str, str)   # article id, old title, new title (already stored)

    def __init__(self, lib: Library, parent=None, messages: Messages | None = None,
                 ask_title: AskTitle | None = None):
        super().__init__(parent)
        self.lib = lib
        self.messages = messages or Messages(self)
        self.ask_title: AskTitle = ask_title or RenameDialog.get_title
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.results = SearchResultsModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("筛选：标题、作者、栏目"))
        self.filter_edit.setClearButtonEnabled(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("全文搜索（两个字的词也能搜），回车开始"))
        self.search_edit.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("导入文件…"))
        self.paste_button = QPushButton(self.tr("粘贴导入…"))
        self.rename_button = QPushButton(self.tr("重命名…"))
        self.rename_button.setToolTip(self.tr("修改所选文章的标题（F2）"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.table = QTableView()
        self.results_view = QListView()
        self.results_label = QLabel()
        self.shown_query = ""   # the search whose hits are listed
        self._build()
        self._connect_inner()
        self.refresh()

    def _build(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.IMPORTED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.columns = TitleFirstColumns(self.table)    # the title gets the width first (large type)
        self.results_view.setModel(self.results)
        self.results_view.setWordWrap(True)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.import_button)
        top.addWidget(self.paste_button)
        top.addWidget(self.rename_button)
        top.addWidget(self.delete_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.results_label)
        lower_box.addWidget(self.results_view)
        self.results_pane = lower
        lower.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([500, 300])
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)

    def _connect_inner(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.search_edit.returnPressed.connect(lambda: self.run_search(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda text: text.strip() or self.results_pane.hide())
        self.table.activated.connect(self._row_activated)
        self.table.doubleClicked.connect(self._row_activated)
        self.results_view.activated.connect(self._hit_activated)
        self.results_view.clicked.connect(self._hit_activated)
        self.import_button.clicked.connect(self.import_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.rename_button.clicked.connect(self.rename_selected)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_clicked)
        QShortcut(QKeySequence("F2"), self.table, self.rename_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

    def refresh(self) -> None:
        selected = self.selected_ids()
        self.model.set_summaries(self.lib.list_articles())
        if selected:
            self.select_article(selected[0])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(len(self.selected_ids()) == 1)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            self.results_pane.hide()
            return
        hits = self.lib.search(query)
        self.shown_query = query
        self.results.set_hits(hits)
        self.results_label.setText(
            self.tr("“%1”：找到 %2 处（点击打开原文）").replace("%1", query).replace("%2", str(len(hits)))
            if hits else self.tr("“%1”：没有找到").replace("%1", query))
        self.results_pane.show()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [int(self.proxy.data(i, ID_ROLE)) for i in rows]

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _row_activated(self, index) -> None:
        self.open_requested.emit(int(self.proxy.data(index, ID_ROLE)), None)

    def _hit_activated(self, index) -> None:
        hit = self.results.data(index, HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit.article_id, hit)

    def _delete_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    # -- right-click menu and renaming ------------------------------------------
    def context_menu(self) -> QMenu | None:
        """The right-click menu for the selected articles (None when none is selected)."""
        ids = self.selected_ids()
        if not ids:
            return None
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("打开阅读"))
        open_action.triggered.connect(lambda: self.open_requested.emit(ids[0], None))
        rename_action = menu.addAction(self.tr("重命名…"))
        rename_action.setShortcut(QKeySequence("F2"))
        rename_action.setEnabled(len(ids) == 1)
        rename_action.triggered.connect(lambda: self.rename_article(ids[0]))
        menu.addSeparator()
        delete_action = menu.addAction(self.tr("删除") if len(ids) == 1
                                       else self.tr("删除所选的 %1 篇").replace("%1", str(len(ids))))
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.triggered.connect(lambda: self.delete_requested.emit(ids))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            self.select_article(int(self.proxy.data(index, ID_ROLE)))  # the row under the mouse, as in a file manager
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def rename_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.rename_article(ids[0])

    def rename_article(self, article_id: int) -> bool:
        """Ask for a new title and store it; True when the title changed."""
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        current = self.model.summaries[row].title
        title = self.ask_title(current, self)
        if title is None or title.strip() == current:
            return False
        try:
            renamed = self.lib.rename_article(article_id, title)
        except BadInput as exc:
            self.messages.warn(self.tr("无法重命名"), str(exc))
            return False
        self.refresh()
        self.select_article(article_id)
        if self.results_pane.isVisibleTo(self) and self.shown_query:
            self.run_search(self.shown_query)  # the hits name their article
        self.article_renamed.emit(article_id, renamed.old_title, renamed.title)
        return True

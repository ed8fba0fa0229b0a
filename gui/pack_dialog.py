"""集体学习 → 导出学习包…: tick the articles and question sets to pack, and see what will go in.

    contents = PackExportDialog.choose(window, lib, window.chosen_article_ids())   # PackContents or None

The articles chosen in the window come ticked, with the newest question set on them (the paper
just printed) and that set's other articles. A set goes in only with all its articles: ticking a
set ticks them and says so; unticking one of them takes the set out and says so.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from gui.window_geometry import fit_to_screen
from quiz.pack_contents import PackContents, plan_pack, suggested_sets
from quiz.question_sets import QuestionSet, QuestionSetStore

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
ID = Qt.ItemDataRole.UserRole


def _titles(names: list[str]) -> str:
    shown = "".join(f"《{n}》" for n in names[:3])
    return shown + (f"等 {len(names)} 篇" if len(names) > 3 else "")


class PackExportDialog(QDialog):
    def __init__(self, lib, chosen_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出学习包"))
        self.titles = {s.id: s.title for s in lib.list_articles()}
        self.sets = {qs.id: qs for qs in QuestionSetStore(lib.db).all()}
        self.articles = self._list()
        self.question_sets = self._list()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #1d5fa8;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._fill(chosen_ids)
        self.articles.itemChanged.connect(self._article_ticked)
        self.question_sets.itemChanged.connect(self._set_ticked)
        self.note.setText(self._preselection_note(chosen_ids))
        self._update_summary()
        fit_to_screen(self, 760, 640)

    @staticmethod
    def _list() -> QListWidget:
        box = QListWidget()
        box.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        return box

    def _lay_out(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("放进学习包的文章（成员电脑上会出现在文库里）：")))
        box.addWidget(self.articles, 3)
        box.addWidget(QLabel(self.tr("放进学习包的题目（出试卷时保存的题；成员可以在“测验”里直接做）：")))
        box.addWidget(self.question_sets, 2)
        box.addWidget(self.note)
        box.addWidget(self.summary)
        box.addWidget(self.buttons)

    def _fill(self, chosen_ids: list[int]) -> None:
        suggested = {qs.id for qs in suggested_sets(list(self.sets.values()), chosen_ids)}
        wanted = set(chosen_ids) | {i for s in suggested for i in self.sets[s].article_ids}
        for article_id, title in self.titles.items():
            self.articles.addItem(self._item(title, article_id, article_id in wanted))
        for qs in sorted(self.sets.values(), key=lambda s: -(s.id or 0)):
            item = self._item(self._set_label(qs), qs.id, qs.id in suggested)
            if not set(qs.article_ids) <= set(self.titles) or not qs.article_ids:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)   # an article of it was deleted
                item.setCheckState(UNCHECKED)
            self.question_sets.addItem(item)
        if not self.sets:
            self.question_sets.addItem(self.tr("（还没有保存的题目：用“集体学习 → 出试卷…”出一份试卷，导出后题目就保存了）"))

    @staticmethod
    def _item(text: str, key: int, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ID, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(CHECKED if checked else UNCHECKED)
        return item

    def _set_label(self, qs: QuestionSet) -> str:
        missing = [i for i in qs.article_ids if i not in self.titles]
        text = f"{qs.title}（{len(qs.questions)} 题，出自 {len(qs.article_ids)} 篇文章）"
        return text + ("　有文章已从文库删除，不能放入" if missing or not qs.article_ids else "")

    def _preselection_note(self, chosen_ids: list[int]) -> str:
        added = [i for i in self.checked(self.articles) if i not in chosen_ids]
        sets = self.checked(self.question_sets)
        if not sets or not added:
            return ""
        return self.tr("“{0}”出自 {1} 篇文章，已把其余的{2}一并勾选。").format(
            self.sets[sets[0]].title, len(self.sets[sets[0]].article_ids), _titles([self.titles[i] for i in added]))

    # ---- keeping a set with its articles -----------------------------------------------------
    @staticmethod
    def checked(box: QListWidget) -> list[int]:
        return [box.item(i).data(ID) for i in range(box.count())
                if box.item(i).data(ID) is not None and box.item(i).checkState() == CHECKED]

    def _items(self, box: QListWidget, keys) -> list[QListWidgetItem]:
        return [box.item(i) for i in range(box.count()) if box.item(i).data(ID) in keys]

    def _set_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == CHECKED:
            qs = self.sets[item.data(ID)]
            added = [it for it in self._items(self.articles, qs.article_ids) if it.checkState() == UNCHECKED]
            self.articles.blockSignals(True)
            for it in added:
                it.setCheckState(CHECKED)
            self.articles.blockSignals(False)
            self.note.setText(self.tr("这套题出自 {0} 篇文章，已同时勾选{1}。").format(
                len(qs.article_ids), _titles([it.text() for it in added])) if added else "")
        self._update_summary()

    def _article_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == UNCHECKED:
            needing = [it for it in self._items(self.question_sets, self.checked(self.question_sets))
                       if item.data(ID) in self.sets[it.data(ID)].article_ids]
            self.question_sets.blockSignals(True)
            for it in needing:
                it.setCheckState(UNCHECKED)
            self.question_sets.blockSignals(False)
            if needing:
                self.note.setText(self.tr("“{0}”要用到《{1}》，这套题不再放入学习包。").format(
                    self.sets[needing[0].data(ID)].title, item.text()))
        self._update_summary()

    def contents(self) -> PackContents:
        return plan_pack(self.checked(self.articles), [self.sets[i] for i in self.checked(self.question_sets)])

    def _update_summary(self) -> None:
        plan = self.contents()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(plan.article_ids))
        self.summary.setText(self.tr("将放进学习包：{0}").format(plan.summary()) if plan.article_ids
                             else self.tr("请至少勾选一篇文章。"))

    @classmethod
    def choose(cls, parent, lib, chosen_ids: list[int]) -> PackContents | None:
        dialog = cls(lib, chosen_ids, parent)
        return dialog.contents() if dialog.exec() == QDialog.DialogCode.Accepted else None

"""The 试卷 dialog (scene 2): generate a paper from chosen articles, read it through, drop questions,
then print A/B papers and the answer key as Word and/or PDF. The reviewed set is saved for study packs.

    result = PaperDialog.run(parent, lib, [1, 2, 3])   # PaperResult(files, set_id) or None
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSizePolicy, QSpinBox, QSplitter, QVBoxLayout,
                               QWidget)

from content.model import BadInput
from gui.file_dialogs import ask_save_path
from gui.messages import Messages
from gui.paper_review_text import question_text, shortfall_text
from gui.window_geometry import fit_to_screen
from quiz.paper_export import PaperFormat, export_paper, parse_variants
from quiz.paper_layout import build_paper
from quiz.paper_replacements import find_replacement
from quiz.question_sets import QuestionSet, QuestionSetStore, generate_set

DEFAULT_TITLE = "理论学习测试"
EXPORT_BUTTONS = [("导出 Word 文档（可用 WPS 打开）…", PaperFormat.DOCX), ("导出 PDF 文件…", PaperFormat.PDF)]
FORMAT_NAMES = {PaperFormat.DOCX: "Word 文档", PaperFormat.PDF: "PDF 文件"}
ARTICLE_ROWS = 8       # the 出题文章 list shows this many titles before it scrolls


@dataclass
class PaperResult:
    files: list[Path]
    set_id: int | None


class PaperDialog(QDialog):
    """Generate, review, and export as often as needed (Word and PDF from the same questions); 完成 closes."""

    def __init__(self, lib, article_ids: list[int], build=None, messages: Messages | None = None,
                 choose_path: Callable[[str], str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出试卷"))
        # a long paper is read through here: the window grows and maximises like any other
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.WindowMinMaxButtonsHint)
        self.setSizeGripEnabled(True)
        self.lib = lib
        self._chosen = list(article_ids)
        self.build = build
        self.messages = messages or Messages(self)
        self.choose_path = choose_path or self._ask_path
        self.store = QuestionSetStore(lib.db)
        self.question_set: QuestionSet | None = None
        self.result: PaperResult | None = None
        self._asked = 0
        self._gone: list[dict] = []      # questions replaced by 换一题: never offered again
        self._articles_used = []
        self._make_widgets()
        self._build()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Tall enough to read the questions, never past the screen (1366×768 office screens)."""
        fit_to_screen(self, 1100, 900, margin=(20, 20))

    def showEvent(self, event) -> None:
        """The settings take the form's height, or up to ARTICLE_ROWS titles; the rest is for the questions."""
        super().showEvent(event)
        rows = min(max(self.articles.count(), 4), ARTICLE_ROWS)
        row = max(self.articles.sizeHintForRow(0), self.articles.fontMetrics().lineSpacing())
        listed = rows * row + 2 * self.articles.frameWidth() + self.articles_label.sizeHint().height() + 8
        top = min(max(self._form.sizeHint().height(), listed), self.splitter.height() // 2)
        self.splitter.setSizes([top, max(1, self.splitter.height() - top)])

    def _make_widgets(self) -> None:
        self.articles = QListWidget()  # every article of the library, the chosen ones ticked
        self.articles.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # the ticked articles first, so "已勾选 N 篇" is never about titles scrolled out of sight
        summaries = self.lib.list_articles()
        summaries = [s for s in summaries if s.id in self._chosen] + [s for s in summaries if s.id not in self._chosen]
        for summary in summaries:
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(summary.title)
            item.setCheckState(Qt.CheckState.Checked if summary.id in self._chosen else Qt.CheckState.Unchecked)
            self.articles.addItem(item)
        # a long title ends in "…" (full in its tooltip) rather than a scroll bar that hides a row
        self.articles.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.articles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles.setMinimumHeight(self.articles.fontMetrics().lineSpacing() * 2)
        self.articles_label = QLabel()
        self.articles.itemChanged.connect(lambda _item: self._show_articles())
        self._show_articles()
        self.title_edit = QLineEdit(self.tr(DEFAULT_TITLE))
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(30)
        self.seed = QSpinBox()
        self.seed.setRange(1, 1_000_000)
        self.seed.setToolTip(self.tr("同一个编号总是出同一套题；换一个编号，就换一套题。"))
        self.another_set_button = QPushButton(self.tr("换一套题"))
        self.another_set_button.setToolTip(self.tr("出题编号加 1，重新出一套题。"))
        self.another_set_button.clicked.connect(self.another_set)
        self.variants = QLineEdit("A,B")
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setAlternatingRowColors(True)
        # an item is several lines long: the wheel moves by lines, not by whole questions
        self.questions.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.questions.verticalScrollBar().setSingleStep(self.questions.fontMetrics().lineSpacing())
        self.questions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.questions.itemChanged.connect(self._toggled)
        self.questions.currentItemChanged.connect(lambda *_: self._show_replace_button())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.saved = QLabel()    # one line; the full paths are in its tooltip
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.generate_button = QPushButton(self.tr("生成题目"))
        self.generate_button.clicked.connect(self.generate)
        self.replace_button = QPushButton(self.tr("换一题"))
        self.replace_button.setEnabled(False)
        self.replace_button.clicked.connect(self.replace_questions)
        self.export_buttons = {}
        for text, fmt in EXPORT_BUTTONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            button.setEnabled(False)
            self.export_buttons[fmt] = button
        self.scores_button = QPushButton(self.tr("录入成绩…"))
        self.scores_button.setToolTip(self.tr("考完、批改好以后，把每人的得分录进来，导出学习台账时会有“试卷成绩”表。"))
        self.scores_button.setEnabled(False)
        self.scores_button.clicked.connect(self.record_scores)
        self.done_button = QPushButton(self.tr("完成"))
        self.done_button.clicked.connect(self.accept)

    @property
    def article_ids(self) -> list[int]:
        """The ticked articles, in library order."""
        return [self.articles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def _show_articles(self) -> None:
        """One short line above the list (the list shows the titles); the titles also in the tooltip."""
        titles = [f"《{self.articles.item(i).text()}》" for i in range(self.articles.count())
                  if self.articles.item(i).checkState() == Qt.CheckState.Checked]
        if not titles:
            self.articles_label.setText(self.tr("还没有勾选文章：勾选一篇或几篇，再点“生成题目”。"))
            self.articles_label.setToolTip("")
            return
        self.articles_label.setText(self.tr("出题文章（已勾选 %1 篇）：").replace("%1", str(len(titles))))
        self.articles_label.setToolTip("\n".join(titles))

    def _build(self) -> None:
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.another_set_button)
        form = QFormLayout()
        form.addRow(self.tr("试卷标题"), self.title_edit)
        form.addRow(self.tr("题目数量"), self.count)
        form.addRow(self.tr("出题编号"), seed_row)
        form.addRow(self.tr("卷别"), self.variants)
        self.variants.setPlaceholderText(self.tr("留空为一卷"))
        self.variants.setToolTip(self.tr("如 A,B：出 A、B 两卷，题目相同、顺序不同；留空为一卷。"))
        picked = QVBoxLayout()
        picked.setContentsMargins(0, 0, 0, 0)
        picked.addWidget(self.articles_label)
        picked.addWidget(self.articles, 1)
        setup = QWidget()
        top = QHBoxLayout(setup)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(picked, 3)
        top.addLayout(form, 2)
        review = QWidget()
        lower = QVBoxLayout(review)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(QLabel(self.tr("逐题审阅：取消勾选的题不进试卷；点一下某题再点“换一题”，就把它换成新题")))
        lower.addWidget(self.questions, 1)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.replace_button)
        lower.addLayout(line)
        lower.addWidget(self.saved)
        self.splitter = QSplitter(Qt.Orientation.Vertical)    # the user can drag the list taller still
        self.splitter.addWidget(setup)
        self.splitter.addWidget(review)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.scores_button)
        buttons.addWidget(self.done_button)
        box = QVBoxLayout(self)
        box.addWidget(self.splitter, 1)
        box.addLayout(buttons)

    @classmethod
    def run(cls, parent, lib, article_ids: list[int]) -> PaperResult | None:
        dialog = cls(lib, article_ids, parent=parent)
        dialog.exec()
        return dialog.result

    # ---- generating and reviewing -------------------------------------------------------------
    def generate(self) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            articles = [self.lib.get_article(i) for i in self.article_ids]
            self.question_set = generate_set(articles, self.count.value(), self.seed.value(),
                                             self.title_edit.text(), self.article_ids, self.build)
        except (BadInput, KeyError) as exc:
            self.messages.warn(self.tr("无法出题"), str(exc) if isinstance(exc, BadInput) else self.tr("文章已被删除。"))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._asked = self.count.value()
        self._gone = []
        self._articles_used = articles
        self.saved.setText("")
        self.saved.setToolTip("")
        self._fill()
        return True

    def another_set(self) -> bool:
        """换一套题: the next 出题编号, generated at once."""
        self.seed.setValue(self.seed.value() + 1)
        return self.generate()

    def _fill(self) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for q in self.question_set.questions:
            item = QListWidgetItem()
            self._show_question(item, q)
            item.setCheckState(Qt.CheckState.Checked)
            self.questions.addItem(item)
        self.questions.blockSignals(False)
        self._summarise()

    def _show_question(self, item: QListWidgetItem, q: dict) -> None:
        item.setText(question_text(q))
        item.setData(Qt.ItemDataRole.UserRole, q["id"])
        item.setToolTip(self.tr("出处：") + q.get("explanation", ""))

    def _unticked_items(self) -> list[QListWidgetItem]:
        return [self.questions.item(row) for row in range(self.questions.count())
                if self.questions.item(row).checkState() != Qt.CheckState.Checked]

    def replace_questions(self) -> int:
        """换一题: the unticked questions if there are any, else the selected one; returns how many."""
        if self._unticked_items():
            return self.replace_dropped()
        return self.replace_selected()

    def replace_selected(self) -> int:
        """换一题 on the selected (ticked) question: a new one takes its place in the list."""
        item = self.questions.currentItem()
        if item is None or self.question_set is None:
            return 0
        return self._replace_items([item])

    def replace_dropped(self) -> int:
        """换一题: every unticked question gives way to a new one from the same articles; returns how many."""
        return self._replace_items(self._unticked_items())

    def _replace_items(self, items: list[QListWidgetItem]) -> int:
        replaced, exhausted = 0, False
        everything = self.question_set.questions + self.question_set.dropped
        self.questions.blockSignals(True)
        for item in items:
            old = next(q for q in everything if q["id"] == item.data(Qt.ItemDataRole.UserRole))
            kept = [q for q in self.question_set.questions if q["id"] != old["id"]]
            new = find_replacement(self._articles_used, kept,
                                   self._gone + self.question_set.dropped + [old], old, self.seed.value(), self.build)
            if new is None:
                exhausted = True
                break
            self.question_set.replace(old["id"], new)
            self._gone.append(old)
            self._show_question(item, new)
            item.setCheckState(Qt.CheckState.Checked)
            if not replaced:
                self.questions.setCurrentItem(item)
                self.questions.scrollToItem(item)
            replaced += 1
        self.questions.blockSignals(False)
        self._summarise()
        if replaced:
            self.summary.setText(self.summary.text() + self.tr("已换上 %1 道新题（已选中）。").replace("%1", str(replaced)))
        if exhausted:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "这几篇文章出不了更多新题了，可以在上面多勾选几篇文章，再点“生成题目”。"))
        return replaced

    def _toggled(self, item: QListWidgetItem) -> None:
        qid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.question_set.restore(qid)
        else:
            self.question_set.drop(qid)
        self._summarise()

    def _summarise(self) -> None:
        kept = self.question_set.questions
        dropped = len(self.question_set.dropped)
        text = self.tr("试卷共 %1 题").replace("%1", str(len(kept)))
        if kept:
            total = build_paper(kept, DEFAULT_TITLE).total_points
            text += self.tr("，满分 %1 分").replace("%1", str(total))
        if dropped:
            text += self.tr("（已去掉 %1 题）").replace("%1", str(dropped))
        generated = len(kept) + dropped
        why = shortfall_text(self._asked, generated, len(self.article_ids))
        self.summary.setText(text + ("。\n" + self.tr(why) if why else "。"))
        for button in self.export_buttons.values():
            button.setEnabled(bool(kept))
        self._show_replace_button()

    def _show_replace_button(self) -> None:
        """换一题 says what it will replace: the unticked questions, else the selected one."""
        unticked = len(self._unticked_items()) if self.question_set is not None else 0
        selected = self.question_set is not None and self.questions.currentItem() is not None
        if unticked:
            self.replace_button.setText(self.tr("换掉取消勾选的 %1 题").replace("%1", str(unticked)))
        else:
            self.replace_button.setText(self.tr("换一题"))
        self.replace_button.setEnabled(bool(unticked) or selected)
        self.replace_button.setToolTip(self.tr(
            "点一下某题（选中它），再点这里，就把它换成同几篇文章里的新题（尽量同一题型）；"
            "有取消勾选的题时，换掉的是取消勾选的题。") if unticked or selected else self.tr(
            "先点一下要换的题（选中它），或取消勾选它，再点这里。"))

    # ---- exporting ----------------------------------------------------------------------------
    def _ask_path(self, suffix: str) -> str:
        return ask_save_path(self, self.tr("保存试卷"), f"{self.title_edit.text() or DEFAULT_TITLE}{suffix}",
                             f"*{suffix}")

    def export(self, fmt: PaperFormat = PaperFormat.DOCX) -> bool:
        """Write the papers and key in one format; the dialog stays open for the other format."""
        path = self.choose_path(fmt.value)
        if not path:
            return False
        path = Path(path) if Path(path).suffix.lower() == fmt.value else Path(path + fmt.value)
        name = self.tr(FORMAT_NAMES[fmt])
        self.saved.setText(self.tr("正在导出 %1，请稍候……").replace("%1", name))
        self.saved.setToolTip("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()   # the save dialog goes and the message shows before the long write
        try:
            variants = parse_variants(self.variants.text())
            files = export_paper(self.question_set.questions, self.title_edit.text(), path,
                                 seed=self.seed.value(), variants=variants)
        except BadInput as exc:
            self.saved.setText(self.tr("%1没有导出。").replace("%1", name))
            self.messages.warn(self.tr("无法导出试卷"), str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.question_set.title = self.title_edit.text().strip() or DEFAULT_TITLE
        set_id = self.store.save(self.question_set)
        self.result = PaperResult(files, set_id)
        self.saved.setText(self.tr("已导出 %1 个 %3 到 %2（鼠标停在这里可看文件名）")
                           .replace("%1", str(len(files))).replace("%2", str(files[0].parent)).replace("%3", name))
        self.saved.setToolTip(self.tr("可以再导出另一种格式；考完后可点“录入成绩”，或点“完成”。\n")
                              + "\n".join(str(f) for f in files))
        self.scores_button.setEnabled(True)
        return True

    def record_scores(self, run=None):
        """The printed paper's scores, with its title, full marks and articles filled in."""
        from gui.paper_scores_dialog import PaperScoresDialog
        total = build_paper(self.question_set.questions, DEFAULT_TITLE).total_points
        return PaperScoresDialog.record(self, self.lib, self.messages, title=self.question_set.title,
                                        full_marks=total, article_ids=self.article_ids, run=run)

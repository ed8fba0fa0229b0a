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
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout)

from content.model import BadInput
from gui.file_dialogs import ask_save_path
from gui.messages import Messages
from quiz.paper_export import PaperFormat, export_paper, parse_variants
from quiz.paper_layout import build_paper
from quiz.question_data import TYPE_NAMES, answer_text, lettered
from quiz.question_sets import QuestionSet, QuestionSetStore, generate_set

DEFAULT_TITLE = "理论学习测试"
EXPORT_BUTTONS = [("导出 Word 文档（可用 WPS 打开）…", PaperFormat.DOCX), ("导出 PDF 文件…", PaperFormat.PDF)]


@dataclass
class PaperResult:
    files: list[Path]
    set_id: int | None


def question_text(q: dict) -> str:
    """A question as the review list shows it: type, stem, lettered options, the answer."""
    kind = TYPE_NAMES.get(q.get("type"), "")  # QuestionType is a str Enum: its value finds it
    options = "".join(f"\n　　{o}" for o in lettered(q.get("options") or [])) \
        if q.get("type") in ("single_choice", "multiple_choice", "ordering", "matching") else ""
    return f"【{kind}】{q['stem']}{options}\n　　答案：{answer_text(q)}"


def shortfall_text(asked: int, got: int, articles: int) -> str:
    """Why a paper has fewer questions than asked for."""
    if got >= asked:
        return ""
    which = "这篇文章" if articles == 1 else f"这 {articles} 篇文章"
    return (f"要出 {asked} 道，{which}只能出 {got} 道合格的题。"
            "要更多的题，可以在文库里多选几篇文章。")


class PaperDialog(QDialog):
    """Generate, review, and export as often as needed (Word and PDF from the same questions); 完成 closes."""

    def __init__(self, lib, article_ids: list[int], build=None, messages: Messages | None = None,
                 choose_path: Callable[[str], str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出试卷"))
        self.lib = lib
        self._chosen = list(article_ids)
        self.build = build
        self.messages = messages or Messages(self)
        self.choose_path = choose_path or self._ask_path
        self.store = QuestionSetStore(lib.db)
        self.question_set: QuestionSet | None = None
        self.result: PaperResult | None = None
        self._asked = 0
        self._make_widgets()
        self._build()
        self.resize(980, 760)

    def _make_widgets(self) -> None:
        self.articles = QListWidget()  # every article of the library, the chosen ones ticked
        self.articles.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for summary in self.lib.list_articles():
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setCheckState(Qt.CheckState.Checked if summary.id in self._chosen else Qt.CheckState.Unchecked)
            self.articles.addItem(item)
        rows = min(max(self.articles.count(), 2), 5)  # the questions below need the room more
        self.articles.setMaximumHeight(int(self.articles.fontMetrics().lineSpacing() * (rows + 0.6)) + 8)
        self.articles_label = QLabel(self._articles_text())
        self.articles_label.setWordWrap(True)
        self.articles.itemChanged.connect(lambda _item: self.articles_label.setText(self._articles_text()))
        self.title_edit = QLineEdit(self.tr(DEFAULT_TITLE))
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(30)
        self.seed = QSpinBox()
        self.seed.setRange(1, 1_000_000)
        self.seed.setToolTip(self.tr("同一个编号总是出同一套题；换一个编号，就换一套题。"))
        self.variants = QLineEdit("A,B")
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.setAlternatingRowColors(True)
        self.questions.itemChanged.connect(self._toggled)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generate_button = QPushButton(self.tr("生成题目"))
        self.generate_button.clicked.connect(self.generate)
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

    def _articles_text(self) -> str:
        titles = [f"《{self.articles.item(i).text()}》" for i in range(self.articles.count())
                  if self.articles.item(i).checkState() == Qt.CheckState.Checked]
        if not titles:
            return self.tr("还没有勾选文章：在下面勾选一篇或几篇文章，再点“生成题目”。")
        return self.tr("用这 %1 篇文章出题：").replace("%1", str(len(titles))) + "、".join(titles)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("试卷标题"), self.title_edit)
        form.addRow(self.tr("题目数量"), self.count)
        form.addRow(self.tr("题目组合编号"), self.seed)
        form.addRow(self.tr("卷别（如 A,B；留空为一卷）"), self.variants)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.scores_button)
        buttons.addWidget(self.done_button)
        box = QVBoxLayout(self)
        box.addWidget(self.articles_label)
        box.addWidget(self.articles)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("逐题审阅：取消勾选的题目不进试卷")))
        box.addWidget(self.questions, 1)
        box.addWidget(self.summary)
        box.addWidget(self.saved)
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
        self.saved.setText("")
        self._fill()
        return True

    def _fill(self) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for q in self.question_set.questions:
            item = QListWidgetItem(question_text(q))
            item.setData(Qt.ItemDataRole.UserRole, q["id"])
            item.setToolTip(self.tr("出处：") + q.get("explanation", ""))
            item.setCheckState(Qt.CheckState.Checked)
            self.questions.addItem(item)
        self.questions.blockSignals(False)
        self._summarise()

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
        try:
            variants = parse_variants(self.variants.text())
            files = export_paper(self.question_set.questions, self.title_edit.text(), path,
                                 seed=self.seed.value(), variants=variants)
        except BadInput as exc:
            self.messages.warn(self.tr("无法导出试卷"), str(exc))
            return False
        self.question_set.title = self.title_edit.text().strip() or DEFAULT_TITLE
        set_id = self.store.save(self.question_set)
        self.result = PaperResult(files, set_id)
        self.saved.setText(self.tr("已保存（可以再导出另一种格式；考完后可点“录入成绩”，或点“完成”）：\n")
                           + "\n".join(str(f) for f in files))
        self.scores_button.setEnabled(True)
        return True

    def record_scores(self, run=None):
        """The printed paper's scores, with its title, full marks and articles filled in."""
        from gui.paper_scores_dialog import PaperScoresDialog
        total = build_paper(self.question_set.questions, DEFAULT_TITLE).total_points
        return PaperScoresDialog.record(self, self.lib, self.messages, title=self.question_set.title,
                                        full_marks=total, article_ids=self.article_ids, run=run)

"""The 试卷 dialog (scene 2): generate a paper from chosen articles, read it through, drop questions,
then print A/B papers and the answer key as Word or PDF. The reviewed set is saved for study packs.

    result = PaperDialog.run(parent, lib, [1, 2, 3])   # PaperResult(files, set_id) or None
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout)

from content.model import BadInput
from gui.file_dialogs import ask_save_path
from gui.messages import Messages
from quiz.paper_export import PaperFormat, export_paper, parse_variants
from quiz.question_data import TYPE_NAMES, answer_text
from quiz.question_sets import QuestionSet, QuestionSetStore, generate_set

DEFAULT_TITLE = "理论学习测试"
FORMATS = [("Word 文档（.docx，可用 WPS 打开）", PaperFormat.DOCX), ("PDF 文件（.pdf）", PaperFormat.PDF)]


@dataclass
class PaperResult:
    files: list[Path]
    set_id: int | None


def question_line(q: dict) -> str:
    kind = TYPE_NAMES.get(q.get("type"), "")  # QuestionType is a str Enum: its value finds it
    return f"【{kind}】{q['stem']}　→　{answer_text(q)}"


class PaperDialog(QDialog):
    def __init__(self, lib, article_ids: list[int], build=None, messages: Messages | None = None,
                 choose_path: Callable[[str], str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出试卷"))
        self.lib = lib
        self.article_ids = list(article_ids)
        self.build = build
        self.messages = messages or Messages(self)
        self.choose_path = choose_path or self._ask_path
        self.store = QuestionSetStore(lib.db)
        self.question_set: QuestionSet | None = None
        self.result: PaperResult | None = None
        self._make_widgets()
        self._build()
        self.resize(900, 680)

    def _make_widgets(self) -> None:
        self.title_edit = QLineEdit(self.tr(DEFAULT_TITLE))
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(30)
        self.seed = QSpinBox()
        self.seed.setRange(1, 1_000_000)
        self.variants = QLineEdit("A,B")
        self.format = QComboBox()
        for label, fmt in FORMATS:
            self.format.addItem(self.tr(label), fmt)
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.questions.itemChanged.connect(self._toggled)
        self.summary = QLabel()
        self.generate_button = QPushButton(self.tr("生成题目"))
        self.export_button = QPushButton(self.tr("导出试卷和答案…"))
        self.generate_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("试卷标题"), self.title_edit)
        form.addRow(self.tr("题目数量"), self.count)
        form.addRow(self.tr("随机种子（同一种子出同一套题）"), self.seed)
        form.addRow(self.tr("卷别（如 A,B；留空为一卷）"), self.variants)
        form.addRow(self.tr("文件格式"), self.format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("逐题审阅：取消勾选的题目不进试卷")))
        box.addWidget(self.questions, 1)
        box.addWidget(self.summary)
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
        self._fill()
        return True

    def _fill(self) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for q in self.question_set.questions:
            item = QListWidgetItem(question_line(q))
            item.setData(Qt.ItemDataRole.UserRole, q["id"])
            item.setToolTip("\n".join([*q.get("options", []), q.get("explanation", "")]))
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
        kept = len(self.question_set.questions)
        dropped = len(self.question_set.dropped)
        self.summary.setText(self.tr(f"试卷共 {kept} 题" + (f"（已去掉 {dropped} 题）" if dropped else "")))
        self.export_button.setEnabled(kept > 0)

    # ---- exporting ----------------------------------------------------------------------------
    def _ask_path(self, suffix: str) -> str:
        return ask_save_path(self, self.tr("保存试卷"), f"{self.title_edit.text() or DEFAULT_TITLE}{suffix}",
                             f"*{suffix}")

    def export(self) -> bool:
        fmt = PaperFormat(self.format.currentData())
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
        self.messages.inform(self.tr("试卷已导出"), self.tr("已保存：\n") + "\n".join(str(f) for f in files))
        self.accept()
        return True

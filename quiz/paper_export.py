"""Print a question set as 试卷 files: one per variant, plus the answer key in a separate file.

    >>> import tempfile, pathlib
    >>> qs = [{"id": "a", "type": "true_false", "stem": "甲是乙。", "answer": [True]}]
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "试卷.docx"
    >>> [p.name for p in export_paper(qs, "测试", out, seed=1, variants=["A", "B"])]
    ['试卷_A卷.docx', '试卷_B卷.docx', '试卷_答案.docx']
"""
from __future__ import annotations

import string
from enum import Enum
from pathlib import Path

from content.model import BadInput
from quiz.paper_layout import build_paper


class PaperFormat(str, Enum):
    DOCX = ".docx"
    PDF = ".pdf"


def paper_format(path: Path) -> PaperFormat:
    try:
        return PaperFormat(Path(path).suffix.lower())
    except ValueError:
        raise BadInput(f"试卷只能导出为 Word（.docx）或 PDF（.pdf）文件，而不是“{Path(path).name}”。") from None


def parse_variants(text: str | None) -> list[str]:
    """"A,B" → ["A", "B"]; none → one paper without a variant mark."""
    if not text:
        return [""]
    names = [v.strip().upper() for v in text.replace("，", ",").split(",") if v.strip()]
    if not names or any(v not in string.ascii_uppercase or len(v) != 1 for v in names) or len(set(names)) != len(names):
        raise BadInput("试卷的卷别请写成单个字母并用逗号分开，例如 A,B。")
    return names


def export_paper(questions: list, title: str, out: Path, seed: int = 1,
                 variants: list[str] | None = None) -> list[Path]:
    """Write the paper(s) and the key next to `out`; returns the files written, key last."""
    out = Path(out)
    fmt = paper_format(out)
    variants = variants or [""]
    papers = [build_paper(questions, title, seed=seed, variant=v) for v in variants]
    key_path = out.with_name(f"{out.stem}_答案{fmt.value}")
    if fmt == PaperFormat.DOCX:
        from quiz.paper_docx import write_key_docx as write_key, write_paper_docx as write_one
    else:
        from quiz.paper_pdf import find_cjk_font, write_key_pdf, write_paper_pdf
        font = find_cjk_font()   # before writing anything: no font, no half-written set of files

        def write_one(paper, path):
            return write_paper_pdf(paper, path, font)

        def write_key(papers_, path):
            return write_key_pdf(papers_, path, font)
    written = []
    for paper in papers:
        path = out if not paper.variant else out.with_name(f"{out.stem}_{paper.variant}卷{fmt.value}")
        written.append(write_one(paper, path))
    written.append(write_key(papers, key_path))
    return written

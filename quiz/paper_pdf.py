"""Write a laid-out 试卷 and its answer key as PDF (fpdf2) with a Chinese font from the system, embedded.

    >>> font = find_cjk_font()          # e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
    >>> font.path.exists()
    True

The font is looked for with fc-list (Linux), then in the usual places on Windows, 统信 UOS and
麒麟; a machine without any Chinese font gets a clear message instead of a PDF of empty boxes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, WrapMode, XPos, YPos

from content.model import BadInput
from quiz.file_output import OPEN_ELSEWHERE, write_export
from quiz.paper_layout import Paper, PaperItem, options_fit_one_line, source_line

# Best first: TrueType outlines embed reliably; OpenType/CFF collections (Noto CJK) come later.
FONT_NAMES = ("wqy-microhei", "simsun", "msyh", "simhei", "simkai", "notosanscjk", "notoserifcjk",
              "sourcehansans", "droidsansfallback", "wqy-zenhei", "uming", "ukai")
WINDOWS_FONTS = ("simsun.ttc", "msyh.ttc", "simhei.ttf", "simkai.ttf")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/System/Library/Fonts", "/Library/Fonts")
NO_LINE_START = set("。，、；：？！）》」』”’…·%")
NO_FONT = ("没有找到中文字体，无法生成 PDF。请安装一种中文字体（如 fonts-wqy-microhei 或 fonts-noto-cjk；"
           "Windows 自带宋体、微软雅黑），或改为导出 Word 文档（.docx）。")


@dataclass
class CjkFont:
    path: Path
    index: int = 0          # the face within a .ttc collection


def _rank(path: Path) -> int:
    name = path.name.lower().replace(" ", "").replace("_", "")
    for i, key in enumerate(FONT_NAMES):
        if key in name:
            return i
    return len(FONT_NAMES)


def _fc_list() -> list[Path]:
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]


def _known_places() -> list[Path]:
    windir = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    found = [windir / name for name in WINDOWS_FONTS]
    for base in FONT_DIRS:
        root = Path(base).expanduser()
        if root.is_dir():
            found += [p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf")
                      and _rank(p) < len(FONT_NAMES)]
    return found


def find_cjk_font(candidates: list[Path] | None = None) -> CjkFont:
    """The best Chinese font on this machine; `candidates` replaces the system search (tests)."""
    paths = candidates if candidates is not None else _fc_list() + _known_places()
    usable = sorted({p for p in paths if p.is_file() and p.suffix.lower() in (".ttf", ".ttc", ".otf")},
                    key=lambda p: (_rank(p), str(p)))
    if not usable:
        raise BadInput(NO_FONT)
    return CjkFont(usable[0])


class _PaperPdf(FPDF):
    def __init__(self, font: CjkFont):
        super().__init__(format="A4")
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=18)
        try:
            self.add_font("cjk", "", str(font.path), collection_font_number=font.index)
        except Exception as exc:   # fpdf2 raises several types for unreadable fonts
            raise BadInput(f"中文字体“{font.path.name}”无法使用（{exc}）。{NO_FONT}") from None
        self.set_font("cjk", size=12)

    def footer(self):
        self.set_y(-14)
        self.set_font("cjk", size=9)
        self.cell(0, 8, f"第 {self.page_no()} 页", align="C")

    def _wrapped(self, text: str, width: float, height: float) -> list[str]:
        """Lines as the PDF will set them, never breaking inside a printed blank."""
        out, lines = [], _measure(self, text, width, height)
        while len(lines) > 1:
            head = blank_cut(lines[0])
            out.append(head)
            lines = _measure(self, "".join(lines)[len(head):], width, height)
        return out + lines

    def _set_lines(self, text: str, size: float, indent: float) -> list[str]:
        """The printed lines of text, each line of the text on its own: joining measured lines back together
        would lose its breaks (a matching question's 作答 line ran into its stem)."""
        self.set_font("cjk", size=size)
        return [line for part in text.split("\n")
                for line in keep_punctuation_off_line_starts(self._wrapped(part, self.epw - indent, size * 0.55))]

    def line_of(self, text: str, size: float = 12, align: str = "L", indent: float = 0, gap: float = 0):
        if gap:
            self.ln(gap)
        lines = self._set_lines(text, size, indent)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, size * 0.55, "\n".join(lines),
                        align=align, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def height_of(self, text: str, size: float = 12, indent: float = 0, gap: float = 0, **_) -> float:
        return gap + len(self._set_lines(text, size, indent)) * size * 0.55

    def block(self, lines: list[tuple[str, dict]]) -> None:
        """Lines that belong together (a question and its options) on one page: if they would break
        across two, the page ends before them. A block taller than a page is let break."""
        height = sum(self.height_of(text, **style) for text, style in lines)
        if self.y + height > self.page_break_trigger and self.y > self.t_margin + 1:
            self.add_page()
        for text, style in lines:
            self.line_of(text, **style)


def blank_cut(line: str) -> str:
    """A line ending inside a printed blank （____） gives the blank up to the next line.

    >>> blank_cut("文字（___"), blank_cut("文字（___）")
    ('文字', '文字（___）')
    """
    cut = line.rfind("（_")
    return line[:cut] if cut > 0 and "）" not in line[cut:] else line


def _measure(pdf, text: str, width: float, height: float) -> list[str]:
    return pdf.multi_cell(width, height, text, wrapmode=WrapMode.CHAR, dry_run=True, output=MethodReturnValue.LINES)


def keep_punctuation_off_line_starts(lines: list[str]) -> list[str]:
    """Chinese typesetting never starts a line with 。，、）” and the like: pull a character down with it.

    >>> keep_punctuation_off_line_starts(["一二三", "。四"])
    ['一二', '三。四']
    """
    lines = list(lines)
    for i in range(1, len(lines)):
        while lines[i][:1] in NO_LINE_START and lines[i] and len(lines[i - 1]) > 1:
            lines[i - 1], lines[i] = lines[i - 1][:-1], lines[i - 1][-1] + lines[i]
    return lines


def write_paper_pdf(paper: Paper, path: Path, font: CjkFont | None = None) -> Path:
    pdf = _PaperPdf(font or find_cjk_font())
    pdf.add_page()
    pdf.line_of(paper.full_title, size=18, align="C")
    pdf.line_of(paper.note_line(), size=11, align="C", gap=1)
    pdf.line_of(paper.info_line(), size=12, align="C", gap=3)
    for section in paper.sections:
        heading = [(section.heading, {"size": 14, "gap": 5})]   # never left alone at a page's foot
        for item in section.items:
            pdf.block(heading + item_lines(item))
            heading = []
    return write_export(path, pdf.output, OPEN_ELSEWHERE)


def item_lines(item: PaperItem) -> list[tuple[str, dict]]:
    """A question as printed: its stem, the left column of a 配对, its options; (text, style) each."""
    lines = [(f"{item.number}. {item.stem}", {"gap": 2})]
    lines += [(left, {"indent": 8}) for left in item.pairs_left]
    if options_fit_one_line(item.options):
        lines += [("    ".join(item.options), {"indent": 8})] if item.options else []
    else:
        lines += [(opt, {"indent": 8}) for opt in item.options]
    return lines


def write_key_pdf(papers: list[Paper], path: Path, font: CjkFont | None = None) -> Path:
    pdf = _PaperPdf(font or find_cjk_font())
    for paper in papers:
        pdf.add_page()
        pdf.line_of(f"{paper.full_title} 参考答案", size=18, align="C")
        for section in paper.sections:
            heading = [(section.heading, {"size": 14, "gap": 4})]
            for item in section.items:
                extra = "" if item.key == item.answer else f"（{item.answer}）"
                line = source_line(item)
                pdf.block(heading + [(f"{item.number}. {item.key}{extra}", {"gap": 1.5})]
                          + ([(line, {"size": 10, "indent": 8})] if line else []))
                heading = []
    return write_export(path, pdf.output, OPEN_ELSEWHERE)

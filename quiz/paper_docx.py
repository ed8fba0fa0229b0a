"""Write a laid-out 试卷 and its answer key as Word documents (python-docx) that open in Word and WPS.

    >>> from quiz.paper_layout import build_paper
    >>> paper = build_paper([{"id": "a", "type": "true_false", "stem": "甲是乙。", "answer": [True]}], "测试")
    >>> import tempfile, pathlib
    >>> out = write_paper_docx(paper, pathlib.Path(tempfile.mkdtemp()) / "试卷.docx")
    >>> out.name
    '试卷.docx'

Plain built-in styles only, and every run's East Asian font set through w:eastAsia, because WPS
ignores a style's Latin font for Chinese text and would otherwise fall back to its own default.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from quiz.file_output import OPEN_IN_OFFICE, write_export
from quiz.paper_layout import Paper, PaperItem, options_fit_one_line, source_line

BODY_FONT, HEAD_FONT, LATIN_FONT = "宋体", "黑体", "Times New Roman"
BODY_SIZE, TITLE_SIZE, HEAD_SIZE, FOOTER_SIZE = Pt(12), Pt(18), Pt(14), Pt(10.5)


def _set_fonts(run_or_style_element_owner, east_asian: str) -> None:
    """Latin and East Asian fonts on a run or a style (python-docx sets only the Latin one)."""
    fonts = run_or_style_element_owner.element.get_or_add_rPr().get_or_add_rFonts()  # keeps schema order
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asian)


def new_document(title: str = "") -> Document:
    doc = Document()
    doc.core_properties.title = title
    normal = doc.styles["Normal"]
    normal.font.size = BODY_SIZE
    _set_fonts(normal, BODY_FONT)
    # Chinese as the East Asian language: Word and WPS then apply Chinese line-breaking rules.
    rpr = normal.element.get_or_add_rPr()
    rpr.append(rpr.makeelement(qn("w:lang"), {qn("w:val"): "en-US", qn("w:eastAsia"): "zh-CN"}))
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.line_spacing = 1.25
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin = section.bottom_margin = Cm(2.2)
        section.left_margin = section.right_margin = Cm(2.4)
        add_page_numbers(section)
    return doc


def add_page_numbers(section) -> None:
    """「第 X 页 共 Y 页」 centred in the footer, from Word's PAGE and NUMPAGES fields (WPS fills them too),
    so loose printed sheets can be put back in order."""
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, field in (("第 ", "PAGE"), (" 页 共 ", "NUMPAGES"), (" 页", None)):
        _footer_run(para, text)
        if field:
            _add_field(para, field)


def _footer_run(para, text: str):
    run = para.add_run(text)
    run.font.size = FOOTER_SIZE
    _set_fonts(run, BODY_FONT)
    return run


def _add_field(para, instruction: str) -> None:
    """A complex field (begin, instruction, separate, shown value, end): Word and WPS update its value
    when they lay the pages out; "1" is shown until then."""
    for kind in ("begin", "instr", "separate", "value", "end"):
        run = _footer_run(para, "1" if kind == "value" else "")
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind != "value":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def add_text(doc, text: str, *, bold=False, size=None, font=BODY_FONT, align=None, indent_cm: float = 0,
             space_before: int = 0):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = size
    _set_fonts(run, font)
    if align is not None:
        para.alignment = align
    if indent_cm:
        para.paragraph_format.left_indent = Cm(indent_cm)
    if space_before:
        para.paragraph_format.space_before = Pt(space_before)
    return para


def add_page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def write_paper_docx(paper: Paper, path: Path) -> Path:
    """The paper for the participants: title, 单位/姓名/得分, sections with points, no answers."""
    doc = new_document(paper.full_title)
    add_text(doc, paper.full_title, bold=True, size=TITLE_SIZE, font=HEAD_FONT, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_text(doc, paper.note_line(), align=WD_ALIGN_PARAGRAPH.CENTER)
    add_text(doc, paper.info_line(), align=WD_ALIGN_PARAGRAPH.CENTER, space_before=6)
    for section in paper.sections:
        heading = add_text(doc, section.heading, bold=True, size=HEAD_SIZE, font=HEAD_FONT, space_before=12)
        heading.paragraph_format.keep_with_next = True
        for item in section.items:
            _write_item(doc, item)
    return write_export(path, doc.save, OPEN_IN_OFFICE)


def _write_item(doc, item: PaperItem) -> None:
    """A question and its options kept on one page: every paragraph but the last keeps with the next."""
    paras = [add_text(doc, f"{item.number}. {item.stem}", space_before=4)]
    paras += [add_text(doc, left, indent_cm=0.8) for left in item.pairs_left]
    if item.options and options_fit_one_line(item.options):
        paras.append(add_text(doc, "    ".join(item.options), indent_cm=0.8))
    elif item.options:
        paras += [add_text(doc, opt, indent_cm=0.8) for opt in item.options]
    for para in paras[:-1]:
        para.paragraph_format.keep_with_next = True


def write_key_docx(papers: list[Paper], path: Path) -> Path:
    """The answer key for every variant, each on its own pages, with each question's source."""
    doc = new_document(f"{papers[0].title} 参考答案")
    for i, paper in enumerate(papers):
        if i:
            add_page_break(doc)
        add_text(doc, f"{paper.full_title} 参考答案", bold=True, size=TITLE_SIZE, font=HEAD_FONT,
                 align=WD_ALIGN_PARAGRAPH.CENTER)
        for section in paper.sections:
            add_text(doc, section.heading, bold=True, size=HEAD_SIZE, font=HEAD_FONT, space_before=10)
            for item in section.items:
                add_text(doc, f"{item.number}. {item.key}" + ("" if item.key == item.answer else f"（{item.answer}）"),
                         bold=True, space_before=3)
                line = source_line(item)
                if line:
                    add_text(doc, line, indent_cm=0.8, size=Pt(10.5))
    return write_export(path, doc.save, OPEN_IN_OFFICE)


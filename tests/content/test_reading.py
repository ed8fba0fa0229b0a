import re

import pytest

from content.model import BadInput
from content.reading import read_document

CJK = re.compile(r"[\u4e00-\u9fff]")


def _refusal(path) -> str:
    with pytest.raises(BadInput) as info:
        read_document(path)
    message = str(info.value)
    assert CJK.search(message), message
    return message


# --- text files -----------------------------------------------------------

def test_reads_utf8(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("标题\n正文。", encoding="utf-8")
    assert read_document(p) == "标题\n正文。"


def test_strips_utf8_bom(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes("\ufeff标题\n正文。".encode("utf-8"))
    assert read_document(p) == "标题\n正文。"


def test_normalises_crlf_and_cr(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("一\r\n二\r三".encode("utf-8"))
    assert read_document(p) == "一\n二\n三"


def test_reads_gbk_bytes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("坚持党的全面领导，推动高质量发展。\r\n".encode("gbk"))
    assert read_document(p) == "坚持党的全面领导，推动高质量发展。\n"


def test_reads_utf16_with_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("正文。".encode("utf-16"))
    assert read_document(p) == "正文。"


def test_unknown_extension_read_as_text(tmp_path):
    p = tmp_path / "page.text"
    p.write_text("正文。", encoding="utf-8")
    assert read_document(p) == "正文。"


def test_real_gb18030_file(corpus_dir):
    text = read_document(corpus_dir / "raw" / "新时代中国特色社会主义_GB18030.txt")
    expected = (corpus_dir / "11_xinshidai-tese-shehuizhuyi-dawenzhang.txt").read_text(encoding="utf-8")
    assert text.strip() == expected.strip()


# --- docx -----------------------------------------------------------------

def _make_docx(path, heading="第一部分", body="正文第一段。", table=None):
    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(body)
    if table:
        t = document.add_table(rows=1, cols=len(table))
        for cell, text in zip(t.rows[0].cells, table):
            cell.text = text
    document.save(str(path))


def test_docx_heading_style_becomes_markdown_heading(tmp_path):
    p = tmp_path / "a.docx"
    _make_docx(p)
    assert read_document(p).split("\n\n")[:2] == ["## 第一部分", "正文第一段。"]


def test_docx_table_cells_are_read(tmp_path):
    p = tmp_path / "a.docx"
    _make_docx(p, table=["指标", "增长6%左右"])
    assert read_document(p).split("\n\n")[-2:] == ["指标", "增长6%左右"]


def test_docx_short_all_bold_paragraph_marked_bold(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("坚持党的领导").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("加粗").bold = True
    mixed.add_run("和普通文字。")
    p = tmp_path / "a.docx"
    document.save(str(p))
    assert read_document(p).split("\n\n") == ["**坚持党的领导**", "加粗和普通文字。"]


def test_real_docx_has_every_paragraph(corpus_dir):
    text = read_document(corpus_dir / "raw" / "2025年内蒙古自治区政府工作报告.docx")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 67
    # the report's title and part headings are bold paragraphs, not heading styles
    assert [p for p in paragraphs if p.startswith("**")] == [
        "**2025年内蒙古自治区政府工作报告**", "**一、2024年工作回顾**", "**二、2025年工作安排**"]


# --- pdf ------------------------------------------------------------------

def test_real_pdf_rewraps_mid_word_line_breaks(corpus_dir):
    pdf = next((corpus_dir / "raw").glob("*.pdf"))
    text = read_document(pdf)
    assert "中华文化博大精深" in text  # wrapped as "博⼤\n精深" with a Kangxi radical in the PDF
    assert "⼤" not in text and "⺠" not in text


def test_real_pdf_drops_separator_lines(corpus_dir):
    text = read_document(next((corpus_dir / "raw").glob("*.pdf")))
    assert "===" not in text


def test_real_pdf_paragraphs_end_with_sentence_punctuation(corpus_dir):
    paragraphs = read_document(next((corpus_dir / "raw").glob("*.pdf"))).split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.endswith("。") for p in paragraphs[1:])


# --- bad input ------------------------------------------------------------

def test_missing_path(tmp_path):
    message = _refusal(tmp_path / "nope.txt")
    assert message.startswith("找不到文件：") and "nope.txt" in message


def test_folder(tmp_path):
    d = tmp_path / "文章夹"
    d.mkdir()
    assert "文章夹" in _refusal(d)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty.txt" in _refusal(p)


def test_whitespace_only_file_is_empty(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text(" \n\u3000\n", encoding="utf-8")
    assert "空" in _refusal(p)


def test_binary_file(tmp_path):
    p = tmp_path / "data.txt"
    p.write_bytes(bytes(range(256)) * 20)
    assert "data.txt" in _refusal(p)


def test_huge_file_refused_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(100 * 1024 * 1024)
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("read a 100 MB file"))
    message = _refusal(p)
    assert "huge.txt" in message and "50 MB" in message


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes("正文".encode("utf-8") + b"\xff\xfe\xfd\x81\x30" * 50)
    assert "编码" in _refusal(p)


def test_fake_docx(tmp_path):
    p = tmp_path / "fake.docx"
    p.write_text("这不是 Word 文件", encoding="utf-8")
    assert "fake.docx" in _refusal(p)


def test_zip_that_is_not_a_docx(tmp_path):
    import zipfile

    p = tmp_path / "other.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "other.docx" in _refusal(p)


def test_scanned_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    message = _refusal(p)
    assert "没有文字层" in message and "scan.pdf" in message


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    assert "broken.pdf" in _refusal(p)


def test_old_word_doc_asks_for_docx(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    message = _refusal(p)
    assert "另存为 .docx" in message and "old.doc" in message

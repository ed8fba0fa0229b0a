import re

import pytest
from docx import Document
from pypdf import PdfReader

from content.model import BadInput
from quiz.paper_export import export_paper, parse_variants
from quiz.paper_pdf import find_cjk_font
from tests.quiz.paper_fixtures import mixed_questions

NUMBERED = re.compile(r"^\d+\. ")


def docx_paragraphs(path):
    return [p.text for p in Document(str(path)).paragraphs]


def numbered(lines):
    return [line for line in lines if NUMBERED.match(line)]


@pytest.fixture
def docx_files(tmp_path):
    return export_paper(mixed_questions(), "理论学习测试", tmp_path / "试卷.docx", seed=1, variants=["A", "B"])


def test_docx_paper_has_every_question(docx_files):
    assert len(numbered(docx_paragraphs(docx_files[0]))) == 9


def test_docx_paper_has_name_lines_and_no_answers(docx_files):
    text = "\n".join(docx_paragraphs(docx_files[1]))
    assert "姓名" in text and "单位" in text and "得分" in text and "出处" not in text


def test_docx_key_has_both_variants_with_sources(docx_files):
    lines = docx_paragraphs(docx_files[2])
    assert sum("参考答案" in line for line in lines) == 2
    assert len(numbered(lines)) == 18 and sum(line.startswith("出处") for line in lines) == 18


def test_docx_sets_east_asian_font(docx_files):
    xml = Document(str(docx_files[0])).element.xml
    assert 'w:eastAsia="宋体"' in xml


@pytest.fixture
def pdf_files(tmp_path):
    return export_paper(mixed_questions(), "理论学习测试", tmp_path / "试卷.pdf", seed=1)


def test_pdf_text_holds_the_questions(pdf_files):
    text = "".join(page.extract_text() for page in PdfReader(str(pdf_files[0])).pages)
    assert "理论学习测试" in text and "发展新质生产力的关键在于" in text and "姓名" in text


def test_pdf_key_holds_answer_and_source(pdf_files):
    text = "".join(page.extract_text() for page in PdfReader(str(pdf_files[1])).pages)
    assert "参考答案" in text and "问题导向" in text and "出处" in text


def test_pdf_embeds_a_chinese_font(pdf_files):
    page = PdfReader(str(pdf_files[0])).pages[0]
    fonts = page["/Resources"]["/Font"]
    descendants = [f.get_object()["/DescendantFonts"][0].get_object() for f in fonts.values()]
    assert any("/FontFile2" in d["/FontDescriptor"] or "/FontFile3" in d["/FontDescriptor"] for d in descendants)


def test_no_chinese_font_gives_clear_message():
    with pytest.raises(BadInput, match="中文字体"):
        find_cjk_font(candidates=[])


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(BadInput, match="docx"):
        export_paper(mixed_questions(), "测试", tmp_path / "试卷.odt")


def test_variants_must_be_letters():
    with pytest.raises(BadInput):
        parse_variants("A,甲")


def test_pdf_lines_never_start_with_closing_punctuation():
    from quiz.paper_pdf import keep_punctuation_off_line_starts
    assert keep_punctuation_off_line_starts(["推进高质量发展", "）。的结果"]) == ["推进高质量发", "展）。的结果"]


def footer_xml(path) -> str:
    return "".join(section.footer._element.xml for section in Document(str(path)).sections)


def test_docx_paper_footer_numbers_the_pages(docx_files):
    xml = footer_xml(docx_files[0])
    assert "PAGE" in xml and "NUMPAGES" in xml and 'w:fldCharType="begin"' in xml


def test_docx_paper_footer_reads_page_x_of_y(docx_files):
    footer = Document(str(docx_files[1])).sections[0].footer
    assert footer.paragraphs[0].text.replace("1", "X", 1).replace("1", "Y", 1) == "第 X 页 共 Y 页"


def test_docx_key_footer_numbers_the_pages(docx_files):
    xml = footer_xml(docx_files[2])
    assert "PAGE" in xml and "NUMPAGES" in xml


def test_docx_matching_question_is_followed_by_its_answer_line(docx_files):
    lines = docx_paragraphs(docx_files[0])
    matching = next(line for line in lines if "请把概念与其含义配对" in line)
    assert "作答：1—____  2—____" in matching


def test_pdf_matching_answer_line_starts_a_line_of_its_own_after_a_long_stem(tmp_path):
    questions = mixed_questions()
    matching = next(q for q in questions if q["type"] == "matching")
    matching["stem"] = "请把《以正确政绩观筑牢生态安全屏障》中提到的下列概念与文中紧随其后的含义逐一配对：" * 2
    out = export_paper(questions, "理论学习测试", tmp_path / "试卷.pdf", seed=1)
    text = "".join(page.extract_text() for page in PdfReader(str(out[0])).pages)
    assert any(line.strip().startswith("作答：") for line in text.splitlines())

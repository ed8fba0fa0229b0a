"""A printed question is never cut from its options by a page break (ux5 #7: 排序题 A on one page, B–D on the next)."""
from docx import Document
from pypdf import PdfReader

from quiz.paper_export import export_paper
from tests.quiz.paper_fixtures import q


def ordering_questions(count=30):
    """Questions of five printed lines each, every option naming its question so its page can be found."""
    return [q(f"o{n}", "ordering", f"请按原文顺序排列第{n}组举措，把字母填在括号里：",
              [f"第{n}组甲项：加快建设现代化产业体系，推动产业链供应链优化升级，提升自主可控水平",
               f"第{n}组乙项：深入实施科教兴国战略、人才强国战略、创新驱动发展战略，强化国家战略科技力量",
               f"第{n}组丙项：着力扩大国内需求，充分发挥消费的基础作用和投资的关键作用，畅通经济循环",
               f"第{n}组丁项：坚持和完善社会主义基本经济制度，构建高水平社会主义市场经济体制"],
              [f"第{n}组丁项", f"第{n}组甲项", f"第{n}组乙项", f"第{n}组丙项"], "原文。")
            for n in range(count)]


def pages_of(pdf_path, n):
    pages = [page.extract_text().replace(" ", "").replace("\n", "") for page in PdfReader(str(pdf_path)).pages]
    return {i for i, text in enumerate(pages) for part in ("甲项", "乙项", "丙项", "丁项") if f"第{n}组{part}" in text}


def test_pdf_keeps_every_question_with_its_options_on_one_page(tmp_path):
    paper, _key = export_paper(ordering_questions(), "测试", tmp_path / "卷.pdf", seed=1)
    split = [n for n in range(30) if len(pages_of(paper, n)) != 1]
    assert len(PdfReader(str(paper)).pages) > 2 and split == []


def test_docx_keeps_a_question_stem_and_options_together(tmp_path):
    paper = export_paper(ordering_questions(3), "测试", tmp_path / "卷.docx", seed=1)[0]
    paragraphs = Document(str(paper)).paragraphs
    stem = next(i for i, p in enumerate(paragraphs) if p.text.startswith("1. "))
    kept = [bool(p.paragraph_format.keep_with_next) for p in paragraphs[stem:stem + 5]]
    assert kept == [True, True, True, True, False]

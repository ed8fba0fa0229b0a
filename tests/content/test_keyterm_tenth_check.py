"""Faults the tenth fresh check (eight People's Daily pieces of January 2025) found: a term lifted out of a
quotation kept its inner marks (‘人工智能+’行动), a count of quoted words was lost (两个“弄清楚”), a
sum was taken for a term (“1+1＞2”), the halves of 可感可及 ranked as two terms, 国家监察委员会 lost its
owner, and 统筹好有效市场 was taken for an institution."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_numbers import numeric_formulas
from content.term_programmes import institution_names


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def terms(analyzer, title, paragraphs):
    return [t.term for t in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


FILLER = ("各地各部门要把学习成果转化为推动工作的实际成效，坚持问题导向，聚焦重点难点，"
          "以钉钉子精神抓好落实，确保各项部署落地见效。")


def test_a_term_from_inside_a_quotation_takes_the_outer_marks(analyzer):
    found = terms(analyzer, "以智能化赋能新质生产力", [
        "中央经济工作会议提出“开展‘人工智能+’行动，培育未来产业”。",
        "开展“人工智能+”行动，不仅是技术之变，更是生产方式之变。" + FILLER,
        "各地积极推进“人工智能+”行动，打造一批应用场景。" + FILLER,
    ])
    assert "“人工智能+”行动" in found
    assert not any("‘" in t or "’" in t for t in found)


def test_a_term_said_only_inside_a_quotation_keeps_its_marks(analyzer):
    # the outer spelling is nowhere in the text: the reader must find the term as it stands
    found = terms(analyzer, "整治内卷", [
        "会议提出，“综合整治‘内卷式’竞争”。" + FILLER,
        "整治‘内卷式’竞争要靠制度。" + FILLER,
    ])
    assert not any("“内卷式”" in t for t in found)


def test_a_count_of_quoted_words_is_one_formula():
    found = {}
    numeric_formulas("这两个“弄清楚”恰是真正办好百姓事的前提，必须做到五个“必须统筹”。", lambda s: [s], found)
    assert {"两个“弄清楚”", "五个“必须统筹”"} <= set(found)
    found = {}
    numeric_formulas("三个“人”字写得端正。", lambda s: [s], found)
    assert not any("“人”" in t for t in found)  # one quoted character is a sign, no formula


def test_a_quoted_sum_is_no_term(analyzer):
    found = terms(analyzer, "长三角一体化", [
        "一体化发展要实现“1+1＞2”的效果，长三角一体化发展走深走实。" + FILLER,
        "长三角一体化发展要一张蓝图绘到底。" + FILLER,
    ])
    assert "1+1＞2" not in found
    assert "长三角一体化发展" in found


def test_two_words_never_said_apart_are_no_terms_alone(analyzer):
    found = terms(analyzer, "惩治微腐败，让老百姓可感可及", [
        "习近平总书记指出，要把整治群众身边不正之风和腐败问题作为重要任务常态化地抓，让老百姓可感可及。" + FILLER,
        "蝇贪蚁腐，危害甚深。“微腐败”啃食的是群众获得感。" + FILLER,
    ])
    assert "可感" not in found and "可及" not in found
    assert "微腐败" in found


def test_an_owner_before_a_listed_name_is_no_task_verb(analyzer):
    found = terms(analyzer, "纵深推进反腐败斗争", [
        "国家监察委员会前不久发布的报告显示，全国查处群众身边不正之风和腐败问题。" + FILLER,
        "纪检监察机关要持续发力，推动全面从严治党向基层延伸。" + FILLER,
    ])
    assert "国家监察委员会" in found
    assert "监察委员会" not in found


def test_a_task_done_well_sets_up_no_institution():
    verb = {"统筹", "处理"}.__contains__
    assert institution_names("就要把统筹好有效市场和有为政府的关系建立在发展上。", frozenset(), verb=verb) == []
    assert institution_names("建立统筹协调机制。", frozenset(), verb=verb) == ["统筹协调机制"]

"""The official formulation of a name, and the bodies of the Party centre and the State Council."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def terms(analyzer, title, paragraphs):
    return [t.term for t in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


def test_the_curated_formulation_takes_the_place_of_the_plain_name(analyzer):
    found = terms(analyzer, "坚持多边主义正道", [
        "多边主义是解决世界问题的正确之道。中国坚持真正的多边主义，维护以联合国为核心的国际体系。",
        "国际社会要共同坚守多边主义，反对单边主义、保护主义，推动经济全球化健康发展。",
        "面对逆流，多边主义的旗帜不能倒，各国应当携手应对全球性挑战。"])
    assert "真正的多边主义" in found
    assert "多边主义" not in found  # one slot for one expression: the formulation the field uses


def test_a_ministry_named_once_is_a_name_to_know(analyzer):
    found = terms(analyzer, "让碳市场更好助力绿色低碳转型", [
        "生态环境部发布的报告显示，全国碳排放权交易市场运行平稳，市场活力进一步提升。",
        "碳市场是利用市场机制控制和减少温室气体排放的重要政策工具，要稳步扩大行业覆盖范围。",
        "要健全碳排放统计核算体系，完善配额分配方法，让减排者受益、排放者付费。"])
    assert "生态环境部" in found

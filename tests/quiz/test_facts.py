from content.model import Article, Section
from quiz.facts import FactKind, extract_facts
from tests.quiz.question_fixtures import article_titled, corpus_file, parsed


def facts_of(text, kind):
    art = Article("题", sections=[Section(None, [text])])
    return [f for f in extract_facts(art) if f.kind == kind]


def test_a_definition_names_its_term():
    (f,) = facts_of("政绩观是党员干部世界观、人生观、价值观的集中体现。", FactKind.DEFINITION)
    assert f.answers == ["政绩观"]


def test_adverbs_before_shi_are_not_part_of_a_term():
    for text in ("特别是数字技术平台可打破地域与行业壁垒，促进融合。", "之所以说是社会主义市场经济，就是要坚持制度优越性。",
                 "科技创新已是大国博弈主战场和国际竞争最关键领域。", "明确了总任务就是确立了总目标，并且明确了战略。"):
        assert facts_of(text, FactKind.DEFINITION) == [], text


def test_figures_become_statistic_facts_with_exact_spans():
    (f,) = facts_of("全区新能源装机规模达到1.75亿千瓦。", FactKind.STATISTIC)
    assert f.answers == ["1.75亿千瓦"]


def test_numbered_points_across_paragraphs_are_one_parallel_fact(sample_page_path):
    art = article_titled(parsed(str(sample_page_path)), "勇担科技强区")
    (f,) = [f for f in extract_facts(art) if f.kind == FactKind.PARALLEL and f.items[0] == "加强党的全面领导"]
    assert f.items == ["加强党的全面领导", "强化人才战略支撑", "深化体制机制改革", "夯实基层基础保障"]


def test_heading_facts_point_into_the_heading(corpus_dir):
    (art,) = parsed(corpus_file(corpus_dir, "03_"))
    heads = [f for f in extract_facts(art) if f.kind == FactKind.PARALLEL and f.sentence.paragraph == -1]
    for f in heads:
        for s in f.members:
            assert art.sections[s.section].heading[s.start:s.end] == s.text


def test_documents_are_named_in_full(corpus_dir):
    (art,) = parsed(corpus_file(corpus_dir, "04_"))
    names = [f.label for f in extract_facts(art) if f.kind == FactKind.DOCUMENT]
    assert "纲要（草案）" not in names and any(n.startswith("中共中央关于") for n in names)

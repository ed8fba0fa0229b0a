"""Formulations on a rhetorical frame, learned whole though said once: clauses in parallel
(既要做显功，也要做潜功), two aims held together (X和Y相统一) and a shift (从X向Y转变), and a list whose
last item is joined by 和 (沉浸式、融入式、云端式和实践式). Three blind instructor lists of 2026
commentaries pick them whole. Made-up sentences."""
import pytest

import made_up_articles
from content.analysis import Analyzer
from content.model import Article, Section
from content.term_frames import parallel_clauses, shift_frames, unity_frames


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def terms_of(analyzer, paragraphs, title="谋事要实"):
    return made_up_articles.terms_of(analyzer, paragraphs, title)


def test_clauses_built_alike_are_one_formulation():
    assert parallel_clauses("办好民生实事，既要做显功，也要做潜功。") == ["既要做显功，也要做潜功"]


def test_a_classical_couplet_is_one_formulation():
    assert parallel_clauses("政之所兴在顺民心，政之所废在逆民心。") == ["政之所兴在顺民心，政之所废在逆民心"]


def test_list_items_sharing_only_a_word_at_one_end_are_no_formulation():
    assert parallel_clauses("提升科技实力、国防实力，建设智慧电力、智慧农业。") == []


def test_clauses_that_differ_are_no_formulation():
    assert parallel_clauses("会议听取了汇报，研究了下一步工作。") == []


def test_two_aims_held_together_start_after_the_verb():
    assert unity_frames("坚持依法治国和依规治党有机统一，") == ["依法治国和依规治党有机统一"]


def test_aims_of_unlike_length_are_no_frame():
    assert unity_frames("坚持党的全面领导和人民当家作主相统一") == []


def test_a_shift_between_two_ways():
    assert shift_frames("推动社会治理从单兵作战向体系作战升级。") == ["从单兵作战向体系作战升级"]


def test_a_shift_cut_by_a_list_is_not_taken():
    assert shift_frames("加快从单灾种应对向系统性、综合性风险治理转变。") == []


def test_a_couplet_said_once_is_a_key_term(analyzer):
    terms = terms_of(analyzer, ["抓工作要算长远账。功成不必在我，功成必定有我，这是共产党人的境界。",
                                "有的干部急于求成，热衷于搞看得见的工程，忽视打基础的工作。"])
    assert "功成不必在我，功成必定有我" in terms


def test_the_item_joined_by_he_stays_in_the_list(analyzer):
    terms = terms_of(analyzer, ["多采用沉浸式、融入式、云端式和实践式方式，增强教育实效。",
                                "各地因地制宜开展教育，沉浸式体验受到欢迎。"], title="加强国家安全教育")
    assert "沉浸式、融入式、云端式和实践式" in terms
    assert "沉浸式、融入式、云端式" not in terms


def test_a_shift_between_quoted_ways():
    assert shift_frames("园区党建实现从“有形覆盖”到“有效运转”。") == ["从“有形覆盖”到“有效运转”"]


def test_cong_yan_is_no_shift():
    assert shift_frames("推动全面从严治党向纵深发展。") == []


def test_a_known_saying_quoted_once_is_a_key_term(analyzer):
    terms = analyzer.key_terms(Article("依法行政", sections=[Section(None, [
        "各级政府要坚持法无授权不可为，法定职责必须为，把权力运行纳入法治轨道。",
        "行政机关要严格规范公正文明执法，接受群众监督。"])]))
    saying = next(k for k in terms if k.term == "法无授权不可为，法定职责必须为")
    assert saying.kind.value == "slogan"


def test_an_empty_list_item_is_no_formula_and_no_crash(analyzer):
    # hypothesis found it: 000、、000 (two enumeration commas in a row) raised IndexError in the parallel finder
    assert terms_of(analyzer, ["000、、000", "坚持稳中求进、以进促稳、先立后破。"]) == ["稳中求进、以进促稳、先立后破"]

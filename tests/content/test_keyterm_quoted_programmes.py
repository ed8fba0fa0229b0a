"""Faults a fresh blind set (Y, eight People's Daily pieces of January–June 2025) showed: a quoted name the
article says each time with the same head is learned with the head (“人工智能+”行动), and a verb before it is
no part of the programme (正确处理|“人工智能+”行动); a book in volumes is learned with its volume
(《习近平经济文选》第一卷); a list the title sets out is a term, three words of two characters too
(存量、增量、质量)."""
import pytest

from made_up_articles import FILLER, terms_of
from content.analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def test_a_quoted_name_said_each_time_with_one_head_is_learned_with_it(analyzer):
    found = terms_of(analyzer, ["开展“人工智能+”行动意义重大。各地正加快实施“人工智能+”行动。" + FILLER,
                                "要正确处理“人工智能+”行动中“加”与“减”的关系。" + FILLER,
                                "开展“人工智能+”行动要做好“加法”，赋能千行百业。" + FILLER], "准确把握人工智能发展大势")
    assert "“人工智能+”行动" in found
    assert "正确处理“人工智能+”行动" not in found  # a verb before the quote does something to the programme


def test_a_quoted_name_said_once_bare_names_itself(analyzer):
    found = terms_of(analyzer, ["以算力网为核心打造“两网融合”示范工程，夯实发展基础。" + FILLER,
                                "推动“两网融合”落地见效，算力网和电网协同发展。" + FILLER,
                                "“两网融合”示范工程建设进展顺利。" + FILLER], "加快建设“六张网”")
    assert "两网融合" in found and "“两网融合”示范工程" not in found


def test_a_noun_before_a_quoted_programme_stays_in_its_name(analyzer):
    found = terms_of(analyzer, ["实施科技“突围”工程，集中攻克一批关键核心技术。" + FILLER,
                                "科技“突围”工程已取得阶段性成果。" + FILLER], "勇担科技强区时代使命")
    assert not any(t in ("突围", "“突围”工程") for t in found)


def test_a_book_in_volumes_is_learned_with_its_volume(analyzer):
    found = terms_of(analyzer, ["《习近平经济文选》第一卷收录了习近平同志的重要文稿。" + FILLER,
                                "深入学习《习近平经济文选》第一卷，领悟新发展理念。" + FILLER], "深入学习习近平经济思想")
    assert "《习近平经济文选》第一卷" in found


def test_a_list_the_title_sets_out_is_a_term(analyzer):
    found = terms_of(analyzer, ["就业是最基本的民生。要稳住存量、扩展增量、提升质量。" + FILLER,
                                "各地出台稳岗政策，帮助企业渡过难关。" + FILLER], "稳就业，抓好存量、增量、质量")
    assert "存量、增量、质量" in found


def test_three_words_of_two_characters_in_the_text_make_no_list(analyzer):
    found = terms_of(analyzer, ["要抓好存量、增量、质量，稳住就业基本盘。" + FILLER,
                                "各地出台稳岗政策，帮助企业渡过难关。" + FILLER], "稳就业")
    assert "存量、增量、质量" not in found


def test_a_formula_inside_a_list_stays_a_term(analyzer):
    found = terms_of(analyzer, ["坚持以人民为中心、以实干为导向、以创新为动力，推动各项工作。" + FILLER,
                                "各地出台惠民政策，群众得到实惠。" + FILLER], "践行正确政绩观")
    assert "以人民为中心" in found


def test_a_politburo_study_session_is_named_with_or_without_the_party(analyzer):
    found = terms_of(analyzer, ["习近平总书记在十八届中央政治局第三十次集体学习时强调新发展理念就是指挥棒。" + FILLER,
                                "各地出台惠民政策，群众得到实惠。" + FILLER], "完整准确全面贯彻新发展理念")
    assert "十八届中央政治局第三十次集体学习" in found


@pytest.mark.parametrize("field", ["就业", "安全生产", "消费", "教育"])
def test_a_field_before_a_quoted_programme_stays_in_its_name(analyzer, field):
    found = terms_of(analyzer, [f"今年继续实施{field}“护航”行动，各地积极响应。" + FILLER,
                                f"{field}“护航”行动取得阶段性成效。" + FILLER,
                                f"要把{field}“护航”行动抓实抓细。" + FILLER], "推动高质量发展")
    assert f"{field}“护航”行动" in found and "“护航”行动" not in found


def test_a_verb_the_tagger_misses_is_still_cut_from_a_quoted_programme(analyzer):
    found = terms_of(analyzer, ["不少地方统筹谋划“强县富民”工程，成效明显。" + FILLER,
                                "“强县富民”工程让县域经济活起来。" + FILLER,
                                "推进“强县富民”工程要因地制宜。" + FILLER], "做强县域经济")
    assert not any(t.startswith(("统筹", "不少")) for t in found)
    assert any("强县富民" in t for t in found)


def test_a_range_of_volumes_names_no_one_volume(analyzer):
    found = terms_of(analyzer, ["《习近平谈治国理政》第一卷至第五卷集中展示了党的创新理论。" + FILLER,
                                "各级党组织要认真学习《习近平谈治国理政》。" + FILLER], "深入学习党的创新理论")
    assert "《习近平谈治国理政》第一卷" not in found

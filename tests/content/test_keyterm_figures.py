"""Statistics with what they count: the noun phrase after a count, whole when it ends the clause."""
import pytest

from content.analysis import Analyzer
from content.term_figures import figure_terms


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data")).extractor.segmenter


def figures(segmenter, text):
    return figure_terms(text, segmenter.head_words, segmenter.tag)  # as term_signals calls it


def test_a_short_noun_phrase_ending_the_clause_is_counted_whole(segmenter):
    found = figures(segmenter, "算“养老账”，全国建有8.6万个老年助餐点，每天有300多万老年人就餐。")
    assert "8.6万个老年助餐点" in found
    assert "8.6万个老年" not in found


def test_a_longer_noun_phrase_ending_the_clause_is_counted_whole(segmenter):
    found = figures(segmenter, "2023年我国有740万个可再生能源工作岗位，占全球总数的46%。")
    assert "740万个可再生能源工作岗位" in found
    assert "740万个可再生能源" not in found  # cut inside the noun it counts


def test_articles_and_months_are_counted(segmenter):
    found = figures(segmenter, "文件提出14条具体措施，推动医保改革；稳定期患者一次可取3个月药量，省去奔波。")
    assert {"14条具体措施", "3个月药量"} <= set(found)


def test_what_is_said_of_the_counted_things_stays_outside(segmenter):
    found = figures(segmenter, "各县均培育形成了3个优势特色突出，带动农民增收。17个旗县开展试点，成效明显。")
    assert "3个优势特色突出" not in found
    assert not any(f.startswith("17个旗县开展") for f in found)


def test_a_duration_before_a_verb_is_no_figure_to_learn(segmenter):
    assert not any(f.startswith("3个月") for f in figures(segmenter, "整改工作要在3个月内完成。"))


def test_an_article_of_a_law_is_no_figure(segmenter):
    assert not any("条规定" in f for f in figures(segmenter, "依据《条例》第14条规定，依法处理。第14条规定要落实。"))


def test_a_span_of_months_is_no_figure(segmenter):
    found = figures(segmenter, "用3个月时间完成整改，此后每3个月一次回访。")
    assert not any(f.startswith("3个月") for f in found)


def test_a_count_ending_the_text_or_a_place_phrase(segmenter):
    assert "8.6万个老年助餐点" in figures(segmenter, "全国建有8.6万个老年助餐点")
    assert "5个点位基础上" not in figures(segmenter, "在原有5个点位基础上，新增监测站。")


def test_a_counted_noun_of_two_long_words_is_kept_whole(segmenter):
    found = figures(segmenter, "绵阳坐拥20家国家级科研院所，科研资源之丰沛在西部少有。")
    assert "20家国家级科研院所" in found


NATIONAL_COMMENTARY = [
    "秸秆是放错了位置的资源。近年来，我国秸秆饲料化利用发展迅猛，年利用量1.73亿吨。",
    "某县一家合作社把秸秆打捆卖给养殖场，一年收入40万元，农民尝到了甜头。",
] + ["秸秆综合利用，既关乎农民增收，也关乎生态环境保护。要因地制宜，宜肥则肥、宜饲则饲、宜能则能，"
     "让秸秆变废为宝，走出一条农业绿色发展的新路子，把资源留在田间地头，把效益留给广大农民。"] * 11


def test_a_commentarys_nationwide_total_said_once_is_a_figure_to_learn(tmp_path):
    from content.model import Article, Section
    from content.term_figures import national_total, told_by_example
    text = "".join(NATIONAL_COMMENTARY)
    assert told_by_example(text)
    assert national_total("1.73亿吨", text) and not national_total("40万元", text)
    found = [t.term for t in Analyzer(tmp_path).key_terms(Article("让秸秆变废为宝", sections=[Section(None, NATIONAL_COMMENTARY)]))]
    assert "1.73亿吨" in found  # what the whole country does: a statistic
    assert "40万元" not in found  # one cooperative's income: an example's detail


def test_a_percentage_is_a_figure_the_screen_keeps(tmp_path):
    from content.model import Article, Section
    paragraphs = ["美方对中国输美商品加征关税至125%，严重违反世界贸易组织规则。",
                  "加征125%的关税，是典型的单边主义、保护主义和经济霸凌做法，损人不利己。",
                  "中方坚决捍卫多边贸易体制，坚定维护以世界贸易组织为核心的多边贸易体制。"]
    found = [t.term for t in Analyzer(tmp_path).key_terms(Article("坚决捍卫多边贸易体制", sections=[Section(None, paragraphs)]))]
    assert "125%" in found


def test_a_large_count_closing_its_clause_counts_what_stands_before_it(segmenter):
    found = figures(segmenter, "截至2024年，我国登记在册的经营主体1.89亿户，其中绝大多数是小微经营主体。")
    assert "1.89亿户" in found
    assert "400家" not in figures(segmenter, "今年新增企业400家，带动就业。")  # a small count alone says nothing


def test_a_tally_for_the_whole_country_is_news_a_local_one_evidence(segmenter):
    national = "农业农村部的数据显示，我国农作物秸秆产生量为8.67亿吨，秸秆综合利用率达88.3%。"
    assert {"8.67亿吨", "88.3%"} <= set(figures(segmenter, national))
    assert figures(segmenter, "数据显示，该市去年处理26.9万人，挽回损失3亿元。") == []


def test_an_emission_figure_keeps_its_unit_of_carbon_dioxide_equivalent(segmenter):
    found = figures(segmenter, "合计贡献减排量超过28亿吨二氧化碳当量，约占全球同期的41%。")
    assert "28亿吨二氧化碳当量" in found and "28亿吨" not in found


def test_a_longer_counted_phrase_holds_only_nouns(segmenter):
    assert "2800多个县级融媒体中心" in figures(segmenter, "各地建成2800多个县级融媒体中心，传播力增强。")
    assert not any("上市" in f for f in figures(segmenter, "全市共有9家企业成功上市，居全省首位。"))
    assert not any("称号" in f for f in figures(segmenter, "去年12家企业荣获国家级称号，成绩喜人。"))

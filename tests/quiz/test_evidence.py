"""Sentence roles (quiz.evidence) and what facts.py makes of evidence sentences (review round 18, pattern 1)."""
from content.model import Article, KeyTerm, Section, TermKind
from quiz.evidence import ArticleContext, Role, incidental_year, places, sentence_role, sentence_roles
from quiz.facts import FactKind, extract_facts

THEORY = ArticleContext.of_text("以制度保障生态文明建设", "生态文明建设是关系中华民族永续发展的根本大计。")


def role(text: str, ctx: ArticleContext = THEORY) -> Role:
    return sentence_role(text, ctx)


def test_a_case_told_at_a_named_city_is_evidence():
    assert role("在浙江宁波，一条黑臭河道变成了市民休闲的滨水公园。") is Role.CASE


def test_a_county_named_by_its_suffix_opens_a_case():
    assert role("近日，青石县桃源村的村民领到了拖欠两年的补偿款。") is Role.CASE


def test_the_articles_own_region_named_in_the_title_is_a_claim():
    ctx = ArticleContext.of_text("奋力书写宁夏高质量发展新篇章", "")
    assert role("宁夏坚持生态优先、绿色发展，走出了一条新路。", ctx) is Role.CLAIM


def test_a_region_said_in_paragraphs_throughout_is_the_articles_subject():
    text = "\n".join(["宁夏地处西北。", "宁夏坚持生态优先。", "宁夏产业加快升级。"])
    ctx = ArticleContext.of_text("奋力书写高质量发展新篇章", text)
    assert role("宁夏坚持生态优先、绿色发展，走出了一条新路。", ctx) is Role.CLAIM


def test_a_region_in_one_paragraph_only_is_a_case():
    text = "\n".join(["生态文明建设是根本大计。", "宁夏坚持生态优先。", "制度是根本保障。"])
    ctx = ArticleContext.of_text("奋力书写高质量发展新篇章", text)
    assert role("宁夏坚持生态优先、绿色发展，走出了一条新路。", ctx) is Role.CASE


def test_a_place_named_inside_a_clause_is_no_case():
    assert role("支持香港、澳门更好融入国家发展大局。") is Role.CLAIM


def test_generic_words_ending_in_administrative_suffixes_are_no_places():
    assert places("加强农村基层党组织建设，完善社会主义市场经济体制，推进乡村全面振兴。") == []


def test_the_leader_speaking_at_a_place_makes_a_claim():
    assert role("在福建工作时，习近平同志就指出，绿水青山就是金山银山。") is Role.CLAIM


def test_an_official_quoted_by_the_report_is_testimony():
    assert role("该县农业农村局负责人表示：“今年的补贴已经全部发放到户。”") is Role.TESTIMONY


def test_an_official_of_a_central_body_states_policy():
    text = "中央纪委国家监委有关负责人表示：“要做好以案促改的‘后半篇文章’。”"
    assert role(text) is Role.CLAIM


def test_the_general_secretary_quoted_is_a_claim():
    assert role("习近平总书记强调：“制度的生命力在于执行。”") is Role.CLAIM


def test_a_quotation_standing_before_its_attribution_is_testimony():
    roles = sentence_roles(["“以前办事要跑好几趟，现在一次就办成了。”", "一位村民笑着说。"], THEORY)
    assert roles == [Role.TESTIMONY, Role.TESTIMONY]


def test_a_sentence_opening_with_a_data_marker_is_data():
    assert role("有数据显示，新兴行业的岗位需求是传统行业的3倍。") is Role.DATA


def test_a_row_of_statistics_is_data():
    assert role("全年共查处问题8.1万起，处理11.2万人，其中给予处分6.5万人。") is Role.DATA


def test_a_tally_of_a_period_is_data():
    assert role("2024年1至9月，全国共查处违规发放津贴问题1.2万起，处理1.8万人。") is Role.DATA


def test_a_quotation_opening_a_case_is_part_of_the_case():
    roles = sentence_roles(["“这台车一周只跑了80公里，怎么加了三次油？”", "在一次检查中，青石县纪委监委发现了公车私用问题。"],
                           THEORY)
    assert roles == [Role.CASE, Role.CASE]


def test_a_year_dating_an_early_quote_is_incidental():
    text = "早在2015年，习近平总书记就指出，要坚持以人民为中心的发展思想。"
    assert incidental_year(text, 2, 7)


def test_a_year_opening_a_summary_period_is_incidental():
    text = "2023年以来，各地持续整治形式主义为基层减负。"
    assert incidental_year(text, 0, 5)


def test_a_year_dating_a_speech_is_incidental():
    text = "2018年，习近平总书记在全国生态环境保护大会上指出，生态文明建设是根本大计。"
    assert incidental_year(text, 0, 5)


def test_the_year_of_a_meeting_that_proposed_a_concept_may_be_asked():
    text = "2017年中央经济工作会议提出，推动高质量发展是根本要求。"
    assert not incidental_year(text, 0, 5)


def _article(*paragraphs: str, terms: tuple[str, ...] = ()) -> Article:
    art = Article("以制度保障生态文明建设", sections=[Section(None, list(paragraphs))])
    art.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, 2) for t in terms]
    return art


def test_no_term_fact_from_a_case_sentence():
    art = _article("在江苏南京，当地落实河长责任制后，长江岸线焕然一新。",
                   "我们全面推行河长责任制，压实了各级保护江河湖泊的责任。", terms=("河长责任制",))
    facts = [f for f in extract_facts(art) if f.kind is FactKind.TERM]
    assert all("南京" not in f.sentence.text for f in facts)


def test_a_term_still_comes_from_a_claim_sentence():
    art = _article("在江苏南京，当地落实河长责任制后，长江岸线焕然一新。",
                   "我们全面推行河长责任制，压实了各级保护江河湖泊的责任。", terms=("河长责任制",))
    facts = [f for f in extract_facts(art) if f.kind is FactKind.TERM]
    assert [f.sentence.text[:4] for f in facts] == ["我们全面"]


def test_no_statistic_from_a_side_figure_in_a_data_sentence():
    art = _article("有数据显示，人工智能相关岗位的平均薪酬是其他岗位的2倍。")
    assert not [f for f in extract_facts(art) if f.kind is FactKind.STATISTIC]


def test_a_stressed_total_in_a_data_sentence_is_still_a_statistic():
    art = _article("数据显示，全年新能源汽车产量突破1300万辆，稳居世界第一。")
    stats = [f for f in extract_facts(art) if f.kind is FactKind.STATISTIC]
    assert [f.answers for f in stats] == [["1300万辆"]] and stats[0].evidence


def test_no_statistic_from_the_year_of_an_early_quote():
    art = _article("早在2013年，习近平总书记就指出，不能简单以国内生产总值增长率来论英雄。")
    assert not [f for f in extract_facts(art) if f.kind is FactKind.STATISTIC]


def test_facts_from_a_case_sentence_carry_its_role():
    art = _article("在浙江宁波，当地统筹推进治水、治气、治土、治废，城市面貌焕然一新。")
    facts = [f for f in extract_facts(art) if f.kind is FactKind.ENUMERATION]
    assert facts and all(f.role is Role.CASE for f in facts)

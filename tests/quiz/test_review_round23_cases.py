"""Review round 23: cases told without a case marker, achievement rows, named speakers, counts of a
printed list, and a definition between the article's two central terms. All sentences are made up."""
import random

from content.model import Article, Section
from quiz import evidence, figures
from quiz.evidence import ArticleContext, Role, sentence_role, sentence_roles
from quiz.facts import FactKind, extract_facts
from quiz.figures import find_figures
from quiz.generators import true_false
from quiz.generators.common import GenContext
from quiz.distractors import TermIndex
from quiz.records import sourced

CTX = ArticleContext.of_text("推动文化和旅游深度融合", "文旅融合是高质量发展的重要方向。")


def roles(*texts):
    return [r.value for r in sentence_roles(list(texts), CTX, [0] * len(texts))]


def statistics(*paragraphs):
    art = Article("推动文化和旅游深度融合", sections=[Section(None, list(paragraphs))])
    return [f.answers[0] for f in extract_facts(art) if f.kind is FactKind.STATISTIC]


# --- pattern 1: a case told without a case marker -----------------------------------------------

def test_a_sentence_opening_on_a_visit_to_a_named_place_is_a_case():
    assert sentence_role("走进江西景德镇的一处老窑址，年轻工匠正在调试新的釉色。", CTX) is Role.CASE


def test_a_visitor_coming_to_a_province_is_a_case():
    assert sentence_role("外地游客来福建泉州参观，常被带到古城的老街走一走。", CTX) is Role.CASE


def test_looking_back_on_a_named_village_official_is_a_case():
    assert sentence_role("回望山东临沂上河村驻村第一书记张立平的8年，村集体收入翻了两番。", CTX) is Role.CASE


def test_a_question_asked_of_a_named_place_opens_a_case_that_goes_on():
    assert roles("小小的周庄镇靠什么吸引八方游客？", "古朴的水乡风貌和精明的经营之道，都是它的底气。") == ["case", "case"]


def test_a_person_named_with_a_title_is_a_case():
    assert sentence_role("只要有空，站长李明远便会带着访客走一遍流程。", CTX) is Role.CASE


def test_a_kind_of_person_after_a_title_is_no_name():
    assert evidence.titled_names("专家学者认为，文旅融合要久久为功。") == []


def test_a_named_hall_as_the_subject_is_a_case():
    assert sentence_role("井冈山革命烈士纪念馆内，一封写满签名的请愿书令人动容。", CTX) is Role.CASE


def test_the_kind_of_hall_an_article_is_about_is_its_subject():
    ctx = ArticleContext.of_text("用好博物馆资源", "博物馆是传承红色基因的重要阵地。")
    assert sentence_role("革命博物馆是红色记忆的重要载体，是一部立体的教科书。", ctx) is Role.CLAIM


def test_a_task_set_for_a_named_firm_is_no_case():
    assert sentence_role("文旅集团要当好行业的排头兵，力争营收再上新台阶。", CTX) is Role.CLAIM


def test_an_official_of_a_central_body_named_with_a_title_states_policy():
    assert sentence_role("国家文物局副局长王海波说。", CTX) is Role.CLAIM


def test_a_detail_of_the_story_in_a_hall_gives_no_figure():
    figures = statistics("回望山东临沂上河村驻村第一书记张立平的8年，村集体收入翻了两番。"
                         "村史展览馆内，一封按有56个红手印的感谢信被郑重收藏。")
    assert "56个" not in figures


def test_a_structural_word_ending_in_yao_does_not_end_a_case():
    # 重要 is no demand: the sentence after the case still tells it
    assert roles("浙江绍兴靠什么留住年轻人？", "老街的烟火气和开放的创业氛围，都是重要的吸引力。") == ["case", "case"]


def test_a_person_named_with_a_title_is_a_speaker_when_named_again_bare():
    ctx = ArticleContext.of_text("题", "中国科学院院士、某大学教授刘志强说，数据平台很重要。刘志强提出，以城市交通为例，数据共享能释放更大价值。")
    assert sentence_role("刘志强提出，以城市交通为例，数据共享能释放更大价值。", ctx) is Role.TESTIMONY


def test_a_quotation_right_after_a_witness_is_the_witness_going_on():
    texts = ["某物流企业有关负责人说，企业已建起全链路数据采集体系。", "“未来将推动行业从经验决策向数据决策发展。”"]
    assert [r.value for r in sentence_roles(texts, CTX, [0, 0])] == ["testimony", "testimony"]


def test_a_named_speakers_proposal_gives_no_judgement():
    assert true_false.named_speaker("刘志强提出，以城市交通为例，数据共享能释放更大价值。")


def test_a_meetings_proposal_is_still_judged():
    assert not true_false.named_speaker("党的二十届三中全会提出，要健全推进新型工业化体制机制。")


def test_what_an_eyewitness_tells_is_a_source_not_a_claim():
    assert sourced("据亲历者讲述，首批登记时约有30%的信息是不准的。")


# --- achievements rows --------------------------------------------------------------------------

def test_two_figures_joined_in_a_row_are_an_achievements_row():
    assert figures.achievements_row("智能仓库建成36座、调度系统已在20多个园区应用。")


def test_a_row_of_targets_is_no_achievements_row():
    assert not figures.achievements_row("力争建成智能仓库36座、覆盖20个园区。")


def test_a_figure_and_its_share_are_one_fact():
    assert not figures.achievements_row("2024年，全国文旅新增投资3000亿元以上，占服务业新增投资的18%。")


def test_an_achievements_row_gives_no_figure_question():
    assert statistics("智能仓库建成36座、调度系统已在20多个园区应用，行业效率明显提升。") == []


def test_a_headline_figure_of_a_row_stays():
    assert "100万亿元" in statistics("国内生产总值达到100万亿元、增长6%，经济实力跃上新台阶。")


# --- pattern 4: a count of a list printed beside it ---------------------------------------------

def test_a_count_of_the_list_printed_before_it_is_no_figure():
    t = "守正创新、开放包容、数字赋能，提供了3个观察维度。"
    span = next(s for s in find_figures(t) if t[s[0]:s[1]] == "3个")
    assert figures.counts_listed(t, *span)


def test_a_count_of_the_list_gives_no_figure_question():
    assert "3个" not in statistics("守正创新、开放包容、数字赋能，提供了3个观察维度。")


def test_a_count_of_the_characters_of_a_quoted_word_is_no_figure():
    assert "3个" not in statistics("要把“新农人”这3个字琢磨透，让乡村产业活起来。")


def test_a_count_followed_by_another_list_of_other_things_stays():
    t = "3个塑料瓶可以制成一条丝巾，上面绘有蝴蝶、花朵、飞鸟等图案。"
    assert not figures.counts_listed(t, 0, 2)


def test_a_count_of_things_not_listed_stays():
    t = "全国已建成12个国家级文化生态保护区。"
    span = find_figures(t)[0]
    assert not figures.counts_listed(t, *span)


def test_a_department_count_glued_to_its_noun_is_no_figure():
    t = "文化和旅游部等9部门联合印发实施方案，部署16项任务。"
    assert [t[a:b] for a, b in find_figures(t)] == ["16项"]


# --- pattern 5(b): a definition between the two central terms -----------------------------------

CENTRAL_TEXT = ("理论自觉是实践自觉的前提，为实践指明方向。实践自觉是理论自觉的落脚点。理论自觉和实践自觉相统一。"
                "坚持理论自觉，推动实践自觉。")


def _definition_fact():
    art = Article("理论自觉和实践自觉", sections=[Section(None, [CENTRAL_TEXT])])
    return art, next(f for f in extract_facts(art) if f.kind is FactKind.DEFINITION
                     and f.sentence.text.startswith("理论自觉是实践自觉"))


def test_a_definition_between_two_central_terms_gives_a_swapped_judgement():
    art, fact = _definition_fact()
    ctx = GenContext(art, TermIndex([]), random.Random(1), text=art.full_text())
    qs = true_false.swapped_definition(fact, ctx)
    assert [(q.stem, q.answer) for q in qs] == [("实践自觉是理论自觉的前提……", [False]),
                                                ("理论自觉是实践自觉的前提……", [True])]


def test_a_definition_with_a_term_said_once_gives_no_swapped_judgement():
    art = Article("题", sections=[Section(None, ["数字经济是实体经济的重要支撑，为产业升级赋能。数字经济发展迅速。数字经济前景广阔。"])])
    fact = next(f for f in extract_facts(art) if f.kind is FactKind.DEFINITION)
    ctx = GenContext(art, TermIndex([]), random.Random(1), text=art.full_text())
    assert true_false.swapped_definition(fact, ctx) == []


# --- titles of works given as examples ---------------------------------------------------------------

def test_titles_of_games_given_as_examples_are_no_documents():
    art = Article("文化出海", sections=[Section(None, ["从国潮文创出海，到《山河远征录之归途》《星海之歌重制版》等游戏登上海外榜单，文化出海成果丰硕。"])])
    assert not [f for f in extract_facts(art) if f.kind is FactKind.DOCUMENT]


def test_laws_named_together_are_still_documents():
    art = Article("法治", sections=[Section(None, ["要依照《中华人民共和国立法法》《中华人民共和国监察法》等法律规定推进工作。"])])
    assert len([f for f in extract_facts(art) if f.kind is FactKind.DOCUMENT]) == 2


def test_a_document_cited_after_an_example_makes_the_point():
    assert roles("比如，一些地方建起了一站式服务中心。", "《行动方案》提出健全协同保护格局，增强政策的一致性。") == ["case", "claim"]


def test_an_article_opening_on_an_event_just_past_gives_it_no_question():
    art = Article("读懂乡村", sections=[Section(None, ["刚刚过去的“中国农民丰收节”，各地活动精彩纷呈，展现了乡村新风貌。", "乡村振兴要坚持农业农村优先发展。"])])
    assert all("丰收节" not in f.sentence.text for f in extract_facts(art))

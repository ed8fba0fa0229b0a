"""Lists of unlike items of one length (把方向、管大局、作决策、保落实), maxims of two balanced clauses
(道不虚谈，学求实效) and quoted maxims (“民之所盼，我必行之”): instructors of four blind sets of 2026
People's Daily pieces pick them whole though the text says them once. Made-up sentences."""
import pytest

import made_up_articles
from content.analysis import Analyzer
from content.term_frames import balanced_sentences, cited_sentences, role_frames
from content.term_lists import uniform_items, uniform_list_term, word_boundary


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


@pytest.fixture(scope="module")
def between_words(analyzer):
    return word_boundary(analyzer.segmenter.cut)


def terms_of(analyzer, paragraphs, title="抓好工作落实"):
    return made_up_articles.terms_of(analyzer, paragraphs, title)


def test_the_list_starts_after_its_verb_and_ends_before_its_head(between_words):
    clause = "要充分发挥党委把方向、管大局、作决策、保落实的重要作用"
    assert uniform_items(clause, between_words) == ["把方向", "管大局", "作决策", "保落实"]


def test_the_institution_a_list_makes_up_or_its_count_ends_the_list(between_words):
    assert uniform_items("健全分事行权、分岗设权、分级授权、定期轮岗制度", between_words) == [
        "分事行权", "分岗设权", "分级授权", "定期轮岗"]
    assert uniform_items("构建校企联合培养、产教融合发展、科教协同育人体系", between_words) == [
        "校企联合培养", "产教融合发展", "科教协同育人"]
    assert uniform_items("《意见》在要素配置、共建共享、协同经办3个层面协同发力", between_words) == [
        "要素配置", "共建共享", "协同经办"]
    assert uniform_items("推进政务服务、社会治理、公共服务体系化建设", between_words) is None  # 体系化: no head


def test_a_first_item_cut_inside_a_word_is_no_list(between_words):
    # 坚持|重心下移 is a list (not 坚|持重); 推动高|质量发展 would cut 高质量 in two
    assert uniform_items("必须坚持重心下移、力量下沉、保障下倾", between_words) == ["重心下移", "力量下沉", "保障下倾"]
    assert uniform_items("推动高质量发展、科技创新、改革开放", between_words) is None


def test_a_last_item_that_runs_on_into_the_sentence_is_no_list(between_words):
    # 改善|民生作为…: the last item is 改善民生, longer than the others
    assert uniform_items("把惠民、利民、富民、改善民生作为重要方向", between_words) is None


def test_a_joined_last_item_belongs_to_the_list(between_words):
    assert uniform_list_term("做好跟踪、督办、反馈和评估", between_words) == "跟踪、督办、反馈和评估"


def test_three_two_character_items_or_items_with_grammar_are_no_list(between_words):
    assert uniform_items("北京、上海、广州", between_words) is None
    assert uniform_items("学的好、用的好、做的好", between_words) is None  # 的 a word of its own


def test_a_grammar_character_inside_a_word_is_no_grammar(between_words, analyzer):
    # 接地气: 地 is a noun there, no adverb marker (a blind list of 2026 held this list); 和 counts wherever
    # it stands, as the tokenizer joins 党和人民 into one word
    assert uniform_items("更好接地气、察民情、聚民智、惠民生", between_words) == ["接地气", "察民情", "聚民智", "惠民生"]
    assert uniform_items("促进社会和谐、人民幸福、国家安全", between_words) is None
    terms = terms_of(analyzer, ["人大代表要不断提高履职本领，更好接地气、察民情、聚民智、惠民生，凝聚团结奋进的强大力量。"])
    assert "接地气、察民情、聚民智、惠民生" in terms


def test_a_list_said_once_is_a_key_term_learned_whole(analyzer):
    terms = terms_of(analyzer, [
        "要充分发挥党委把方向、管大局、作决策、保落实的重要作用，推动各项工作落地见效。",
        "加快培育人工智能、低空经济、商业航天等新兴产业，形成新的增长点。",
    ])
    assert "把方向、管大局、作决策、保落实" in terms
    assert "人工智能、低空经济、商业航天" in terms
    assert "商业航天" not in terms  # said only inside the list: a piece of it


def test_a_sentence_of_two_balanced_clauses_is_a_maxim():
    text = "求实效，是各项工作的归宿。道不虚谈，学求实效。我们常说，实践出真知。"
    assert balanced_sentences(text) == ["道不虚谈，学求实效"]
    assert balanced_sentences("大道至简，实干为要；开创新局，担当为先。") == ["大道至简，实干为要；开创新局，担当为先"]


def test_statements_and_headings_are_no_maxims(analyzer):
    assert balanced_sentences("不再好大喜功了，更加务实踏实了。") == []  # spoken: 了
    assert balanced_sentences("总书记的嘱托，化为河山的蝶变。") == []  # a statement: 的
    assert balanced_sentences("推进水陆联运，降低物流成本") == []  # no full stop: a heading
    terms = terms_of(analyzer, ["干事创业贵在实干。道不虚谈，学求实效。各级干部要把心思用在干事上。"], "锚定发展目标，夯实自强根基")
    assert "道不虚谈，学求实效" in terms
    assert "锚定发展目标，夯实自强根基" not in terms


def test_a_topic_sentence_of_two_clauses_leaves_its_topic_a_term(analyzer):
    # 生态安全屏障方面，治沙造林完成任务: two clauses of one length, a report's topic sentence, no maxim
    terms = terms_of(analyzer, ["一年来，五大任务取得新成效。生态安全屏障方面，治沙造林完成任务。安全稳定屏障方面，事故下降。"
                                "能源和战略资源基地方面，保供任务完成。"], "政府工作报告")
    assert "生态安全屏障" in terms


def test_a_quoted_maxim_is_learned_whole(analyzer):
    terms = terms_of(analyzer, ["真正做到“民之所盼，我必行之”，把为民实事办实、办好。"], "为民办实事")
    assert "民之所盼，我必行之" in terms


def test_the_part_a_thing_plays_in_a_plan_is_said_whole(analyzer):
    # said again (said once, such a frame is the article's wording: term_screening._own_wording)
    terms = terms_of(analyzer, ["提升应对能力，要以系统应对为核心，以科技赋能为抓手，以夯实基层为重点。",
                                "以此为契机，各地以先进典型为榜样，扎实推进各项工作。",
                                "坚持以系统应对为核心，以科技赋能为抓手，以夯实基层为重点，防治体系日益完善。"], "构建完善防治体系")
    assert {"以系统应对为核心", "以科技赋能为抓手", "以夯实基层为重点"} <= set(terms)
    assert not [t for t in terms if t.startswith("以此") or t.endswith("为榜样")]


def test_a_short_sentence_a_leader_is_quoted_saying_is_learned_whole(analyzer):
    terms = terms_of(analyzer, ["习近平总书记指出：“没有监督的权力必然导致腐败，这是一条铁律。”监督要长牙带电。",
                                "权力运行到哪里，监督就跟进到哪里。"], "把权力关进制度笼子")
    assert "没有监督的权力必然导致腐败，这是一条铁律" in terms


def test_a_role_frame_starts_at_its_own_yi():
    # 所以 and 以及 hold a 以 that opens nothing (found in review)
    assert role_frames("所以要以改革为突破口，以及以创新为核心。") == ["以改革为突破口", "以创新为核心"]


def test_plain_statements_in_two_clauses_are_no_maxims():
    assert balanced_sentences("我们认为，必须如此。各项工作，都要抓实。要加强领导，要完善制度。") == []


def test_a_quote_without_a_named_speaker_is_no_citation():
    assert cited_sentences("群众要求“尽快把村里的路面修好”。") == []
    assert cited_sentences("《意见》提出“促进生活性服务业高品质多样化便利化发展”。") == ["促进生活性服务业高品质多样化便利化发展"]


def test_a_quoted_list_is_learned_without_the_verb_before_it_and_the_head_after_it(analyzer):
    # “做爱国敬业、守法经营、创业创新、回报社会的典范”: a ninth fresh check struck 做爱国敬业 and
    # 回报社会的典范, the list's first and last items taken with the words around them
    terms = terms_of(analyzer, ["总书记嘱咐民营企业家“做爱国敬业、守法经营、创业创新、回报社会的典范”。"
                                "民营企业要践行新发展理念，民营企业要走高质量发展之路。"], title="推进民营经济高质量发展")
    assert "爱国敬业、守法经营、创业创新、回报社会" in terms
    assert "做爱国敬业" not in terms and "回报社会的典范" not in terms


def test_two_character_qualities_in_a_quoted_list_are_no_members(analyzer, between_words):
    # “以建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市为目标”: qualities of the city, no set of names
    from content.term_candidates import Source
    from content.term_quotes import quoted_terms
    found = {}
    seg = analyzer.segmenter
    text = "城市工作要“以建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市为目标”。"
    quoted_terms(text, text, seg.lexicon, seg.head_words, found, between_words)
    assert not any(Source.MEMBER in c.sources for c in found.values())
    text = "总书记嘱咐民营企业家“做爱国敬业、守法经营、创业创新、回报社会的典范”。"
    quoted_terms(text, text, seg.lexicon, seg.head_words, found, between_words)
    assert Source.MEMBER in found["守法经营"].sources and "做爱国敬业" not in found
    assert Source.QUOTE in found["爱国敬业、守法经营、创业创新、回报社会"].sources  # the list as a quoted whole


@pytest.mark.parametrize("paragraph, term", [
    ("会议由“国家发展改革委、财政部、商务部”联合召开。国家发展改革委有关负责人表示，国家发展改革委将会同有关部门推进。", "改革委"),
    ("要统筹推进耕地保护、林地管理、草地修复和湿地保育，守住生态安全底线。", "耕地保护、林地管理、草地修复和湿地保育"),
    ("各地要布局一批高能级科创服务园、成果转化服务站、中试基地等载体，加快成果转化。", "能级科创服务园、成果转化服务站、中试基地等载体"),
    ("青年干部要始终忠于党和人民、服务社会大局、扎根基层一线，在实践中成长。", "忠于党和人民、服务社会大局、扎根基层一线"),
], ids=["a quoted list of names keeps its names whole", "alike only in 地, with a joined item",
        "a list of examples (等)", "和 inside a word the tokenizer joins (党和人民)"])
def test_lists_the_review_of_the_fifteenth_session_found_wrong(analyzer, paragraph, term):
    assert term not in terms_of(analyzer, [paragraph])

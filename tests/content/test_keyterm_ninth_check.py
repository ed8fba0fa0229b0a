"""Faults the ninth fresh check (eight People's Daily pieces of March 2025) struck: a commentary's sums
and measures said once without what they measure (压减一般性支出54亿元 → 54亿元), the words of a list of
common values each taken alone while the list was lost (和平、发展、公平、正义、民主、自由), a doubled
character cut out of a title (融融 of 暖意融融)."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_candidates import Candidate, Source
from content.term_figures import bare_measure, figure_in, told_by_example
from content.term_frames import balanced_sentences, parallel_clauses
from content.term_lists import uniform_items, word_boundary
from content.term_parallels import parallel_items
from content.term_selection import select_top


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def terms(analyzer, title, paragraphs):
    return [t.term for t in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


COMMENTARY = [
    "过紧日子，是一种作风，更是一种责任。重庆去年压减一般性支出54亿元，省里盘活存量资金，"
    "民生支出占比稳定在70%以上。全省新建9所寄宿制学校，办好群众身边的实事。",
    "党政机关习惯过紧日子，要把有限的资金用在刀刃上。过紧日子不是不花钱，而是把钱花得更有效率，"
    "坚持尽力而为、量力而行，把财政资源统筹好。",
] + ["井冈山时期，红米饭、南瓜汤，党员干部一身粗布、一双草鞋，艰苦奋斗的作风代代相传。今天条件好了，"
     "勤俭节约的传统不能丢，厉行节约、反对浪费的要求不能松，每一分钱都要花在群众最需要的地方。"
     "各地各部门要算好民生账、长远账，把节省下来的资金更多用于办好民生实事，让群众有实实在在的获得感。"] * 6


def test_a_commentarys_sum_said_once_is_no_term(analyzer):
    found = terms(analyzer, "把过紧日子作为长期方针", COMMENTARY)
    assert "过紧日子" in found
    assert "54亿元" not in found and "70%以上" not in found
    assert "9所寄宿制学校" in found  # a count says what it counts: it stays


def test_a_sum_said_again_or_outside_a_commentary_stays():
    ranked = [(Candidate("过紧日子", {Source.QUOTE}), 2.0), (Candidate("54亿元", {Source.FIGURE}), 1.0)]

    def chosen(uses, by_example=True, stressed=lambda term: False):
        return [c.term for c, _ in select_top(ranked, 1200, lambda term: uses, by_example, stressed)]
    assert chosen([40]) == ["过紧日子"]  # a commentary says it once: an example's detail
    assert chosen([40, 300]) == ["过紧日子", "54亿元"]  # said again: a figure to learn
    assert chosen([40], by_example=False) == ["过紧日子", "54亿元"]  # a theory piece's or a release's statistic
    assert chosen([40], stressed=lambda term: term == "54亿元") == ["过紧日子", "54亿元"]  # in a title or core point


def test_a_commentarys_sum_in_its_title_or_core_point_stays(analyzer):
    assert "54亿元" in terms(analyzer, "压减54亿元，把钱花在刀刃上", COMMENTARY)
    article = Article("把过紧日子作为长期方针", sections=[Section(None, COMMENTARY)],
                      core_points=["重庆去年压减一般性支出54亿元，民生支出占比稳定在70%以上。"])
    found = [t.term for t in analyzer.key_terms(article)]
    assert "54亿元" in found and "70%以上" in found


def test_a_statistical_release_keeps_its_figures(analyzer):
    release = ["初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。全年粮食总产量70650万吨，比上年增加1109万吨。",
               "全年社会消费品零售总额487895亿元，比上年增长3.5%。全国固定资产投资514374亿元，比上年增长3.2%。",
               "全年规模以上工业增加值比上年增长5.8%。全年货物进出口总额438468亿元，比上年增长5.0%。"] * 3
    assert not told_by_example("".join(release))
    found = terms(analyzer, "2024年国民经济运行稳中有进", release)
    assert "1349084亿元" in found or "70650万吨" in found


def test_sums_and_measures_are_bare_counts_are_not():
    assert all(map(bare_measure, ["54亿元", "70%以上", "39公里", "1.1个百分点", "500吨", "1.75亿千瓦"]))
    assert not any(map(bare_measure, ["8400万人", "832个脱贫县", "9所乡村寄宿制学校", "14条具体措施"]))


VALUES = [
    "习近平主席指出：“和平、发展、公平、正义、民主、自由，是全人类的共同价值，也是联合国的崇高目标。”",
    "和平、发展、公平、正义、民主、自由，彼此相互联系、相互促进、缺一不可。和平与发展是基础，"
    "公平与正义是保障，民主与自由是追求。",
    "我们要坚守和弘扬和平、发展、公平、正义、民主、自由的全人类共同价值，推动构建人类命运共同体。",
]


def test_a_list_of_common_values_said_again_is_learned_whole(analyzer):
    found = terms(analyzer, "深刻理解全人类共同价值", VALUES)
    assert "和平、发展、公平、正义、民主、自由" in found
    assert not {"和平", "公平", "正义", "民主", "自由"} & set(found)  # its words alone are common ones


def test_fields_named_once_stay_an_enumeration(analyzer):
    fields = ["县里在教育、旅游、科技、卫生、体育、考古方面都有投入，群众得到实惠。",
              "推动文化和旅游深度融合，打造乡村旅游精品线路，乡村旅游带动农民增收。"]
    assert "教育、旅游、科技、卫生、体育、考古" not in terms(analyzer, "乡村旅游富了乡亲", fields)


def test_fields_named_again_with_their_kind_or_inside_a_longer_list_stay_an_enumeration(analyzer):
    fields = ["在教育、医疗、养老、住房、就业等方面持续用力，办好民生实事。",
              "今年在教育、医疗、养老、住房、就业方面的支出继续增加，民生实事件件落地。"]
    assert "教育、医疗、养老、住房、就业" not in terms(analyzer, "办好民生实事", fields)
    longer = ["群众关心教育、医疗、养老、住房、就业。", "这些年，教育、医疗、养老、住房、就业、社保都在改善，民生实事件件落地。"]
    assert "教育、医疗、养老、住房、就业" not in terms(analyzer, "办好民生实事", longer)


def test_a_word_said_often_on_its_own_keeps_its_place_beside_its_list():
    whole = Candidate("和平、发展、公平、正义、民主、自由", {Source.LIST})
    ranked = [(Candidate("民主", {Source.WORD}), 2.0), (whole, 1.0)]

    def chosen(alone):
        uses = {whole.term: [10, 400]}
        return [c.term for c, _ in select_top(ranked, 3000, lambda term: uses.get(term, [10, 400] + alone))]
    assert chosen([500, 600]) == [whole.term]  # said twice more alone: the list explains it, the list is the term
    assert chosen([500, 600, 700, 800, 900]) == ["民主", whole.term]  # a subject of its own


def test_a_word_opening_on_a_character_of_grammar_is_an_item(analyzer):
    between = word_boundary(analyzer.extractor.segmenter.cut)
    assert uniform_items("和平、发展、公平、正义", between) == ["和平", "发展", "公平", "正义"]
    assert uniform_items("和谐、着眼、了解、在场", between) == ["和谐", "着眼", "了解", "在场"]
    assert uniform_items("领导和制度、发展和安全、改革和稳定", between) is None  # 和 joins two things
    for grammar in ("或者推诿、或者拖延、或者敷衍", "与其说是偷懒、与其说是糊涂、与其说是无能"):
        assert uniform_items(grammar, between) is None
        assert parallel_items(grammar, None, between) is None


def test_a_doubled_character_is_no_term(analyzer):
    body = ["“春风送岗”招聘会现场人山人海。各地推出直播带岗，让就业市场持续暖意融融，为经济增长提供支撑。",
            "直播带岗让求职者足不出户找到工作。稳定就业总量、做大就业增量、提升就业质量，直播带岗大有可为。"]
    found = terms(analyzer, "培护好就业市场的融融暖意", body)
    assert "融融" not in found and "直播带岗" in found


def test_clauses_naming_where_a_point_holds_are_no_formula():
    assert parallel_clauses("无论在国内层面，还是在国际层面，民主与自由都是重要内容。") == []
    assert parallel_clauses("在发展中保障，在保障中发展。") == ["在发展中保障，在保障中发展"]  # a formula on 在


def test_a_title_opening_on_a_story_names_no_term(analyzer):
    body = ["最难忘的一场音乐会，是在学校食堂。同学们走到琴边，弹起一首老歌，这场音乐会没有舞台。",
            "公共文化服务要走进群众身边，丰富公共文化供给，让文化成果更多更公平惠及全体人民。",
            "办好公共文化服务，要坚持以人民为中心，让公共文化服务更加可及。"]
    story = terms(analyzer, "从一场食堂里的音乐会说起", body)
    assert story.index("公共文化服务") < story.index("音乐会") if "音乐会" in story else story
    assert terms(analyzer, "办好一场食堂里的音乐会", body)[0] == "音乐会"  # a title naming it: a headline


def test_the_scene_of_a_report_is_no_term(analyzer):
    body = ["“春风送岗”招聘会现场人山人海。招聘会现场，求职者排起长队，直播带岗也在进行。",
            "直播带岗让求职者足不出户找到工作，招聘会现场和直播间一起发力，稳就业有了新办法。"]
    found = terms(analyzer, "让就业市场暖意融融", body)
    assert "招聘会现场" not in found and "直播带岗" in found


def test_what_a_theory_has_for_practice_is_a_frame_noun(analyzer):
    body = ["全人类共同价值具有重大的现实指导意义，为建设更加美好的世界指明了方向。现实指导意义在于凝聚共识。",
            "弘扬全人类共同价值，携手创造人类更加美好未来。美好未来要靠各国人民共同创造，全人类共同价值是基础。"]
    found = terms(analyzer, "深刻理解全人类共同价值", body)
    assert "全人类共同价值" in found
    assert not {"现实指导意义", "美好未来"} & set(found)


def test_the_verbs_of_a_passive_are_no_formula():
    assert parallel_items("才能真正为人民群众所感知、所享有") is None
    assert parallel_items("增强政治意识、大局意识、核心意识") == ["政治意识", "大局意识", "核心意识"]


def test_what_follows_as_a_result_is_no_maxim():
    assert balanced_sentences("以新技术牵引新应用，消费新需求得以满足。") == []
    assert balanced_sentences("道不虚谈，学求实效。") == ["道不虚谈，学求实效"]


def test_a_new_model_alone_is_a_stock_word(analyzer):
    body = ["培育新业态新模式，新模式层出不穷。平台企业探索新模式，新模式带来新机遇。",
            "发展新质生产力，要以科技创新引领产业创新，新质生产力的新模式不断涌现。"]
    found = terms(analyzer, "因地制宜发展新质生产力", body)
    assert "新质生产力" in found and "新模式" not in found


def test_a_quoted_list_of_a_policys_particulars_gives_no_members(analyzer):
    body = ["开发区推出“求职7日免费住宿、实习3月免费短租、就业3年优惠长租”的阶梯式安居体系，吸引青年人才。",
            "阶梯式安居体系让青年人才留得住，开发区还推出“水网、新型电网、算力网”建设计划。"]
    found = terms(analyzer, "让青年人才留得住", body)
    assert not {"求职7日免费住宿", "实习3月免费短租", "就业3年优惠长租"} & set(found)
    assert "阶梯式安居体系" in found
    assert {"新型电网", "水网、新型电网、算力网"} & set(found)  # a quoted list of names is learned, whole or by members
    names = ["“C919大飞机、复兴号、北斗导航、天宫空间站”成为新质生产力的生动写照。",
             "北斗导航服务全球，天宫空间站迎来新乘组，复兴号跑出中国速度，C919大飞机商业运营。"]
    found = terms(analyzer, "发展新质生产力", names)
    assert "C919大飞机" in found and "C919" not in found  # a digit in a name marks no particulars


def test_settings_of_time_and_place_stay_no_formula():
    for text in ("不论在顺境中，还是在逆境中，都要保持战略定力。", "在革命时期，在建设时期，在改革时期，党始终坚持人民至上。",
                 "在理论层面上，在实践层面上，都取得了突破。"):
        assert parallel_clauses(text) == []


def test_fields_joined_by_he_or_in_a_list_joined_by_he_stay_an_enumeration(analyzer):
    once = ["县里在教育、旅游、科技、卫生、体育和考古方面都有投入。", "推动文化和旅游深度融合，乡村旅游带动农民增收。"]
    assert "教育、旅游、科技、卫生、体育和考古" not in terms(analyzer, "乡村旅游富了乡亲", once)
    longer = ["群众关心教育、医疗、养老、住房、就业。", "这些年，教育、医疗、养老、住房、就业和社保都在改善，民生实事件件落地。"]
    assert "教育、医疗、养老、住房、就业" not in terms(analyzer, "办好民生实事", longer)


def test_common_values_followed_by_deng_and_their_name_stay_a_formula(analyzer):
    body = ["我们要弘扬和平、发展、公平、正义、民主、自由等全人类共同价值。",
            "和平、发展、公平、正义、民主、自由等全人类共同价值，是各国人民的共同追求。全人类共同价值凝聚共识。"]
    assert "和平、发展、公平、正义、民主、自由" in terms(analyzer, "弘扬全人类共同价值", body)


def test_items_opening_on_one_word_of_grammar_are_no_formula(analyzer):
    between = word_boundary(analyzer.extractor.segmenter.cut)
    for text in ("是否推诿、是否拖延、是否敷衍、是否担当", "或许推诿、或许拖延、或许敷衍"):
        assert uniform_items(text, between) is None and parallel_items(text, None, between) is None


def test_what_the_people_need_is_no_passive():
    assert parallel_items("解决群众所急、所需、所盼、所愿") == ["所急", "所需", "所盼", "所愿"]


def test_a_figure_is_stressed_only_as_a_whole_number():
    assert not figure_in("54亿元", "从压减154亿元说起") and figure_in("54亿元", "从压减54亿元说起")


def test_a_figure_is_not_marked_inside_a_longer_number(analyzer):
    body = ["今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。",
            "实现5%左右的增长目标，需要付出艰苦努力。全区新能源装机规模达到1.75亿千瓦，各地新增装机21.75亿千瓦。"]
    keys = {k.term: k for k in analyzer.key_terms(Article("稳中求进", sections=[Section(None, body)]))}
    marked = [body[o.paragraph][o.start - 1:o.end] for o in keys["5%左右"].occurrences]
    assert marked == ["长5%左右", "现5%左右"] and keys["5%左右"].count == 2  # not the 5%左右 of 5.5%左右
    assert [(o.paragraph, o.start) for o in keys["1.75亿千瓦"].occurrences] == [(1, 32)]  # not 21.75亿千瓦

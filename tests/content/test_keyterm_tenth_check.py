"""Faults the tenth fresh check (eight People's Daily pieces of January 2025) found: a term lifted out of a
quotation kept its inner marks (‘人工智能+’行动), a count of quoted words was lost (两个“弄清楚”), a
sum was taken for a term (“1+1＞2”), the halves of 可感可及 ranked as two terms, 国家监察委员会 lost its
owner, and 统筹好有效市场 was taken for an institution."""
import pytest

from made_up_articles import FILLER, terms_of
from content.analysis import Analyzer
from content.model import Article, Section
from content.term_numbers import numeric_formulas
from content.term_programmes import institution_names


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def terms(analyzer, title, paragraphs):
    return terms_of(analyzer, paragraphs, title)


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
    found = {}
    numeric_formulas("实施十大“暖心”工程，两位“老党员”坚守岗位。", lambda s: [s], found)
    assert not any("“" in t for t in found)  # a count of projects, a count of people: no formula


def test_a_task_done_well_sets_up_no_institution():
    verb = {"统筹", "处理"}.__contains__
    assert institution_names("就要把统筹好有效市场和有为政府的关系建立在发展上。", frozenset(), verb=verb) == []
    assert institution_names("建立统筹协调机制。", frozenset(), verb=verb) == ["统筹协调机制"]


def test_two_institutions_set_up_at_once_are_two_names():
    assert institution_names("健全社会信用体系和监管制度。", frozenset()) == ["社会信用体系"]
    assert institution_names("完善党和国家监督体系。", frozenset()) == ["党和国家监督体系"]
    assert institution_names("完善党和国家监督体系和纪检监察体制。", frozenset()) == ["党和国家监督体系", "纪检监察体制"]


# (title, paragraphs before the filler, terms found, terms not found)
CASES = {
    "a quoted sum is no term": (
        "长三角一体化", ["一体化发展要实现“1+1＞2”的效果，长三角一体化发展走深走实。", "长三角一体化发展要一张蓝图绘到底。"],
        {"长三角一体化发展"}, {"1+1＞2"}),
    "two words never said apart are no terms alone": (
        "惩治微腐败，让老百姓可感可及",
        ["习近平总书记指出，要把整治群众身边不正之风和腐败问题作为重要任务常态化地抓，让老百姓可感可及。",
         "蝇贪蚁腐，危害甚深。“微腐败”啃食的是群众获得感。"],
        {"微腐败"}, {"可感", "可及"}),
    "an owner before a listed name is no task verb": (
        "纵深推进反腐败斗争",
        ["国家监察委员会前不久发布的报告显示，全国查处群众身边不正之风和腐败问题。", "纪检监察机关要持续发力，推动全面从严治党向基层延伸。"],
        {"国家监察委员会"}, {"监察委员会"}),
    "a quoted sentence about a listed name leaves it a term": (
        "新时代“枫桥经验”的理论意蕴",
        ["毛泽东同志提出“人民内部矛盾是非对抗性矛盾”等一系列新理念。", "坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层。"],
        {"人民内部矛盾"}, set()),
    "a verb and its stock object are no term": (
        "把群众“心上事”变成干部“上心事”",
        ["把群众“心上事”变成干部“上心事”，要深入基层、深入群众。", "群众的急难愁盼，要列入干部的工作清单，成为干部手中的任务。"],
        {"急难愁盼"}, {"变成干部"}),
    # the vocabulary holds no verb phrase before a listed name: one slot for one experience
    "a task and the name it is done to take one slot": (
        "北京接诉即办的实践",
        ["习近平总书记强调要坚持和发展新时代“枫桥经验”。“枫桥经验”发端于浙江。", "新时代“枫桥经验”在基层落地生根。"],
        {"新时代“枫桥经验”"}, {"坚持和发展新时代“枫桥经验”"}),
    "like clauses doing something to listed names are a list of tasks": (
        "稳步扩大制度型开放",
        ["要优化区域开放布局，加快建设西部陆海新通道，加快建设海南自由贸易港，实施自由贸易试验区提升战略。",
         "稳步扩大制度型开放，主动对接高标准国际经贸规则。"],
        {"西部陆海新通道", "海南自由贸易港"}, {"加快建设西部陆海新通道，加快建设海南自由贸易港"}),
    "a name the tokenizer opens on a verb, said again and again, stays": (
        "挂职干部要沉下去",
        ["挂职干部不能当“过客”。挂职干部要真正沉到一线。", "组织部门要加强对挂职干部的管理，让挂职干部在基层经受历练。"],
        {"挂职干部"}, set()),
    "a quoted sum of a result is no term, a quoted set of numbers is": (
        "深化东亚合作",
        ["东盟与中日韩（10+3）合作机制不断完善，“10+3”合作机制成为东亚合作的主渠道。", "“10+3”合作要实现“1+1＞2”的效果。"],
        {"10+3"}, {"1+1＞2"}),
    "plans told apart by a numeral stay two": (
        "谋划好“十五五”发展",
        ["要总结好“十四五”和“十五五”的衔接，科学谋划“十五五”时期经济社会发展。", "“十四五”规划目标任务即将完成。"],
        set(), {"“十四五”和“十五五”"}),
    "a name said only after a formula and 的 is learned with it": (
        "健全城乡基层治理体系",
        ["要完善共建共治共享的城乡基层治理格局，坚持共建共治共享。", "建设共建共治共享的城乡基层治理格局，基层是关键。"],
        {"共建共治共享的城乡基层治理格局"}, {"城乡基层治理格局"}),
    "like clauses each opening on a verb of its own list tasks": (
        "以法治护航种业振兴",
        ["要坚持依法治种，治理种业侵权，促进种业创新，守护好农业“芯片”。", "各地要提升服务能力，挖掘服务资源，做好种业服务。"],
        set(), {"治理种业侵权，促进种业创新", "提升服务能力，挖掘服务资源"}),
    "a statistic's rise is no name": (
        "以政策效力激发更大推动力",
        ["通讯器材类的商品零售额同比增长均超20%，家具类的商品零售额同比增长均接近20%。", "以旧换新政策持续发力，消费市场活跃。"],
        set(), {"商品零售额同比增长"}),
    # two formulas said together (“两个确立”和“两个维护”) stay two
    "two mirrored quoted ways joined by 和 are one formula": (
        "形成既“放得活”又“管得住”的经济秩序",
        ["市场经济不是不要政府作用，而是“看不见的手”和“看得见的手”都要用、都要硬。", "要深刻领悟“两个确立”和“两个维护”，增强“四个意识”。"],
        {"“看不见的手”和“看得见的手”", "两个确立", "两个维护"}, {"看不见的手", "看得见的手"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_made_up_commentaries(analyzer, case):
    title, paragraphs, present, absent = CASES[case]
    found = set(terms(analyzer, title, [p + FILLER for p in paragraphs]))
    assert present <= found
    assert not absent & found


def test_a_pair_of_counts_is_one_formula_whatever_it_qualifies(analyzer):
    seg = analyzer.segmenter
    seg.load()
    found = {}
    numeric_formulas("更好发挥国内国际两个市场两种资源联动效应。", seg.cut, found, seg.tag)
    assert "两个市场两种资源" in found
    assert not any(t.startswith("两种资源") for t in found)  # the second count counts nothing of its own
    found = {}
    numeric_formulas("全市共有三个街道五个社区参与试点。", seg.cut, found, seg.tag)
    assert "三个街道五个社区" not in found  # two counts of two numbers: no pair


def test_the_reader_marks_a_quoted_term_inside_a_quotation_too():
    from content.term_occurrences import find_occurrences
    article = Article("t", sections=[Section(None, [
        "总书记提出“形成既‘放得活’又‘管得住’的经济秩序”。",
        "形成既“放得活”又“管得住”的经济秩序，要统筹好有效市场和有为政府。"])])
    found = find_occurrences(article, "既“放得活”又“管得住”")
    assert [(o.paragraph, o.start, o.end) for o in found] == [(0, 8, 20), (1, 2, 14)]


CITED_WORKS = [
    "《加快构建新发展格局，把握未来发展主动权》一文深刻阐明新发展格局。《习近平经济文选》第一卷收录重要文稿。",
    "《中共中央关于进一步全面深化改革、推进中国式现代化的决定》对构建高水平社会主义市场经济体制作出部署。",
]


def test_a_cited_articles_title_ranks_below_documents(analyzer):
    weight = {t.term: t.weight for t in analyzer.key_terms(
        Article("明确了中国经济实现高质量发展之路", sections=[Section(None, [p + FILLER for p in CITED_WORKS])]))}
    speech = weight["《加快构建新发展格局，把握未来发展主动权》"]
    assert weight["《习近平经济文选》第一卷"] > speech
    assert weight["《中共中央关于进一步全面深化改革、推进中国式现代化的决定》"] > speech


def test_the_third_vocabulary_batch_names_indicators_and_offences(analyzer):
    # a short commentary says each once: the general vocabulary proposes them
    found = terms(analyzer, "以法治护航种业振兴", [
        "去年高技术制造业增加值增长较快，种业振兴离不开法治保障。",
        "法院依法严惩套牌侵权，对恶意侵权适用惩罚性赔偿，让侵权者付出沉重代价。",
    ])
    assert "高技术制造业增加值" in found and "套牌侵权" in found

"""Signals for key terms beyond the text's quotes and the lexicon: headings and numbered points,
compound names, goals of the X强国 form, works listed as examples, names used as dates."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section, TermKind
from content.term_candidates import Candidate, Source
from content.term_signals import power_goals
from content.term_scoring import Specificity
from content.term_phrases import enumerated_points


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def terms_of(analyzer, art):
    return [k.term for k in analyzer.key_terms(art)]


def test_numbered_points_inside_a_paragraph_are_found():
    text = "下面讲几点。第一，坚持新的发展理念。这是根本。第二，坚持对外开放基本国策。"
    assert [text[a:b] for a, b in enumerated_points(text)] == ["坚持新的发展理念", "坚持对外开放基本国策"]


def test_long_sentence_after_a_number_is_no_point():
    text = "一是明确了坚持和发展中国特色社会主义的总任务是实现社会主义现代化和中华民族伟大复兴。"
    assert enumerated_points(text) == []


def test_the_subject_of_a_numbered_point_is_a_term_without_its_verbs(analyzer):
    art = Article("讲话", sections=[Section(None, [
        "马克思主义政治经济学要讲。第三，坚持和完善社会主义基本分配制度。分配决定于生产。",
        "收入差距拉大，要调整收入格局。"])])
    terms = terms_of(analyzer, art)
    assert "社会主义基本分配制度" in terms and "坚持和完善社会主义基本分配制度" not in terms


def test_a_heading_names_its_subject_without_the_verb(analyzer):
    art = Article("电影四十年", sections=[
        Section("坚持以人民为中心 打造精品力作", ["推出更多精品力作，满足观众。", "观众喜爱的精品力作越来越多。"])])
    assert "精品力作" in terms_of(analyzer, art)


def test_plain_words_of_a_heading_are_less_specific_than_a_rare_name(analyzer):
    seg = analyzer.segmenter
    spec = Specificity(seg.lexicon, seg.idf, seg.idf_median, seg.knows, seg.cut)
    plain = Candidate("时代价值", {Source.HEADLINE}, ("时代", "价值"))
    rare = Candidate("精品力作", {Source.HEADLINE}, ("精品", "力作"))
    assert spec(plain) < spec(rare)


def test_a_listed_term_with_a_head_noun_is_one_compound(analyzer):
    paragraphs = ["学习马克思主义政治经济学。", "马克思主义政治经济学是必修课。", "坚持马克思主义政治经济学。",
                  "马克思主义是科学。"]
    assert "马克思主义政治经济学" in terms_of(analyzer, Article("学习", sections=[Section(None, paragraphs)]))


def test_a_verb_before_a_listed_term_stays_outside_it(analyzer):
    paragraphs = ["构筑向西开放战略高地。", "加快构筑向西开放战略高地。", "向西开放战略高地要建好。"]
    terms = terms_of(analyzer, Article("开放", sections=[Section(None, paragraphs)]))
    assert "向西开放战略高地" in terms and "构筑向西开放战略高地" not in terms


def test_goal_of_the_strong_nation_form_is_found_in_a_title(analyzer):
    art = Article("勇担科技强区时代使命", sections=[Section(None, ["科技创新是关键。", "要发展新质生产力。"])])
    assert "科技强区" in terms_of(analyzer, art)


def test_a_verb_before_strong_is_no_goal(analyzer):
    seg = analyzer.segmenter
    goals = power_goals("做大做强国有企业，推进强国建设，建设教育强国。", lambda w: seg.knows(w) and not seg.tag(w))
    assert goals == ["教育强国"]


def test_films_listed_as_examples_rank_below_a_law(analyzer):
    art = Article("电影", sections=[Section(None, [
        "《智取威虎山》《湄公河行动》《中国合伙人》等影片深受欢迎。",
        "《中华人民共和国电影产业促进法》正式施行，电影产业持续发展。"])])
    terms = terms_of(analyzer, art)
    assert terms.index("《中华人民共和国电影产业促进法》") < terms.index("《湄公河行动》")


def test_quoted_sentence_ranks_below_a_quoted_formula(analyzer):
    art = Article("学习", sections=[Section(None, [
        "恩格斯说，政党的“全部理论来自对政治经济学的研究”。", "要做到“两个维护”。"])])
    terms = terms_of(analyzer, art)
    assert terms.index("两个维护") < terms.index("全部理论来自对政治经济学的研究")


def test_a_meeting_used_as_a_date_ranks_below_one_named_for_itself(analyzer):
    art = Article("回顾", sections=[Section(None, [
        "党的十八大以来，事业取得成就。", "党的十九届三中全会决定调整电影管理体制。"])])
    terms = terms_of(analyzer, art)
    assert terms.index("党的十九届三中全会") < terms.index("党的十八大")


def test_series_built_alike_is_one_formula(analyzer):
    art = Article("领导权", sections=[Section(None, ["牢牢掌握意识形态工作的领导权、管理权、话语权。", "文化是灵魂。"])])
    assert "领导权、管理权、话语权" in terms_of(analyzer, art)


def test_a_film_in_a_list_of_works_is_not_a_document(analyzer):
    art = Article("电影", sections=[Section(None, [
        "《智取威虎山》《湄公河行动》《中国合伙人》等影片深受欢迎。",
        "《中华人民共和国电影产业促进法》正式施行。"])])
    kinds = {k.term: k.kind for k in analyzer.key_terms(art)}
    assert kinds["《湄公河行动》"] is TermKind.OTHER and kinds["《中华人民共和国电影产业促进法》"] is TermKind.DOCUMENT


def test_a_listed_pair_is_found_spelled_with_yu(analyzer):
    art = Article("以科技创新与产业创新深度融合培育新质生产力", sections=[Section(None, [
        "推动科技创新与产业创新深度融合。", "科技创新和产业创新要融合。"])])
    terms = terms_of(analyzer, art)
    assert "科技创新与产业创新深度融合" in terms
    assert not {"科技创新和产业创新", "科技创新与产业创新"} <= set(terms)


def test_a_listed_list_written_without_its_marks_is_found():
    from content.lexicon_files import Lexicon
    from content.term_listed import listed_hits
    text = "让人民群众的获得感幸福感安全感更加充实。"
    assert ("获得感幸福感安全感", False) in listed_hits(text, Lexicon.load(), True)
    # items of two characters run together are other words (修身齐家治国平天下 is no list of four here)
    assert not any(t == "修身齐家治国平天下" for t, _ in listed_hits("修身齐家治国平天下。", Lexicon.load(), True))


def test_a_listed_pair_is_found_in_either_order():
    from content.lexicon_files import Lexicon
    from content.term_listed import listed_hits
    assert ("有为政府和有效市场", False) in listed_hits("推动有为政府和有效市场更好结合。", Lexicon.load(), True)


def test_members_of_a_named_set_are_among_the_top_forty(analyzer, sample_page_path):
    from content.page_parser import parse_page
    art = [a for a in parse_page(sample_page_path.read_text(encoding="utf-8"), "s").articles if "六张网" in a.title][0]
    top = terms_of(analyzer, art)[:40]
    assert {"水网", "新型电网", "算力网", "新一代通信网", "城市地下管网", "物流网"} <= set(top)


def test_series_with_one_character_in_one_place_is_a_formula():
    from content.term_parallels import parallel_items
    assert parallel_items("把懂农业、爱农村、爱农民作为基本要求") == ["懂农业", "爱农村", "爱农民"]


def test_listed_expression_written_with_a_quoted_part_is_found_as_written():
    from content.lexicon_files import Lexicon
    from content.term_candidates import Role, TextUnit
    from content.term_signals import signal_candidates
    units = [TextUnit("推动高质量共建“一带一路”走深走实。", Role.BODY)]
    assert "高质量共建“一带一路”" in signal_candidates(units, Lexicon.load(), lambda s: list(s))


def test_a_principle_after_a_dash_at_the_start_of_a_paragraph_is_a_point():
    text = "——坚持党管农村工作。毫不动摇地坚持和加强党对农村工作的领导。"
    assert [text[a:b] for a, b in enumerated_points(text)] == ["坚持党管农村工作"]


def test_a_dash_inside_a_sentence_opens_no_point():
    assert enumerated_points("我们——坚持改革开放。这是关键。") == []


def test_a_quoted_two_character_formula_is_learned_with_its_head():
    from content.lexicon_files import Lexicon
    from content.term_candidates import Role, TextUnit
    from content.term_signals import signal_candidates
    units = [TextUnit("如期实现“双碳”目标。做好“三农”工作。扎实推进“两重”建设，支持“两重”项目。", Role.BODY)]
    found = signal_candidates(units, Lexicon.load(), lambda s: list(s))
    assert {"“双碳”目标", "“三农”工作", "“两重”建设"} <= set(found)
    assert {"双碳", "两重"} <= set(found)  # the bare names stay candidates: said alone, they are kept


def test_a_quoted_abbreviation_said_with_its_head_is_learned_whole(tmp_path):
    from content.analysis import Analyzer
    from content.model import Article, Section
    art = Article("加快发展方式绿色转型", sections=[Section(None, [
        "实现“双碳”目标是一场广泛而深刻的经济社会系统性变革。",
        "要把“双碳”目标纳入生态文明建设整体布局，稳妥推进能源革命。",
        "推动绿色低碳发展，为实现“双碳”目标提供有力支撑。"])])
    terms = [t.term for t in Analyzer(tmp_path).key_terms(art)]
    assert "“双碳”目标" in terms and "双碳" not in terms


def test_repetition_of_an_umbrella_term_counts_half():
    from content.term_scoring import REPETITION, TermStats, score
    cand = Candidate("中国特色社会主义", {Source.LEXICON})
    many = TermStats(count=20, title=0, core=0, heading=0, quoted=0, documents=0)
    plain, umbrella = score(cand, many, 1.0, 0), score(cand, many, 1.0, 0, umbrella=True)
    assert umbrella < plain
    assert umbrella - 1.0 == pytest.approx((plain - 1.0) / 2) and plain > 1.0 + REPETITION


def test_an_umbrella_term_said_once_loses_nothing_more():
    from content.term_scoring import TermStats, score
    cand = Candidate("新时代", {Source.LEXICON})
    once = TermStats(count=1, title=0, core=0, heading=0, quoted=0, documents=0)
    assert score(cand, once, 1.0, 0, umbrella=True) == score(cand, once, 1.0, 0)


def test_a_list_named_by_what_it_sets_out_is_one_formula():
    from content.term_candidates import Role, TextUnit
    from content.term_signals import signal_candidates
    from content.lexicon_files import Lexicon
    text = "坚持农业农村优先发展，按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求，推进乡村振兴。"
    found = signal_candidates([TextUnit(text, Role.BODY)], Lexicon(), lambda s: [s])
    assert Source.SERIES in found["产业兴旺、生态宜居、乡风文明、治理有效、生活富裕"].sources


def test_a_list_of_clauses_before_a_plain_noun_is_no_named_series():
    from content.term_candidates import Role, TextUnit
    from content.term_signals import signal_candidates
    from content.lexicon_files import Lexicon
    text = "加强道路、桥梁、水利的建设，改善农村条件。"
    found = signal_candidates([TextUnit(text, Role.BODY)], Lexicon(), lambda s: [s])
    assert not any(Source.SERIES in c.sources for c in found.values())


def test_members_of_a_series_named_as_one_give_their_places_to_the_whole(analyzer):
    series = "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕"
    art = Article("实施乡村振兴战略", sections=[Section(None, [
        f"按照{series}的总要求，实施乡村振兴战略。", "乡村振兴，产业兴旺是重点。", "乡村振兴，生态宜居是关键。",
        "乡村振兴，乡风文明是保障。", "产业兴旺要靠科技，乡风文明要靠教化。"])])
    terms = terms_of(analyzer, art)
    assert series in terms
    assert not {"产业兴旺", "生态宜居", "乡风文明"} & set(terms)


def test_a_counted_noun_keeps_no_particle_or_verb_after_it(analyzer):
    from content.term_candidates import Role, TextUnit
    from content.term_signals import signal_candidates
    seg = analyzer.segmenter
    text = "影片在190多个城市的影院上映，21个国家签署了合作协议；我们党有9000多万名党员。"
    found = signal_candidates([TextUnit(text, Role.BODY)], seg.lexicon, seg.head_words, seg.tag)
    figures = {t for t, c in found.items() if Source.FIGURE in c.sources}
    assert {"190多个城市", "21个国家", "9000多万名党员"} <= figures
    assert not {"190多个城市的", "21个国家签署"} & figures


def test_a_quoted_set_counted_item_by_item_is_a_formula(analyzer):
    seg = analyzer.segmenter
    spec = Specificity(seg.lexicon, seg.idf, seg.idf_median, seg.knows, seg.cut)
    counted = spec(Candidate("两高地、两基地、一屏障", {Source.QUOTE}))
    plain = spec(Candidate("高地、基地、屏障", {Source.QUOTE}))
    assert counted > plain and counted >= 1.5


@pytest.mark.parametrize("clause, items", [
    ("坚持新时代西部大开发、长江经济带发展", None),            # not 代西部大开发、长江经济带发
    ("依靠新型合成材料、先进碳材料、可降解材料", None),        # not 型合成材料
    ("以颠覆性技术催生新产业、新模式、新动能", ["新产业", "新模式", "新动能"]),
    ("培育新产业、新模式、新动能", ["新产业", "新模式", "新动能"]),          # 育新 is a rare dictionary word
    ("党的领导权体现为对意识形态工作的领导权、管理权、话语权", ["领导权", "管理权", "话语权"]),
    ("利用好国际国内两个市场、两种资源的能力", ["两个市场", "两种资源"]),
])
def test_a_trimmed_series_item_begins_and_ends_between_words(analyzer, clause, items):
    from content.term_parallels import parallel_items
    analyzer.segmenter.load()
    assert parallel_items(clause, analyzer.segmenter.runs_across) == items


def test_a_name_of_the_general_vocabulary_weighs_as_a_curated_concept_of_its_length(analyzer):
    seg = analyzer.segmenter
    lexicon = seg.lexicon
    spec = Specificity(lexicon, seg.idf, seg.idf_median, seg.knows, seg.cut)
    vocabulary_only = ["社会信用体系", "数据产权制度", "群团组织"]  # names the curated lists do not hold
    assert all(t in lexicon.vocabulary and t not in lexicon.terms() for t in vocabulary_only)
    concept = spec(Candidate("共同富裕", {Source.LEXICON}))  # a curated concept of four characters
    for term in vocabulary_only:
        assert spec(Candidate(term, {Source.VOCABULARY})) == pytest.approx(concept)
    # shorter names weigh as short concepts do: a three-character name is no better than a longer one
    assert spec(Candidate("过渡期", {Source.VOCABULARY})) < concept
    # a long name of the vocabulary (a plain sum, 国内生产总值) stays below a formula the lexicon holds
    formula = next(iter(sorted(lexicon.formulas)))
    assert spec(Candidate("国内生产总值", {Source.VOCABULARY})) < spec(Candidate(formula, {Source.LEXICON}))


def test_a_quality_described_in_passing_is_no_term(analyzer):
    # 内在|统一性, 重要|标识|性|概念: describing words before a quality say how a thing is, not a thing to learn,
    # and the quality inside (统一性) does not take their place; a quality named on its own (人民性), one of a
    # thing (系统性风险, 公共服务可及性) and a stock pair (原创性贡献) stay
    art = Article("坚持党性和人民性相统一", sections=[Section("把握理论的内在统一性", [
        "新时代的理论创新作出了原创性贡献，体现了理论与实践的内在统一性，形成了一系列重要标识性概念。",
        "这些原创性贡献来自实践。把握理论的内在统一性，用好重要标识性概念，才能学深悟透。",
        "人民性是马克思主义最鲜明的品格。坚持人民性，提高公共服务可及性。公共服务可及性关乎民生。",
        "防范系统性风险，系统性风险不可不防。离开人民性讲党性，党性就会失去根基。"])])
    terms = terms_of(analyzer, art)
    assert {"系统性风险", "人民性", "公共服务可及性", "原创性贡献"} <= set(terms)
    assert not {"内在统一性", "统一性", "重要标识性概念", "标识性概念", "贡献"} & set(terms)


def test_a_title_cited_as_a_source_weighs_less_than_a_document_or_a_book(analyzer):
    # a title written as a sentence is a speech or an article the text quotes, not a document to learn: its
    # rare words do not make it a phrase of its own; a law, a book or a paper by its kind is none of these
    from content.term_scoring import BOOK_SPEC, CITED_TITLE_SPEC, PHRASE_SPEC, TITLE_SPEC
    seg = analyzer.segmenter
    spec = Specificity(seg.lexicon, seg.idf, seg.idf_median, seg.knows, seg.cut, analyzer.extractor._ranker._opens_call)

    def weight(title):
        return spec(Candidate(title, {Source.BOOK}, tuple(seg.cut(title.strip("《》")))))
    for cited in ("《加快构建新发展格局，把握未来发展主动权》", "《中国式现代化要靠科技现代化作支撑》", "《扎实推动共同富裕》",
                  "《在全国脱贫攻坚总结表彰大会上的讲话》", "《走好中国特色金融发展之路》", "《每日电讯报》"):
        assert weight(cited) == CITED_TITLE_SPEC < PHRASE_SPEC, cited
    for document in ("《外卖餐品信息描述规范》", "《防范外卖餐饮浪费规范营销行为指引》", "《昆明—蒙特利尔全球生物多样性框架》",
                     "《中华人民共和国民法典》", "《联合国宪章》", "《关于审理劳动争议案件适用法律问题的解释（二）》"):
        assert weight(document) == BOOK_SPEC, document
    for book in ("《摆脱贫困》", "《之江新语》", "《习近平谈治国理政》", "《求是》", "《中国共产党简史》"):
        assert weight(book) >= TITLE_SPEC, book


def test_a_pair_of_phrases_said_once_is_the_articles_wording(analyzer):
    # 实际需求、实际感受 and 管根本、管长远, said once, are how the article puts it, no formula to learn;
    # a pair said again (有据可依、有章可循) and a list of three (好事办好、实事办实、难事办妥) stay
    art = Article("把民生实事办到群众心坎上", sections=[Section(None, [
        "办好民生实事，要从群众的实际需求、实际感受出发，既管根本、管长远，又抓当前。",
        "各地坚持好事办好、实事办实、难事办妥，把民生实事清单落到纸面上、口头上之外的行动中。",
        "民生实事清单是联系群众的纽带。落实民生实事清单，要做到有据可依、有章可循。有据可依、有章可循，群众才放心。",
        "监督要抓早抓小、防微杜渐。"])])
    terms = terms_of(analyzer, art)
    # a pair of listed sayings is a formula, said once or more
    assert {"有据可依、有章可循", "好事办好、实事办实、难事办妥", "抓早抓小、防微杜渐"} <= set(terms)
    assert not {"实际需求、实际感受", "管根本、管长远", "纸面上、口头上"} & set(terms)


def test_a_sentence_on_a_frame_said_once_is_the_articles_wording(analyzer):
    # 既要看政策供给，也要看政策落实 and 从愿景走向实景, said once, are how the article puts it; a frame said again
    # (既要做显功，也要做潜功) and a quoted one (“看不见的手”和“看得见的手”) are formulas to learn
    art = Article("让政策红利充分释放", sections=[Section(None, [
        "评价一项政策，既要看政策供给，也要看政策落实。政策工具箱要打开，更要用起来。",
        "处理好“看不见的手”和“看得见的手”的关系，推动政策从愿景走向实景。",
        "既要做显功，也要做潜功。既要做显功，也要做潜功，这是正确政绩观的要求。政策工具箱里的工具要常用常新。"])])
    terms = terms_of(analyzer, art)
    assert {"既要做显功，也要做潜功", "“看不见的手”和“看得见的手”", "正确政绩观"} <= set(terms)
    assert not {"既要看政策供给，也要看政策落实", "从愿景走向实景"} & set(terms)


def test_bodies_and_meetings_named_in_passing_are_terms(analyzer):
    # the head names the kind of body (总局, 协会, 纪委/监委, 法庭) or meeting (工作会议), the nouns before it which
    # one; a verb (发布, 审结) or a word of grammar ends the name, and 河南省纪委 goes on to 监委
    art = Article("让消费者买得放心", sections=[Section(None, [
        "日前，市场监管总局联合有关部门开展网络市场监管专项行动，中国消费者协会发布消费提示。",
        "河南省纪委监委督促整改了一批群众反映强烈的问题。消费环境持续改善，消费环境越来越好。",
        "最高人民法院知识产权法庭审结了一批种业案件。中央政法工作会议对此作出部署。"])])
    terms = terms_of(analyzer, art)
    assert {"市场监管总局", "中国消费者协会", "河南省纪委监委", "最高人民法院知识产权法庭", "中央政法工作会议"} <= set(terms)
    assert not {"河南省纪委", "消费者协会", "知识产权法庭审结"} & set(terms)


@pytest.mark.parametrize("sentence, names", [
    ("市场监管总局、中国消费者协会联合发布消费提示。", ["市场监管总局", "中国消费者协会"]),
    ("国家市场监督管理总局发布通知，中央经济工作会议作出部署。", ["国家市场监督管理总局", "中央经济工作会议"]),
    ("二十国集团领导人峰会在里约热内卢举行。", []),                       # not 十国集团领导人峰会: a number cut
    ("中国共产党第二十届中央委员会第三次全体会议召开。", []),            # not 中央委员会 of 第二十届
    ("各地召开省委全会、市委全会和县委全会。", []),                      # levels name a kind, no one body
    ("主办方中国国际贸易促进委员会介绍，政府工作报告中国科学院等单位参与。", ["中国国际贸易促进委员会", "中国科学院"]),
    ("中国—东北亚博览会开幕。", ["中国—东北亚博览会"]),
    ("督促市场监督管理所与个私协会落实责任。", ["个私协会"]),                # 与 joins two bodies
    ("中央网络安全和信息化委员会办公室发布通知。", []),                    # not 信息化委员会 of …和|信息化委员会
])
def test_a_body_is_named_whole_and_alone(analyzer, sentence, names):
    from content.term_bodies import body_names
    from content.term_gathering import BODY_OPENERS
    gatherer = analyzer.extractor._gatherer
    assert body_names(sentence, analyzer.segmenter.cut, gatherer._naming, BODY_OPENERS) == names


@pytest.mark.parametrize("title, paragraphs, kept, dropped", [
    # a pair of listed concepts said once gives way to the concepts, each learned on its own
    ("坚持守正创新", ["做好新时代工作，要坚持实事求是、守正创新。", "改革要稳步推进。"],
     {"实事求是", "守正创新"}, {"实事求是、守正创新"}),
    # a frame stating how two things stand together or change is a formulation of theory, said once or more
    ("把握工作方法", ["坚持目标导向和问题导向相统一，推动从要素驱动向创新驱动转变，坚持发展和安全并重。", "工作要抓实抓细。"],
     {"目标导向和问题导向相统一", "从要素驱动向创新驱动转变", "发展和安全并重"}, set()),
    # a frame in the title is stressed
    ("从站起来到强起来", ["中华民族迎来了从站起来、富起来到强起来的伟大飞跃。", "奋斗是幸福的底色。"],
     {"从站起来到强起来"}, set()),
])
def test_what_a_frame_or_pair_said_once_keeps(analyzer, title, paragraphs, kept, dropped):
    terms = set(terms_of(analyzer, Article(title, sections=[Section(None, paragraphs)])))
    assert kept <= terms and not dropped & terms

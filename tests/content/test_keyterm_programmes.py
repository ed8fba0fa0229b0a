"""Reports: named programmes (the name between the verb that launches it and its head) and series of topics."""
from content.analysis import Analyzer
from content.model import Article, Section
from content.term_programmes import programme_names

GENERIC = frozenset({"重点", "提升", "国家"})


def test_name_starts_after_the_launching_verb():
    assert programme_names("大力实施单产提升行动。", GENERIC) == ["单产提升行动"]


def test_heads_that_follow_at_once_stay_in_the_name():
    assert programme_names("持续打好“三北”工程攻坚战。", GENERIC) == ["“三北”工程攻坚战"]


def test_a_verb_inside_the_name_does_not_cut_it_short():
    assert programme_names("制定实施教育强国建设三年行动计划。", GENERIC) == ["教育强国建设三年行动计划"]


def test_without_a_verb_a_particle_opens_the_name():
    assert programme_names("以北疆文化建设提升行动为引领，", GENERIC) == ["北疆文化建设提升行动"]


def test_a_head_that_goes_on_as_a_noun_is_no_programme():
    assert programme_names("严格落实工程建设文物前置审查制度。", GENERIC) == []


def test_a_generic_name_is_no_programme():
    assert programme_names("推进一批重点工程。", GENERIC) == []


def test_a_list_item_before_the_head_is_no_name():
    assert programme_names("持续深入推进蓝天、碧水、净土保卫战。", GENERIC) == []


def test_a_sentence_with_is_is_no_name():
    assert programme_names("高质量发展是一个系统工程。", GENERIC) == []


def test_programme_said_once_in_a_long_report_is_a_key_term(tmp_path):
    filler = "各地要扎实做好本地区本部门的日常事务，确保各项安排落到实处。" * 12
    paragraphs = [filler, "大力实施单产提升行动，稳定粮食播种面积。" + filler, filler]
    article = Article("报告", sections=[Section(None, paragraphs)])
    terms = [t.term for t in Analyzer(tmp_path).key_terms(article)]
    assert "单产提升行动" in terms


def test_a_series_of_topic_sentences_gives_every_topic(tmp_path):
    filler = "各地要扎实做好本地区本部门的日常事务，确保各项安排落到实处。" * 12
    body = ("一年来，五大任务取得新成效。生态安全屏障方面，治沙造林完成任务。安全稳定屏障方面，事故起数下降。"
            "能源和战略资源基地方面，产煤保供任务完成。向北开放桥头堡方面，口岸货运量增长。")
    article = Article("报告", sections=[Section(None, [filler, body, filler])])
    terms = [t.term for t in Analyzer(tmp_path).key_terms(article)]
    assert {"生态安全屏障", "安全稳定屏障", "能源和战略资源基地", "向北开放桥头堡"} <= set(terms)


def test_a_regulation_to_be_drawn_up_is_named():
    assert programme_names("研究制定中国共产党农村工作条例。", GENERIC) == ["中国共产党农村工作条例"]


def test_a_line_to_hold_is_named_after_the_verb_that_holds_it():
    assert programme_names("牢牢守住不发生系统性风险底线。", GENERIC) == ["系统性风险底线"]


def test_a_line_crossed_is_no_name():
    assert programme_names("就会突破纪律底线。", GENERIC) == []


def test_a_programme_with_a_quoted_name_is_learned_by_that_name(tmp_path):
    filler = "各地要扎实做好本地区本部门的日常事务，确保各项安排落到实处。" * 12
    paragraphs = [filler, "要以“英才兴蒙”工程为统领，精心引才、真心留才。" + filler, filler]
    article = Article("报告", sections=[Section(None, paragraphs)])
    terms = [t.term for t in Analyzer(tmp_path).key_terms(article)]
    assert "英才兴蒙" in terms and "“英才兴蒙”工程" not in terms


def test_a_campaign_of_study_is_named():
    assert programme_names("党中央决定在全党开展树立和践行正确政绩观学习教育。", GENERIC) == ["树立和践行正确政绩观学习教育"]


def test_a_pointer_to_the_campaign_is_no_name():
    assert programme_names("以这次学习教育为契机。", GENERIC) == []


def test_plenums_of_the_discipline_commission_and_politburo_study_sessions_are_named(tmp_path):
    body = ("总书记在二十届中央纪委五次全会上发表重要讲话。", "总书记在主持二十届中共中央政治局第二十三次集体学习时强调，要健全网络综合治理体系。")
    terms = [t.term for t in Analyzer(tmp_path).key_terms(Article("学习贯彻", sections=[Section(None, list(body))]))]
    assert {"二十届中央纪委五次全会", "二十届中共中央政治局第二十三次集体学习"} <= set(terms)


def test_a_principle_followed_or_broken_is_named():
    assert programme_names("中方严格遵循比例原则，采取反制措施。", GENERIC) == ["比例原则"]
    assert programme_names("美方做法违反了最惠国待遇原则。", GENERIC) == ["最惠国待遇原则"]
    assert programme_names("敢于坚持原则，不当老好人。", GENERIC) == []  # 原则 alone names no principle

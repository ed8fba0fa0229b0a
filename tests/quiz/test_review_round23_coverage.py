"""Faults found by review round 23 (unseen People's Daily pieces, /work/notes/review_round23.md, patterns 2, 3
and 5(a)(c)). The sentences are made up in the shape of the faults."""
import random

from content.model import Article, KeyTerm, Section, TermKind
from quiz.facts import FactKind, extract_facts
from quiz.generators import matching, ordering
from quiz.quiz_builder import all_questions, make_context
from quiz.distractors import TermIndex
from quiz.questions import QuestionType


def _article(paragraphs, terms=(), title="测试文章"):
    art = Article(title, sections=[Section(None, list(paragraphs))])
    text = "".join(paragraphs)
    art.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, text.count(t)) for t in terms]
    return art


def _parallels(art):
    return [f for f in extract_facts(art) if f.kind == FactKind.PARALLEL]


def _questions(art, generator):
    facts = extract_facts(art)
    ctx = make_context(art, TermIndex(), random.Random(0), facts)
    return [q for f in facts if f.kind == FactKind.PARALLEL for q in generator(f, ctx)]


# pattern 5(a): paragraph leads of one shape are the article's outline
BODY = "这一方面的工作已经取得了明显成效，各地积累了许多好的做法。下一步还要继续努力，久久为功。"
SEEING = ["城市建设正处在新的阶段，需要新的观察。",
          "观方向，“城市为民”确立了城市工作的根本立场。", BODY, BODY,
          "观路径，集约式发展开辟了城市更新的新空间。", BODY, BODY,
          "观贡献，分享城市治理经验体现大国担当。", BODY, BODY]


def test_one_sentence_leads_opening_on_the_same_word_are_a_parallel_fact():
    # 看理念，…/看实践，…/看影响，…: one-sentence paragraphs, each followed by two of its own
    facts = _parallels(_article(SEEING))
    assert [f.items[0][:3] for f in facts] == ["观方向"]
    assert [i[:3] for i in facts[0].items] == ["观方向", "观路径", "观贡献"]


def test_shaped_leads_give_an_ordering():
    qs = _questions(_article(SEEING), ordering.generate)
    assert len(qs) == 1 and qs[0].type == QuestionType.ORDERING
    assert [a[:3] for a in qs[0].answer] == ["观方向", "观路径", "观贡献"]


def test_shaped_leads_with_short_heads_pair_the_head_with_the_rest():
    qs = _questions(_article(SEEING), matching.generate)
    assert len(qs) == 1
    assert qs[0].answer[1] == ["观路径", "集约式发展开辟了城市更新的新空间"]


FORMULA_LEADS = ["引言段落介绍了文化传播的新形势，值得认真思考。",
                 "内容为本，根脉铸魂。优秀传统文化是对外传播的源头。" + BODY,
                 "渠道为先，平台聚合。构建多元传播网络，拓展合作伙伴。" + BODY,
                 "科技为翼，数据赋能。新技术为文化传播带来新的可能。" + BODY,
                 "结语段落再次强调文化自信的重要意义。"]


def test_leads_of_one_build_with_no_word_in_common_are_a_parallel_fact():
    # 内容为王，文脉筑基。/传播为要，生态扩圈。/技术为用，算法破局。: 为 in one place, heads of one length
    facts = _parallels(_article(FORMULA_LEADS))
    assert [f.items for f in facts] == [["内容为本，根脉铸魂", "渠道为先，平台聚合", "科技为翼，数据赋能"]]
    assert facts[0].pairs[0] == ("内容为本", "根脉铸魂")


def test_leads_built_as_verb_object_and_verb_object_give_an_ordering():
    # 强化A与B，以…/优化C与D，以…/深化E与F，…/构筑G与H，…
    paras = ["教育、科技、人才一体推进是一项系统工程。",
             "强化顶层设计与统筹协调，以制度创新打破壁垒。" + BODY,
             "优化资源配置与流动机制，以要素畅通激发活力。" + BODY,
             "深化考核改革与导向重塑，确立实绩导向的评价体系。" + BODY,
             "搭建平台载体与协作网络，打造开放协同的创新生态。" + BODY]
    qs = _questions(_article(paras), ordering.generate)
    assert len(qs) == 1 and len(qs[0].answer) == 4


def test_a_refrain_lead_gives_an_ordering_of_whole_leads():
    # 精准，是…/精准，表现为…/精准，意味着…
    paras = ["引言段落讲述了一个减贫的故事。",
             "务实，是一种工作作风，体现“钉钉子”的精神。", BODY, BODY,
             "务实，表现为一种政治品格，彰显“抓铁有痕”的担当。", BODY,
             "务实，意味着一种长远眼光，激发“一张蓝图绘到底”的坚持。", BODY]
    qs = _questions(_article(paras), ordering.generate)
    assert len(qs) == 1 and qs[0].answer[0].startswith("务实，是一种工作作风")


def test_paragraphs_opening_on_a_connective_are_no_outline():
    # 比如，…/比如，…/比如，…: the same head by habit of prose
    paras = ["比如，某地建设了一批社区食堂，方便老人就餐。", BODY,
             "比如，某县推出了上门服务，解决群众难题。", BODY,
             "比如，某市开通了夜间公交，方便市民出行。", BODY]
    assert not _parallels(_article(paras))


def test_paragraphs_opening_on_places_of_one_length_are_no_outline():
    # 在北京，…/在上海，…/在广州，…: cases, in no order worth learning
    paras = ["在甲地，社区建起了共享书屋。", BODY, "在乙地，街道办起了老年课堂。", BODY,
             "在丙地，乡村修起了文化广场。", BODY]
    assert not _parallels(_article(paras))


def test_leads_far_apart_are_no_outline():
    # three alike leads with long stretches between them are not one set of points
    paras = ["观方向，“城市为民”确立了城市工作的根本立场。"] + [BODY] * 5 + \
            ["观路径，集约式发展开辟了城市更新的新空间。"] + [BODY] * 5 + ["观贡献，分享城市治理经验体现大国担当。", BODY]
    assert not _parallels(_article(paras))


# pattern 5(c): a formula said once still gives a question
def _fill(paragraphs, terms=(), generator=None):
    from quiz.generators import fill_blank
    art = _article(paragraphs, terms)
    facts = extract_facts(art)
    ctx = make_context(art, TermIndex(), random.Random(0), facts)
    gen = generator or fill_blank.generate
    return [q for f in facts if f.kind == FactKind.ENUMERATION for q in gen(f, ctx)]


def test_a_formula_of_short_members_named_as_a_key_term_gives_a_blank_of_one_member():
    # 尊法、学法、守法、用法: two characters each, too short to blank all four, and the article's own formula
    text = "各级干部要带头敬规、学规、守规、用规，把从严治理贯穿到工作的全过程。"
    qs = _fill([text], terms=["敬规、学规、守规、用规"])
    assert len(qs) == 1 and len(qs[0].answer) == 1 and qs[0].answer[0] in ("敬规", "学规", "守规", "用规")


def test_a_list_of_short_words_nobody_names_gives_no_blank():
    # 供热、燃气、排水、照明: plain words, no formula
    text = "这座城市完善了供热、燃气、排水、照明等基础设施，方便了居民生活。"
    assert not _fill([text])


def test_a_listed_formula_said_once_gives_an_ordering():
    # the five 振兴 in the vocabulary's order, said once (no count, not in the canonical list of 排序)
    text = "乡村全面振兴要统筹推进产业振兴、人才振兴、文化振兴、生态振兴、组织振兴，久久为功。"
    qs = _fill([text], generator=ordering.generate)
    assert len(qs) == 1 and qs[0].answer == ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"]


def test_three_verb_object_members_are_cut_whole_from_their_clause():
    # 发挥法治固根本、稳预期、利长远的作用: the first member is cut from 法治 before it
    from quiz.enumerations import inline_lists
    text = "要更好发挥制度强根基、稳人心、谋长远的作用。"
    assert [e.items for e in inline_lists(text)] == [["强根基", "稳人心", "谋长远"]]


def test_members_that_are_agent_nouns_are_blanked():
    # 忠实崇尚者、自觉遵守者、坚定捍卫者: nouns of the one who does it, not free verb phrases
    text = "要使广大群众都成为生态文明的积极倡导者、自觉践行者、坚定守护者，形成人人参与的良好风尚。"
    qs = _fill([text])
    assert [q.answer for q in qs] == [["积极倡导者", "自觉践行者", "坚定守护者"]]


# pattern 3: a slot the article's own neighbour fills, and an option that is a kind of the answer
def _blanks_of(paragraphs, answer, terms=()):
    from quiz.generators import fill_blank
    art = _article(paragraphs, terms)
    facts = extract_facts(art)
    ctx = make_context(art, TermIndex(), random.Random(0), facts)
    return [q for f in facts if f.answers == [answer] for q in fill_blank.generate(f, ctx)]


def test_a_subject_beside_another_subject_of_a_copula_gives_no_blank():
    # （贫困治理）是全球性难题，…，减贫是重大挑战: 减贫 reads as well in the blank
    text = "扶贫开发是世界性课题，对于很多发展中国家来说，脱贫是艰巨任务。"
    assert not _blanks_of([text, BODY], "扶贫开发", terms=["扶贫开发", "脱贫"])


def test_a_subject_with_no_other_subject_beside_it_keeps_its_blank():
    text = "扶贫开发是世界性课题，事关困难群众的切身利益和长远发展。"
    assert _blanks_of([text, BODY], "扶贫开发", terms=["扶贫开发", "困难群众"])


def test_a_quoted_topic_under_a_lead_of_the_same_root_gives_no_blank():
    # 传播为要，生态扩圈。…“（生态化）”，既要…也要…: 生态扩圈 fits the quotes as well
    para = "渠道为先，平台聚合。“平台化”，既要着力搭建多元立体的传播渠道，也要积极拓展合作伙伴的范围。"
    assert not _blanks_of([para, BODY], "平台化", terms=["平台化", "平台聚合"])


def test_an_upheld_principle_gives_no_blank_when_the_article_upholds_another():
    # 坚持（共建共治共享），让城市成为人民幸福的载体 — the article also says 注重以人为本
    paras = ["城市规划更加注重以人民为本，城市建设更加注重品质提升。",
             "今天的中国，坚持共商共建共享，让城市成为人民幸福的家园，让发展温暖每个平凡的日子。"]
    assert not _blanks_of(paras, "共商共建共享", terms=["共商共建共享", "以人民为本"])


def test_an_upheld_principle_keeps_its_blank_when_nothing_else_is_upheld():
    paras = ["城市规划更加重视品质提升，城市建设更加重视功能完善。",
             "今天的中国，坚持共商共建共享，让城市成为人民幸福的家园，让发展温暖每个平凡的日子。"]
    assert _blanks_of(paras, "共商共建共享", terms=["共商共建共享", "品质提升"])


def test_a_kind_of_a_category_answer_is_no_wrong_option():
    # 以（国家重大战略）和产业需求为导向: 科教兴国战略 is one of them
    from quiz.generators.choice import hyponym
    assert hyponym("国家重大战略", "乡村振兴战略") and hyponym("各类经营主体", "民营经营主体")
    assert not hyponym("乡村振兴战略", "区域协调发展战略")


def test_a_single_choice_on_a_category_word_offers_no_kind_of_it():
    from quiz.generators import choice
    other = Article("另文", sections=[Section(None, ["我们深入实施人才强国战略、乡村振兴战略和区域协调发展战略，成效显著。"])])
    other.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, 1)
                       for t in ["人才强国战略", "乡村振兴战略", "区域协调发展战略", "国家安全战略", "海洋强国战略"]]
    art = _article(["要坚持以国家重大战略和产业需求为导向，优化学科专业布局，提升人才培养质量。", BODY],
                   terms=["国家重大战略", "学科专业布局"])
    index = TermIndex()
    index.add_key_terms([other])
    facts = extract_facts(art)
    index.add_article(art, facts)
    ctx = make_context(art, index, random.Random(0), facts)
    options = [o for f in facts if f.answers == ["国家重大战略"] for q in choice.generate_single(f, ctx) for o in q.options]
    assert not [o for o in options if o != "国家重大战略" and o.endswith("战略")]


# pattern 2: stock images and formula completions
def test_a_quoted_image_with_its_mirrored_half_across_a_comma_gives_no_blank():
    # 栽好“梧桐树”，“金凤凰”自然来: the other half prints the saying
    text = "种下“常青藤”，“百灵鸟”自然来，良好的人文环境最能吸引人才。"
    assert not _blanks_of([text, BODY], "常青藤", terms=["常青藤", "百灵鸟"])
    assert not _blanks_of([text, BODY], "百灵鸟", terms=["常青藤", "百灵鸟"])


def test_a_coined_mirror_of_a_saying_gives_no_blank_on_either_half():
    # 摒弃“一俊遮百丑”，多思“一丑掩百俊”
    text = "城市建设要摒弃“一好遮百短”，多思“一短拖百好”，在补齐短板上下功夫。"
    assert not _blanks_of([text, BODY], "一好遮百短", terms=["一好遮百短", "一短拖百好"])


def test_a_quoted_term_discussed_on_its_own_elsewhere_keeps_its_blank():
    # the halves do not always come together: the article discusses one of them
    paras = ["坚持“先立后破”，“以进促稳”，稳妥推进各项改革。",
             "先立后破要求在新的动能形成之前不急于拆除旧的支撑，先立后破也是一种辩证思维。"]
    assert _blanks_of(paras, "先立后破", terms=["先立后破", "以进促稳"])


def test_a_blank_completing_a_verb_object_formula_gives_no_blank():
    # 把制度优势更好转化为（治理效能），…
    text = "把制度优势更好转化为国家治理效能，关键在于抓好落实、久久为功。"
    assert not _blanks_of([text, BODY], "国家治理效能", terms=["国家治理效能"])


def test_a_verb_object_formula_as_the_subject_keeps_its_blank():
    text = "把制度优势转化为国家治理效能，是推进改革必须回答的时代课题。"
    assert _blanks_of([text, BODY], "国家治理效能", terms=["国家治理效能"])


def test_a_stock_closing_formula_said_once_gives_no_question():
    # 群众（获得感、幸福感、安全感）才能不断提升: 填空 and 多选 alike
    from quiz.generators import choice
    text = "只有不断办好民生实事，群众获得感、幸福感、安全感才能不断提升。"
    assert not _fill([text, BODY])
    assert not _fill([text, BODY], generator=choice.generate_multiple)


def test_two_quoted_points_across_a_comma_are_no_mirrored_saying():
    # 科技创新是“源头活水”…；产业创新是“转化桥梁”，破解“从有到用”的难题: two points, each its own blank
    text = "产业创新是“连接纽带”，破解“从研到产”的难题，推动技术成果走向市场。"
    assert _blanks_of([text, BODY], "从研到产", terms=["从研到产", "连接纽带"])


def test_a_formula_of_three_character_verb_objects_gives_an_ordering():
    # 固根本、稳预期、利长远: one order, said by everyone who says it; a made-up one counts when the
    # article says it twice (said once, a writer's closing triple teaches no order: review round 24)
    text = "要更好发挥制度强根基、稳人心、谋长远的作用，为改革发展提供有力保障。"
    again = "制度建设，就要强根基、稳人心、谋长远，久久为功。"
    qs = _fill([text, again, BODY], generator=ordering.generate)
    assert {tuple(q.answer) for q in qs} == {("强根基", "稳人心", "谋长远")}  # one fact per saying

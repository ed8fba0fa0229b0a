"""Faults found by review round 24 (/work/notes/review_round24.md, patterns 2, 3 and 4) and fixed after it:
stock phrases and images blanked, slots another word fills, boilerplate lists asked, a list item cut inside
a word. The sentences are made up in the shape of the faults; none is taken from the judged articles."""
import random

from content.model import Article, KeyTerm, Section, TermKind
from quiz.quiz_builder import all_questions
from quiz.questions import QuestionType

OPENING = "过去一年，各地围绕中心工作做了大量努力，取得了明显成效，也积累了不少经验。"
BODY = "这一方面的工作已经取得了明显成效，各地积累了许多好的做法。下一步还要继续努力，把工作做细做实。"


def _article(*paragraphs, terms=()):
    art = Article("测试文章", sections=[Section(None, list(paragraphs))])
    text = "".join(paragraphs)
    art.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, text.count(t)) for t in terms]
    return art


def _blanks(text, answer, kind="concept", before="", paragraphs=(OPENING,), terms=()):
    """填空 on one term of `text`, which is the last sentence of a paragraph opened by `before`."""
    from quiz.distractors import TermIndex
    from quiz.facts import Fact, FactKind
    from quiz.generators import fill_blank
    from quiz.generators.common import GenContext
    from quiz.sentences import Sentence
    art = _article(*paragraphs, before + text, BODY, terms=[answer, *terms])
    k = text.find(answer)
    sentence = Sentence(text, len(before), len(before) + len(text), 0, len(paragraphs))
    fact = Fact(FactKind.TERM, sentence, [(k, k + len(answer))], label=answer, term_kind=kind)
    return fill_blank.generate(fact, GenContext(art, TermIndex(), random.Random(0), art.full_text()))


def _of_type(article, qtype, seed=0):
    return [q for q in all_questions(article, pool=[], rng=random.Random(seed)) if q.type == qtype]


# pattern 2: stock phrases and images
def test_a_stock_completion_the_lexicon_lists_is_no_blank_when_said_once():
    # …，（一张蓝图绘到底）: every reader closes the sentence so; the point is printed before it
    assert not _blanks("锚定长远目标，既打攻坚战，也打持久战，一张蓝图绘到底。", "一张蓝图绘到底")


def test_the_label_between_a_governing_verb_and_its_frame_noun_is_no_blank():
    # 解决“（  ）”难题: the frame says what kind of phrase goes there, and many do
    assert not _blanks("科研院所要勇挑重担，集中力量解决“缺芯少魂”难题。", "缺芯少魂", "quoted")


def test_the_article_s_own_problem_named_after_de_keeps_its_blank():
    # 破解“从研到产”的难题 names what the article argues about, not a stock frame
    assert _blanks("产业创新是“连接纽带”，破解“从研到产”的难题，推动技术成果走向市场。", "从研到产", "quoted",
                   terms=["连接纽带"])


def test_a_counted_short_form_before_the_noun_it_labels_is_no_blank():
    # 实现“（双碳）”目标: the frame label, as in rounds 22–24
    assert not _blanks("各地要加快调整能源结构，以科技创新助力实现“双碳”目标。", "双碳", "quoted")


def test_a_short_quoted_idiom_after_a_verb_of_avoiding_is_no_blank():
    # 避免“（空对空）”: what is not wanted, an ornament any idiom of the kind would fill
    assert not _blanks("基层减负要落到实处，避免“空对空”，让干部把精力用在抓落实上。", "空对空", "quoted")


def test_a_quoted_name_with_its_head_after_a_verb_of_avoiding_keeps_its_blank():
    # 防止“（内卷式）”竞争: a name with its head is no idiom
    assert _blanks("各地招商要守住底线，坚决防止“内卷式”竞争，营造公平的市场环境。", "内卷式", "quoted")


def test_an_image_in_a_sentence_that_names_its_concept_is_no_blank():
    # …乡村全面振兴…打造…现代版‘（山水画卷）’: the concept is the point, the image one of many
    text = "总书记强调，推进乡村全面振兴要“因村制宜，打造各具特色的现代版‘山水画卷’”。"
    assert not _blanks(text, "山水画卷", "quoted", terms=["乡村全面振兴"])


def test_a_stance_in_quotes_beside_its_concept_keeps_its_blank():
    # 从“稳健”转为“（适度宽松）”: a stance named, not an image drawn
    assert _blanks("货币政策从“稳健”转为“适度宽松”，为扩大内需提供有力支撑。", "适度宽松", "quoted", terms=["货币政策"])


def test_a_coinage_in_a_row_of_coinages_is_no_blank():
    # 精耕“智”作，设施农业“（数字种养）”，…加速“数转智改”: a row of flourishes, each made for the row
    text = "粮食生产精耕“智”作，设施养殖“云上管”，加工流通“链上走”，农业现代化加速推进。"
    assert not _blanks(text, "云上管", "quoted")


def test_stances_named_in_a_turn_are_no_row_of_coinages():
    text = "财政政策从“积极”迈向“更加积极”，货币政策从“稳健”转为“适度宽松”，共同为扩大内需提供支撑。"
    assert _blanks(text, "适度宽松", "quoted", terms=["货币政策"])


def test_a_question_word_cut_with_its_quote_mark_is_no_blank():
    # （“什么）是好事实事: a definition read off an interrogative
    assert not _blanks("“什么是好事实事，要从群众切身需要来考量，不能主观臆断。”", "“什么", "other")


# pattern 3: slots another word fills
def test_what_the_paragraph_says_the_same_subject_is_elsewhere_is_a_rival():
    # “统筹兼顾，本质是实事求是。”统筹兼顾，是（辩证思维）… — 实事求是 fills the slot as well
    before = "总书记强调：“统筹兼顾，本质是实事求是。”"
    text = "统筹兼顾，是辩证思维，是做好各项工作的重要遵循。"
    assert not _blanks(text, "辩证思维", before=before)


def test_without_another_predicate_for_the_subject_the_blank_stays():
    text = "统筹兼顾，是辩证思维，是做好各项工作的重要遵循。"
    assert _blanks(text, "辩证思维", before="总书记多次强调这一方法。")


def test_a_synonym_the_article_says_elsewhere_is_a_rival():
    # 分享机遇，（合作共赢），共同发展 where the article says 互利共赢 too
    text = "我们愿意同各方分享发展机遇，合作共赢，共同发展。"
    said = "坚持合作共赢，是我们的一贯主张。合作共赢的理念深入人心。双方推动资源共享、互利共赢，交流日益密切。"
    assert not _blanks(text, "合作共赢", paragraphs=(OPENING, said))


def test_a_term_without_a_synonym_in_the_article_keeps_its_blank():
    text = "我们愿意同各方分享发展机遇，合作共赢，共同发展。"
    said = "坚持合作共赢，是我们的一贯主张。合作共赢的理念深入人心。双方推动资源共享，交流日益密切。"
    assert _blanks(text, "合作共赢", paragraphs=(OPENING, said))


def test_the_object_of_yi_de_xingshi_is_an_open_slot():
    # 以（法律法规）的形式: 立法, 制度 fit the form as well
    said = "完善法律法规是生态治理的基础。法律法规要管用、好用。"
    assert not _blanks("以法律法规的形式，明确各方职责，才能形成治理合力。", "法律法规", paragraphs=(OPENING, said))


def test_the_modifier_of_the_first_member_of_a_list_left_open_is_an_open_slot():
    # 从（平台企业）培训、公共就业服务等多方面: 职业培训, 技能培训 fit
    assert not _blanks("要从平台企业培训、公共就业服务等多方面发力，帮助青年拓展发展空间。", "平台企业")


def test_a_wrong_option_of_a_multiple_choice_is_never_in_a_set_a_right_option_belongs_to():
    # 知情权、参与权 beside 监督权: the reader ticks it, and by the canonical set he is right
    text = "要提高算法透明度，维护居民知情权、参与权、选择权，切实保障劳动者合法权益。"
    options = {o for seed in range(6) for q in _of_type(_article(OPENING, text, BODY), QuestionType.MULTIPLE_CHOICE, seed)
               for o in q.options}
    assert options and not options & {"表达权", "监督权"}


# pattern 4: boilerplate lists
def test_a_once_said_list_of_qualities_gives_no_multiple_choice():
    # 注重考核的（精准性、实效性、协同性）: the writer's triad; 全局性 is as apt
    text = "要完善考评体系，注重考核的精准性、实效性、协同性，防止机械考核。"
    assert not _of_type(_article(OPENING, text, BODY), QuestionType.MULTIPLE_CHOICE)


def test_a_once_said_list_of_qualities_gives_no_fill_in():
    text = "要加强趋势研判，确保服务管理工作更具针对性、时代性、实效性。"
    fills = _of_type(_article(OPENING, text, BODY), QuestionType.FILL_BLANK)
    assert not [q for q in fills if "时代性" in q.answer]


def test_a_formula_of_qualities_keeps_its_multiple_choice():
    text = "要坚持全面深化改革，着力增强改革的系统性、整体性、协同性，推动各项举措落地见效。"
    assert _of_type(_article(OPENING, text, BODY), QuestionType.MULTIPLE_CHOICE)


def test_a_list_of_qualities_the_article_says_twice_keeps_its_multiple_choice():
    text = "要完善考评体系，注重考核的精准性、实效性、协同性，防止机械考核。"
    again = "考核讲求精准性、实效性、协同性，才能让想干事的干部有舞台。"
    assert _of_type(_article(OPENING, text, again, BODY), QuestionType.MULTIPLE_CHOICE)


def test_a_once_said_triple_of_verb_objects_is_not_put_in_order():
    # 干实事、出实绩、务实功 closing a sentence: no logic fixes its order
    text = "要坚持实干导向，自觉按规律办事，谋实招、办实事、求实效，这是党员干部应有的担当。"
    assert not _of_type(_article(OPENING, text, BODY), QuestionType.ORDERING)


def test_a_once_said_triple_of_verb_objects_gives_no_open_fill_in():
    text = "要坚持实干导向，自觉按规律办事，谋实招、办实事、求实效，这是党员干部应有的担当。"
    fills = _of_type(_article(OPENING, text, BODY), QuestionType.FILL_BLANK)
    assert not [q for q in fills if "办实事" in q.answer]


def test_a_known_formula_of_verb_objects_is_still_put_in_order():
    text = "要更好发挥法治固根本、稳预期、利长远的保障作用，为改革发展提供有力支撑。"
    qs = _of_type(_article(OPENING, text, BODY), QuestionType.ORDERING)
    assert [q.answer for q in qs] == [["固根本", "稳预期", "利长远"]]


def test_members_of_one_head_are_no_triple_of_verb_objects():
    from quiz.enumerations import rote_list
    assert not rote_list(["权力观", "政绩观", "事业观"]) and not rote_list(["创新链", "产业链", "资金链"])


def test_an_enumeration_item_does_not_start_inside_the_verb_before_it():
    # 创造无愧于党、无愧于人民、无愧于时代: the shared 无愧于 opens each item, not 造
    from quiz.enumerations import inline_lists
    (e,) = inline_lists("全党要努力创造无愧于党、无愧于人民、无愧于时代的业绩。")
    assert e.items == ["无愧于党", "无愧于人民", "无愧于时代"]

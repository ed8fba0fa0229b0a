"""Faults found by review round 22 and fixed after it (/work/notes/review_round22.md, patterns 6 and 1).
The sentences are made up in the shape of the faults; none is taken from the judged articles."""
import random

from content.model import Article, KeyTerm, Section, TermKind
from quiz.quiz_builder import all_questions
from quiz.questions import QuestionType


def _article(*paragraphs, terms=()):
    art = Article("测试文章", sections=[Section(None, list(paragraphs))])
    text = "".join(paragraphs)
    art.key_terms = [KeyTerm(t, 1.0, TermKind.CONCEPT, text.count(t)) for t in terms]
    return art


def _of_type(article, qtype):
    return [q for q in all_questions(article, pool=[], rng=random.Random(0)) if q.type == qtype]


OPENING = "过去一年，各地围绕产业升级做了大量工作，取得了明显成效，也积累了不少经验。"
DEVELOPED_POINTS = ("近年来，我国制造业发展呈现新的特点。一是精细化。许多企业推进精益管理，生产成本明显下降。"
                    "二是集约化。各地盘活存量土地，单位面积产出不断提高。三是品牌化。一批企业培育自主品牌，"
                    "市场影响力持续提升。四是国际化。更多企业走向海外，国际市场份额稳步扩大。")


# pattern 6: numbered points and lists built alike give 排序 and 多选
def test_points_each_developed_inside_one_paragraph_are_put_in_order():
    # 一是高端化。…二是绿色化。…: the article's outline, written in one paragraph
    orderings = _of_type(_article(OPENING, DEVELOPED_POINTS), QuestionType.ORDERING)
    assert [q.answer for q in orderings] == [["精细化", "集约化", "品牌化", "国际化"]]


def test_the_ordering_of_points_in_one_paragraph_quotes_the_sentence_that_introduces_them():
    # an article may have several runs of 一是…; the stem says which one is meant
    (q,) = _of_type(_article(OPENING, DEVELOPED_POINTS), QuestionType.ORDERING)
    assert "呈现新的特点" in q.stem


def test_a_sentence_that_names_the_points_in_order_is_not_quoted_before_them():
    # 推动新产品新业态新产业发展。一是推出新产品。…: quoted, the sentence gives the order away
    text = ("要推动新产品新服务新模式加快发展。一是推出新产品。企业加大研发投入，产品更新换代明显加快。"
            "二是拓展新服务。各地完善服务网络，群众办事更加便利。三是探索新模式。一批平台企业创新经营方式，效益明显提升。")
    (q,) = _of_type(_article(OPENING, text), QuestionType.ORDERING)
    assert "新产品新服务" not in q.stem


def test_points_run_on_in_one_sentence_are_not_put_in_order():
    text = "推进这项工作，一是精细化，二是集约化，三是品牌化，四是国际化，各地要结合实际抓好落实。"
    assert not _of_type(_article(OPENING, text), QuestionType.ORDERING)


def test_points_one_after_another_without_development_are_not_put_in_order():
    text = "近年来，我国制造业发展呈现新的特点。一是精细化。二是集约化。三是品牌化。四是国际化。"
    assert not _of_type(_article(OPENING, text), QuestionType.ORDERING)


ALIKE = "从发展方式看，要推动传统产业高端化、智能化、绿色化改造，进一步提升产业的核心竞争力和抗风险能力。"


def test_a_list_built_alike_of_stock_words_gives_a_multiple_choice():
    # 智能化 and 绿色化 are stock words, yet 高端化、智能化、绿色化 is a formulation worth asking
    (q,) = _of_type(_article(OPENING, ALIKE), QuestionType.MULTIPLE_CHOICE)
    assert set(q.answer) <= {"高端化", "智能化", "绿色化"} and len(q.options) == 4


def test_the_wrong_options_of_a_list_built_alike_have_its_shape_and_are_not_in_the_article():
    (q,) = _of_type(_article(OPENING, ALIKE), QuestionType.MULTIPLE_CHOICE)
    wrong = [o for o in q.options if o not in q.answer]
    assert wrong and all(len(w) == 3 and w.endswith("化") and w not in OPENING + ALIKE for w in wrong)


def test_a_list_built_alike_of_stock_words_is_not_put_in_order():
    # which belong is the lesson; the order 高端化、智能化、绿色化 is the writer's
    assert not _of_type(_article(OPENING, ALIKE + ALIKE), QuestionType.ORDERING)


def test_a_list_of_stock_words_not_built_alike_gives_no_multiple_choice():
    text = "各地要把握好推进、建设、发展的关系，统筹兼顾当前和长远，扎扎实实把各项工作做好。"
    assert not _of_type(_article(OPENING, text), QuestionType.MULTIPLE_CHOICE)


def test_each_family_of_words_built_alike_shares_one_ending():
    from quiz.alike_families import ALIKE_FAMILIES  # new module: imported here so the old tree runs the rest
    assert all(len({w[-1] for w in family}) == 1 for family in ALIKE_FAMILIES)


# pattern 1: a stock phrase or idiom said once is no blank
def _blanks(text, answer, kind="concept", filler=OPENING):
    from quiz.distractors import TermIndex
    from quiz.facts import Fact, FactKind
    from quiz.generators import fill_blank
    from quiz.generators.common import GenContext
    from quiz.sentences import Sentence
    art = _article(filler, text, terms=[answer])
    k = text.find(answer)
    fact = Fact(FactKind.TERM, Sentence(text, 0, len(text), 0, 1), [(k, k + len(answer))], label=answer,
                term_kind=kind)
    return fill_blank.generate(fact, GenContext(art, TermIndex(), random.Random(0), art.full_text()))


def test_an_idiom_said_once_is_no_blank():
    assert not _blanks("推进基层治理要蹄疾步稳，既不能停滞不前，也不能急于求成。", "蹄疾步稳")


def test_a_quoted_colloquial_image_said_once_is_no_blank():
    assert not _blanks("有的地方搞考核只重形式，热衷于搭“花架子”，群众对此很不满意。", "花架子", "quoted")


def test_a_stock_predicate_closing_the_sentence_is_no_blank():
    # 汇聚起…的（正能量）: the frame completes it; the claim is printed around it
    assert not _blanks("各地要上下同心，汇聚起干事创业的强大正能量，推动各项任务落地。", "正能量")


def test_the_slot_of_a_stock_slogan_is_no_blank():
    # 以（中国式现代化）全面推进…: every reader fills it
    assert not _blanks("当前这一阶段，是以中国式现代化全面推进强国建设、民族复兴伟业的重要时期。", "中国式现代化")


def test_the_same_concept_outside_the_slogan_keeps_its_blank():
    assert _blanks("坚持和拓展中国式现代化，要立足国情、稳步推进各项改革。", "中国式现代化")


def test_a_stock_phrase_the_article_says_again_keeps_its_blank():
    # stressed, the image is the article's own point
    text = "基层干部要甘当“孺子牛”，扎根一线为群众办实事，赢得群众的信任和支持。"
    assert _blanks(text, "孺子牛", "quoted", filler=OPENING + "我们要做为民服务的“孺子牛”。")


def test_a_named_practice_said_once_in_quotes_keeps_its_blank():
    # not a stock phrase: the name of what a place did
    assert _blanks("当地制造企业大力推进“机器换人”，劳动生产率明显提高，用工成本显著下降。", "机器换人", "quoted")


def test_the_stock_phrases_are_many_and_none_is_a_listed_concept_or_formula():
    from content.lexicon_files import Lexicon
    from quiz.stock_phrases import STOCK_PHRASES
    lexicon = Lexicon.load()
    assert len(STOCK_PHRASES) >= 300 and not STOCK_PHRASES & (lexicon.concepts | lexicon.formulas)


# review_session9 item 11: a blank that holds the tail of a key term
def _cut(text, spans, terms):
    from quiz.facts import Fact, FactKind
    from quiz.generators.fill_blank import blankable
    from quiz.sentences import Sentence
    art = _article(text, terms=terms)
    fact = Fact(FactKind.ENUMERATION if len(spans) > 1 else FactKind.TERM, Sentence(text, 0, len(text)), spans,
                items=[text[a:b] for a, b in spans], label=text[spans[0][0]:spans[0][1]], term_kind="concept")
    return not blankable(fact, art, text)


def test_a_blank_that_starts_inside_a_key_term_and_ends_with_it_is_refused():
    # 战略性新（兴产业）: the blank is the tail of 战略性新兴产业, a listed key term of the article
    from quiz.generators.fill_blank import badly_cut
    from quiz.vocabulary import shipped_vocabulary
    text = "各地要加快发展战略性新兴产业，培育壮大未来产业，不断塑造发展新动能新优势。"
    art = _article(text, terms=["战略性新兴产业", "新兴产业"])
    k = text.find("新兴产业")
    assert badly_cut(text, k, k + 4, art, shipped_vocabulary())


def test_a_formula_whose_key_term_is_the_whole_run_keeps_its_blanks():
    # (获得感)、(幸福感)、(安全感): the listed key term spans the run; each blank ends where it ends
    text = "要把为民办事、为民造福作为最重要的政绩，不断增强人民群众获得感、幸福感、安全感，让发展成果更多惠及全体人民。"
    k = text.find("获得感")
    spans = [(k, k + 3), (k + 4, k + 7), (k + 8, k + 11)]
    assert not _cut(text, spans, ["获得感、幸福感、安全感", "获得感", "幸福感", "安全感"])

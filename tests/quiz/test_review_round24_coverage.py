"""Coverage (review round 24, pattern 5): paragraph leads built alike whose heads share no character (couplets,
one clause pattern, a 既…也… frame) give a 配对 of their halves, and a 排序 only when the article announces them
as a sequence; pairs the article names as relations (“A”和“B”的关系 ×3) give a 配对. Own sentences."""
import random

from content.model import Article, Section
from quiz.distractors import TermIndex
from quiz.facts import FactKind, extract_facts
from quiz.lead_shapes import announced, built_alike
from quiz.named_pairs import pairs_in
from quiz.questions import QuestionType
from quiz.quiz_builder import make_context, questions_from

OPENING = "做好基层治理工作，是一项长期任务。各地积累了不少经验，也面临一些新的问题。"
COUPLETS = ["统筹谋划，精准施策。摸清底数是前提，要把情况弄清楚、把问题找准确。",
            "完善制度，守住底线。制度管长远，要让各项工作有章可循、有据可查。",
            "倾听呼声，凝聚人心。群众的难事就是要办的大事，要一件一件抓落实。",
            "培育骨干人才，激发内生动力。人才是第一资源，要在实践中发现和使用人才。"]
PATTERN = ["坚持人民立场，凝聚社会发展合力。人民是历史的创造者，一切工作都要为了人民。",
           "深化改革开放，激发市场主体活力。改革是发展的动力，开放是进步的条件。",
           "加强统筹协调，提升整体推进效能。各方要形成合力，防止各自为战。"]
FRAMED = ["立足长远目标，既抓当前工作，也谋长远发展，久久为功。",
          "保持战略定力，既要顶住各种压力，也要化解风险隐患，行稳致远。",
          "汇聚各方力量，既靠政府推动，也靠社会参与，形成合力。"]
EXPLAINED = ["长远目标需要一代代人接续奋斗。", "定力来自对规律的把握。", "合力来自共同的目标。"]


def questions(article, qtype):
    facts = extract_facts(article)
    index = TermIndex()
    index.add_article(article, facts)
    return questions_from(facts, make_context(article, index, random.Random(1), facts), {qtype})


def essay(paragraphs):
    return Article("题", sections=[Section(None, paragraphs)])


def test_couplet_leads_whose_heads_share_no_character_give_a_matching():
    [q] = questions(essay([OPENING] + COUPLETS), QuestionType.MATCHING)
    assert q.answer[:2] == [["统筹谋划", "精准施策"], ["完善制度", "守住底线"]]


def test_a_couplet_lead_of_other_length_stays_in_its_group():
    [q] = questions(essay([OPENING] + COUPLETS), QuestionType.MATCHING)
    assert ["培育骨干人才", "激发内生动力"] in q.answer


def test_couplet_leads_not_announced_are_not_ordered():
    assert questions(essay([OPENING] + COUPLETS), QuestionType.ORDERING) == []


def test_leads_of_one_clause_pattern_give_a_matching():
    [q] = questions(essay([OPENING] + PATTERN), QuestionType.MATCHING)
    assert q.answer == [["坚持人民立场", "凝聚社会发展合力"], ["深化改革开放", "激发市场主体活力"],
                        ["加强统筹协调", "提升整体推进效能"]]


def test_framed_leads_pair_the_head_with_the_whole_rest():
    paragraphs = [OPENING] + [p for pair in zip(FRAMED, EXPLAINED) for p in pair]
    [q] = questions(essay(paragraphs), QuestionType.MATCHING)
    assert q.answer[0] == ["立足长远目标", "既抓当前工作，也谋长远发展，久久为功"]


def test_framed_leads_announced_as_three_aspects_are_ordered():
    paragraphs = ["如何把这项工作做好？不妨从三个方面来看。"] + [p for pair in zip(FRAMED, EXPLAINED) for p in pair]
    [q] = questions(essay(paragraphs), QuestionType.ORDERING)
    assert q.answer == [f.rstrip("。") for f in FRAMED]


def test_an_announced_count_that_does_not_match_orders_nothing():
    assert not announced("不妨从四个方面来看。", 3)


def test_leads_of_different_builds_are_not_alike():
    assert not built_alike(["坚持人民立场，凝聚社会发展合力", "改革，是发展的动力"])


def test_leads_with_one_shared_connective_only_are_not_framed():
    assert not built_alike(["立足长远目标，既抓当前工作，久久为功", "保持战略定力，既要顶住各种压力，行稳致远"])


NAMED = ("做好这项工作，要把握好“三对关系”：把握好“活力”和“秩序”的关系，既要放得开，也要管得住；"
         "把握好“效率”与“公平”的关系，在发展中保障公平；把握好“当前”与“长远”的关系，久久为功。")


def test_named_relation_pairs_give_a_matching():
    [q] = questions(essay([OPENING, NAMED]), QuestionType.MATCHING)
    assert q.answer == [["活力", "秩序"], ["效率", "公平"], ["当前", "长远"]]


def test_the_matching_of_named_pairs_names_the_set_as_the_article_does():
    [q] = questions(essay([OPENING, NAMED]), QuestionType.MATCHING)
    assert "“三对关系”" in q.stem and "①活力 ②效率 ③当前" in q.stem


def test_named_pairs_are_not_ordered():
    assert questions(essay([OPENING, NAMED]), QuestionType.ORDERING) == []


def test_two_named_pairs_are_too_few():
    assert pairs_in("要把握好“活力”和“秩序”的关系、“效率”与“公平”的关系。") == []


def test_quoted_pairs_not_named_as_relations_give_nothing():
    assert pairs_in("推动“引进来”和“走出去”、“硬联通”与“软联通”、“线上”和“线下”、“国内”和“国外”相结合。") == []


def test_a_half_in_two_pairs_gives_nothing():
    assert pairs_in("处理好“活力”和“秩序”的关系、“秩序”和“效率”的关系、“当前”和“长远”的关系。") == []


def test_named_pairs_become_one_parallel_fact_of_the_pairs_as_written():
    facts = [f for f in extract_facts(essay([OPENING, NAMED])) if f.kind == FactKind.PARALLEL]
    assert [f.items for f in facts] == [["“活力”和“秩序”", "“效率”与“公平”", "“当前”与“长远”"]]


def test_unquoted_pairs_after_one_handling_verb_are_named_pairs():
    found = pairs_in("必须统筹好稳定增长和防范风险、扩大内需和优化供给、做强实体和壮大主体的关系。")
    assert [(p.left, p.right) for p in found] == [("稳定增长", "防范风险"), ("扩大内需", "优化供给"),
                                                 ("做强实体", "壮大主体")]


def test_pairs_each_closed_by_their_own_relation_are_named_pairs():
    found = pairs_in("要正确处理课堂教学和社会实践的关系、知识传授和价值引领的关系、统一要求和因材施教的关系。")
    assert [p.right for p in found] == ["社会实践", "价值引领", "因材施教"]


def test_a_piece_of_the_relation_clause_that_is_no_pair_gives_nothing():
    assert pairs_in("要处理好活力和秩序、效率与公平、改革发展稳定的关系。") == []


def test_a_handling_verb_without_a_relation_gives_nothing():
    assert pairs_in("要统筹好发展和安全、城市和乡村、国内和国际，推动高质量发展。") == []


def test_the_work_reports_relations_to_handle_are_one_named_pairs_fact(corpus_dir):
    from quiz.named_pairs import NAMED_PAIRS
    from tests.quiz.question_fixtures import corpus_file, parsed
    [article] = parsed(corpus_file(corpus_dir, "02"))
    [fact] = [f for f in extract_facts(article) if f.label == NAMED_PAIRS]
    assert fact.pairs[0] == ("有效市场", "有为政府") and len(fact.pairs) == 5


DEMANDS = ["做好新时代宣传思想工作，首先要把握正确方向。方向决定道路，道路决定命运。",
           "要坚持守正创新。守正才能不迷失方向，创新才能把握时代。",
           "要学会运用新媒体手段。群众在哪里，工作就要做到哪里。",
           "要把群众满意作为根本标准。工作好不好，群众说了算。",
           "总之，做好这项工作，必须久久为功。"]


def test_run_in_demands_after_a_first_point_are_ordered_from_it():
    [q] = questions(essay([OPENING] + DEMANDS), QuestionType.ORDERING)
    assert q.answer == ["要把握正确方向", "要坚持守正创新", "要学会运用新媒体手段", "要把群众满意作为根本标准"]


def test_the_ordering_of_demands_quotes_their_subject_without_the_first():
    [q] = questions(essay([OPENING] + DEMANDS), QuestionType.ORDERING)
    assert "做好新时代宣传思想工作……" in q.stem and "首先" not in q.stem


def test_run_in_demands_without_a_first_point_are_not_ordered():
    plain = ["做好新时代宣传思想工作，方向最为重要。方向决定道路，道路决定命运。"] + DEMANDS[1:]
    assert questions(essay([OPENING] + plain), QuestionType.ORDERING) == []


def test_the_ordering_of_announced_leads_quotes_the_announcement():
    paragraphs = ["如何把这项工作做好？不妨从三个方面来看。"] + [p for pair in zip(FRAMED, EXPLAINED) for p in pair]
    [q] = questions(essay(paragraphs), QuestionType.ORDERING)
    assert q.stem.startswith("文中写道：“不妨从三个方面来看。”")

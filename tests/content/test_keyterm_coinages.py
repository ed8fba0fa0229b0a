"""Pairs of words an article coins alike (魂脉 and 根脉, 显绩 and 潜绩) are its concepts, short as they are."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section, TermKind
from content.term_coinages import coined_pairs


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


ARTICLE = Article("算好发展账", sections=[Section(None, [
    "各地在推动高质量发展中，既要算好硬账，也要算好软账。硬账是产值、税收和就业，软账是生态、民生和口碑。",
    "只算硬账不算软账，就会出现短期行为；只讲软账不讲硬账，发展就没有底气。",
    "干部考核要引导各级领导干部树立正确政绩观，坚持高质量发展，统筹推进经济建设、政治建设、文化建设。",
    "要把发展的质量和效益放在首位，完善考核评价体系，推动形成干事创业的良好氛围，深化改革扩大开放。",
    "要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，推进新型工业化，发展新质生产力，建设现代化产业体系。",
])])


def test_a_pair_of_coined_words_said_together_is_a_concept_weighted_as_a_name(analyzer):
    terms = {t.term: t for t in analyzer.key_terms(ARTICLE)}
    assert terms["硬账"].kind is TermKind.CONCEPT and terms["软账"].kind is TermKind.CONCEPT
    # above the article's repeated plain phrases, level with the named concepts it mentions
    assert terms["硬账"].weight > terms["高质量发展"].weight


def test_coined_words_not_built_alike_or_never_said_together_are_no_pair():
    text = "既要算好硬账，也要发力。发力要准，硬账要清。软账另说。软账也重要。"
    assert coined_pairs(["硬账", "发力"], text, lambda w: False) == set()  # nothing shared
    assert coined_pairs(["硬账", "软账"], text, lambda w: False) == set()  # never in one sentence
    together = "硬账软账都要算。硬账要清，软账要明。"
    assert coined_pairs(["硬账", "软账"], together, lambda w: w == "软账") == set()  # the dictionary knows one


def test_numbered_openers_are_no_coinage():
    text = "一是抓学习，二是抓落实。一是为了谁，二是依靠谁。"
    assert coined_pairs(["一是", "二是"], text, lambda w: False) == set()


def test_halves_of_one_expression_or_words_said_only_inside_a_longer_one_are_no_pair():
    text = "推动学习走深走实。要走深，更要走实。走深走实见成效。"
    assert coined_pairs(["走深", "走实"], text, lambda w: False) == set()
    pipes = "建设绿氢输氢管道。绿氢产能扩大，输氢管道开工。绿氢要多，输氢管道要通。"
    assert coined_pairs(["绿氢", "输氢", "输氢管道"], pipes, lambda w: False) == set()


def test_complements_cut_loose_from_their_verbs_are_no_pair():
    """“谋”得准、“干”得实: 得准 and 得实 are the ends of 谋得准 and 干得实, no words of their own."""
    text = "谋事要“谋”得准，干事要“干”得实。“谋”得准、“干”得实，工作才见效。"
    assert coined_pairs(["得准", "得实"], text, lambda w: False) == set()

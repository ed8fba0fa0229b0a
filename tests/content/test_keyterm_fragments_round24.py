"""Fragments and clauses that round 24 found highlighted as key terms on unseen commentaries, each
ruled out in general: a programme head that is the object of a verb (…体系作出了战略|部署), the verb
complement 出 before a target (培育出|…集群), a count followed by an adverb (两条|尤为熟悉), a verb
stressed in quotes before its object (“押注”…), a pointer or a clause before a programme's head
(这一系统工程, 既打攻坚战), a quoted clause opening on the copula (“是…干出来的”), and a run with a
one-character verb or locative between two words (法治|展|长卷, 逻辑|中|前进). Made-up sentences."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def terms_of(analyzer, paragraphs, title="以实干推动高质量发展"):
    return [k.term for k in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


def test_a_programme_head_that_opens_the_object_of_a_verb_is_cut_off(analyzer):
    terms = terms_of(analyzer, ["党中央对建设以先进制造业为骨干的现代化产业体系作出了战略部署。",
                                "全会对加快建设现代化产业体系作出了战略部署，各地认真抓好落实。"])
    assert not any(t.startswith("现代化产业体系") and t != "现代化产业体系" for t in terms)


def test_the_complement_after_a_building_verb_is_not_part_of_the_target(analyzer):
    terms = terms_of(analyzer, ["这座城市培育出世界级装备制造产业集群，带动了上下游企业。",
                                "各地纷纷培育先进制造业集群，形成新的增长极。"])
    assert not any(t.startswith("出") for t in terms)
    assert "世界级装备制造产业集群" in terms


def test_a_count_followed_by_an_adverb_is_no_numeric_formula(analyzer):
    terms = terms_of(analyzer, ["每天上班都有几条路线可选，时间久了，便对其中两条尤为熟悉。",
                                "坚持“两个毫不动摇”，稳定市场预期。"])
    assert not any(t.startswith("两条") for t in terms)


def test_a_verb_stressed_in_quotes_does_not_join_its_object(analyzer):
    terms = terms_of(analyzer, ["不少企业选择“押注”绿色低碳转型，一个重要原因就是政策稳定。",
                                "绿色低碳转型离不开稳定的政策预期。"])
    assert not any(t.startswith("“押注”") for t in terms)


def test_a_pointer_or_an_adverb_does_not_open_a_programme_name(analyzer):
    terms = terms_of(analyzer, ["城市对外交往是一项复杂的系统工程。推进这一系统工程，要充分发挥各方作用。",
                                "锚定自主创新，既打攻坚战，也打持久战，一茬接着一茬干。"])
    assert "这一系统工程" not in terms and "既打攻坚战" not in terms


def test_a_quoted_clause_opening_on_the_copula_is_a_statement(analyzer):
    terms = terms_of(analyzer, ["一位科学家说，这项成果“是党和国家调动千军万马干出来的”。",
                                "这项成果凝聚了无数科研人员的心血。"])
    assert not any(t.startswith("是党和国家") for t in terms)


def test_a_run_with_a_one_character_verb_between_words_is_a_clause(analyzer):
    terms = terms_of(analyzer, ["法治展长卷，生态入画来。这几年生态文明建设迈上新台阶。",
                                "法治展长卷，制度保护生态，生态文明建设有法可依。"], title="法治展长卷")
    assert "法治展长卷" not in terms


def test_a_run_with_a_locative_between_words_is_a_clause(analyzer):
    terms = terms_of(analyzer, ["在历史前进的逻辑中前进，在时代发展的潮流中发展。",
                                "我们要在历史前进的逻辑中前进，把握大势。"])
    assert "逻辑中前进" not in terms


def test_the_able_prefix_keeps_its_name_whole(analyzer):
    terms = terms_of(analyzer, ["加强农村分布式可再生能源开发利用，推动能源转型。",
                                "农村分布式可再生能源开发利用大有可为。",
                                "为农村分布式可再生能源开发利用提供金融支持。"])
    assert not any(t.startswith("再生能源") for t in terms)


def test_a_count_whose_noun_comes_after_a_quote_is_no_numeric_formula(analyzer):
    # review round 25: 三个巨大“人”字, 第十四个指导“三农”工作的(文件)
    terms = terms_of(analyzer, ["观礼台形似三个巨大“人”字，组成一幅壮丽的画卷。",
                                "这是连续发出的第十四个指导“三农”工作的中央一号文件。"])
    assert not any(t.startswith(("三个巨大", "第十四个指导", "十四个指导")) for t in terms)


def test_the_particle_after_a_holding_verb_opens_no_line_to_hold(analyzer):
    terms = terms_of(analyzer, ["过去一年，我们守住了不发生规模性返贫致贫底线，乡村振兴迈出新步伐。",
                                "要坚决守住不发生规模性返贫致贫底线。"])
    assert not any(t.startswith("了") for t in terms)

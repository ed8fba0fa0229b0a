"""The order of key terms scored alike, and work-style idioms that every text uses."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.model import Article, Section


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(None)


def test_quotes_said_once_come_longest_first(analyzer):
    # Quotes said once score alike; the longer, more specific ones come first (an instructor took 34 of
    # 163 such tied terms in fifty articles, the longer ones more often), not in order of spelling.
    paras = ["基层干部常说要当好“接力跑中的关键一棒”，也要“拧紧螺丝”。",
             "有的地方“按下葫芦起了瓢”，有的单位“多一事不如少一事”，群众称之为“门难进、脸难看、事难办”。",
             "整治形式主义为基层减负，要坚持问题导向。整治形式主义为基层减负，贵在常抓不懈。"]
    terms = analyzer.key_terms(Article("整治形式主义为基层减负", sections=[Section(None, paras)]))
    weight = next(t.weight for t in terms if t.term == "拧紧螺丝")
    tied = [t for t in terms if t.weight == weight]
    assert [t.term for t in tied] == ["门难进、脸难看、事难办", "多一事不如少一事", "按下葫芦起了瓢", "拧紧螺丝"]


def test_work_style_idioms_said_everywhere_rank_below_the_articles_subject(analyzer):
    # 因地制宜, 久久为功 stand in nearly every text on local work; said as often as the article's
    # subject, they come after it (two fresh checks struck them; no instructor's list holds them).
    paras = ["发展县域经济要因地制宜，久久为功。各地因地制宜培育特色产业，壮大县域经济。",
             "因地制宜不是一句空话。只有久久为功，县域经济才能行稳致远。",
             "要把增进民生福祉作为县域经济发展的出发点，提升治理效能，久久为功、因地制宜。"]
    terms = [t.term for t in analyzer.key_terms(Article("壮大县域经济", sections=[Section(None, paras)]))]
    assert terms[0] == "县域经济"
    assert {"因地制宜", "久久为功"} <= set(terms)  # weighted down, not struck


def test_a_quoted_list_explained_item_by_item_is_one_term(analyzer):
    # 秉持“厚基础、强实践”办学宗旨, then “厚基础”，重在…；“强实践”，重在…: the items are the list's, each
    # explained after it; the list is the term and takes its items' places (halves were ranked above it).
    paras = ["学校始终秉持“厚基础、强实践”办学宗旨，培养了大批工程人才。",
             "“厚基础”，重在夯实数理根基、锤炼专业本领；“强实践”，重在服务产业、面向需求。",
             "坚持“厚基础”，才能行稳；坚持“强实践”，才能致远。产教融合是办学的鲜明特色，产教融合要走深走实。"]
    terms = [t.term for t in analyzer.key_terms(Article("深化产教融合 培养卓越工程师", sections=[Section(None, paras)]))]
    # first but for the title's own subject (产教融合, a name of the general vocabulary said three times)
    assert terms.index("厚基础、强实践") <= 1
    assert "厚基础" not in terms and "强实践" not in terms


def test_an_item_named_before_the_quoted_list_keeps_its_place(analyzer):
    # 和合共生 is named on its own first, among other ideas (a member of a set of quoted names), before a
    # quoted list holds it: a term itself.
    paras = ["中华文明蕴含着“和合共生”“天下一家”等理念，“和合共生”是中华文明的鲜明特质。",
             "中国式现代化传承了“责任为先、集体至上、和合共生”的伦理基因，推动构建人类命运共同体。"]
    terms = [t.term for t in analyzer.key_terms(Article("文明交流互鉴", sections=[Section(None, paras)]))]
    assert "和合共生" in terms and "责任为先、集体至上、和合共生" in terms


def test_a_listed_term_in_a_quoted_list_keeps_its_place(analyzer):
    # 真抓实干 is a listed term the text goes on to discuss on its own: a quoted list that holds it,
    # though said first, does not take its place.
    paras = ["各级干部要把“凝心聚力、真抓实干”落到实处。",
             "真抓实干是干部的本分。只有真抓实干，才能把蓝图变为现实；离开真抓实干，再好的规划也会落空。"]
    terms = [t.term for t in analyzer.key_terms(Article("践行初心使命", sections=[Section(None, paras)]))]
    assert "真抓实干" in terms and "凝心聚力、真抓实干" in terms

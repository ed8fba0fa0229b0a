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

"""Faults a seventh fresh check found (an instructor on eight February 2026 People's Daily pieces)."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_candidates import Candidate, Source
from content.term_phrases import heading_phrases
from content.term_selection import select_top


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(None)


def terms_of(analyzer, title, *paragraphs):
    return [t.term for t in analyzer.key_terms(Article(title, sections=[Section(None, list(paragraphs))]))]


def test_a_title_names_what_is_carried_out_not_the_carrying_out(analyzer):
    # 更加坚决有力地|贯彻落实|党中央重大决策部署: the tokenizer tags 贯彻落实 an idiom (a noun to the
    # heading's phrases), yet after 地 it is the verb; the decisions are the title's term.
    seg = analyzer.segmenter
    found = heading_phrases(["更加坚决有力地贯彻落实党中央重大决策部署"], seg.cut, seg.tag, seg.lexicon.generic)
    assert "党中央重大决策部署" in found
    assert not any(t.startswith("贯彻落实") for t in found)
    found = heading_phrases(["扎实地推进乡村全面振兴"], seg.cut, seg.tag, seg.lexicon.generic)
    assert list(found) == ["乡村全面振兴"]


@pytest.mark.parametrize("paragraphs", [
    ["处理好政府和市场关系，加快形成既“放得活”又“管得好”的经济秩序。",
     "高标准市场体系是基础，高标准市场体系要统一开放。市场秩序要既“放得活”又“管得好”。"],
    ["处理好政府和市场关系，加快形成既“放得活”又“管得好”的经济秩序。",
     "“放得活”，就是要激发经营主体活力；“管得好”，就是要维护市场秩序。高标准市场体系是基础，高标准市场体系要统一开放。"],
], ids=["said only in the frame", "each way explained after it"])
def test_two_quoted_ways_in_one_frame_are_one_term(analyzer, paragraphs):
    # 既“放得活”又“管得好”: the instructor takes the frame whole; its halves alone are half a formula
    terms = terms_of(analyzer, "构建高水平社会主义市场经济体制", *paragraphs)
    assert "既“放得活”又“管得好”" in terms
    assert "放得活" not in terms and "管得好" not in terms


def test_a_quoted_cause_and_its_effect_are_one_term(analyzer):
    terms = terms_of(analyzer, "壮大县域经济", "抓住关键环节，以“一子落”带动“全盘活”。",
                     "县域经济是国民经济的基本单元，县域经济要特色发展。")
    assert "以“一子落”带动“全盘活”" in terms
    assert "一子落" not in terms and "全盘活" not in terms


def test_a_long_saying_said_without_its_de_is_the_listed_saying(analyzer):
    # the lexicon lists 把权力关进制度的笼子里; texts write 把权力关进制度笼子 and …制度的笼子: one saying,
    # learned in its compact spelling
    terms = terms_of(analyzer, "以自我革命引领社会革命",
                     "自我革命重在治权，把权力关进制度的笼子是新时代全面从严治党的重要经验。",
                     "只有真正把权力关进制度的笼子，才能防止权力滥用。把权力关进制度笼子，既要建立完善的制度。")
    assert "把权力关进制度笼子" in terms
    assert "把权力关进制度的笼子" not in terms


def test_a_short_term_keeps_its_de():
    # the compact spelling takes the slot only for a long saying: 党的领导 is no spelling of 党领导
    ranked = [(Candidate("党的领导", {Source.LEXICON}), 2.0), (Candidate("党领导", {Source.PHRASE}), 1.0),
              (Candidate("把权力关进制度的笼子", {Source.LEXICON}), 1.9),
              (Candidate("把权力关进制度笼子", {Source.LEXICON}), 1.8)]
    assert [c.term for c, _ in select_top(ranked, 3000)] == ["党的领导", "把权力关进制度笼子"]

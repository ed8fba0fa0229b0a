"""Faults a seventh fresh check found (an instructor on eight February 2026 People's Daily pieces)."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_candidates import Candidate, Source
from content.term_phrases import heading_phrases
from content.term_selection import best_first, select_top


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
    # 就|地 is a place (就地城镇化), no adverb: the noun after it stays
    found = heading_phrases(["加快推进县城就地城镇化进程"], seg.cut, seg.tag, seg.lexicon.generic)
    assert "城镇化进程" in found


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


@pytest.mark.parametrize("title, paragraphs, kept", [
    ("民生工作", ["我们可以“小切口”撬动“大民生”。", "“小切口”选得准，“大民生”才能办得好。民生实事要办实办好。"],
     ["小切口", "大民生"]),  # 可|以: no frame of 以…撬动…
    ("基层减负", ["难以“小修小补”换来“长治久安”。", "整治形式主义为基层减负，“小修小补”不行，“长治久安”才是目标。"],
     ["小修小补", "长治久安"]),
    ("做好新时代群众工作", ["全市以“群众点单”为抓手，推动机关作风转变。",
                   "“群众点单”已成为机关的工作习惯。坚持“群众点单”，群众满意度明显提升。“群众点单”还要常用常新。"],
     ["群众点单"]),  # a role's one quoted name is the term, not 以“…”为抓手
    ("做好群众工作", ["推行“群众点单、干部跑腿”工作法。",
                "群众点单让服务更精准。群众点单已成习惯，群众点单覆盖全市，群众点单还要常用常新。"],
     ["群众点单"]),  # discussed on its own more than a quoted list that holds it
], ids=["以 inside 可以", "以 inside 难以", "a role's quoted name", "an item discussed on its own"])
def test_quoted_names_keep_their_places(analyzer, title, paragraphs, kept):
    terms = terms_of(analyzer, title, *paragraphs)
    assert all(k in terms for k in kept)


def test_a_frame_in_the_title_takes_its_halves_places(analyzer):
    terms = terms_of(analyzer, "既“放得活”又“管得好”", "市场秩序要既“放得活”又“管得好”。“放得活”就是激发活力。")
    assert terms[0] == "既“放得活”又“管得好”"
    assert "放得活" not in terms and "管得好" not in terms


def test_an_item_inside_a_longer_word_is_not_said_before_its_list(analyzer):
    # 加强实践 holds no 强实践: the list is still said first
    terms = terms_of(analyzer, "深化产教融合 培养卓越工程师",
                     "学校注重加强实践育人。学校始终秉持“厚基础、强实践”办学宗旨，培养了大批工程人才。",
                     "“厚基础”，重在夯实数理根基；“强实践”，重在服务产业、面向需求。",
                     "坚持“厚基础”，才能行稳；坚持“强实践”，才能致远。产教融合是办学的鲜明特色，产教融合要走深走实。")
    assert terms.index("厚基础、强实践") <= 1  # first but for the title's subject, 产教融合 (said three times)
    assert "厚基础" not in terms and "强实践" not in terms


def test_an_item_named_before_its_list_keeps_its_place(analyzer):
    terms = terms_of(analyzer, "深化产教融合", "“厚基础”是根本。学校始终秉持“厚基础、强实践”办学宗旨。",
                     "“强实践”重在服务产业。产教融合是办学特色，产教融合要走深走实。")
    assert "厚基础" in terms and "厚基础、强实践" in terms and "强实践" not in terms


def test_a_named_series_takes_an_item_a_quoted_pair_shares(analyzer):
    terms = terms_of(analyzer, "全面推进乡村振兴",
                     "乡村振兴要按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求推进。",
                     "各地打造“生态宜居、乡风文明”的美丽乡村。", "生态宜居是乡村振兴的关键。乡风文明是乡村振兴的保障。")
    assert "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕" in terms
    assert "生态宜居" not in terms and "乡风文明" not in terms


def test_ties_stay_longest_first_through_the_selection():
    ranked = [(Candidate("绿水青山就是金山银山", {Source.QUOTE}), 1.0), (Candidate("亮剑", {Source.QUOTE}), 1.0 + 1e-12)]
    assert [c.term for c, _ in select_top(sorted(ranked, key=best_first), 3000)] == ["绿水青山就是金山银山", "亮剑"]


def test_the_cause_of_the_party_and_the_state_and_stock_roles_are_no_terms(analyzer):
    # 党和国家事业 is said of every subject; 重要法宝, 重要职责 are what a statement says its subject is
    terms = terms_of(analyzer, "深刻理解守正创新的科学内涵",
                     "新时代十年，党和国家事业取得历史性成就。守正创新是党和国家事业发展的重要法宝。",
                     "守正创新是新时代党和国家工作的根本遵循，推动党和国家事业不断发展。",
                     "各级党组织要切实履行好重要职责，把守正创新落到实处。履行重要职责，必须坚持守正创新。")
    assert terms[0] == "守正创新"
    assert not {"党和国家事业", "党和国家工作", "重要法宝", "重要职责"} & set(terms)


def test_a_party_left_unnamed_is_a_setting(analyzer):
    # an eighth fresh check struck 吉某车企: a case's party the text leaves unnamed is no term
    terms = terms_of(analyzer, "破“内卷”需用好法治之钥",
                     "吉某车企以低于成本价销售车辆，扰乱市场秩序。吉某车企被依法查处。",
                     "法院认定吉某车企违法。依法治理内卷式竞争，内卷式竞争必须依法整治。")
    assert "内卷式竞争" in terms
    assert not any("某" in t for t in terms)

import random

from quiz.distractors import TermIndex


def test_options_share_the_answers_ending():
    idx = TermIndex(["算力网", "物流网", "物联网", "新质生产力", "政绩观"])
    found = idx.like("水利网", 3, random.Random(0), forbidden=set(), article_text="")
    assert found and all(t.endswith("网") for t in found)


def test_forbidden_and_overlapping_candidates_are_refused():
    idx = TermIndex(["算力网", "物流网", "全国一体化算力网"])
    found = idx.like("算力网", 3, random.Random(0), forbidden={"物流网"}, article_text="")
    assert found == []


def test_a_candidate_that_reads_like_the_article_is_refused():
    idx = TermIndex(["物流网", "物联网"])
    text = "加快物流网通道建设。打通算力网通道。"
    found = idx.like("算力网", 2, random.Random(0), set(), text, context=("打通", "通道。"))
    assert found == ["物联网"]


def test_generic_words_never_become_options():
    idx = TermIndex(["发展", "建设", "体系"])
    assert idx.like("机制", 3, random.Random(0), set(), "") == []


def test_non_members_take_the_lists_form():
    idx = TermIndex()
    idx.add_list_items(["上下贯通", "左右协同", "内外联动"])
    idx.add_list_items(["投资兴业", "行医办学"])
    found = idx.non_members(["上下联动", "齐抓共管", "左右协同"], 2, random.Random(1), set())
    assert found == ["内外联动"]

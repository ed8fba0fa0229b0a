"""FastCut gives jieba's own tokens (accurate mode, HMM on), only faster."""
import jieba
import pytest
from hypothesis import given, settings, strategies as st

from content.fast_cut import FastCut
from content.segmenter import Segmenter


@pytest.fixture(scope="module")
def tokenizer():
    segmenter = Segmenter(cache_dir=None)
    return segmenter.tokenizer  # jieba's dictionary plus the political lexicon


@pytest.fixture(scope="module")
def fast(tokenizer):
    return FastCut(tokenizer)


def test_corpus_paragraphs_cut_as_jieba_does(tokenizer, fast, corpus_dir):
    lines = [line for path in sorted(corpus_dir.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [fast.cut(line) for line in lines] == [list(tokenizer.cut(line)) for line in lines]


def test_unknown_words_go_through_the_hmm(tokenizer, fast):
    text = "算电协同和魂脉根脉"
    assert fast.cut(text) == list(tokenizer.cut(text))


def test_mixed_scripts_spaces_and_symbols(tokenizer, fast):
    text = "2025年GDP增长5.0%，\r\n“人工智能+” 行动 ～!@#"
    assert fast.cut(text) == list(tokenizer.cut(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="的发展新质生产力建设中国式现代化人民算电协同，。 a1%\n", max_size=40))
def test_any_text_cuts_as_jieba_does(tokenizer, fast, text):
    assert fast.cut(text) == list(tokenizer.cut(text))


def test_segmenter_cuts_with_fast_cut(tokenizer):
    segmenter = Segmenter(cache_dir=None)
    text = "加快发展新质生产力"
    assert segmenter.cut(text) == list(jieba.Tokenizer.cut(segmenter.tokenizer, text))


def test_route_memo_stays_bounded_and_cuts_the_same(tokenizer, monkeypatch):
    import content.fast_cut as fast_cut
    monkeypatch.setattr(fast_cut, "MAX_NODE_MEMO", 50)
    monkeypatch.setattr(fast_cut, "MAX_OPENING_MEMO", 40)
    small = FastCut(tokenizer)
    text = "坚持以人民为中心的发展思想，加快发展新质生产力，推进中国式现代化。" * 3
    assert small.cut(text) == list(tokenizer.cut(text))
    assert 0 < len(small.nodes) <= 50
    assert 0 < len(small.openings) <= 40

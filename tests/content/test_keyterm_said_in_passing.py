"""A phrase of the general vocabulary that a long text says once: a candidate that takes nothing from
the names inside it."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.lexicon_files import Lexicon
from content.model import Article, Section
from content.term_candidates import Candidate, Role, Source, TextUnit
from content.term_fragments import FragmentFilter
from content.term_signals import SHORT_TEXT
from content.term_text import ArticleText

FILLER = ("各地区各部门要结合实际抓好贯彻落实，确保各项任务落地见效。会议要求，要加强组织领导，压实工作责任，"
          "强化督促检查，及时研究解决工作中遇到的困难和问题，推动各项工作取得新进展新成效。")


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(None)


def long_article(*paragraphs):
    body = list(paragraphs)
    while sum(map(len, body)) < SHORT_TEXT + 200:
        body.append(FILLER)
    return Article("奋力书写中国式现代化新篇章", sections=[Section(None, body)])


def test_the_lexicon_holds_the_phrases_these_tests_use():
    lexicon = Lexicon.load()
    assert "我国北方重要生态安全屏障" in lexicon.vocabulary and "生态安全屏障" in lexicon.terms()
    assert "灵活就业人员" in lexicon.vocabulary and "灵活就业人员" not in lexicon.terms()
    assert "公立医院" in lexicon.vocabulary and "公立医院" not in lexicon.terms()


def test_a_long_text_lists_a_vocabulary_phrase_it_says_once(analyzer):
    art = long_article("完善社会保障体系，把灵活就业人员纳入社会保险，让劳动者安心就业。")
    assert "灵活就业人员" in [t.term for t in analyzer.key_terms(art)]


def test_a_long_text_says_a_short_vocabulary_word_once_in_passing():
    # 公立医院 said once in a long report is a word in passing; a short piece lists it (see listed_hits)
    from content.term_listed import listed_hits
    text = "推动优质医疗资源下沉，办好县级公立医院。"
    assert ("公立医院", True) not in listed_hits(text + FILLER * 20, Lexicon.load(), False)
    assert ("公立医院", True) in listed_hits(text, Lexicon.load(), True)


def test_a_phrase_said_once_takes_no_uses_from_a_name_inside_it(analyzer):
    # a government report's task 生态安全屏障 (said three times), once inside 筑牢我国北方重要生态安全屏障:
    # the longer phrase said once does not make the task a fragment of it or halve its count
    art = long_article("生态安全屏障方面，持续推进防沙治沙，生态安全屏障更加牢固。",
                       "筑牢我国北方重要生态安全屏障，是我们必须牢记的战略定位。")
    assert "生态安全屏障" in [t.term for t in analyzer.key_terms(art)]
    units = [TextUnit(p, Role.BODY) for p in art.sections[0].paragraphs]
    text = ArticleText(units)
    cands = {"生态安全屏障": Candidate("生态安全屏障", {Source.LEXICON}),
             "我国北方重要生态安全屏障": Candidate("我国北方重要生态安全屏障", {Source.VOCABULARY})}
    kept = FragmentFilter(analyzer.segmenter).drop_fragments(cands, text)
    assert set(kept) == set(cands)
    assert text.stats("生态安全屏障").count == 3


def test_in_a_short_piece_the_longer_phrase_bounds_the_name_inside_it(analyzer):
    units = [TextUnit("生态安全屏障更加牢固。筑牢我国北方重要生态安全屏障。", Role.BODY)]
    text = ArticleText(units)
    cands = {"生态安全屏障": Candidate("生态安全屏障", {Source.LEXICON}),
             "我国北方重要生态安全屏障": Candidate("我国北方重要生态安全屏障", {Source.VOCABULARY})}
    FragmentFilter(analyzer.segmenter).drop_fragments(cands, text)
    assert text.stats("生态安全屏障").count == 1


def test_a_name_said_only_inside_a_phrase_said_once_is_a_piece_of_it(analyzer):
    # review of the fifteenth session: 农业转移人口 said only inside 农业转移人口市民化 is no term of its own
    text = ArticleText([TextUnit(p, Role.BODY) for p in long_article("有序推进农业转移人口市民化。").sections[0].paragraphs])
    cands = {"农业转移人口": Candidate("农业转移人口", {Source.VOCABULARY}),
             "农业转移人口市民化": Candidate("农业转移人口市民化", {Source.VOCABULARY})}
    kept = FragmentFilter(analyzer.segmenter).drop_fragments(cands, text)
    assert "农业转移人口" not in kept and "农业转移人口市民化" in kept


def test_a_phrase_said_once_cuts_no_name_across_its_edge(analyzer):
    art = long_article("各地要加快建立市场化多元化生态补偿机制，让保护者得到合理回报。生态补偿机制要体现谁受益谁补偿。")
    assert "生态补偿机制" in [t.term for t in analyzer.key_terms(art)]


def test_the_name_a_vocabulary_verb_phrase_would_swallow_stays_a_term(analyzer):
    # 树立和践行|正确政绩观: the vocabulary holds no verb before a listed name, so the name the issue
    # asks for is found even where the text never says it without the verbs
    paras = ["树立和践行正确政绩观，需要每一名党员干部担当作为。", "要深入学习习近平总书记关于树立和践行正确政绩观的重要论述。",
             "树立和践行正确政绩观，关键在于处理好显绩和潜绩的关系。"]
    terms = [t.term for t in analyzer.key_terms(Article("以担当作为践行初心", sections=[Section(None, paras)]))]
    assert "正确政绩观" in terms

"""A phrase of the general vocabulary that a long text says once: a candidate that takes nothing from
the names inside it."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.lexicon_files import Lexicon
from content.model import Article, Section
from content.term_candidates import Candidate, Role, Source, TextUnit
from content.term_fragments import LONG_TEXT, FragmentFilter
from content.term_text import ArticleText

FILLER = ("各地区各部门要结合实际抓好贯彻落实，确保各项任务落地见效。会议要求，要加强组织领导，压实工作责任，"
          "强化督促检查，及时研究解决工作中遇到的困难和问题，推动各项工作取得新进展新成效。")


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(None)


def long_article(*paragraphs):
    body = list(paragraphs)
    while sum(map(len, body)) < LONG_TEXT + 200:
        body.append(FILLER)
    return Article("奋力书写中国式现代化新篇章", sections=[Section(None, body)])


def test_the_lexicon_holds_the_phrases_these_tests_use():
    lexicon = Lexicon.load()
    assert "我国北方重要生态安全屏障" in lexicon.vocabulary and "生态安全屏障" in lexicon.terms()
    assert "分级诊疗" in lexicon.vocabulary and "分级诊疗" not in lexicon.terms()


def test_a_long_text_lists_a_vocabulary_phrase_it_says_once(analyzer):
    art = long_article("深化医药卫生体制改革，推进分级诊疗，让群众就近看得上病、看得好病。")
    assert "分级诊疗" in [t.term for t in analyzer.key_terms(art)]


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

"""A listed name said mostly inside tasks done to it (完整准确全面贯彻|新发展理念, “体现新发展理念”) keeps
those uses: it is said each time the task is (a fresh People's Daily piece said 新发展理念 five times, four
of them so, and it had ranked 46th; the instructor listed it)."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_candidates import Candidate, Source
from content.term_fragments import FragmentFilter


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(None)


@pytest.fixture(scope="module")
def fragments(analyzer):
    return FragmentFilter(analyzer.segmenter)


def test_a_verb_before_a_long_listed_name_makes_a_task_on_it(fragments):
    assert fragments._task_on("完整准确全面贯彻新发展理念", "新发展理念")
    assert fragments._task_on("体现新发展理念", "新发展理念")


def test_no_task_when_the_name_is_short_or_what_stands_before_it_is_no_verb(fragments):
    assert not fragments._task_on("推动文化繁荣", "文化繁荣")  # four characters: the slogan keeps its uses
    assert not fragments._task_on("马克思主义政治经济学", "政治经济学")  # a compound name, no task
    assert not fragments._task_on("新发展理念的要求", "新发展理念")  # the name does not end it


FILLER = ("理论工作者要深入研究这一重大问题，回答好实践提出的新课题，推动学术研究不断深化，"
          "为党和人民事业发展提供学理支撑。")


def article():
    paragraphs = [
        "高质量发展是体现新发展理念的发展，是创新成为第一动力、协调成为内生特点、绿色成为普遍形态、"
        "开放成为必由之路、共享成为根本目的的发展。",
        "党中央把“体现新发展理念”作为高质量发展的本质要求，要求完整准确全面贯彻新发展理念。",
        "只有完整准确全面贯彻新发展理念，才能推动经济实现质的有效提升和量的合理增长。",
        "新质生产力是符合新发展理念的先进生产力质态，以全要素生产率大幅提升为核心标志。",
    ]
    body = paragraphs + [FILLER] * 12
    return Article("深刻把握高质量发展的理论内涵", sections=[Section(None, body)])


def test_the_name_said_inside_its_tasks_ranks_among_the_terms(analyzer):
    terms = [t.term for t in analyzer.key_terms(article())]
    assert "新发展理念" in terms[:12]
    assert "完整准确全面贯彻新发展理念" in terms  # the task stays a term of its own


def test_the_name_keeps_its_uses_inside_the_tasks(analyzer):
    """The filter's count of the name's own uses (term_text's free places) holds those inside the tasks."""
    from content.term_candidates import article_units
    from content.term_text import ArticleText
    art = article()
    units = [u for u in article_units(art) if u.text.strip()]
    text = ArticleText(units)
    cands = {
        "新发展理念": Candidate("新发展理念", {Source.LEXICON}),
        "完整准确全面贯彻新发展理念": Candidate("完整准确全面贯彻新发展理念", {Source.LEXICON}),
        "体现新发展理念": Candidate("体现新发展理念", {Source.QUOTE}),
    }
    kept = FragmentFilter(analyzer.segmenter).drop_fragments(cands, text)
    assert "新发展理念" in kept
    assert len(text.free.get("新发展理念", text.positions("新发展理念"))) == 5

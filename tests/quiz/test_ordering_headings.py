"""排序 of section headings: a heading that opens or ends on a dash is layout debris (a ——subtitle, a lead-in
ending in ——), so a set holding one is not the article's outline and gives no 排序."""
import random

from content.model import Article, Section
from quiz.generators.ordering import dash_edged
from quiz.questions import QuestionType
from quiz.quiz_builder import all_questions

BODY = "各级党组织要把这项工作摆在突出位置，抓紧抓实抓细，确保各项任务落到实处。"


def _article(headings):
    sections = [Section(None, ["开篇一段，说明这篇文章要讲的问题和意义。"])]
    sections += [Section(h, [f"{h}，是做好工作的重要方面。{BODY}"]) for h in headings]
    return Article(title="做好新时代基层工作的几点思考", sections=sections)


def _heading_orderings(article):
    return [q for seed in range(4) for q in all_questions(article, rng=random.Random(seed))
            if q.type == QuestionType.ORDERING and "小标题" in q.stem]


CLEAN = ["坚持党建引领基层治理", "健全基层服务保障体系", "提升基层干部能力素质", "完善基层工作考核机制"]


def test_clean_headings_give_a_heading_ordering():
    assert _heading_orderings(_article(CLEAN))


def test_a_dash_subtitle_among_the_headings_gives_no_heading_ordering():
    assert not _heading_orderings(_article(["——写在某某会议召开之际"] + CLEAN))


def test_a_lead_in_ending_in_dashes_gives_no_heading_ordering():
    assert not _heading_orderings(_article(CLEAN[:2] + ["一组数据，说明整治工作的力度——"] + CLEAN[2:]))


def test_dash_edged_looks_at_both_ends_only():
    assert [dash_edged(h) for h in ("——系列评论之二", "以务实作风作保障——", "固本强基——坚持问题导向")] == [True, True, False]

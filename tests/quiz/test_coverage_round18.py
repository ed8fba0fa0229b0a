"""Coverage of theory essays (review round 18, "thin quizzes"): numbered points that are claims give a 配对 of
subject and demand, and an essay's run-in heads give a 排序 of its points. Own sentences, in the pattern."""
import random

from content.model import Article, Section
from quiz.facts import FactKind, extract_facts
from quiz.quiz_builder import questions_from, make_context
from quiz.distractors import TermIndex
from quiz.parallels import split_claims
from quiz.questions import QuestionType

CLAIMS = ("处理好这组关系，要把握三点。一是改革举措不能脱离基层治理实际。二是政策工具必须符合市场运行规律。"
          "三是对于新出现的矛盾要及时研究解决办法。")
ESSAY = ["思想政治教育是立德树人的根本任务，关系到培养什么人的问题。这一重要论述指明了方向。",
         "坚持理论联系实际的学习方法。理论学习不是背诵条文，而是在实践中加深理解。",
         "尊重青少年的成长发展规律。不同年龄的学生认知特点不同，教育要循序渐进。",
         "用好社会实践这个大课堂。走进社区、走进工厂，让学生在实践中增长才干。",
         "总之，方法对了，教育才能入脑入心。"]


def questions(article, qtype):
    facts = extract_facts(article)
    index = TermIndex()
    index.add_article(article, facts)
    return questions_from(facts, make_context(article, index, random.Random(1), facts), {qtype})


def test_numbered_claims_in_one_paragraph_give_a_matching():
    art = Article("题", sections=[Section(None, [CLAIMS])])
    [q] = questions(art, QuestionType.MATCHING)
    assert q.answer[0] == ["改革举措", "不能脱离基层治理实际"]


def test_a_claim_is_split_at_its_demand_not_inside_a_word():
    """主要/重要 hold a 要 that is no demand: the claim splits at 必须."""
    assert split_claims(["主要矛盾必须抓住不放", "重要领域必须率先突破", "关键环节必须重点保障"])[0] == \
        ("主要矛盾", "必须抓住不放")


def test_a_lead_without_a_demand_gives_no_pairs():
    assert split_claims(["改革举措不能脱离实际", "政策工具符合市场运行规律", "新矛盾要及时解决"]) == []


def test_an_essays_run_in_heads_are_ordered():
    art = Article("题", sections=[Section(None, ESSAY)])
    [q] = questions(art, QuestionType.ORDERING)
    assert q.answer == ["坚持理论联系实际的学习方法", "尊重青少年的成长发展规律", "用好社会实践这个大课堂"]


def test_run_in_heads_in_a_small_part_of_a_long_text_are_paired_not_ordered():
    filler = [f"第{i}段说明情况。这一段另有内容。" for i in range(10)]
    heads = ["对外要扩大高水平开放。推动口岸建设。", "对内要深化区域间合作。加强对口协作。",
             "区内要坚持差异化协调发展。各盟市各展所长。"]
    art = Article("题", sections=[Section(None, filler + heads + filler)])
    kinds = {q.type for qt in (QuestionType.MATCHING, QuestionType.ORDERING) for q in questions(art, qt)
             if q.type in (QuestionType.MATCHING, QuestionType.ORDERING)}
    assert kinds == {QuestionType.MATCHING}

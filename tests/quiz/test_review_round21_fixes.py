"""Faults found by review round 21 (unseen commentaries, /work/notes/review_round21.md, patterns 2, 3, 4, 7).
The sentences are made up in the shape of the faults."""
import random

from content.analysis import Analyzer
from content.model import Article, Section
from quiz.distractors import TermIndex
from quiz.generators.common import GenContext
from quiz.generators.fill_blank import _rival_nearby
from quiz.questions import QuestionType
from quiz.quiz_builder import all_questions
from quiz.weak_blanks import ends_on_degree, reporting_subject

# pattern 3: two central terms of one length standing side by side, neither able to stand in the other's slot
RED = ("各地要加强革命文物保护，传承红色基因。革命文物是党的历史的见证，做好革命文物工作意义重大。"
       "数字技术让革命文物活起来，为传承红色基因提供了新手段。红色基因代代相传。")


def _context(text, peers):
    return GenContext(None, TermIndex(), random.Random(0), text, peers={p: "concept" for p in peers})


def test_terms_that_cannot_stand_in_each_others_slot_are_no_rivals():
    # 传承（红色基因） does not read 传承革命文物, 加强（革命文物）保护 not 加强红色基因保护
    ctx = _context(RED, ["红色基因", "革命文物"])
    assert not _rival_nearby("红色基因", ctx) and not _rival_nearby("革命文物", ctx)


def test_a_rival_the_article_says_in_the_answers_frame_stays_a_rival():
    # 以（刀刃向内）的精神 — the article also says 自我革命精神: the rival fits the blank
    text = ("党员干部要以刀刃向内的精神查找问题。我们党勇于自我革命，自我革命精神不能淡化，"
            "要把自我革命进行到底，以刀刃向内的勇气解决问题。")
    assert _rival_nearby("刀刃向内", _context(text, ["刀刃向内", "自我革命"]))


def test_a_rival_sharing_the_answers_head_stays_a_rival():
    # 红色资源 / 宝贵资源: one head, two sorts of one thing
    text = "红色资源是宝贵资源。要用好宝贵资源，把宝贵资源保护好，让红色资源发挥作用。"
    assert _rival_nearby("红色资源", _context(text, ["红色资源", "宝贵资源"]))


def test_a_short_article_on_two_central_terms_gives_blanks_of_both(tmp_path):
    art = Article("用好红色资源", sections=[Section(None, [
        "红色资源是我们党艰辛而辉煌奋斗历程的见证。各地要加强革命文物保护利用，弘扬革命文化，传承红色基因。",
        "数字技术为革命文物保护利用打开了新空间。运用数字技术，可以让革命文物的故事走进课堂，为讲好党的故事、"
        "传承红色基因提供支撑。",
        "要统筹革命文物保护和利用，推动革命文物资源开放共享。守护好革命文物，就是守护党的精神家园，让红色基因代代相传。"])])
    art.key_terms = Analyzer(tmp_path).key_terms(art)
    answers = [q.answer for seed in range(4)
               for q in all_questions(art, [], rng=random.Random(seed), types={QuestionType.FILL_BLANK})]
    assert ["红色基因"] in answers and ["革命文物"] in answers


# pattern 4: a blank ending on a sentence adverb
def test_a_blank_ending_on_a_sentence_adverb_is_refused():
    # （生态环境问题归根到底）是…问题
    assert all(ends_on_degree("发展问题" + adverb)
               for adverb in ("归根到底", "说到底", "从根本上", "本质上", "根本上", "总的来看", "归根结底"))


def test_a_term_without_a_sentence_adverb_is_kept():
    assert not ends_on_degree("生态环境问题")


# pattern 7: a 排序 of three section headings
BODY = "各级党组织要把这项工作摆在突出位置，抓紧抓实抓细，确保各项任务落到实处。"


def _heading_orderings(headings):
    sections = [Section(None, ["开篇一段，说明这篇文章要讲的问题和意义。"])]
    sections += [Section(h, [f"{h}，是做好工作的重要方面。{BODY}"]) for h in headings]
    article = Article(title="做好新时代基层工作的几点思考", sections=sections)
    return [q for seed in range(4) for q in all_questions(article, rng=random.Random(seed))
            if q.type == QuestionType.ORDERING and "小标题" in q.stem]


def test_three_headings_give_no_heading_ordering():
    assert not _heading_orderings(["坚持党建引领基层治理", "健全基层服务保障体系", "提升基层干部能力素质"])


def test_four_headings_still_give_a_heading_ordering():
    assert _heading_orderings(["坚持党建引领基层治理", "健全基层服务保障体系", "提升基层干部能力素质",
                               "完善基层工作考核机制"])


# pattern 2 (part): the speaker's institution before a department, a title and a name
def _reporting(sentence, institution):
    a = sentence.index(institution)
    return reporting_subject(sentence, a, a + len(institution))


def test_an_institution_before_a_long_department_and_its_head_is_a_reporting_subject():
    assert _reporting("国家发展改革委固定资产投资司负责人说，将加快推进项目建设。", "国家发展改革委")


def test_an_institution_before_a_researcher_and_a_name_is_a_reporting_subject():
    assert _reporting("中国社会科学院经济研究所研究员李明认为，消费潜力巨大。", "中国社会科学院")


def test_a_term_before_an_ordinary_predicate_is_no_reporting_subject():
    assert not _reporting("数据要素市场化配置改革是一项重要任务，专家认为意义重大。", "数据要素市场化配置改革")


def test_a_reporting_lead_before_a_comma_is_a_reporting_subject():
    # （文章指出），建设教育强国是一项系统工程: who said it is no point to learn
    assert _reporting("文章指出，建设教育强国是一项复杂的系统工程。", "文章指出")



def test_the_whole_object_of_yi_closing_its_clause_is_an_open_frame():
    # 中国正以（实际行动），彰显大国担当: any manner of acting fits
    from quiz.generators.fill_blank import OPEN_FRAME_RE
    from quiz.questions import BLANK
    assert OPEN_FRAME_RE.search(f"中国正以{BLANK}，彰显大国担当。")
    assert not OPEN_FRAME_RE.search(f"要以{BLANK}全面推进强国建设。")

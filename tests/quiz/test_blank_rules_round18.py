"""Review round 18, patterns 2–4: reporting words, quoted images and open slots are no blanks."""
import random

from content.model import Article, KeyTerm, Section, TermKind
from content.keyterms import find_occurrences
from quiz.questions import QuestionType
from quiz.quiz_builder import all_questions
from tests.quiz.question_fixtures import corpus_file, every_question

FILLER = ("全面深化改革是推动高质量发展的根本动力，必须坚持以人民为中心的发展思想。"
          "新时代新征程，要以钉钉子精神抓好各项任务落实，推动党中央决策部署落地见效。")


def _blanks(paragraphs: list[str], terms: dict[str, TermKind] | None = None) -> list[list[str]]:
    art = Article("经济形势述评", sections=[Section(None, [FILLER] + paragraphs)])
    art.key_terms = [KeyTerm(t, 0.2, kind, count=len(find_occurrences(art, t)), occurrences=find_occurrences(art, t))
                     for t, kind in (terms or {}).items()]
    qs = all_questions(art, [], rng=random.Random(1), types={QuestionType.FILL_BLANK})
    return [list(q.answer) for q in qs]


def test_a_reporting_word_found_only_by_frequency_is_no_blank_but_a_listed_concept_is():
    answers = _blanks(["前三季度，全国居民人均可支配收入稳步增长，城镇职工收入结构继续优化。",
                       "各地着力拓宽增收渠道，城镇职工工资性收入保持增长态势。",
                       "要深入学习贯彻习近平生态文明思想，坚定不移走生态优先、绿色发展之路。"],
                      {"城镇职工": TermKind.CONCEPT, "习近平生态文明思想": TermKind.CONCEPT})
    assert ["城镇职工"] not in answers and ["习近平生态文明思想"] in answers


def test_a_blank_ending_on_a_degree_adverb_is_refused():
    answers = _blanks(["今年以来，我国制造业投资增速明显快于全部投资，设备更新改造需求持续释放。",
                       "总的看，制造业投资增速明显，产业升级步伐加快。"], {"制造业投资增速明显": TermKind.CONCEPT})
    assert ["制造业投资增速明显"] not in answers


def _term_fact(sentence: str, term: str):
    from quiz.facts import Fact, FactKind
    from quiz.sentences import split_sentences
    s = split_sentences(sentence, 0, 0)[0]
    k = s.text.find(term)
    return Fact(FactKind.TERM, s, [(k, k + len(term))], label=term, term_kind="concept")


def test_the_publisher_of_a_report_is_no_blank_though_the_acting_institution_is():
    from quiz.generators.fill_blank import blankable
    name = "国家统计局发展研究中心"
    published = _term_fact(f"10月15日，{name}公布了前三季度国民经济运行情况，各项指标总体平稳。", name)
    acting = _term_fact(f"{name}在全国部署开展统计造假专项治理，推动统计数据真实准确。", name)
    assert not blankable(published) and blankable(acting)


def test_one_of_a_run_of_quoted_items_left_open_is_no_blank():
    answers = _blanks(["“走过场”“搞变通”“打折扣”……一些地方落实政策中的问题，必须坚决纠治。"])
    assert not {"走过场", "搞变通", "打折扣"} & {a[0].strip("“”") for a in answers}


def test_a_clause_that_is_one_of_several_goals_is_no_blank():
    answers = _blanks(["民生福祉达到新水平，是“十五五”时期经济社会发展主要目标之一。"])
    assert not any("民生福祉" in a[0] for a in answers)


def test_the_object_of_a_tribute_is_no_blank():
    answers = _blanks(["这一重要论述为我们做好新时代基层治理工作提供了行动指引。",
                       "我们要以这一重要论述的行动指引为方向，扎实做好基层治理各项工作。"], {"行动指引": TermKind.CONCEPT})
    assert ["行动指引"] not in answers


def test_a_quoted_image_beside_its_plain_partner_is_no_blank():
    answers = _blanks(["推进乡村全面振兴是一项系统工程，必须抓住主要矛盾和“总开关”，带动全局工作整体提升。"])
    assert not any("总开关" in a[0] for a in answers)


def test_a_quoted_image_restating_a_negation_is_no_blank():
    answers = _blanks(["区域协调发展不是一个同步推进的过程，不是“大呼隆”，而是因地制宜、分类指导。"])
    assert not any("大呼隆" in a[0] for a in answers)


def test_a_quoted_image_closing_a_praise_clause_is_no_blank():
    answers = _blanks(["人民群众满意不满意，是检验基层工作成效的“温度计”。"])
    assert not any("温度计" in a[0] for a in answers)


def test_after_and_a_listed_formula_stays_a_blank_where_an_image_does_not():
    answers = _blanks(["推进乡村全面振兴是一项系统工程，必须抓住主要矛盾和“总开关”，带动全局工作整体提升。",
                       "我们要坚持马克思主义基本原理和“两个结合”，不断开辟马克思主义中国化时代化新境界。"])
    flat = [a[0].strip("“”") for a in answers]
    assert "两个结合" in flat and "总开关" not in flat


def test_the_corpus_image_of_a_golden_key_is_no_blank(corpus_dir):
    path = corpus_file(corpus_dir, "08")
    answers = [a for q in every_question(path, seeds=[0]) if q.type == QuestionType.FILL_BLANK for a in q.answer]
    assert "金钥匙" not in answers

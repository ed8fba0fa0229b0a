"""A case goes on through its paragraph (review round 22, pattern 5): the sentences after a case tell the
same story until one makes the writer's point."""
from content.model import Article, KeyTerm, Section, TermKind
from quiz.evidence import ArticleContext, Role, sentence_role, sentence_roles
from quiz.facts import extract_facts

CTX = ArticleContext.of_text("推动区域协调发展", "区域协调发展是高质量发展的内在要求。")


def roles(*texts, paragraphs=None):
    paragraphs = paragraphs or [0] * len(texts)
    return [r.value for r in sentence_roles(list(texts), CTX, paragraphs)]


def test_the_sentences_after_a_case_in_its_paragraph_are_the_case():
    assert roles("在江苏苏州，一家工厂三年完成智能化改造。", "专班统筹协调，8小时车程内配齐零部件。") == ["case", "case"]


def test_an_announced_example_is_a_case():
    assert sentence_role("以光伏产业为例，各地分工协作，产业规模稳居前列。", CTX) is Role.CASE


def test_a_demand_after_the_case_is_the_writers_point():
    assert roles("在江苏苏州，一家工厂三年完成智能化改造。", "推动制造业升级必须久久为功。") == ["case", "claim"]


def test_a_turn_after_the_case_is_the_writers_point():
    assert roles("比如，有的企业强调市场驱动，有的强调严格监管。", "然而，各方立场不同，可能导致市场碎片化。") == ["case", "claim"]


def test_the_next_numbered_point_after_a_case_is_no_case():
    assert roles("比如，有的工厂把每道工序搬上数字平台。", "四是融合化。", "产业交叉融合发展趋势越来越明显。") \
        == ["case", "claim", "claim"]


def test_a_news_peg_does_not_carry_on_into_the_argument():
    assert roles("不久前，有关部门发布关于规范收费的意见。", "几十上百元的收费，不可等闲视之。") == ["case", "claim"]


def test_the_story_stops_at_the_end_of_its_paragraph():
    assert roles("在江苏苏州，一家工厂三年完成智能化改造。", "专班统筹协调，8小时车程内配齐零部件。",
                 paragraphs=[0, 1]) == ["case", "claim"]


def test_no_question_on_a_detail_of_the_story_after_the_case_sentence():
    text = "在江苏苏州，一家工厂三年完成智能化改造。不增加一个编制的“链长办”统筹协调，8小时车程内配齐零部件。"
    art = Article(title="推动区域协调发展", sections=[Section(None, [text, "推动制造业升级必须坚持“链长制”。"])])
    art.key_terms = [KeyTerm("链长办", 1.0, TermKind.SLOGAN, 1), KeyTerm("链长制", 0.9, TermKind.SLOGAN, 1)]
    asked = {a for f in extract_facts(art) for a in f.answers}
    assert "链长办" not in asked and "8小时" not in asked
    assert "链长制" in asked

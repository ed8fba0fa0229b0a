from content.model import Article, Section
from quiz.cards import CardKind, build_cards
from quiz.questions import BLANK
from tests.quiz.question_fixtures import SAMPLE, analysed, article_titled


def test_card_json_has_the_contract_fields():
    art = Article("题", sections=[Section(None, ["坚持问题导向、目标导向、结果导向相统一。"])])
    (card,) = build_cards(art)
    d = card.to_json()
    assert set(d) == {"kind", "front", "back", "source"} and d["kind"] == "enumeration"
    assert d["back"] == "问题导向、目标导向、结果导向"


def test_core_points_become_cloze_cards():
    art = article_titled(analysed(str(SAMPLE)), "勇担科技强区")
    core = [c for c in build_cards(art) if c.kind == CardKind.CORE_POINT]
    assert core and all(BLANK in c.front and "【" in c.back for c in core)
    assert all(c.source.section == -1 for c in core)


def test_term_cards_show_the_term_in_its_sentence():
    art = article_titled(analysed(str(SAMPLE)), "生态安全屏障")
    terms = [c for c in build_cards(art) if c.kind == CardKind.TERM]
    assert terms and all(f"【{c.front}】" in c.back for c in terms)
    assert len({c.front for c in terms}) == len(terms)


def test_the_same_list_gives_one_card():
    art = article_titled(analysed(str(SAMPLE)), "勇担科技强区")
    backs = [c.back for c in build_cards(art) if c.kind == CardKind.ENUMERATION]
    assert len(backs) == len(set(backs))


def test_parallel_points_become_a_recall_card():
    art = article_titled(analysed(str(SAMPLE)), "勇担科技强区")
    backs = [c.back for c in build_cards(art) if c.kind == CardKind.ENUMERATION]
    assert any(b.startswith("1. 加强党的全面领导") for b in backs)

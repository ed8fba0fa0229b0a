from content.model import Article, KeyTerm, Section
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
    assert terms and all(f"【{c.identity}】" in c.back for c in terms)
    assert len({c.identity for c in terms}) == len(terms)


def test_the_same_list_gives_one_card():
    art = article_titled(analysed(str(SAMPLE)), "勇担科技强区")
    backs = [c.back for c in build_cards(art) if c.kind == CardKind.ENUMERATION]
    assert len(backs) == len(set(backs))


def test_parallel_points_become_a_recall_card():
    art = article_titled(analysed(str(SAMPLE)), "勇担科技强区")
    backs = [c.back for c in build_cards(art) if c.kind == CardKind.ENUMERATION]
    assert any(b.startswith("1. 加强党的全面领导") for b in backs)


def test_a_named_set_card_lists_its_members(sample_page_path):
    """ux6 #9: a term card for a counted set said in one sentence and listed in another says both."""
    cards = [c for art in analysed(str(sample_page_path)) for c in build_cards(art) if c.kind == CardKind.TERM]
    six = next(c for c in cards if c.identity == "六张网")
    assert "\n六张网：水网、新型电网、算力网、新一代通信网、城市地下管网、物流网\n" in six.back


def test_a_stressed_two_character_word_is_no_term_card(corpus_dir, sample_page_path):
    """05's “结合”, “整体”, “基石”: quoted for stress, not terms to learn; the sample's “双碳” is counted, a name."""
    from tests.quiz.question_fixtures import corpus_file

    def terms(path):
        return {c.identity for art in analysed(path) for c in build_cards(art) if c.kind == CardKind.TERM}
    assert not {"结合", "整体", "基石"} & terms(corpus_file(corpus_dir, "05_"))
    assert "双碳" in terms(str(sample_page_path))


def test_a_list_of_long_sentences_is_no_card_to_recite(corpus_dir):
    """ux6 #9: 05's three forty-character paragraph openings, to say in order, cannot be checked."""
    from tests.quiz.question_fixtures import corpus_file
    for art in analysed(corpus_file(corpus_dir, "05_")):
        for card in build_cards(art):
            if card.kind == CardKind.ENUMERATION:
                assert all(len(line) <= 30 for line in card.back.split("\n")), card.back


def build_cards_with_terms(art: Article, terms: list[str]):
    art.key_terms = [KeyTerm(t, 1.0) for t in terms]
    return build_cards(art)


def test_named_relations_make_a_card_of_pairs_not_an_order():
    art = Article("做好基层治理", sections=[Section(None, [
        "做好基层治理工作，是一项长期任务。",
        "做好这项工作，要把握好“三对关系”：把握好“活力”和“秩序”的关系，既要放得开，也要管得住；"
        "把握好“效率”与“公平”的关系，在发展中保障公平；把握好“当前”与“长远”的关系，久久为功。"])])
    [card] = [c for c in build_cards(art) if "关系" in c.front]
    assert card.front == "《做好基层治理》谈到的3对关系是？"
    assert card.back.splitlines() == ["活力 — 秩序", "效率 — 公平", "当前 — 长远"]

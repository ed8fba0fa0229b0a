"""复习 shows a term card as a question (ux report 8, P6): the sentence with its blank in large type, the
blank's length and the article as a smaller note, and the term in red on the back."""
from content.model import Article, KeyTerm, Section, TermKind
from gui.review_page import ReviewPage
from quiz.cards import CardKind, build_cards
from quiz.review_queue import add_article_cards
from tests.gui.study_fixtures import sample_library, study_store

SENTENCE = "各地要因地制宜，以新质生产力为引领推动传统产业转型升级。"


def term_card_page(qtbot, title: str):
    lib = sample_library()
    store = study_store(lib)
    art = Article(title, sections=[Section(None, [SENTENCE])],
                  key_terms=[KeyTerm("新质生产力", 0.9, TermKind.CONCEPT, 1, pinyin="xīn zhì shēng chǎn lì")])
    cards = [c for c in build_cards(art, frozenset({"新质生产力"})) if c.kind == CardKind.TERM]
    add_article_cards(store, store.ensure_profile(), 1, cards)
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    return page


def test_the_front_asks_with_a_blank_and_its_note_is_drawn_smaller(qtbot):
    title = sample_library().list_articles()[0].title
    page = term_card_page(qtbot, title)
    front = page.front.text()
    assert "新质生产力" not in front and "以<span style=\"white-space:pre\">（\u3000\u3000）</span>为引领" in front
    assert f'font-size:{page.ui_px + 6}px' in front and "（填一个词，5 个字）" in front


def test_the_kind_line_does_not_repeat_the_title_the_front_names(qtbot):
    title = sample_library().list_articles()[0].title
    page = term_card_page(qtbot, title)
    assert page.kind.text().startswith("术语") and title not in page.kind.text()


def test_the_back_shows_the_term_in_red_with_its_reading(qtbot):
    page = term_card_page(qtbot, sample_library().list_articles()[0].title)
    page.reveal()
    assert 'font-weight:bold">新质生产力</span>　<span' in page.back.text()
    assert ">xīn zhì shēng chǎn lì</span> · 概念<br>" in page.back.text()


def test_the_reading_is_drawn_in_a_face_with_every_tone_letter(qtbot):
    """文泉驿微米黑 has no ǔ: zǔ guó showed as "z  guó" in the card's own face."""
    from gui.fonts import pinyin_css_families
    page = term_card_page(qtbot, sample_library().list_articles()[0].title)
    page.reveal()
    assert f'<span style="font-family:{pinyin_css_families()}">xīn zhì shēng chǎn lì</span>' in page.back.text()

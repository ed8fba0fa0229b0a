"""Which characters get pinyin above them."""
from content.reading_aids import RubyAnnotator, is_common


def test_rare_character_gets_its_reading():
    rubies = RubyAnnotator().paragraph("双方龃龉不断。", [])
    assert [(r.start, r.reading) for r in rubies] == [(2, "jǔ"), (3, "yǔ")]


def test_common_text_without_terms_gets_no_pinyin():
    assert RubyAnnotator().paragraph("我们坚持发展。", []) == []


def test_polyphone_in_term_read_unusually_is_marked():
    rubies = RubyAnnotator().paragraph("推进退耕还林。", [(2, 6, "tuì gēng huán lín")])
    assert [(r.start, r.reading) for r in rubies] == [(4, "huán")]


def test_polyphone_in_term_read_the_usual_way_is_not_marked():
    assert RubyAnnotator().paragraph("还有", [(0, 2, "hái yǒu")]) == []


def test_term_reading_that_does_not_line_up_is_ignored():
    assert RubyAnnotator().paragraph("退耕还林", [(0, 4, "tuì gēng")]) == []


def test_level_one_characters_are_common():
    assert is_common("中") and not is_common("龉")


def test_tone_sandhi_of_yi_is_not_marked():
    assert RubyAnnotator().paragraph("新一代", [(0, 3, "xīn yí dài")]) == []

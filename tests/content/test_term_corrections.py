"""A user's key-term corrections are checked before they are stored (content/term_corrections.py)."""
import pytest

from content.model import Article, BadInput, KeyTerm, Section
from content.term_corrections import MAX_TERM, in_quotes, term_to_add, term_to_remove

LONG_FORMULA = "确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位"  # 45 characters: over 40


@pytest.fixture
def article():
    art = Article("加快发展新质生产力", core_points=["落实“1571”工作部署"], author_bio="作者为内蒙古科协主席", sections=[
        Section("织密“六张网”", ["加快发展新质生产力，树立和践行正确政绩观。", "着力解决群众急难愁盼 推动民生改善。",
                             "保障民生　着力解决就业问题，发展ＡＩ产业。", "两个确立：" + LONG_FORMULA + "。"]),
    ])
    art.key_terms = [KeyTerm("“1571”工作部署", 1.0), KeyTerm("新质生产力", 0.9), KeyTerm("《民法典》", 0.5)]
    return art


@pytest.mark.parametrize("raw, term", [
    (" 新质生产力。", "新质生产力"),      # a selection takes the full stop along
    ("，正确政绩观", "正确政绩观"),
    ("新质 生产力", "新质生产力"),        # a space typed inside the word
    ("“六张网", "六张网"),               # the quote's partner left out of the selection
    ("“六张网”", "“六张网”"),            # a term the text writes in quotes keeps them
    ("急难愁盼 推动民生改善", "急难愁盼 推动民生改善"),  # the text's own space stays
    ("1571”工作部署", "1571”工作部署"),  # the text says it so (in “1571”工作部署): found, kept
    ("民生　着力解决", "民生　着力解决"),  # a full-width space the text has
    ("ＡＩ产业", "ＡＩ产业"),
    ("内蒙古科协", "内蒙古科协"),        # the author's note the reader shows
    (LONG_FORMULA, LONG_FORMULA),
])
def test_a_term_to_add_is_tidied_to_what_the_text_says(article, raw, term):
    assert term_to_add(article, raw) == term


@pytest.mark.parametrize("raw, says", [
    ("，", "不是词语"),
    ("的", "不是词语"),
    ("   ", "请先写出"),
    ("“”", "不是词语"),
    ("量子引力", "文中没有找到“量子引力”"),
    ("新质生产力。\u2029织密", "跨了段落"),       # Qt's paragraph break inside a selection
    ("新质生产力\n树立", "跨了段落"),
    ("加" * (MAX_TERM + 1), "太长了"),
    ("Ａ", "不是词语"),
])
def test_what_cannot_be_a_key_term_is_refused_in_chinese(article, raw, says):
    with pytest.raises(BadInput) as refusal:
        term_to_add(article, raw)
    assert says in str(refusal.value)


def test_a_term_typed_exactly_as_stored_is_the_one_removed(article):
    article.key_terms += [KeyTerm("“两新”", 0.4), KeyTerm("两新", 0.3)]
    assert term_to_remove(article, "“两新”") == "“两新”" and term_to_remove(article, "两新") == "两新"


def test_a_term_to_remove_is_found_without_its_quote_marks(article):
    assert term_to_remove(article, "1571工作部署") == "“1571”工作部署"
    assert term_to_remove(article, "民法典") == "《民法典》"
    assert term_to_remove(article, " 新质生产力 ") == "新质生产力"


def test_removing_a_term_the_article_does_not_have_says_so_and_suggests_near_ones(article):
    with pytest.raises(BadInput) as refusal:
        term_to_remove(article, "生产力")
    assert "关键词里没有“生产力”" in str(refusal.value) and "新质生产力" in str(refusal.value)
    with pytest.raises(BadInput) as refusal:
        term_to_remove(article, "量子引力")
    assert "关键词列表" in str(refusal.value)


def test_messages_quote_a_term_once():
    assert in_quotes("新质生产力") == "“新质生产力”"
    assert in_quotes("“1571”工作部署") == "“1571”工作部署" and in_quotes("《民法典》") == "《民法典》"

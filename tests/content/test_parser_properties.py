"""Property tests: the page parser takes any text without raising, and invents no text."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.page_parser import build_page, parse_page
from content.text_cleanup import clean_text

# Pieces of real page structure, so generated text exercises the parser's branches.
FRAGMENTS = ["## ", "# ", "**", "□", "- ", "核心提示", "（作者系", "）", "\n", "\n\n", "。", "，", "、",
             "\u3000\u3000", "※", "---\n", "![](a.png)", "[链接](u)", "第一，", "一是", "作者：", "/摄",
             "2020年7月1日", "“", "”", "责任编辑：", "正文", "新华社记者 张三/摄"]
page_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=60).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@SETTINGS
@given(st.text())
def test_build_page_never_raises_on_arbitrary_text(text):
    build_page(text, "x.txt")


@SETTINGS
@given(page_text)
def test_build_page_never_raises_on_structured_text(text):
    build_page(text, "x.txt")


def _huge_line(seed: str) -> str:
    seed = seed.replace("\n", "") or "字"
    return seed * (20000 // len(seed) + 1)


@settings(max_examples=30, deadline=None)
@given(page_text.map(_huge_line))
def test_huge_single_lines_do_not_raise(text):
    page = build_page(text, "x.txt")
    assert all(len(p) <= len(text) for a in page.articles for _, _, p in a.iter_paragraphs())


@SETTINGS
@given(page_text)
def test_every_paragraph_is_non_empty(text):
    for article in build_page(text).articles:
        assert all(p.strip() for _, _, p in article.iter_paragraphs())


@SETTINGS
@given(page_text)
def test_paragraph_characters_come_from_the_input(text):
    source = set(_squash(clean_text(text)))
    for article in build_page(text).articles:
        for _, _, paragraph in article.iter_paragraphs():
            assert set(_squash(paragraph)) <= source


def test_control_characters_do_not_reach_paragraphs():
    page = parse_page("正文\x00第一\x07段。\x1b")
    assert page.articles[0].sections[0].paragraphs == ["正文第一段。"]


@SETTINGS
@given(page_text)
def test_every_article_has_a_title(text):
    assert all(article.title.strip() for article in build_page(text).articles)

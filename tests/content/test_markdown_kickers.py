"""Markdown newspaper pages: the `#` line is the title; a kicker above it, a ——subtitle under it and a
lead-in line ending in —— are no section headings."""
from content.page_parser import parse_page
from tests.content.test_page_parser import _headings, _paragraphs
from tests.content.test_page_parser import _only as _parsed

BODY_A = "基层是党的执政之基、力量之源，做好基层工作意义重大。"
BODY_B = "各地坚持问题导向，推动各项任务落地见效，群众获得感不断增强。"
BODY_C = "要持续深化改革创新，不断提高工作的科学化水平。"


def _only(text):
    return _parsed(text, "page.md")


KICKER_PAGE = f"### 抓基层、打基础、固根本\n\n# 把基层工作做实做细\n\n{BODY_A}\n\n## 坚持问题导向\n\n{BODY_B}\n"


def test_the_hash_line_under_a_kicker_is_the_title():
    assert _only(KICKER_PAGE).title == "把基层工作做实做细"


def test_the_kicker_is_kept_as_the_column():
    assert _only(KICKER_PAGE).column == "抓基层、打基础、固根本"


def test_the_title_under_a_kicker_is_no_section_heading():
    assert _headings(_only(KICKER_PAGE)) == ["坚持问题导向"]


def test_front_matter_title_picks_the_title_among_equal_headings():
    text = f'---\ntitle: "把基层工作做实做细"\n---\n## 抓基层、打基础\n\n## 把基层工作做实做细\n\n{BODY_A}\n'
    art = _only(text)
    assert (art.title, art.column, _headings(art)) == ("把基层工作做实做细", "抓基层、打基础", [])


def test_a_marked_dash_subtitle_is_no_heading_and_kept_with_two_dashes():
    art = _only(f"# 把基层工作做实做细\n\n## ———写在某某会议召开之际\n\n{BODY_A}\n\n**坚持问题导向**\n\n{BODY_B}\n")
    assert (art.column, _headings(art)) == ("——写在某某会议召开之际", ["坚持问题导向"])


def test_an_unmarked_dash_subtitle_under_a_hash_title_is_no_heading():
    art = _only(f"# 把基层工作做实做细\n\n——基层治理观察之三\n\n{BODY_A}\n\n{BODY_B}\n")
    assert (art.column, _headings(art), len(_paragraphs(art))) == ("——基层治理观察之三", [], 2)


def test_a_lead_in_ending_in_dashes_runs_into_the_next_paragraph():
    art = _only(f"# 把基层工作做实做细\n\n{BODY_A}\n\n以务实作风作保障——\n\n{BODY_B}\n\n{BODY_C}\n")
    assert _headings(art) == []
    assert _paragraphs(art) == [BODY_A, "以务实作风作保障——" + BODY_B, BODY_C]


def test_a_bold_dash_line_over_a_bold_heading_is_one_heading():
    art = _only(f"# 把基层工作做实做细\n\n{BODY_A}\n\n**固本强基——**\n\n**坚持问题导向，推动任务落地**\n\n{BODY_B}\n")
    assert _headings(art) == ["固本强基——坚持问题导向，推动任务落地"]


def test_a_bold_dash_line_over_body_text_is_a_heading_without_dashes():
    art = _only(f"# 把基层工作做实做细\n\n{BODY_A}\n\n**固本强基——**\n\n{BODY_B}\n\n**创新驱动——**\n\n{BODY_C}\n")
    assert _headings(art) == ["固本强基", "创新驱动"]


def test_a_page_column_above_a_title_and_byline_stays_the_page_column():
    text = f"理论周刊\n\n# 把基层工作做实做细\n\n□张三\n\n{BODY_A}\n\n# 提高基层治理水平\n\n□李四\n\n{BODY_B}\n"
    page = parse_page(text, "page.md")
    assert [(a.title, a.column) for a in page.articles] == [
        ("把基层工作做实做细", "理论周刊"), ("提高基层治理水平", "理论周刊")]

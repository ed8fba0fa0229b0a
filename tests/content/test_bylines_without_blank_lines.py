"""A theory piece copied from a web page with no blank lines (one paragraph a line): the writer's name
right under the title (倪虹, 钟才文, 曲永义) signs the piece; it had been read as the first section's heading.
Found in ten fresh People's Daily pieces of 2025–2026: seven of them had lost their writer so."""
from __future__ import annotations

import pytest

from content.page_parser import parse_page

BODY = ("党的二十届四中全会通过的建议对推动高质量发展作出重要部署。我们要深入学习领会，抓好贯彻落实。\n"
        "一、深刻认识推动高质量发展的重要意义\n"
        "推动高质量发展是适应我国发展阶段变化的必然要求，是全面建设社会主义现代化国家的首要任务。\n")


def parse(name: str, body: str = BODY):
    page = parse_page(f"推动房地产高质量发展\n{name}\n{body}", "粘贴的文本")
    assert len(page.articles) == 1
    return page.articles[0]


@pytest.mark.parametrize("name,signed", [("倪虹", "倪虹"), ("钟才文", "钟才文"), ("曲永义", "曲永义"),
                                         ("蓝佛安", "蓝佛安"), ("邹  翔", "邹翔"), ("国纪平", "国纪平")])
def test_a_name_under_the_title_signs_the_piece(name, signed):
    art = parse(name)
    assert art.authors == [signed]
    assert [s.heading for s in art.sections][0] is None  # no section headed by the name
    assert art.sections[0].paragraphs[0].startswith("党的二十届四中全会")


@pytest.mark.parametrize("line", ["引言", "新时代", "发展", "总体要求"])
def test_a_short_heading_under_the_title_stays_a_heading(line):
    art = parse(line)
    assert art.authors == []
    assert line in [s.heading for s in art.sections]


def test_a_name_over_a_numbered_part_is_not_taken_for_a_writer():
    """房地产 over 一、…: a part's heading, which no paragraph need follow."""
    art = parse("倪虹", "一、深刻认识推动高质量发展的重要意义\n推动高质量发展是必然要求，是首要任务。\n")
    assert art.authors == []


def test_a_page_with_blank_lines_is_read_as_before():
    page = parse_page("推动房地产高质量发展\n\n倪虹\n\n" + BODY.replace("\n", "\n\n"), "粘贴的文本")
    assert page.articles[0].authors == ["倪虹"]

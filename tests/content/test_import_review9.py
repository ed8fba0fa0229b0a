"""Import faults found by the review of the fifth session's change (made-up lines in the shape of the
cases it ran)."""
from content.line_classes import is_report_credit
from content.page_parser import parse_page

FRONT = "---\ntitle: 论新质生产力\n---\n\n"


def _only(text):
    (art,) = parse_page(text, "x.md").articles
    return art


def test_a_body_sentence_naming_an_original_title_stays_in_the_text():
    art = _only("---\ntitle: 春耕一线见闻\n---\n\n# 春耕一线见闻\n\n春回大地，农事正忙。各地抓住有利时机推进春耕生产。\n\n"
                "毛泽东的这篇文章原题为《中国革命战争的战略问题》，写于1936年。它系统总结了经验。\n")
    assert any("原题为" in p for s in art.sections for p in s.paragraphs) and "原题" not in art.author_bio


def test_a_section_label_under_the_title_is_no_author():
    art = _only(FRONT + "# 论新质生产力\n\n引言\n\n新质生产力是创新起主导作用的先进生产力质态。它由技术革命性突破催生而成。\n\n"
                "**一、深刻把握内涵**\n\n要坚持创新驱动。\n")
    assert "引言" not in art.authors


def test_a_reporters_notebook_heading_is_no_credit():
    assert not is_report_credit("（记者手记）")
    assert is_report_credit("（本报记者张三、李四）")


def test_a_heading_that_opens_with_the_newsroom_is_no_byline():
    art = _only(FRONT + "# 春耕一线见闻\n\n作者：张三\n\n春回大地，农事正忙。各地抓住有利时机推进春耕生产。\n\n"
                "本报记者走进田间地头\n\n在某县的高标准农田里，无人机正在喷洒农药，农民们忙着育秧。\n")
    assert "走进田间地头" not in "".join(art.authors)


def test_a_series_line_is_the_kicker_even_under_a_subtitle():
    art = _only(FRONT + "# 奋力谱写新篇章\n\n——写在某某会议召开之际\n\n系列：大家谈·理论周刊⑤\n\n新质生产力是创新起主导作用的先进生产力质态。\n")
    assert art.column == "大家谈·理论周刊⑤ ——写在某某会议召开之际"

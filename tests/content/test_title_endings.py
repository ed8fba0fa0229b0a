"""A title may end on a word whose last character is also a particle or a conjunction (让老百姓可感可及,
稳步推进碳达峰碳中和): such a title is whole. A People's Daily commentary pasted as text lost its title
into its first paragraph because 及 was read as a dangling “and”."""
from content.page_parser import parse_page

BODY = ("“蝇贪蚁腐”，危害甚深。盯上“校园餐”，挪用资金，侵吞低保资金，损害了老百姓的切身利益。\n"
        "在二十届中央纪委四次全会上，总书记指出，要持续推动全面从严治党向基层延伸。\n")


def _first(text: str):
    return parse_page(text, "x.txt").articles[0]


def test_a_title_ending_on_a_word_with_ji_is_whole():
    article = _first("惩治“微腐败”，让老百姓可感可及\n\n" + BODY)
    assert article.title == "惩治“微腐败”，让老百姓可感可及"
    assert article.sections[0].paragraphs[0].startswith("“蝇贪蚁腐”，危害甚深。")


def test_a_title_ending_on_tan_zhonghe_is_whole():
    article = _first("稳步推进碳达峰碳中和\n\n" + BODY)
    assert article.title == "稳步推进碳达峰碳中和"
    assert article.sections[0].paragraphs[0].startswith("“蝇贪蚁腐”")


def test_a_line_ending_on_a_conjunction_is_still_no_title():
    # a body line cut after 和 is no heading: the text goes on in the next line
    text = "开篇语\n" + "要把科技创新和\n产业创新深度融合起来，这是一篇大文章。\n" + BODY
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert "要把科技创新和" not in headings


def test_a_title_of_a_deed_done_is_whole():
    article = _first("幸福都是奋斗出来的\n\n" + BODY)
    assert article.title == "幸福都是奋斗出来的"


def test_a_line_cut_after_a_verb_that_wants_an_object_goes_on():
    text = "开篇语\n" + "要让改革发展成果更多更公平惠及\n全体人民，这是一篇大文章。\n" + BODY
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert "要让改革发展成果更多更公平惠及" not in headings



def test_a_title_cut_after_a_conjunction_on_two_lines_is_one_title():
    article = _first("推进科技创新和\n产业创新深度融合\n\n" + BODY)
    assert article.title == "推进科技创新和产业创新深度融合"
    assert article.sections[0].paragraphs[0].startswith("“蝇贪蚁腐”，危害甚深。")

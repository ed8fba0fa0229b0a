"""A title may end on a word whose last character is also a particle or a conjunction (让老百姓可感可及,
稳步推进碳达峰碳中和): such a title is whole. A People's Daily commentary pasted as text lost its title
into its first paragraph because 及 was read as a dangling “and”. A body line cut after a conjunction or a
verb that wants an object still goes on in the next line."""
import pytest

from content.page_parser import parse_page

BODY = ("“蝇贪蚁腐”，危害甚深。盯上“校园餐”，挪用资金，侵吞低保资金，损害了老百姓的切身利益。\n"
        "在二十届中央纪委四次全会上，总书记指出，要持续推动全面从严治党向基层延伸。\n")


@pytest.mark.parametrize("head, title", [
    ("惩治“微腐败”，让老百姓可感可及", "惩治“微腐败”，让老百姓可感可及"),
    ("稳步推进碳达峰碳中和", "稳步推进碳达峰碳中和"),
    ("幸福都是奋斗出来的", "幸福都是奋斗出来的"),  # a deed done
    ("推进科技创新和\n产业创新深度融合", "推进科技创新和产业创新深度融合"),  # printed on two lines
])
def test_a_title_is_whole_and_the_body_starts_after_it(head, title):
    article = parse_page(head + "\n\n" + BODY, "x.txt").articles[0]
    assert article.title == title
    assert article.sections[0].paragraphs[0].startswith("“蝇贪蚁腐”，危害甚深。")


@pytest.mark.parametrize("cut_line, rest", [
    ("要把科技创新和", "产业创新深度融合起来，这是一篇大文章。"),  # a conjunction
    ("要让改革发展成果更多更公平惠及", "全体人民，这是一篇大文章。"),  # a verb that wants an object
])
def test_a_line_cut_mid_sentence_is_no_heading(cut_line, rest):
    text = "开篇语\n" + cut_line + "\n" + rest + "\n" + BODY
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert cut_line not in headings

"""A plain text's first line is its title even when it ends on a quoted word or a column tag
(树牢正确政绩观须算好“三笔账”（思想纵横）): 28 of 30 People's Daily pieces pasted as text lost
their titles, because a closing quote was read as the end of a sentence."""
from content.page_parser import parse_page

BODY = ("创造经得起实践、人民、历史检验的实绩，必须立足全局、胸怀“国之大者”，着眼整体系统谋划。\n"
        "2026年是“十五五”开局之年，如期实现经济社会发展目标，需要我们自觉把本地区工作融入大局。\n")


def test_a_title_ending_on_a_quoted_word_and_a_column_tag():
    article = parse_page("树牢正确政绩观须算好“三笔账”（思想纵横）\n" + BODY, "x.txt").articles[0]
    assert (article.title, article.column, article.warnings) == ("树牢正确政绩观须算好“三笔账”", "思想纵横", [])
    assert article.sections[0].paragraphs[0].startswith("创造经得起实践")


def test_a_long_series_tag_does_not_make_the_title_too_long():
    article = parse_page("科学认识把握“党的自我革命重在治权”（深入学习贯彻习近平新时代中国特色社会主义思想）\n" + BODY,
                         "x.txt").articles[0]
    assert article.title == "科学认识把握“党的自我革命重在治权”"
    assert article.column == "深入学习贯彻习近平新时代中国特色社会主义思想"


def test_a_quoted_sentence_is_still_no_title():
    text = "开篇语\n" + "他说：“只要干，就能成。”\n" + BODY
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert "他说：“只要干，就能成。”" not in headings


def test_questions_and_options_of_a_test_are_no_headings():
    text = ("一、单选题\n1、党的根本宗旨是（ B ）\nA、“两学一做”\nB、“全心全意为人民服务”\n"
            "2、下列说法正确的是（ ）\nA、坚持党的领导。\nB、坚持人民至上。\n")
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert not any(h and (h.startswith(("1、", "2、", "A、", "B、"))) for h in headings)


def test_a_lead_line_the_text_repeats_is_a_core_point_not_a_heading():
    lead = "推进改革，也要讲究因地制宜的方法论，针对问题精准发力"
    text = ("以微改革撬动外贸大棋局（人民时评）\n" + lead + "\n近年来，我国跨境电商发展势头迅猛。\n"
            + lead + "。当前，外贸发展面临新形势。\n")
    article = parse_page(text, "x.txt").articles[0]
    assert article.core_points == [lead]
    assert [s.heading for s in article.sections] == [None]


def test_a_title_asking_a_question_before_its_column():
    article = parse_page("新质生产力跑得快，体制机制如何跟上？（经济热评）\n" + BODY, "x.txt").articles[0]
    assert (article.title, article.column, article.warnings) == ("新质生产力跑得快，体制机制如何跟上？", "经济热评", [])


def test_a_question_in_the_text_is_still_no_heading():
    text = "开篇语\n" + "我们该怎么办？\n" + BODY
    headings = [s.heading for a in parse_page(text, "x.txt").articles for s in a.sections]
    assert "我们该怎么办？" not in headings

"""A page of excerpts (论点撷萃) signs each excerpt with a dashed source line (——摘自…《…》，作者：…，
原题为《…》): the line is where the text comes from, no paragraph to learn terms from or ask about, and
the excerpt's title under it heads the next excerpt."""
from content.analysis import Analyzer
from content.line_classes import is_source_note
from content.page_parser import parse_page

PAGE = """管党治党、兴党强党和强国复兴内在统一（论点撷萃）
从党的初心使命看，为中国人民谋幸福、为中华民族谋复兴就必须实现强国复兴。
——摘自2026年7月30日《中国纪检监察报》，作者：汤俊峰，原题为《深刻把握管党治党、兴党强党和强国复兴的内在联系》
以金融力量支撑人工智能产业高质量发展
人工智能的发展壮大离不开资本的支持，需引导金融活水精准滴灌人工智能。
——摘自2026年8月4日《经济日报》，作者：殷成东，原题为《引导金融活水精准滴灌人工智能》
"""


def test_a_dashed_source_line_is_a_source_note():
    assert is_source_note("——摘自2026年8月4日《经济日报》，作者：殷成东，原题为《引导金融活水精准滴灌人工智能》")
    assert is_source_note("——选自《求是》2026年第15期")
    assert not is_source_note("——习近平总书记的重要论述")


def test_the_source_lines_of_excerpts_are_no_paragraphs_and_nothing_is_lost():
    article = parse_page(PAGE, "x.txt").articles[0]
    assert article.title == "管党治党、兴党强党和强国复兴内在统一" and article.column == "论点撷萃"
    assert [s.heading for s in article.sections] == [None, "以金融力量支撑人工智能产业高质量发展"]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs == ["从党的初心使命看，为中国人民谋幸福、为中华民族谋复兴就必须实现强国复兴。",
                          "人工智能的发展壮大离不开资本的支持，需引导金融活水精准滴灌人工智能。"]
    assert "中国纪检监察报" in article.author_bio and "经济日报" in article.author_bio


def test_no_key_term_comes_from_a_source_line(tmp_path):
    terms = [k.term for k in Analyzer(tmp_path).key_terms(parse_page(PAGE, "x.txt").articles[0])]
    assert not any("原题" in t or "《" in t for t in terms)
    assert "为中国人民谋幸福、为中华民族谋复兴" in terms  # the pair as the text writes it, not two halves
    assert "为中国人民谋幸福" not in terms and "从党" not in terms


def test_a_column_with_a_series_after_a_dot_leaves_the_title():
    page = parse_page("打造创新共同体 畅通人才成长快车道（前沿观察·关注人才体制机制改革）\n"
                      "高校和企业联合培养工程硕博士，人才成长更快。\n", "x.txt")
    article = page.articles[0]
    assert article.title == "打造创新共同体 畅通人才成长快车道" and article.column == "前沿观察·关注人才体制机制改革"


def test_a_status_in_brackets_stays_in_the_title():
    page = parse_page("关于加强基层治理的意见（试行）\n\n基层治理是国家治理的基石。\n", "x.txt")
    assert page.articles[0].title == "关于加强基层治理的意见（试行）"

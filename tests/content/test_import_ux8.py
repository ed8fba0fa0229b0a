"""The 栏目 of an article (ux report 8, P7): a 引题 sentence above a news title is shown above the title
but is no column; the front matter's section_name (理论, 评论) is the column when nothing names one.
All text here is made up in the shape of newspaper pages."""
from content.page_parser import build_page
from content.title_block import column_name, is_column_name

BODY = "措施明确，推动养老服务向社区延伸，让老人在家门口享受服务。\n\n各地积极落实，取得了明显成效。\n"


def page(front: str, head: str):
    return build_page(f"---\ntitle: \"多项新举措助力社区养老提速\"\nauthor: \"\"\n{front}---\n\n{head}"
                      f"# 多项新举措助力社区养老提速\n\n" + BODY)


def test_a_kicker_sentence_stays_above_the_title():
    article = page("", "### 一位老人从申请到入住要走几步\n\n").articles[0]
    assert article.column == "一位老人从申请到入住要走几步"


def test_a_kicker_sentence_is_no_column_name():
    assert column_name("一位老人从申请到入住要走几步") == ""


def test_a_short_kicker_is_a_column_name():
    assert column_name("理论周刊") == "理论周刊"


def test_a_series_with_its_theme_is_a_column_name():
    assert column_name("大家谈·向着教育强国奋进⑤") == "大家谈·向着教育强国奋进⑤"


def test_a_long_column_ending_in_a_column_word_is_a_name():
    assert is_column_name("习近平经济思想指引下的中国经济专论")


def test_a_punctuated_kicker_is_no_column_name():
    assert column_name("到二〇三〇年，交通网全面推进") == ""


def test_a_two_part_slogan_kicker_is_no_column_name():
    assert column_name("弘扬志愿精神  贡献青春力量") == ""


def test_a_subtitle_is_no_part_of_the_column_name():
    assert column_name("评论员观察 ——促进民营经济高质量发展③") == "评论员观察"


def test_a_column_joined_with_a_kicker_keeps_the_column():
    assert column_name("理论 一位老人从申请到入住要走几步") == "理论"


def test_section_name_is_the_column_when_nothing_names_one():
    article = page('section_name: "理论"\n', "").articles[0]
    assert article.column == "理论"


def test_section_name_goes_above_a_subtitle():
    article = build_page('---\ntitle: "坚定不移推进全面从严治党"\nsection_name: "要闻"\n---\n\n'
                          "# 坚定不移推进全面从严治党\n\n## ——写在某某会议召开之际\n\n" + BODY).articles[0]
    assert article.column == "要闻 ——写在某某会议召开之际"


def test_section_name_does_not_replace_a_kicker():
    article = page('section_name: "要闻"\n', "### 一位老人从申请到入住要走几步\n\n").articles[0]
    assert article.column == "一位老人从申请到入住要走几步"


def test_a_page_without_front_matter_takes_no_column():
    article = build_page("# 多项新举措助力社区养老提速\n\n" + BODY).articles[0]
    assert article.column == ""

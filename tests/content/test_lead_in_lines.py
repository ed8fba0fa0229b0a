"""A lead-in line ending in —— in a source of one paragraph per line (a newspaper site's markdown) stays
its own paragraph: it introduces a list of short paragraphs, and the first item is not glued to it
(review round 24, Import). All text here is made up in the shape of such pages."""
from content.page_parser import build_page

FRONT = '---\ntitle: "从发展成就看奋进力量"\nauthor: "张  三"\n---\n\n# 从发展成就看奋进力量\n\n> 张  三《人民日报》（2026年01月07日第 07 版）\n\n'
LIST = ("近来，有关“成就”的消息一条接着一条——\n\n"
        "某省新建城乡公路超过一千公里，织密了通村入户的交通网；\n\n"
        "某市粮食单产再创新高，把饭碗牢牢端在自己手中；\n\n"
        "某县特色产业带动千家万户增收……\n\n")
CLOSING = "一项项成就的背后，是实干的力量。\n"


def paragraphs(body: str) -> list[str]:
    return [text for _, _, text in build_page(FRONT + body).articles[0].iter_paragraphs()]


def test_the_lead_in_and_the_first_item_are_two_paragraphs():
    texts = paragraphs("奋进新征程，成就鼓舞人心。\n\n" + LIST + CLOSING)
    assert texts[1] == "近来，有关“成就”的消息一条接着一条——"
    assert texts[2] == "某省新建城乡公路超过一千公里，织密了通村入户的交通网；"


def test_a_lead_in_right_under_the_byline_opens_the_body_alone():
    """Not a 提要 (it leads into the text) and not glued to what it introduces."""
    article = build_page(FRONT + LIST + CLOSING).articles[0]
    first = next(text for _, _, text in article.iter_paragraphs())
    assert first == "近来，有关“成就”的消息一条接着一条——" and not article.core_points

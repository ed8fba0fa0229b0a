"""A page of several signed pieces kept as one article (大家谈): each piece knows its writer and the bio
printed at its end, and the JSON carries them as additive keys (DESIGN.md's contract)."""
from content.model import Article, Section
from content.page_parser import parse_page

# Made-up lines in the shape of a 大家谈 page: an editor's intro, then pieces under their own headings,
# each with its writer's name under the heading and a bio at its end.
NAMED_PIECES = """# 携手共建学习型社会
> 系列：大家谈·终身学习⑵

建设学习型社会，需要各方同向发力。本期大家谈围绕终身学习展开讨论。

办好社区学堂

张明远

社区学堂是居民身边的课堂。近年来，各地社区开设各类课程，方便居民就近学习。

社区学堂要贴近群众需求，让居民学有所得。

（作者为某市社区大学校长）

用好数字资源

李  华

数字资源让学习更加便捷。各类平台汇聚优质课程，为群众提供了丰富选择。

推动数字资源共享，才能让更多人受益。

（作者为某省开放大学教授）
"""

# Two writers of one article: one bio for both, so no piece is given to one of them.
CO_WRITTEN = """## 携手共建学习型社会

□张明远 李华

## 办好社区学堂

社区学堂是居民身边的课堂。近年来，各地社区开设各类课程，方便居民就近学习。

## 用好数字资源

数字资源让学习更加便捷。各类平台汇聚优质课程，为群众提供了丰富选择。

（作者分别为某市社区大学校长、某省开放大学教授）
"""


def signed(text: str) -> list[tuple]:
    article = parse_page(text).articles[0]
    return [(s.heading, s.author, s.author_bio) for s in article.sections if s.heading]


def test_a_name_under_a_pieces_heading_is_that_pieces_writer():
    assert [(h, a) for h, a, _ in signed(NAMED_PIECES)] == [("办好社区学堂", "张明远"), ("用好数字资源", "李华")]


def test_the_bio_at_a_pieces_end_goes_with_that_piece():
    assert [b for _, _, b in signed(NAMED_PIECES)] == ["（作者为某市社区大学校长）", "（作者为某省开放大学教授）"]


def test_the_article_keeps_all_writers_and_bios_as_before():
    article = parse_page(NAMED_PIECES).articles[0]
    assert article.authors == ["张明远", "李华"]
    assert article.author_bio == "（作者为某市社区大学校长） （作者为某省开放大学教授）"


def test_a_co_written_article_gives_no_piece_to_one_writer():
    assert [a for _, a, _ in signed(CO_WRITTEN)] == ["", ""]


def test_a_single_writers_article_has_no_section_writers():
    text = "## 标题\n\n□张三\n\n## 第一部分\n\n正文第一段。\n\n## 第二部分\n\n正文第二段。\n\n（作者系某大学教授）"
    assert [a for _, a, _ in signed(text)] == ["", ""]


def test_section_writers_survive_the_json_round_trip():
    article = parse_page(NAMED_PIECES).articles[0]
    again = Article.from_json(article.to_json())
    assert [(s.author, s.author_bio) for s in again.sections] == [(s.author, s.author_bio) for s in article.sections]


def test_json_of_an_unsigned_section_has_only_the_old_keys():
    section = Section("小标题", ["正文。"])
    assert section.to_json() == Article("题", sections=[section]).to_json()["sections"][0] == {
        "heading": "小标题", "paragraphs": ["正文。"]}


def test_json_written_before_section_writers_reads_as_unsigned():
    old = {"title": "题", "sections": [{"heading": "小标题", "paragraphs": ["正文。"]}]}
    section = Article.from_json(old).sections[0]
    assert (section.heading, section.paragraphs, section.author, section.author_bio) == ("小标题", ["正文。"], "", "")


def test_section_writers_are_kept_by_the_library():
    from content.library import Library
    library = Library(":memory:", clock=lambda: 1_700_000_000.0)
    page = parse_page(NAMED_PIECES, "大家谈.txt")
    article_id = library.import_page(page, "大家谈.txt", "hash").article_ids[0]
    stored = library.get_article(article_id)
    assert [s.author for s in stored.sections if s.heading] == ["张明远", "李华"]
    assert stored.sections[1].author_bio.startswith("（作者为")

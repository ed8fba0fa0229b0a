"""Import of newspaper-site markdown (review round 21, pattern 4): 提要 lines, source notes,
multi-author pages. All text here is made up in the shape of such pages."""
from content.article_draft import Block
from content import layout_repair
from content.page_parser import build_page

FRONT = '---\ntitle: "{title}"\nauthor: "{author}"\n---\n\n'


def _page(body: str, title: str = "做好基层治理这篇文章", author: str = "张  三"):
    return build_page(FRONT.format(title=title, author=author) + body)


def _paragraphs(article):
    return [text for _, _, text in article.iter_paragraphs()]


# --- 1. a 提要 line is never glued to the next paragraph ---------------------------------

STANDFIRST_PAGE = (
    "# 做好基层治理这篇文章\n\n> 张  三《人民日报》（2025年01月01日第 05 版）\n\n"
    "基层治理是国家治理的基石。关键在于把群众的事办好办实\n\n"
    "近日，某社区推出“楼栋议事会”，居民反映的问题当天有回音。\n\n"
    "做好基层治理，要坚持以人民为中心。\n"
)


def test_standfirst_line_is_not_glued_to_first_paragraph():
    article = _page(STANDFIRST_PAGE).articles[0]
    assert _paragraphs(article)[0].startswith("近日，某社区")


def test_standfirst_line_under_title_becomes_core_point():
    article = _page(STANDFIRST_PAGE).articles[0]
    assert article.core_points == ["基层治理是国家治理的基石。关键在于把群众的事办好办实"]


def test_short_standfirst_line_is_core_point_not_heading():
    body = STANDFIRST_PAGE.replace("基层治理是国家治理的基石。关键在于把群众的事办好办实", "基层治理是国家治理的基石")
    article = _page(body).articles[0]
    assert article.core_points == ["基层治理是国家治理的基石"] and article.sections[0].heading is None


def test_unpunctuated_line_in_the_body_stays_its_own_paragraph():
    body = STANDFIRST_PAGE + "\n治理要见实效。办好群众身边的小事是检验治理成效的试金石\n\n今后，还要久久为功。\n"
    paragraphs = _paragraphs(_page(body).articles[0])
    assert "治理要见实效。办好群众身边的小事是检验治理成效的试金石" in paragraphs


def test_dash_lead_line_still_runs_into_its_paragraph():
    body = STANDFIRST_PAGE + "\n一组数字，说明了治理的成效——\n\n今年以来，全市共办结群众诉求一万余件。\n"
    paragraphs = _paragraphs(_page(body).articles[0])
    assert "一组数字，说明了治理的成效——今年以来，全市共办结群众诉求一万余件。" in paragraphs


def test_cut_paragraph_of_a_page_without_front_matter_is_still_joined():
    text = ("## 标题一\n\n□张三\n\n引言一段。\n\n## 小标题\n\n以科技振兴农业。聚焦耕地保护、绿色种养、农畜产品精深加工等关\n\n"
            "键环节，强化科技攻关。\n")
    paragraphs = _paragraphs(build_page(text).articles[0])
    assert "以科技振兴农业。聚焦耕地保护、绿色种养、农畜产品精深加工等关键环节，强化科技攻关。" in paragraphs


def test_whole_block_is_not_joined_to_next_block():
    blocks = [layout_repair.WholeBlock("一句没有句号的提要"), Block("正文第一段。")]
    assert [b.text for b in layout_repair.join_cut_paragraphs(blocks)] == ["一句没有句号的提要", "正文第一段。"]


def test_whole_block_still_takes_text_that_cannot_open_a_paragraph():
    blocks = [layout_repair.WholeBlock("一句没有句号的话"), Block("，接着说完。")]
    assert [b.text for b in layout_repair.join_cut_paragraphs(blocks)] == ["一句没有句号的话，接着说完。"]


# --- 2. source notes --------------------------------------------------------------------

NOTE_PAGE = ("# 做好基层治理这篇文章\n\n> 张  三《人民日报》（2025年01月01日第 05 版）\n\n"
             "做好基层治理，要坚持以人民为中心。\n\n{note}\n")


def test_excerpt_note_goes_to_bio_not_text():
    article = _page(NOTE_PAGE.format(note="（摘编自《某某日报》，原题为《把小事办好》）")).articles[0]
    assert article.author_bio == "（摘编自《某某日报》，原题为《把小事办好》）"
    assert _paragraphs(article) == ["做好基层治理，要坚持以人民为中心。"]


def test_source_note_without_book_title_marks_is_no_paragraph():
    article = _page(NOTE_PAGE.format(note="（来源：某某网）")).articles[0]
    assert _paragraphs(article) == ["做好基层治理，要坚持以人民为中心。"]


def test_line_naming_the_original_title_is_no_paragraph():
    article = _page(NOTE_PAGE.format(note="本文原题为《把群众的小事办好》，有删节。")).articles[0]
    assert _paragraphs(article) == ["做好基层治理，要坚持以人民为中心。"]


def test_source_note_before_the_bio_keeps_the_bio():
    note = "（来源：某某网）\n\n（作者为某大学教授）"
    article = _page(NOTE_PAGE.format(note=note)).articles[0]
    assert article.author_bio == "（作者为某大学教授） （来源：某某网）"


# --- 3. a multi-author page (大家谈) ------------------------------------------------------

PANEL_PAGE = (
    "# 同向发力 共促发展\n\n> 《人民日报》（2025年01月01日第 05 版）\n\n"
    "本期邀请几位作者谈谈协同发展。\n\n——编  者\n\n"
    "家校携手育新人\n\n赵  一\n\n家庭和学校要同向发力。\n\n（作者为某学院院长）\n\n"
    "校企合作促创新\n\n钱二二\n\n产学研要深度融合。\n\n（作者为某实验室主任）\n\n"
    "社会协同聚合力\n\n孙三三\n\n社会各方要形成合力。\n\n（作者为某研究会会长）\n"
)


def _panel():
    return _page(PANEL_PAGE, title="同向发力 共促发展", author="")


def test_multi_author_page_stays_one_article():
    assert len(_panel().articles) == 1


def test_names_under_piece_titles_are_authors():
    assert _panel().articles[0].authors == ["赵一", "钱二二", "孙三三"]


def test_piece_titles_are_section_headings_and_names_are_not():
    headings = [s.heading for s in _panel().articles[0].sections]
    assert headings == [None, "家校携手育新人", "校企合作促创新", "社会协同聚合力"]


def test_each_pieces_bio_is_kept():
    bio = _panel().articles[0].author_bio
    assert all(part in bio for part in ("某学院院长", "某实验室主任", "某研究会会长"))


def test_editors_signature_is_no_heading():
    headings = [s.heading for s in _panel().articles[0].sections]
    assert not any(h and "编" in h for h in headings)


def test_single_name_under_a_title_is_the_author():
    article = build_page("# 把小事办好\n\n李四\n\n群众的小事就是大事。\n").articles[0]
    assert article.authors == ["李四"] and [s.heading for s in article.sections] == [None]


def test_short_line_after_a_core_point_is_no_author():
    text = "## 标题\n\n□张三\n\n核心提示\n\n坚持以人民为中心的发展思想\n\n守正创新\n\n正文第一段。"
    article = build_page(text).articles[0]
    assert article.core_points == ["坚持以人民为中心的发展思想", "守正创新"] and article.authors == ["张三"]


def test_series_line_under_the_title_is_the_column_not_a_heading():
    page = _page(PANEL_PAGE.replace("# 同向发力 共促发展\n", "# 同向发力 共促发展\n> 系列：大家谈·协同发展③\n"),
                 title="同向发力 共促发展", author="")
    article = page.articles[0]
    assert article.column == "大家谈·协同发展③" and article.sections[0].heading is None

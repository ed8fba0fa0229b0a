"""Import of a newspaper 政策解读 piece (review round 22, pattern 7): chart credits, question-and-answer
bold heads, reporters' credits. All text here is made up in the shape of such pages."""
from content.line_classes import LineKind, classify_line
from content.page_parser import build_page

FRONT = '---\ntitle: "{title}"\nauthor: ""\n---\n\n'
TITLE = "多项新举措助力社区养老提速"
HEAD = f"# {TITLE}\n\n> 《人民日报》（2025年03月01日第 02 版）\n\n"
LEAD = "社区养老，关乎千家万户。近日，有关部门印发若干措施，为社区养老服务提速。\n\n"
BODY = "措施明确，推动养老服务向社区延伸，让老人在家门口享受服务。\n\n"


def _page(body: str):
    return build_page(FRONT.format(title=TITLE) + HEAD + body)


def _paragraphs(article):
    return [text for _, _, text in article.iter_paragraphs()]


# --- 1. a caption credit is neither a core point nor a paragraph ---------------------------------

def test_data_source_line_under_title_is_not_a_core_point():
    article = _page("数据来源：某某管理局\n\n制图：王小明\n\n" + LEAD + BODY).articles[0]
    assert article.core_points == []


def test_data_source_line_in_the_text_is_neither_paragraph_nor_heading():
    article = _page(LEAD + "数据来源：某某管理局\n\n" + BODY).articles[0]
    assert "数据来源" not in article.full_text()


def test_bracketed_chart_credit_is_not_a_paragraph():
    article = _page(LEAD + BODY + "（图表来源：某某统计局）\n").articles[0]
    assert not any("图表来源" in text for text in _paragraphs(article))


def test_picture_source_line_is_dropped_as_credit():
    assert classify_line("图片来源：某某网").kind == LineKind.NOISE


# --- 2. a bold question right above a bold line is the first half of one heading ------------------

QA_PAGE = (LEAD + "**如何让老人住得近？**\n\n**推动服务设施进社区，鼓励就近建设嵌入式养老机构**\n\n" + BODY
           + "**如何让老人付得起？**\n\n**提高多元支付能力，鼓励商业保险将护理服务纳入保障**\n\n"
           + "措施提出，探索长期护理保险与商业保险衔接。\n")


def test_bold_question_and_answer_head_are_one_heading():
    article = _page(QA_PAGE).articles[0]
    assert [s.heading for s in article.sections][1] == "如何让老人住得近？推动服务设施进社区，鼓励就近建设嵌入式养老机构"


def test_bold_question_of_a_head_is_not_left_as_text_of_the_section_before():
    article = _page(QA_PAGE).articles[0]
    assert article.sections[1].paragraphs[-1] == BODY.strip()


def test_bold_question_with_text_under_it_stays_text():
    article = _page(LEAD + "**如何让老人住得近？**\n\n" + BODY).articles[0]
    assert "如何让老人住得近？" in _paragraphs(article)


# --- 3. a reporters' credit goes with the byline, not the text -----------------------------------

CREDIT = "（综合本报记者李小华和新华社记者赵大成、钱一鸣报道）"


def test_combined_reporters_credit_is_not_a_paragraph():
    article = _page(LEAD + BODY + CREDIT + "\n").articles[0]
    assert _paragraphs(article)[-1] == BODY.strip()


def test_combined_reporters_credit_is_kept_in_the_bio():
    article = _page(LEAD + BODY + CREDIT + "\n").articles[0]
    assert article.author_bio == CREDIT


def test_reporters_credit_signs_an_unsigned_piece():
    article = _page(LEAD + BODY + "（本报记者周明、吴一帆）\n").articles[0]
    assert article.authors == ["周明", "吴一帆"]


def test_reporters_credit_does_not_replace_a_byline():
    page = build_page("# 题目一则\n\n□王五\n\n" + LEAD + BODY + "（记者 郑小红）\n")
    assert page.articles[0].authors == ["王五"]


def test_reporter_glued_to_label_alone_on_a_line_is_a_byline():
    line = classify_line("本报记者陈小兰")
    assert (line.kind, line.text) == (LineKind.BYLINE, "陈小兰")


def test_newsroom_names_are_not_reporters():
    page = build_page("# 题目一则\n\n" + LEAD + BODY + "（综合新华社、本报记者报道）\n")
    assert page.articles[0].authors == []


# --- 4. the column tag closing a title goes to the column ----------------------------------------

def test_column_tag_in_title_moves_to_empty_column():
    page = build_page("# 让便民服务更贴心（人民时评）\n\n□王五\n\n" + LEAD + BODY)
    assert (page.articles[0].title, page.articles[0].column) == ("让便民服务更贴心", "人民时评")


def test_a_commentators_dialogue_tag_is_a_column_too():
    page = build_page("# 念好创新“融”字诀（连线评论员）\n\n" + LEAD + BODY)
    assert (page.articles[0].title, page.articles[0].column) == ("念好创新“融”字诀", "连线评论员")


def test_column_tag_goes_above_a_subtitle():
    page = build_page("# 让便民服务更贴心（评论员观察）\n\n## ——写好民生答卷①\n\n□王五\n\n" + LEAD + BODY)
    assert page.articles[0].column == "评论员观察 ——写好民生答卷①"


def test_column_tag_stays_in_title_under_a_kicker():
    page = build_page("### 社区养老怎么办\n\n# 让便民服务更贴心（政策解读）\n\n" + LEAD + BODY)
    assert page.articles[0].title == "让便民服务更贴心（政策解读）"


def test_trial_marker_in_title_is_no_column():
    page = build_page("# 社区养老服务规范（试行）\n\n" + LEAD + BODY)
    assert (page.articles[0].title, page.articles[0].column) == ("社区养老服务规范（试行）", "")


def test_an_editorial_tag_leaves_the_title_for_the_column():
    # review round 25: 夯实…，加快…现代化（社论） kept its tag in the title
    page = build_page("# 夯实根基，加快乡村全面振兴（社论）\n\n" + LEAD + BODY)
    assert (page.articles[0].title, page.articles[0].column) == ("夯实根基，加快乡村全面振兴", "社论")

import re

import pytest

from content.cjk_text import is_terminated
from content.page_parser import EMPTY_PAGE, parse_page


@pytest.fixture
def sample(sample_page_path):
    return parse_page(sample_page_path.read_text(encoding="utf-8"), "sample_page.txt")


def _only(text, source=""):
    page = parse_page(text, source)
    assert len(page.articles) == 1, [a.title for a in page.articles]
    return page.articles[0]


def _headings(article):
    return [s.heading for s in article.sections if s.heading]


def _paragraphs(article):
    return [t for _, _, t in article.iter_paragraphs()]


# --- the sample page ------------------------------------------------------

def test_sample_has_three_articles_in_page_order(sample):
    assert [a.title for a in sample.articles] == [
        "深入践行正确政绩观 勇担科技强区时代使命",
        "以正确政绩观筑牢生态安全屏障",
        "织密“六张网” 打造智能经济新形态",
    ]


def test_sample_authors(sample):
    assert [a.authors for a in sample.articles] == [["李中楷"], ["潘欣欣"], ["郭俊兰", "杨亮"]]


def test_sample_column_on_every_article(sample):
    assert {a.column for a in sample.articles} == {"理政践悟"}


def test_sample_core_points(sample):
    assert [len(a.core_points) for a in sample.articles] == [3, 0, 3]
    assert not any(p.startswith("-") for a in sample.articles for p in a.core_points)


def test_sample_bios(sample):
    bios = [a.author_bio for a in sample.articles]
    assert bios[0] == "（作者系内蒙古科协党组书记、副主席）"
    assert bios[1].startswith("（作者系法学博士")
    assert bios[2].startswith("（作者分别系")


def test_sample_orphan_block_moved_back_into_third_article(sample):
    third = sample.articles[2]
    assert third.sections[0].heading is None
    assert third.sections[0].paragraphs[0].startswith("当前，全球正经历")
    assert third.sections[1].heading == "立足资源禀赋，抢抓“六张网”建设机遇"


def test_sample_orphan_tail_joined_with_cut_paragraph(sample):
    paragraphs = _paragraphs(sample.articles[2])
    joined = [p for p in paragraphs if "正在全力打造全国绿色算力高地" in p]
    assert len(joined) == 1 and joined[0].startswith("在算力网建设方面")


def test_sample_mid_word_cut_joined(sample):
    paragraphs = _paragraphs(sample.articles[0])
    assert any("农畜产品精深加工等关键环节，强化科技攻关" in p for p in paragraphs)
    assert not any(p.startswith("键环节") for p in paragraphs)


def test_sample_no_paragraph_ends_mid_sentence(sample):
    cut = [p for a in sample.articles for p in _paragraphs(a) if not is_terminated(p)]
    assert cut == []


def test_sample_nothing_after_bio_left_over(sample):
    # the third article's bio is followed by its own orphan block; no stray article appears
    assert len(sample.articles) == 3


def test_sample_missing_opening_warned_on_first_article_only(sample):
    warned = [bool(a.warnings) for a in sample.articles]
    assert warned == [True, False, False]
    assert "开头" in sample.articles[0].warnings[0]


def test_sample_keeps_text_of_article_missing_its_opening(sample):
    assert _paragraphs(sample.articles[0])[0].startswith("发展新能源、新材料")


def test_sample_section_headings_in_order(sample):
    assert _headings(sample.articles[2]) == [
        "立足资源禀赋，抢抓“六张网”建设机遇", "一体化统筹推进，夯实数智发展底座",
        "创新体制机制，构筑协同创新生态", "聚焦场景落地，积蓄高质量发展动能"]


def test_sample_every_body_line_kept(sample, sample_page_path):
    text = "".join(p for a in sample.articles for p in _paragraphs(a))
    for line in sample_page_path.read_text(encoding="utf-8").split("\n"):
        line = line.strip()
        if len(line) > 40 and not line.startswith(("- ", "## ")):
            assert line in text, line[:20]


# --- front matter and Markdown --------------------------------------------

FRONT = '---\ntitle: "前置标题"\nauthor: "张  辉"\ndate: 2025-03-14\nkeywords: [甲, 乙]\n---\n\n正文第一段。\n'


def test_front_matter_title_and_author():
    art = _only(FRONT)
    assert (art.title, art.authors) == ("前置标题", ["张辉"])


def test_front_matter_other_fields_dropped():
    assert _paragraphs(_only(FRONT)) == ["正文第一段。"]


def test_markdown_heading_link_keeps_text():
    art = _only("# [链接标题](https://example.com/a)\n\n正文。")
    assert art.title == "链接标题"


def test_broken_image_links_dropped():
    art = _only("# 标题\n\n![](图像/x.jpeg)\n\n正文。\n\n![](y.jpeg)")
    assert _paragraphs(art) == ["正文。"]


def test_bold_line_is_section_heading():
    art = _only("# 标题\n\n导语。\n\n**坚持党的领导**\n正文一。")
    assert _headings(art) == ["坚持党的领导"]


def test_bold_glued_to_following_text_split_into_heading():
    art = _only("# 标题\n\n导语。\n\n**以开放促合作**习近平总书记深刻指出，要开放。")
    assert _headings(art) == ["以开放促合作"]
    assert _paragraphs(art)[-1] == "习近平总书记深刻指出，要开放。"


def test_bold_sentence_inside_paragraph_stays_text():
    art = _only("# 标题\n\n**坚持立党为公。**政绩观是集中体现。")
    assert _paragraphs(art) == ["坚持立党为公。政绩观是集中体现。"]


def test_bold_full_sentence_line_is_emphasis_not_heading():
    art = _only("# 标题\n\n**必须坚持人民至上。**\n\n正文。")
    assert _headings(art) == [] and _paragraphs(art) == ["必须坚持人民至上。", "正文。"]


def test_bullets_outside_core_points_are_paragraphs():
    art = _only("# 标题\n\n- 第一条。\n- 第二条。")
    assert _paragraphs(art) == ["第一条。", "第二条。"] and art.core_points == []


def test_editor_credits_dropped():
    art = _only("# 标题\n\n正文。\n\n责任编辑：王五\n\n文字编辑：赵六\n\n校对：钱七")
    assert _paragraphs(art) == ["正文。"]


# --- run-on text ----------------------------------------------------------

def test_ideographic_space_pairs_separate_paragraphs():
    art = _only("同志们：\u3000\u3000第一段。\u3000\u3000第二段。")
    assert _paragraphs(art) == ["同志们：", "第一段。", "第二段。"]


def test_huge_single_line_split_at_enumeration_markers():
    text = "今天讲几点。" * 300 + "第一，坚持人民立场。" + "这是根本。" * 10 + "第二，坚持新发展理念。"
    paragraphs = _paragraphs(_only(text))
    assert any(p.startswith("第一，") for p in paragraphs)
    assert any(p.startswith("第二，") for p in paragraphs)
    assert "".join(paragraphs) == text


def test_huge_single_line_paragraphs_end_at_sentence_ends():
    text = "这是一个很长的句子，用来测试分段。" * 200
    paragraphs = _paragraphs(_only(text))
    assert len(paragraphs) > 5 and all(p.endswith("。") for p in paragraphs)


def test_photo_caption_spliced_mid_text_dropped():
    body = "前文说明了道理。" * 200
    caption = "2020年7月31日上午，某仪式在北京举行。领导出席仪式。 新华社记者 张三/摄"
    text = body + caption + "我们党历来重视学习。" + "后文继续。" * 50
    joined = "".join(_paragraphs(_only(text)))
    assert "摄" not in joined and "仪式" not in joined
    assert "前文说明了道理。我们党历来重视学习。" in joined


def test_title_before_reference_mark():
    art = _only("不断开拓新境界※今天，中央政治局进行集体学习。" + "学习很重要。" * 10)
    assert art.title == "不断开拓新境界"


# --- headings, bylines, bios, column --------------------------------------

def test_unmarked_short_line_before_body_is_heading():
    art = _only("# 标题\n\n导语一句。导语二句。\n\n中华优秀传统文化的时代价值\n\n正文第一段。")
    assert _headings(art) == ["中华优秀传统文化的时代价值"]


LONG_HEADING = "着力增强新时代中国特色社会主义文化的思想引领力、精神凝聚力、价值感召力、国际影响力"  # 41 characters
WHOLE = "习近平总书记强调，要坚定文化自信，秉持开放包容，坚持守正创新，推动中华优秀传统文化创造性转化、创新性发展，不断增强中华文明传播力影响力。"
WHOLE += WHOLE  # a whole paragraph on its line: over 80 characters


SHORT_HEADING = "中华优秀传统文化的时代价值"


def test_a_longer_heading_between_whole_paragraphs_is_a_heading_not_glued_to_the_next():
    art = _only(f"标题\n{WHOLE}\n{SHORT_HEADING}\n{WHOLE}\n{LONG_HEADING}\n{WHOLE}\n")
    assert _headings(art) == [SHORT_HEADING, LONG_HEADING]
    assert not any(p.startswith(LONG_HEADING) for p in _paragraphs(art))


CAPTION = "2023年9月20日，习近平总书记在浙江省金华市义乌市考察调研时同当地群众亲切交流（新华社记者 谢环驰 摄）"


@pytest.mark.parametrize("lines, line", [
    ([WHOLE[:100], LONG_HEADING, WHOLE], LONG_HEADING),  # continues a cut paragraph
    ([WHOLE, LONG_HEADING, WHOLE[:30] + "。"], LONG_HEADING),  # before a short line: a page wrapped at a width
    ([WHOLE, "——" + LONG_HEADING, WHOLE], "——" + LONG_HEADING),  # a subtitle
    ([WHOLE, "――" + LONG_HEADING, WHOLE], "――" + LONG_HEADING),  # a subtitle with another dash
    ([WHOLE, CAPTION, WHOLE], CAPTION),  # a photo's caption
    ([WHOLE, "“" + LONG_HEADING + "”", WHOLE], "“" + LONG_HEADING + "”"),  # a quotation on its own line
    ([WHOLE, "本文系国家社会科学基金重大项目“新时代中国特色社会主义文化建设研究”的阶段性研究成果之一", WHOLE],
     "本文系国家社会科学基金重大项目“新时代中国特色社会主义文化建设研究”的阶段性研究成果之一"),
], ids=["cut", "wrapped", "subtitle", "other dash", "caption", "quotation", "a note on the text"])
def test_a_longer_line_elsewhere_is_no_heading(lines, line):
    art = _only(f"标题\n{WHOLE}\n{SHORT_HEADING}\n" + "\n".join(lines) + "\n")
    assert line not in _headings(art)


def test_a_longer_line_is_no_heading_on_a_page_without_headings():
    art = _only(f"标题\n{WHOLE}\n{LONG_HEADING}\n{WHOLE}\n")
    assert _headings(art) == []


def test_short_line_ending_with_particle_is_not_heading():
    art = _only("# 标题\n\n本作品是中华人民共和国的\n\n法律\n\n、\n\n法规\n\n，属于公有领域。")
    assert _headings(art) == []
    assert _paragraphs(art) == ["本作品是中华人民共和国的法律、法规，属于公有领域。"]


def test_byline_box_with_two_names():
    art = _only("## 标题\n\n□郭俊兰 杨亮\n\n正文。")
    assert art.authors == ["郭俊兰", "杨亮"]


def test_byline_label_with_bio_in_brackets():
    art = _only("# 标题\n\n正文。\n\n作者：田向利（全国政协委员，四川省政协主席）")
    assert (art.authors, art.author_bio) == (["田向利"], "（全国政协委员，四川省政协主席）")


def test_reporter_byline():
    art = _only("## 标题\n\n本报记者 王明\n\n正文。")
    assert art.authors == ["王明"]


def test_padded_two_character_name():
    art = _only("## 标题\n\n□张  辉\n\n正文。")
    assert art.authors == ["张辉"]


def test_a_padded_name_after_a_three_character_name_is_a_second_writer():
    art = _only("## 标题\n\n□吴雨娜  王  玮\n\n正文。")
    assert art.authors == ["吴雨娜", "王玮"]


@pytest.mark.parametrize("bio", ["（作者系某大学教授）", "（作者为某研究院研究员）", "（作者分别系甲单位、乙单位干部）"])
def test_author_bio_forms(bio):
    art = _only(f"## 标题\n\n□张三\n\n正文。\n\n{bio}")
    assert art.author_bio == bio and "正文。" in _paragraphs(art)


def test_column_line_at_top():
    page = parse_page("理论周刊\n\n## 题一\n\n□甲乙\n\n正文。\n\n## 题二\n\n□丙丁\n\n正文。")
    assert [a.column for a in page.articles] == ["理论周刊", "理论周刊"]


def test_no_column_without_a_titled_article_below():
    art = _only("理论周刊\n\n正文第一段。")
    assert art.column == ""


def test_core_points_without_bullet_marks():
    art = _only("## 标题\n\n□张三\n\n核心提示\n\n- 要点一\n- 要点二\n\n正文。")
    assert art.core_points == ["要点一", "要点二"]


def test_heading_with_byline_starts_new_article():
    page = parse_page("## 甲文\n\n□张三\n\n甲正文。\n\n## 乙文\n\n□李四\n\n乙正文。")
    assert [(a.title, _paragraphs(a)) for a in page.articles] == [("甲文", ["甲正文。"]), ("乙文", ["乙正文。"])]


def test_heading_without_byline_is_a_section():
    art = _only("## 甲文\n\n□张三\n\n甲正文。\n\n## 第一部分\n\n更多正文。")
    assert _headings(art) == ["第一部分"]


# --- unstructured and empty -----------------------------------------------

def test_plain_text_becomes_one_article_titled_by_first_short_line():
    art = _only("学习心得\n\n这是正文。第二句。")
    assert art.title == "学习心得"


def test_plain_text_titled_by_first_sentence():
    art = _only("新时代要有新气象。我们要努力奋斗。")
    assert art.title == "新时代要有新气象"


def test_long_first_sentence_title_cut_at_clause():
    art = _only("同志们：\n\n在全党开展主题教育，是党的十九大作出的重大决策，意义十分重大而深远。")
    assert art.title == "在全党开展主题教育，是党的十九大作出的重大决策"


def test_title_falls_back_to_file_stem():
    art = _only("……", source="/tmp/学习材料.txt")
    assert art.title == "学习材料"


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\x01", "----\n====", "![](a.png)"])
def test_empty_or_garbage_page_has_no_articles_and_a_warning(text):
    page = parse_page(text, "x.txt")
    assert page.articles == [] and page.warnings == [EMPTY_PAGE]


def test_source_kept_on_page():
    assert parse_page("正文。", "a.txt").source == "a.txt"


# --- the sample page in other shapes gives the same structure ----------------

SAMPLE_VARIANTS = {
    "without_blank_lines": lambda t: re.sub(r"\n\s*\n", "\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "indented_paragraphs": lambda t: re.sub(r"^(?=[^\n#\-□（])", "\u3000\u3000", t, flags=re.M),
    "without_markdown": lambda t: re.sub(r"^(## |- )", "", t, flags=re.M),
    "bold_titles": lambda t: re.sub(r"^## (.*)$", r"**\1**", t, flags=re.M),
}


@pytest.mark.parametrize("variant", SAMPLE_VARIANTS, ids=list(SAMPLE_VARIANTS))
def test_sample_variants_parse_the_same(variant, sample, sample_page_path):
    text = SAMPLE_VARIANTS[variant](sample_page_path.read_text(encoding="utf-8"))
    assert parse_page(text, "sample_page.txt").to_json() == sample.to_json()


# --- lines holding two things ------------------------------------------------

def test_bio_at_end_of_last_paragraph_split_off():
    art = _only("## 标题\n\n□张三\n\n正文。最后一句。（作者系某大学教授）")
    assert art.author_bio == "（作者系某大学教授）"
    assert _paragraphs(art) == ["正文。最后一句。"]


def test_core_mark_with_text_on_same_line():
    art = _only("## 标题\n\n□张三\n\n核心提示：坚持人民至上\n\n正文。")
    assert art.core_points == ["坚持人民至上"]


def test_unbulleted_core_points_end_at_first_full_sentence():
    art = _only("## 标题\n\n□张三\n\n核心提示\n\n要点一\n\n要点二\n\n正文第一段。")
    assert art.core_points == ["要点一", "要点二"] and _paragraphs(art) == ["正文第一段。"]


def test_unmarked_title_before_byline():
    page = parse_page("甲文题目\n□张三\n甲正文。\n乙文题目\n□李四\n乙正文。")
    assert [(a.title, a.authors) for a in page.articles] == [("甲文题目", ["张三"]), ("乙文题目", ["李四"])]


# --- hard-wrapped text (pasted out of a PDF) --------------------------------

def _wrap(text, width):
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


@pytest.mark.parametrize("width", [30, 38, 60])
def test_hard_wrapped_sample_keeps_articles_and_text(width, sample, sample_page_path):
    page = parse_page(_wrap(sample_page_path.read_text(encoding="utf-8"), width))
    assert [(a.title, a.authors, a.core_points, a.author_bio, a.warnings) for a in page.articles] == \
        [(a.title, a.authors, a.core_points, a.author_bio, a.warnings) for a in sample.articles]
    assert "".join(p for a in page.articles for p in _paragraphs(a)) == \
        "".join(p for a in sample.articles for p in _paragraphs(a))


def test_hard_wrapped_lines_joined_into_paragraphs():
    text = "\n".join(["标题"] + ["这是一段被硬换行切断的文字内容，每一行都一样长"] * 12 + ["结束。"])
    art = _only(text)
    assert art.title == "标题" and len(_paragraphs(art)) == 1


def test_paragraph_opening_with_punctuation_joined_to_previous():
    art = _only("# 标题\n\n法规明确了目标任务《条例（试行）\n\n》等法律为此提供了保障。")
    assert _paragraphs(art) == ["法规明确了目标任务《条例（试行）》等法律为此提供了保障。"]


def test_unsigned_piece_after_bio_becomes_its_own_article():
    page = parse_page("## 甲文\n\n□张三\n\n甲文导语。甲文第二句。\n\n（作者系某大学教授）\n\n"
                      "## 编后\n\n这是一篇不署名的短评。它自成一篇。")
    assert [(a.title, _paragraphs(a)) for a in page.articles] == [
        ("甲文", ["甲文导语。甲文第二句。"]), ("编后", ["这是一篇不署名的短评。它自成一篇。"])]


def test_block_after_bio_that_runs_into_the_body_stays_with_its_article():
    page = parse_page("## 甲文\n\n□张三\n\n，接着把话说完。\n\n（作者系某大学教授）\n\n## 小节\n\n这一段的话没有说完")
    assert len(page.articles) == 1
    assert _paragraphs(page.articles[0]) == ["这一段的话没有说完，接着把话说完。"]


@pytest.mark.parametrize("marked", [True, False], ids=["markdown", "plain"])
def test_cut_fragment_before_next_article_title_is_not_a_heading(marked, sample, sample_page_path):
    text = sample_page_path.read_text(encoding="utf-8") + "\n\n## 新的文章标题\n\n□王五\n\n新文章正文。"
    if not marked:
        text = re.sub(r"^(## |- )", "", text, flags=re.M)
    page = parse_page(text, "sample_page.txt")
    assert [a.title for a in page.articles][3:] == ["新的文章标题"]
    assert page.articles[2].to_json() == sample.articles[2].to_json()


def test_web_page_chrome_dropped():
    art = _only("# 标题\n\n来源：人民日报\n\n发布时间：2025-03-14 09:00\n\n2025-03-14\n\n正文。")
    assert _paragraphs(art) == ["正文。"]


def test_files_joined_together_give_each_article_its_own_fields():
    """ux report 5: a joined file showed its second front matter as text (title: "…", section: "第09版")."""
    text = ('---\ntitle: "第一篇的题目"\nauthor: "张三"\n---\n' + "第一篇的正文，讲新质生产力。" * 5 +
            '\n---\ntitle: "第二篇的题目"\nsection: "第09版"\nauthor: "李四"\n---\n' + "第二篇的正文，讲文化自信。" * 5)
    page = parse_page(text, "joined.txt")
    assert [(a.title, a.authors) for a in page.articles] == [("第一篇的题目", ["张三"]), ("第二篇的题目", ["李四"])]
    assert not any("section" in a.full_text() or "title" in a.full_text() for a in page.articles)


def test_the_same_article_repeated_in_one_file_is_kept_once_with_a_note():
    one = '---\ntitle: "题目"\n---\n' + "正文一句，讲正确政绩观。" * 5 + "\n"
    page = parse_page(one * 4, "repeated.txt")
    assert len(page.articles) == 1 and any("3 篇" in w for w in page.articles[0].warnings)


def test_a_rule_drawn_in_the_text_is_no_front_matter():
    text = "## 标题\n\n正文第一段。\n\n---\n\n正文第二段，讲的是“六张网”。\n"
    page = parse_page(text, "rule.txt")
    assert len(page.articles) == 1 and "六张网" in page.articles[0].full_text()


def test_a_text_pasted_many_times_over_keeps_each_section_once_with_a_note():
    """ux report 5: 09's text ×100 became one article of 100 identical sections, without a word."""
    once = "# 以改革举措加强国家战略腹地建设\n\n" + "加强国家战略腹地建设，是一项重大部署。" * 4 + "\n\n"
    page = parse_page(once * 5, "pasted.txt")
    art = page.articles[0]
    assert art.paragraph_count() == 1 and any("4 节" in w for w in art.warnings)


def test_a_later_front_matter_with_indented_rules_is_read_and_ends():
    """review: a second header closed by “ ---” (a space before the rule) made the import loop forever."""
    text = ('---\ntitle: "第一篇"\n---\n' + "第一篇的正文。" * 5 +
            '\n ---\ntitle: "第二篇"\nauthor: "李四"\n ---\n' + "第二篇的正文。" * 5)
    page = parse_page(text, "indented.md")
    assert [(a.title, a.authors) for a in page.articles] == [("第一篇", []), ("第二篇", ["李四"])]

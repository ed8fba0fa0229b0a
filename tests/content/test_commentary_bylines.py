"""A newspaper commentary's byline stands under its title whatever follows it: its 提要 lines (评论员观察), its
subtitle (——…①) or a column's note (开栏的话); and a desk signs as a byline (本报评论部). Made-up pieces in the
shape of People's Daily's commentaries, where the name had been read as the first heading."""
from content.page_parser import parse_page

BODY = "前不久，有关部门介绍的一组数据耐人寻味：近10年来，全国用水总量总体稳定。这背后是发展方式的深刻变化。\n\n" \
       "节水优先，是新时代治水思路的首要一条。各地因地制宜，推动用水方式由粗放向节约集约转变。"


def only_article(text):
    articles = parse_page(text, "x").articles
    assert len(articles) == 1
    return articles[0]


def test_a_writers_name_above_standfirst_lines_is_the_byline():
    art = only_article("用水总量近十年“零增长”的启示（评论员观察）\n\n邹  翔\n\n"
                       "“零增长”，意味着投入产出效率更高、节水能力更强。其中，发展理念更新、用水制度革新是关键\n\n" + BODY)
    assert art.authors == ["邹翔"]
    assert all(s.heading != "邹  翔" for s in art.sections)


def test_a_writers_name_above_a_subtitle_is_the_byline():
    art = only_article("要素活跃，创新发展势头劲（评论员观察）\n\n李  拯\n\n——市场新趋势  经济大机遇①\n\n" + BODY)
    assert art.authors == ["李拯"]


def test_a_writers_name_above_a_columns_note_is_the_byline():
    art = only_article("深刻认识法治思想在实践中的创新发展\n\n张文显\n\n开栏的话\n\n" + BODY)
    assert art.authors == ["张文显"]


def test_a_desk_signs_as_a_byline():
    art = only_article("开放合作 互利共赢 和合共生（人民观点）\n\n本报评论部\n\n" + BODY)
    assert art.authors == ["本报评论部"]
    assert all(s.heading != "本报评论部" for s in art.sections)


def test_a_short_heading_above_a_short_line_stays_a_heading():
    art = only_article("推动高质量发展\n\n" + BODY + "\n\n坚持创新\n\n创新是第一动力。\n\n" + BODY)
    assert "坚持创新" in [s.heading for s in art.sections]


def test_a_series_subtitle_under_the_byline_goes_under_the_title():
    art = only_article("要素活跃，创新发展势头劲（评论员观察）\n\n李  拯\n\n——市场新趋势  经济大机遇①\n\n" + BODY)
    assert "——市场新趋势  经济大机遇①" in art.column
    assert all(s.heading is None or not s.heading.startswith("——") for s in art.sections)


def test_a_series_subtitle_is_read_for_key_terms(tmp_path):
    from content.analysis import Analyzer
    art = only_article("稳就业，抓好存量、增量、质量（评论员观察）\n\n陈  凌\n\n"
                       "——以高质量发展的确定性应对外部环境急剧变化的不确定性①\n\n" + BODY)
    terms = [t.term for t in Analyzer(tmp_path).key_terms(art)]
    assert "以高质量发展的确定性应对外部环境急剧变化的不确定性" in terms


def test_a_heading_of_a_part_under_the_title_is_no_byline():
    for part in ("缘起", "总论", "新时代", "第一部分"):
        art = only_article(f"新时代党的建设伟大工程\n\n{part}\n\n——写在中国共产党成立105周年之际\n\n" + BODY)
        assert part not in art.authors


def test_points_set_out_with_dashes_under_the_byline_stay_headings():
    art = only_article("坚持和加强党的全面领导\n\n王  静\n\n——坚持党的全面领导\n\n" + BODY + "\n\n——坚持以人民为中心\n\n" + BODY)
    assert "——" not in art.column


def test_an_interviews_subtitle_above_the_reporter_starts_no_second_article():
    articles = parse_page("以新质生产力赋能高质量发展\n\n——访中国社会科学院经济研究所研究员张明\n\n本报记者  李  丽\n\n"
                          + BODY + "\n\n第二篇文章的标题\n\n本报记者  王  强\n\n这是第二篇文章的正文。各地积极推进改革。", "x").articles
    assert [a.title for a in articles] == ["以新质生产力赋能高质量发展", "第二篇文章的标题"]
    assert articles[0].authors == ["李丽"]
    assert articles[0].subtitle == "访中国社会科学院经济研究所研究员张明"  # shown under the title, no heading
    assert all(s.heading is None for s in articles[0].sections)


def test_a_title_above_its_guide_is_not_glued_to_the_first_sentence():
    for guide in ("中国式现代化是中国共产党领导的社会主义现代化，更有基于自己国情的中国特色",
                  "中国式现代化是中国共产党领导的社会主义现代化，更有基于自己国情的中国特色。"):
        art = only_article(f"深刻把握中国式现代化的本质要求\n\n导读\n\n{guide}\n\n" + BODY)
        assert art.title == "深刻把握中国式现代化的本质要求"


def test_a_headings_number_alone_on_its_line_goes_back_before_its_words():
    art = only_article("坚持和完善中国特色社会主义制度\n\n王  静\n\n一、\n\n坚持党的全面领导\n\n" + BODY
                       + "\n\n二、\n\n坚持以人民为中心\n\n" + BODY)
    assert art.authors == ["王静"]
    assert [s.heading for s in art.sections if s.heading] == ["一、坚持党的全面领导", "二、坚持以人民为中心"]
    assert all(p.startswith(("前不久", "节水优先")) for s in art.sections for p in s.paragraphs)


def test_standfirst_lines_under_an_editors_note_are_core_points():
    """People's Daily's series open with the editor's note signed ——编  者 between the byline and the 提要 lines:
    the first 提要 line had become a heading over the whole text."""
    note = "创新成果不断涌现，我国经济呈现出不少新气象。即日起，本版推出系列评论，与读者共同把握经济大机遇。"
    points = ["任何有价值的创新都可以跳出地域限制，吸引全国乃至全球资源，享受超大规模市场的红利",
              "协同创新不仅优化了创新的空间布局，而且进一步缩小了区域间的创新差距"]
    art = only_article("要素活跃，创新发展势头劲（评论员观察）\n\n李  拯\n\n——市场新趋势  经济大机遇①\n\n"
                       f"{note}\n\n——编  者\n\n" + "\n\n".join(points) + "\n\n" + BODY)
    assert art.core_points == points
    assert all(s.heading is None for s in art.sections)
    assert art.sections[0].paragraphs[0] == note  # the note stays text; its signature does not
    assert not any("编  者" in p for s in art.sections for p in s.paragraphs)


def test_a_short_piece_title_under_an_editors_note_stays_a_heading():
    art = only_article("同向发力 共促发展\n\n本期邀请几位作者谈谈协同发展。\n\n——编  者\n\n家校携手育新人\n\n" + BODY)
    assert art.core_points == []
    assert "家校携手育新人" in [s.heading for s in art.sections]


def test_a_writer_on_a_less_common_surname_or_a_pen_name_is_the_byline():
    for name, author in (("盛玉雷", "盛玉雷"), ("国纪平", "国纪平"), ("钟  声", "钟声")):
        art = only_article(f"执大象 天下往\n\n{name}\n\n——四大全球倡议为推动构建人类命运共同体提供战略引领\n\n" + BODY)
        assert art.authors == [author]
        assert all(s.heading is None for s in art.sections)

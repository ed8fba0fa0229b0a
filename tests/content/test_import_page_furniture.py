"""A newspaper page's furniture around its articles: photo credits and captions, the page's editing credit, a
kicker leading into a title, column tags, bylines printed with the paper's date, writers signing together or as a
body, a 提要 block under the byline, a closing "X  Y文". Made-up pieces in the shape of People's Daily pages, where
a fresh check of 24 of them (2025) had found each of these wrong."""
from content.page_parser import parse_page
from content.title_block import column_name

BODY = "前不久，有关部门介绍的一组数据耐人寻味：近10年来，全国用水总量总体稳定。这背后是发展方式的深刻变化。\n\n" \
       "节水优先，是新时代治水思路的首要一条。各地因地制宜，推动用水方式由粗放向节约集约转变。"


def articles_of(text):
    return parse_page(text, "x").articles


def only_article(text):
    articles = articles_of(text)
    assert len(articles) == 1, [a.title for a in articles]
    return articles[0]


def all_text(art):
    return "\n".join(p for s in art.sections for p in s.paragraphs) + "\n" + "\n".join(
        s.heading or "" for s in art.sections)


def test_photo_credits_are_no_text_and_no_headings_and_nothing_else_goes():
    """The line above a credit may be a caption, a heading or a closing paragraph: it stays (a review showed titles,
    headings and last paragraphs lost when the line above each credit was dropped as its caption)."""
    art = only_article("向海图兴  向海图强\n\n叶龙斌摄（影像中国）\n\n海南三亚附近海域，游客体验水上游乐项目。\n\n受访者供图\n\n"
                       + BODY + "\n\n一、夯实粮食安全根基\n\n王  玮摄（人民视觉）\n\n" + BODY
                       + "\n\n稻浪翻滚，丰收在望。\n\n本版图片均为受访者供图")
    text = all_text(art)
    assert art.title == "向海图兴  向海图强"
    for gone in ("摄（影像中国）", "受访者供图", "摄（人民视觉）"):
        assert gone not in text
    for kept in ("游客体验水上游乐项目", "稻浪翻滚，丰收在望。"):
        assert kept in text
    assert [s.heading for s in art.sections if s.heading] == ["一、夯实粮食安全根基"]
    assert text.count("节水优先") == 2  # the text itself is all there


def test_a_sentence_ending_on_a_word_like_a_credit_stays():
    art = only_article("推动高质量发展\n\n" + BODY + "\n\n服务由政府提供\n\n" + BODY)
    assert "服务由政府提供" in all_text(art)


def test_the_pages_editing_credit_is_dropped_not_moved_into_the_text():
    art = only_article("中国式现代化的世界意义\n\n杨光斌\n\n" + BODY + "\n\n（作者为某大学学院院长）\n\n"
                       "（本版由环球时报组稿、人民日报社理论部编辑）")
    assert "本版" not in all_text(art)
    assert art.warnings == []


def test_column_tags_go_to_the_column():
    for tag in ("人民要论", "经济聚焦", "专家点评", "法治聚焦"):
        art = only_article(f"坚定不移走好中国特色金融发展之路（{tag}）\n\n焦  捷\n\n" + BODY)
        assert art.title == "坚定不移走好中国特色金融发展之路"
        assert art.column == tag


def test_a_kicker_above_the_title_leads_into_it():
    art = only_article("电影“陪你看”、小说“为你读”等视频娱乐近来爆火，法官提醒——\n\n任性网络直播  当心被诉侵权（法治聚焦）\n\n"
                       "本报记者  魏哲哲\n\n" + BODY)
    assert art.title == "任性网络直播  当心被诉侵权"
    assert art.column.startswith("法治聚焦 电影“陪你看”")
    assert art.authors == ["魏哲哲"]


def test_each_parts_kicker_goes_with_its_part():
    parts = [("河南“大河之南号”主题列车——", "融合中原文化  刷新旅行体验", "张  驰"),
             ("海南“凤舞九天”主题列车——", "串联天涯胜景  同享海韵椰风", "董泽扬")]
    page = "当列车慢游成为新时尚（经济聚焦）\n\n近日，记者登上两列旅游专列，感受旅行体验。\n\n" + "\n\n".join(
        f"{kicker}\n\n{title}\n\n本报记者  {name}\n\n{BODY}" for kicker, title, name in parts)
    articles = articles_of(page)
    assert [a.title for a in articles] == ["当列车慢游成为新时尚", "融合中原文化  刷新旅行体验", "串联天涯胜景  同享海韵椰风"]
    assert [a.column for a in articles[1:]] == ["河南“大河之南号”主题列车——", "海南“凤舞九天”主题列车——"]
    assert not any("主题列车——" in all_text(a) for a in articles)
    # a kicker shows above the title: no subtitle under it, no 栏目 in the library
    assert [a.subtitle for a in articles[1:]] == ["", ""]
    assert [column_name(a.column) for a in articles] == ["经济聚焦", "", ""]


def test_an_interviews_title_closing_on_its_column_tag_stays_the_title():
    art = only_article("促进民营经济发展壮大（促进民营经济高质量发展·权威访谈）\n\n——访某省委书记\n\n"
                       "本报记者  何  聪  白光迪\n\n" + BODY)
    assert art.title == "促进民营经济发展壮大"
    assert art.subtitle == "访某省委书记"
    assert art.authors == ["何聪", "白光迪"]


def test_a_reporters_byline_printed_with_the_papers_date_gives_the_names_only():
    art = only_article("# 促进民营经济发展壮大\n\n> 本报记者  何  聪  白光迪《人民日报》（2025年03月26日第 04 版）\n\n" + BODY)
    assert art.authors == ["何聪", "白光迪"]
    assert art.author_bio == ""


def test_writers_signing_together_or_as_a_body_are_the_byline():
    for line, authors in (("孔庆江  范晓波  车路遥", ["孔庆江", "范晓波", "车路遥"]),
                          ("全国党建研究会非公专委会", ["全国党建研究会非公专委会"])):
        art = only_article(f"坚持多边主义正道  捍卫国际贸易秩序\n\n{line}\n\n《人民日报》（2025年04月22日第 09 版）\n\n" + BODY)
        assert art.authors == authors
        assert all(s.heading is None for s in art.sections)


def test_a_standfirst_block_under_the_byline_is_core_points():
    points = ["向制度要力量，不断织密制度之网，才能打得稳、捉得准、拍得狠",
              "只有在正风肃纪上久久为功，才能最大程度压缩“微腐败”的生存空间",
              "进一步推动反腐败斗争向基层延伸，定能让群众感受到清风正气就在身边"]
    art = only_article("惩治“微腐败”，让老百姓可感可及（评论员观察）\n\n常  晋\n\n《人民日报》（2025年01月14日第 05 版）\n\n"
                       + "\n\n".join(points) + "\n\n" + BODY)
    assert art.core_points == points
    assert all(s.heading is None for s in art.sections)


def test_a_theory_piece_opening_on_its_first_heading_keeps_it():
    art = only_article("努力让人民住上更好的房子\n\n虞晓芬\n\n新时代的住房发展彰显以人民为中心的发展思想\n\n" + BODY
                       + "\n\n住房制度改革不断深化\n\n" + BODY)
    assert art.core_points == []
    assert [s.heading for s in art.sections if s.heading] == ["新时代的住房发展彰显以人民为中心的发展思想", "住房制度改革不断深化"]


def test_a_closing_signature_with_wen_is_the_writer():
    art = only_article("向海图兴  向海图强\n\n" + BODY + "\n\n潮涌风劲好扬帆。\n\n与  歌文")
    assert art.authors == ["与歌"]
    assert "与  歌文" not in all_text(art)
    assert art.warnings == []


def test_reprinted_commentaries_of_a_column_are_articles_of_their_own():
    page = ("纵横\n\n《人民日报》（2025年06月03日第 05 版）\n\n给大山的小孩更大的舞台\n\n陈久菊\n\n" + BODY
            + "\n\n（摘编自《贵州日报》，原题为《勇敢并不孤独》）\n\n别让年龄门槛绊倒银发消费\n\n吴睿鸫\n\n" + BODY
            + "\n\n（摘编自《湖南日报》，原题为《年龄门槛不该成为银发消费绊脚石》）")
    articles = articles_of(page)
    assert [a.title for a in articles] == ["给大山的小孩更大的舞台", "别让年龄门槛绊倒银发消费"]
    assert [a.authors for a in articles] == [["陈久菊"], ["吴睿鸫"]]
    assert [a.column for a in articles] == ["纵横", "纵横"]
    assert "贵州日报" in articles[0].author_bio and "湖南日报" in articles[1].author_bio
    assert all(s.heading is None for a in articles for s in a.sections)


def test_an_interviews_guests_and_host_sign_it():
    art = only_article("不断推动构建人类命运共同体（访谈录）\n\n嘉  宾：联合国教科文组织前总干事  博科娃\n\n"
                       "南京大学区域国别研究院院长  王逸舟\n\n北京大学燕京学堂院长  董  强\n\n"
                       "主持人：北京外国语大学副教授  吴  浩\n\n" + BODY + "\n\n世界是不可分割的命运共同体\n\n" + BODY)
    assert art.authors == ["博科娃", "王逸舟", "董强", "吴浩"]
    assert art.author_bio.startswith("嘉宾：联合国教科文组织前总干事 博科娃；南京大学区域国别研究院院长 王逸舟")
    assert art.core_points == []
    assert [s.heading for s in art.sections if s.heading] == ["世界是不可分割的命运共同体"]


def test_a_headline_over_reports_stays_above_each_one():
    page = ("稳就业，企业在行动\n\n百度构建校企直通育人路径——\n\n给实习生装上职业能力“加速器”\n\n本报记者  谷业凯\n\n" + BODY
            + "\n\n美团推进“春风送岗”行动——\n\n拓宽多元化就业渠道\n\n本报记者  王  珂\n\n" + BODY)
    articles = articles_of(page)
    assert [a.title for a in articles] == ["给实习生装上职业能力“加速器”", "拓宽多元化就业渠道"]
    assert all(a.column.startswith("稳就业，企业在行动 ") for a in articles)
    assert [a.column.split(" ", 1)[1] for a in articles] == ["百度构建校企直通育人路径——", "美团推进“春风送岗”行动——"]


def test_an_interviews_host_may_come_first_and_a_two_part_heading_is_no_guest():
    art = only_article("合作共赢的中国方案（访谈录）\n\n主持人：本报记者  王  五\n\n嘉  宾：某国前驻华大使  张  三\n\n"
                       "某大学国际关系学院教授\u3000李\u3000四\n\n合作共赢  行稳致远\n\n" + BODY)
    assert art.title == "合作共赢的中国方案"
    assert art.authors == ["王五", "张三", "李四"]
    assert "合作共赢  行稳致远" in [s.heading for s in art.sections]


def test_a_slogan_or_a_word_under_the_title_is_no_writer():
    art = only_article("整治群众身边不正之风\n\n严查  严管  严惩\n\n" + BODY)
    assert art.authors == []
    art = only_article("推动房地产市场平稳健康发展\n\n房地产\n\n一、因城施策，稳定市场预期\n\n" + BODY)
    assert art.authors == []


def test_writers_under_a_subtitle_and_a_name_glued_to_the_paper_are_bylines():
    art = only_article("坚持多边主义正道\n\n——评美国滥施关税\n\n孔庆江  范晓波  车路遥\n\n" + BODY)
    assert art.authors == ["孔庆江", "范晓波", "车路遥"]
    art = only_article("推动高质量发展的几点思考\n\n周珊珊《人民日报》（2025年01月02日第 04 版）\n\n" + BODY)
    assert art.authors == ["周珊珊"]


def test_one_heading_after_an_editors_note_stays_a_heading():
    art = only_article("深入学习贯彻党的创新理论\n\n张  三\n\n编者按：本版今起推出系列文章，探讨理论创新。\n\n——编  者\n\n"
                       "深刻把握中国式现代化的本质要求和重大原则\n\n" + BODY + "\n\n坚持和加强党的全面领导\n\n" + BODY)
    assert art.core_points == []
    assert "深刻把握中国式现代化的本质要求和重大原则" in [s.heading for s in art.sections]


def test_the_pages_editors_are_no_text():
    art = only_article("推动高质量发展\n\n" + BODY + "\n\n本版责编：王  五  李  六\n\n（本版责编：张三  李四）")
    assert "责编" not in all_text(art)
    assert art.warnings == []


def test_a_bracketed_photo_credit_is_no_byline_and_reprints_may_name_their_source():
    art = only_article("推动高质量发展\n\n张  三\n\n" + BODY + "\n\n（新华社记者  万  象摄）")
    assert art.authors == ["张三"] and "万" not in art.author_bio
    page = ("纵横\n\n给大山的小孩更大的舞台\n\n陈久菊\n\n" + BODY + "\n\n（来源：《贵州日报》）\n\n别让年龄门槛绊倒银发消费\n\n吴睿鸫\n\n"
            + BODY + "\n\n（来源：《湖南日报》）")
    assert [a.title for a in articles_of(page)] == ["给大山的小孩更大的舞台", "别让年龄门槛绊倒银发消费"]

from content.article_draft import ArticleDraft, Block
from content.layout_repair import (MISSING_ENDING, MISSING_OPENING, ORPHAN_UNSURE, begins_mid_sentence,
                                   join_cut_paragraphs, repair_article)


def _texts(blocks):
    return [("#" if b.is_heading else "") + b.text for b in blocks]


def _draft(*texts, orphan=(), core=("要点",), authors=("张三",), title="题"):
    def block(t):
        return Block(t[1:], True) if t.startswith("#") else Block(t)
    return ArticleDraft(title=title, authors=list(authors), core_points=list(core),
                        body=[block(t) for t in texts], orphan=[block(t) for t in orphan])


# --- cut paragraphs -------------------------------------------------------

def test_mid_word_cut_joined_without_inserting_anything():
    out = join_cut_paragraphs([Block("精深加工等关"), Block("键环节，强化攻关。")])
    assert _texts(out) == ["精深加工等关键环节，强化攻关。"]


def test_cut_after_comma_joined():
    out = join_cut_paragraphs([Block("深入实施提升行动，"), Block("构建服务体系。")])
    assert _texts(out) == ["深入实施提升行动，构建服务体系。"]


def test_cut_spanning_three_pieces_joined():
    out = join_cut_paragraphs([Block("一"), Block("二"), Block("三。")])
    assert _texts(out) == ["一二三。"]


def test_complete_paragraphs_not_joined():
    out = join_cut_paragraphs([Block("第一段。"), Block("第二段。")])
    assert _texts(out) == ["第一段。", "第二段。"]


def test_paragraph_not_joined_across_heading():
    out = join_cut_paragraphs([Block("没有结束"), Block("小标题", True), Block("正文。")])
    assert _texts(out) == ["没有结束", "#小标题", "正文。"]


def test_unterminated_line_not_joined_to_enumerated_point():
    out = join_cut_paragraphs([Block("——2025年1月14日在大会上的讲话"), Block("一是坚持。")])
    assert len(out) == 2


def test_latin_words_joined_with_space():
    out = join_cut_paragraphs([Block("artificial"), Block("intelligence.")])
    assert _texts(out) == ["artificial intelligence."]


# --- orphan blocks --------------------------------------------------------

def test_orphan_block_placed_before_cut_first_paragraph_and_joined():
    d = _draft("全国绿色算力高地，仍需加力。", "#第二节", "正文。",
               orphan=["当前，形势变化。我们要抓住机遇。", "#第一节", "在算力网方面，正在全力打造"])
    repair_article(d)
    assert _texts(d.body) == ["当前，形势变化。我们要抓住机遇。", "#第一节", "在算力网方面，正在全力打造全国绿色算力高地，仍需加力。",
                              "#第二节", "正文。"]
    assert d.warnings == []


def test_orphan_continuing_cut_last_paragraph_appended():
    d = _draft("前文。", "最后一段被切断在", orphan=["这里继续。"])
    repair_article(d)
    assert _texts(d.body) == ["前文。", "最后一段被切断在这里继续。"]
    assert d.warnings == []


def test_orphan_goes_before_paragraph_starting_with_punctuation():
    d = _draft("#一节", "正文。", "#二节", "，接着说完。", orphan=["这一段没有说完"])
    repair_article(d)
    assert _texts(d.body) == ["#一节", "正文。", "#二节", "这一段没有说完，接着说完。"]


def test_orphan_without_clear_place_goes_first_with_warning():
    d = _draft("正文一。", orphan=["多出来的一段。"])
    repair_article(d)
    assert _texts(d.body) == ["多出来的一段。", "正文一。"]
    assert d.warnings == [ORPHAN_UNSURE]


# --- missing opening ------------------------------------------------------

def test_lone_short_lead_before_headings_flags_missing_opening():
    d = _draft("发展新兴产业，为高质量发展注入持久动力。", "#一节", "正文。", "#二节", "正文。")
    repair_article(d)
    assert d.warnings == [MISSING_OPENING]


def test_paragraph_starting_with_punctuation_flags_missing_opening():
    d = _draft("，以及其他内容。", core=(), authors=())
    assert begins_mid_sentence(d)


def test_multi_sentence_lead_not_flagged():
    d = _draft("当前，形势深刻变化。我们要抓住机遇。", "#一节", "正文。", "#二节", "正文。")
    assert not begins_mid_sentence(d)


def test_two_paragraph_lead_not_flagged():
    d = _draft("第一段导语。", "第二段导语。", "#一节", "正文。", "#二节", "正文。")
    assert not begins_mid_sentence(d)


def test_quotation_lead_not_flagged():
    d = _draft("习近平总书记指出：“发展是第一要务。”", "#一节", "正文。", "#二节", "正文。")
    assert not begins_mid_sentence(d)


def test_unsigned_document_with_short_lead_not_flagged():
    d = _draft("现就有关事项通知如下。", "#一、总体要求", "正文。", "#二、主要任务", "正文。", core=(), authors=())
    assert not begins_mid_sentence(d)


def test_lone_lead_naming_the_title_subject_not_flagged():
    d = _draft("践行正确政绩观是一项长期任务。", "#一节", "正文。", "#二节", "正文。", title="深入践行正确政绩观")
    assert not begins_mid_sentence(d)


def test_article_without_headings_not_flagged():
    d = _draft("发展新兴产业。", "正文。")
    assert not begins_mid_sentence(d)


def test_cut_last_paragraph_flags_missing_ending():
    d = _draft("正文。", "最后一段在这里断了")
    repair_article(d)
    assert MISSING_ENDING in d.warnings


# --- pull quotes ----------------------------------------------------------

def test_pull_quote_repeating_body_sentence_becomes_core_point():
    quote = "必须始终坚持以人民为中心的创作导向，写好拍好中国故事"
    d = _draft(quote, "改革开放以来成绩卓著。", "#一节", "电影作为重要组成部分，" + quote + "。", core=())
    repair_article(d)
    assert d.core_points == [quote]
    assert quote not in _texts(d.body)
    assert d.body[0].text == "改革开放以来成绩卓著。"


def test_orphan_ending_mid_sentence_is_an_opening_even_when_body_ends_cut():
    d = _draft("全国绿色算力高地，仍需加力。", "最后一段没有印完", orphan=["当前，形势变化。我们要抓住机遇。", "在算力网方面，正在打造"])
    repair_article(d)
    assert d.body[0].text == "当前，形势变化。我们要抓住机遇。"
    assert d.body[1].text == "在算力网方面，正在打造全国绿色算力高地，仍需加力。"

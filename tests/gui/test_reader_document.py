"""Building the reader's document: literal text, exact highlight positions."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextFormat

from content.model import Article, KeyTerm, Occurrence, Section, TermKind
from gui.reader_document import (HEADING, ReaderStyle, Slide, build_article_document, build_slide_document,
                                 paragraph_term_spans, plan_slides, slide_count)

HOSTILE = "含有 <script>alert(1)</script>、<img src=x onerror=alert(2)>、&lt;b&gt; 和 {title} 的文字。"


def article(paragraphs, terms=(), heading="小标题", **kw):
    return Article(title=kw.pop("title", "标题"), sections=[Section(None, ["开头段落。"]), Section(heading, paragraphs)],
                   key_terms=list(terms), **kw)


def test_markup_in_paragraph_shows_literally(qapp):
    doc = build_article_document(article([HOSTILE]), ReaderStyle()).document
    assert HOSTILE in doc.toPlainText()


def test_markup_in_title_authors_core_points_and_heading_shows_literally(qapp):
    art = article(["正文。"], title="<b>{x}</b>", heading="<i>&amp;</i>", authors=["<u>甲</u>"],
                  core_points=["<script>x</script>"], author_bio="（作者系<br>干部）")
    text = build_article_document(art, ReaderStyle()).document.toPlainText()
    for literal in ("<b>{x}</b>", "<i>&amp;</i>", "<u>甲</u>", "<script>x</script>", "（作者系<br>干部）"):
        assert literal in text


def test_img_tag_in_text_creates_no_image(qapp):
    doc = build_article_document(article([HOSTILE]), ReaderStyle()).document
    cursor = QTextCursor(doc)
    formats = []
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        formats.append(cursor.charFormat().objectType())
    assert QTextFormat.ObjectTypes.ImageObject.value not in [int(f) for f in formats]


def test_term_span_covers_exactly_the_term_text(qapp):
    text = "要坚持绿色发展理念，推进工作。"
    term = KeyTerm("绿色发展理念", 1.0, TermKind.CONCEPT, 1, "", [Occurrence(1, 0, 3, 9)])
    layout = build_article_document(article([text], [term]), ReaderStyle())
    span = layout.term_spans[0]
    plain = layout.document.toPlainText()
    assert plain[span.start:span.end] == "绿色发展理念"


def test_paragraph_start_points_at_paragraph_text(qapp):
    layout = build_article_document(article(["第一段。", "第二段落的文字。"]), ReaderStyle())
    start = layout.paragraph_starts[(1, 1)]
    assert layout.document.toPlainText()[start:start + 8] == "第二段落的文字。"


def test_overlapping_occurrences_keep_the_longer_term(qapp):
    text = "绿色发展理念"
    long = KeyTerm("绿色发展理念", 1.0, occurrences=[Occurrence(1, 0, 0, 6)])
    short = KeyTerm("发展", 1.0, occurrences=[Occurrence(1, 0, 2, 4)])
    spans = paragraph_term_spans(article([text], [short, long]))
    assert spans[(1, 0)] == [(0, 6, 1)]


def test_stale_occurrence_is_not_highlighted(qapp):
    term = KeyTerm("绿色", 1.0, occurrences=[Occurrence(1, 0, 0, 2)])
    spans = paragraph_term_spans(article(["发展绿色"], [term]))
    assert spans == {}


def test_term_is_an_anchor_naming_its_index(qapp):
    term = KeyTerm("理念", 1.0, occurrences=[Occurrence(1, 0, 0, 2)])
    layout = build_article_document(article(["理念先行。"], [term]), ReaderStyle())
    cursor = QTextCursor(layout.document)
    cursor.setPosition(layout.term_spans[0].start + 1)
    assert cursor.charFormat().anchorHref() == "term:0"


def test_slides_are_front_matter_then_one_per_section(qapp):
    art = article(["第二节正文。"], heading="第二节")
    second = build_slide_document(art, ReaderStyle(), 2).document.toPlainText()
    assert slide_count(art) == 3 and "第二节正文。" in second and "开头段落。" not in second


def headless(count, **kw):
    return Article(title="借智博物馆", sections=[Section(None, [f"第{i}段。" for i in range(count)])], **kw)


def at_most(paragraphs):
    """A screen that holds this many paragraphs (the front matter counts as none)."""
    return lambda layout: len(layout.paragraph_starts) <= paragraphs


def body_slides(slides):
    return [(s.section, s.first, s.last) for s in slides if not s.front_matter]


def test_a_long_headless_body_is_cut_into_slides_of_whole_paragraphs(qapp):
    slides = plan_slides(headless(7, core_points=["要点"]), ReaderStyle(), at_most(3))
    assert body_slides(slides) == [(0, 0, 3), (0, 3, 6), (0, 6, 7)]


def test_title_slide_opens_with_the_body_when_there_are_no_core_points(qapp):
    slides = plan_slides(headless(5), ReaderStyle(), at_most(2))
    title = build_slide_document(headless(5), ReaderStyle(), slides[0]).document.toPlainText()
    assert "借智博物馆" in title and "第0段。" in title and "第1段。" in title and "第2段。" not in title
    assert body_slides(slides) == [(0, 2, 4), (0, 4, 5)]


def test_title_slide_keeps_core_points_alone(qapp):
    slides = plan_slides(headless(2, core_points=["要点"]), ReaderStyle(), at_most(5))
    assert slides[0] == Slide(front_matter=True) and body_slides(slides) == [(0, 0, 2)]


def test_a_paragraph_longer_than_a_screen_gets_a_slide_of_its_own(qapp):
    slides = plan_slides(headless(3, core_points=["要点"]), ReaderStyle(), at_most(0))
    assert body_slides(slides) == [(0, 0, 1), (0, 1, 2), (0, 2, 3)]


def test_a_section_heading_is_shown_on_its_first_slide_only(qapp):
    art = article([f"第{i}段。" for i in range(4)], heading="第二节", core_points=["要点"])
    slides = plan_slides(art, ReaderStyle(), at_most(2))
    texts = [build_slide_document(art, ReaderStyle(), s).document.toPlainText() for s in slides]
    assert [("第二节" in t, "第0段。" in t, "第2段。" in t) for t in texts[2:]] == [(True, True, False),
                                                                                   (False, False, True)]


def test_a_heading_first_article_without_core_points_keeps_a_title_slide_of_its_own(qapp):
    art = Article(title="标题", authors=["王明"], sections=[Section("一、", ["正文。"])])
    slides = plan_slides(art, ReaderStyle(), at_most(5))
    assert slides == [Slide(front_matter=True), Slide(0, 0, 1)]


def test_a_title_slide_spends_no_line_on_a_missing_column(qapp):
    doc = build_slide_document(headless(1), ReaderStyle(), Slide(front_matter=True)).document
    assert doc.firstBlock().text() == "借智博物馆"


def test_the_reader_keeps_its_column_line_when_there_is_no_column(qapp):
    doc = build_article_document(headless(1), ReaderStyle()).document
    assert doc.firstBlock().text() == "" and doc.firstBlock().next().text() == "借智博物馆"


def test_key_terms_stay_highlighted_on_a_later_slide_of_a_section(qapp):
    term = KeyTerm("绿色发展", 1.0, TermKind.CONCEPT, 1, "", [Occurrence(0, 3, 0, 4)])
    art = headless(4, core_points=["要点"])
    art.sections[0].paragraphs[3] = "绿色发展理念。"
    art.key_terms = [term]
    layout = build_slide_document(art, ReaderStyle(), Slide(0, 2, 4))
    text = layout.document.toPlainText()
    assert [text[s.start:s.end] for s in layout.term_spans] == ["绿色发展"]


def test_key_terms_in_core_points_are_highlighted_too(qapp):
    term = KeyTerm("新质生产力", 1.0, TermKind.CONCEPT, 0, "xīn zhì shēng chǎn lì", [])
    art = article(["正文。"], [term], core_points=["以科技创新培育新质生产力，推动高质量发展"])
    layout = build_article_document(art, ReaderStyle())
    text = layout.document.toPlainText()
    core_spans = [s for s in layout.term_spans if s.section == -1]
    assert [text[s.start:s.end] for s in core_spans] == ["新质生产力"]
    assert core_spans[0].paragraph == 0


def test_key_terms_in_section_headings_are_highlighted_in_heading_type(qapp):
    term = KeyTerm("新质生产力", 1.0, TermKind.CONCEPT, 0, "xīn zhì shēng chǎn lì", [])
    art = article(["正文。"], [term], heading="因地制宜发展新质生产力")
    layout = build_article_document(art, ReaderStyle(body_px=20))
    text = layout.document.toPlainText()
    heading_spans = [s for s in layout.term_spans if s.paragraph == HEADING]
    assert [(text[s.start:s.end], s.section) for s in heading_spans] == [("新质生产力", 1)]
    cursor = QTextCursor(layout.document)
    cursor.setPosition(heading_spans[0].start + 1)
    font = cursor.charFormat().font()
    assert font.pixelSize() == 25 and font.bold() and cursor.charFormat().isAnchor()


WQY = "WenQuanYi Micro Hei"  # installed by .ci/run; it has no bold face, so Qt fakes bold


def title_format(body_px: int):
    art = article(["正文。"], title="深入践行正确政绩观")
    layout = build_article_document(art, ReaderStyle(body_px=body_px, family=WQY))
    cursor = QTextCursor(layout.document)
    cursor.setPosition(layout.document.toPlainText().index("深入") + 1)
    return cursor.charFormat()


def test_presenter_size_title_is_drawn_bold_where_qt_would_drop_fake_bold(qapp):
    assert title_format(44).textOutline().widthF() > 1


def test_reading_size_title_keeps_qt_bold_without_a_drawn_outline(qapp):
    assert title_format(18).textOutline().style() == Qt.PenStyle.NoPen


def test_core_points_that_do_not_fit_under_the_title_get_a_slide_of_their_own(qapp):
    art = headless(2, core_points=["要点"])
    apart = lambda layout: not ("核心提示" in layout.document.toPlainText()  # noqa: E731
                                and "借智博物馆" in layout.document.toPlainText())
    slides = plan_slides(art, ReaderStyle(), apart)
    texts = [build_slide_document(art, ReaderStyle(), s).document.toPlainText() for s in slides[:2]]
    assert "核心提示" not in texts[0] and "借智博物馆" in texts[0]
    assert "核心提示" in texts[1] and "要点" in texts[1] and "借智博物馆" not in texts[1]


def test_a_dash_subtitle_shows_under_the_title_and_the_kicker_above_it(qapp):
    art = Article(title="把基层工作做实做细", column="理论周刊 ——写在某某会议召开之际",
                  sections=[Section(None, ["正文。"])])
    doc = build_article_document(art, ReaderStyle()).document
    block = doc.firstBlock()
    lines = []
    while block.isValid() and len(lines) < 3:
        lines.append(block.text())
        block = block.next()
    assert lines == ["理论周刊", "把基层工作做实做细", "——写在某某会议召开之际"]

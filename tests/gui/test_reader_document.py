"""Building the reader's document: literal text, exact highlight positions."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextFormat

from content.model import Article, KeyTerm, Occurrence, Section, TermKind
from gui.reader_document import (HEADING, ReaderStyle, build_article_document, build_slide_document,
                                 paragraph_term_spans, slide_count)

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

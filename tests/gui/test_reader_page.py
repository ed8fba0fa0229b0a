"""The reader: hover and click key terms, correct them, type size, pinyin, reading records."""
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from content.model import KeyTerm, Occurrence, TermKind
from gui.reader_page import ReaderPage
from tests.gui.conftest import HOSTILE_PAGE_TEXT, LONG_PAGE_TEXT, OTHER_PAGE_TEXT, PAGE_TEXT, analyse_all, restart


def open_analysed(make_window, qtbot, *texts):
    window = make_window()
    for i, text in enumerate(texts or (PAGE_TEXT,)):
        window.import_pasted(text, f"页{i}")
    analyse_all(window.lib)
    summaries = window.lib.list_articles()
    main = next((a for a in summaries if a.title == "以绿色发展理念引领乡村振兴"), summaries[-1])
    window.open_article(main.id)
    window.show()
    qtbot.waitExposed(window)
    return window


def term_point(page: ReaderPage, term: str) -> QPoint:
    index = [k.term for k in page.article.key_terms].index(term)
    span = next(s for s in page.layout_info.term_spans if s.term_index == index)
    cursor = QTextCursor(page.view.document())
    cursor.setPosition(span.start + 1)
    page.view.scroll_to_position(span.start)
    rect = page.view.cursorRect(cursor)
    return QPoint(rect.right() + 2, rect.center().y())


def test_key_terms_are_highlighted(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    plain = page.view.document().toPlainText()
    marked = {plain[s.start:s.end] for s in page.layout_info.term_spans}
    assert marked == {"绿水青山就是金山银山", "绿色发展理念", "农畜产品", "退耕还林", "“三农”"}


def test_hover_shows_pinyin_kind_count_and_other_articles(make_window, qtbot):
    window = open_analysed(make_window, qtbot, OTHER_PAGE_TEXT, PAGE_TEXT)
    page = window.reader_page
    point = term_point(page, "绿色发展理念")
    event = QHelpEvent(QEvent.Type.ToolTip, point, page.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(page.view.viewport(), event)
    tip = QToolTip.text()
    assert "lǜ sè fā zhǎn lǐ niàn" in tip and "概念" in tip and "出现 2 次" in tip and "《推动牧区现代化》" in tip


def test_tooltip_escapes_the_term(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.article.key_terms[0] = KeyTerm("<img src=x>", 1.0, TermKind.OTHER, 1, "<b>")
    tip = page.term_tooltip(0)
    assert "&lt;img src=x&gt;" in tip and "<img" not in tip and "&lt;b&gt;" in tip


def test_click_on_term_opens_panel_with_its_occurrences(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=term_point(page, "农畜产品"))
    rows = [page.panel.occurrences.item(r).text() for r in range(page.panel.occurrences.count())]
    assert page.panel.isVisible() and page.panel.title.text() == "农畜产品"
    assert len([r for r in rows if "【农畜产品】" in r]) == 2 and "【农畜产品】" in rows[0]
    assert all("【" in r or r.startswith("（另有") for r in rows)  # a use in the title is said, not listed


def test_clicking_an_occurrence_marks_it_in_the_text(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.show_term([k.term for k in page.article.key_terms].index("农畜产品"))
    item = page.panel.occurrences.item(1)
    qtbot.mouseClick(page.panel.occurrences.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.panel.occurrences.visualItemRect(item).center())
    marks = page.view.extraSelections()
    occ = page.panel.term.occurrences[1]
    assert [m.cursor.selectionStart() for m in marks] == [page.layout_info.paragraph_starts[(occ.section, occ.paragraph)] + occ.start]


def test_removed_term_stays_removed_after_restart(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.show_term([k.term for k in page.article.key_terms].index("退耕还林"))
    qtbot.mouseClick(page.panel.remove_button, Qt.MouseButton.LeftButton)
    article_id = page.article_id
    again = restart(window, make_window)
    again.open_article(article_id)
    assert "退耕还林" not in [k.term for k in again.reader_page.article.key_terms]
    assert all(k.term != "退耕还林" for k in again.reader_page.article.key_terms)


def test_removing_a_term_takes_its_highlight_away_at_once(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.remove_term("退耕还林")
    plain = page.view.document().toPlainText()
    assert "退耕还林" not in {plain[s.start:s.end] for s in page.layout_info.term_spans}


def test_selected_text_added_as_term_is_highlighted_after_restart(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    plain = page.view.document().toPlainText()
    start = plain.index("草原保护")
    cursor = page.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    page.view.setTextCursor(cursor)
    window.add_term_action.trigger()
    article_id = page.article_id
    again = restart(window, make_window)
    again.open_article(article_id)
    layout = again.reader_page.layout_info
    text = layout.document.toPlainText()
    assert "草原保护" in {text[s.start:s.end] for s in layout.term_spans}
    added = [k for k in again.lib.get_article(article_id).key_terms if k.term == "草原保护"]
    assert added and added[0].pinyin == "cǎo yuán bǎo hù"


def test_font_size_change_is_remembered_by_the_next_window(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    before = window.settings.body_px
    window.bigger_action.trigger()
    again = restart(window, make_window)
    again.open_article(again.lib.list_articles()[0].id)
    assert again.reader_page.view.document().defaultFont().pixelSize() == before + 2


def test_ctrl_minus_makes_type_smaller(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    before = window.reader_page.view.document().defaultFont().pixelSize()
    assert QKeySequence("Ctrl+-") in window.smaller_action.shortcuts()
    window.smaller_action.trigger()
    assert window.reader_page.view.document().defaultFont().pixelSize() == before - 2


def test_reader_leaves_zoom_keys_to_the_window(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier, "-")
    QApplication.sendEvent(window.reader_page.view, event)
    assert not event.isAccepted()


def test_ctrl_wheel_makes_type_bigger(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    view = window.reader_page.view
    before = view.document().defaultFont().pixelSize()
    wheel = QWheelEvent(QPointF(50, 50), QPointF(view.viewport().mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert window.reader_page.view.document().defaultFont().pixelSize() == before + 2


def test_pinyin_switch_is_remembered(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    window.pinyin_action.trigger()
    again = restart(window, make_window)
    assert again.settings.pinyin_shown is False and again.reader_page.view.pinyin_shown is False


def test_pinyin_is_placed_over_unusually_read_polyphones(make_window, qtbot):
    from content.reading_aids import RubyAnnotator
    page = open_analysed(make_window, qtbot).reader_page
    page.set_annotator(RubyAnnotator())
    terms = [k.term for k in page.article.key_terms]
    starts = {terms[s.term_index]: s.start for s in page.layout_info.term_spans}
    positions = dict(zip(page.view._ruby_positions, page.view._ruby_readings))
    assert positions[starts["退耕还林"] + 2] == "huán" and positions[starts["农畜产品"] + 1] == "xù"


def test_turning_pinyin_on_says_which_characters_got_a_reading(make_window, qtbot):
    from content.reading_aids import RubyAnnotator
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.set_annotator(RubyAnnotator())
    window.pinyin_action.trigger()          # off
    window.pinyin_action.trigger()          # on again
    assert "还" in page.status.text() and "生僻字和重点词里的多音字" in page.status.text()


def test_pinyin_on_an_article_without_rare_characters_says_so(make_window, qtbot):
    from content.reading_aids import RubyAnnotator
    window = make_window()
    window.import_pasted("## 学习理论\n\n我们要学习理论，提高水平。\n", "乙")
    page = window.reader_page
    page.set_annotator(RubyAnnotator())
    window.pinyin_action.trigger()
    window.pinyin_action.trigger()
    assert "没有要注音的字" in page.status.text()


def test_reading_time_and_progress_are_recorded(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    now = [1000.0]
    page.reading.clock = lambda: now[0]
    page.open_article(page.article_id)
    now[0] += 95
    page.reading.touch()
    page.flush_reading()
    summary = window.lib.summary(page.article_id)
    assert summary.reading_seconds == 95 and summary.progress > 0


def test_idle_time_is_not_counted_as_reading(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    now = [1000.0]
    page.reading.clock = lambda: now[0]
    page.open_article(page.article_id)
    now[0] += 3600
    page.flush_reading()
    assert window.lib.summary(page.article_id).reading_seconds == 180


def test_article_with_stored_analysis_does_not_ask_for_analysis(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    with qtbot.assertNotEmitted(window.reader_page.analysis_needed):
        window.open_article(window.reader_page.article_id)


def test_background_analysis_highlights_the_open_article(make_window, qtbot):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    assert window.reader_page.layout_info.term_spans == []
    window.start_background()
    qtbot.waitUntil(lambda: len(window.reader_page.layout_info.term_spans) > 0, timeout=30_000)
    assert window.reader_page.status.text() == ""


def test_hostile_text_shows_literally_in_the_reader(make_window, qtbot):
    window = make_window()
    window.import_pasted(HOSTILE_PAGE_TEXT, "怪")
    plain = window.reader_page.view.document().toPlainText()
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "&lt;b&gt;", "{title}"):
        assert literal in plain


def test_a_style_sheet_font_does_not_override_the_reading_size(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    view = window.reader_page.view
    before = view.document().defaultFont().pixelSize()
    view.setStyleSheet("QTextBrowser { font-size: 9px; }")
    assert view.document().defaultFont().pixelSize() == before


def test_make_flashcard_stores_a_term_card_for_the_current_profile(make_window, qtbot):
    from quiz.learning_store import LearningStore
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.show_term([k.term for k in page.article.key_terms].index("退耕还林"))
    with qtbot.waitSignal(window.flashcard_made, timeout=2000) as made:
        qtbot.mouseClick(page.panel.card_button, Qt.MouseButton.LeftButton)
    card = LearningStore(window.lib.db).card(made.args[0])
    assert card.term == "退耕还林" and "退耕还林" not in card.front and "【退耕还林】" in card.back  # a cloze card


def test_open_source_marks_the_sentence(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    article_id = window.reader_page.article_id
    text = window.lib.get_article(article_id).sections[1].paragraphs[0]
    start = text.index("加强草原保护")
    window.open_source(article_id, 1, 0, start, start + 6)
    marks = window.reader_page.view.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["加强草原保护"]


def test_escape_closes_the_term_panel(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.show_term(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.panel.isVisible()


def test_after_a_restart_the_outline_marks_the_top_that_is_shown(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    article_id = window.reader_page.article_id
    again = restart(window, make_window)
    view = again.reader_page.view
    # what a view not yet shown reports under xcb with a restored layout: the end of the text
    view.reading_position = lambda: view.document().characterCount() - 1
    again.open_first(None)
    assert again.reader_page.article_id == article_id and again.reader_page.outline.currentRow() == 0


def test_choosing_a_section_in_the_outline_marks_that_section(make_window, qtbot):
    window = make_window()
    window.import_pasted(LONG_PAGE_TEXT, "长文")
    window.open_article(window.lib.list_articles()[0].id)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    outline = window.reader_page.outline
    assert outline.count() == 5
    for row in (3, 1, 4, 2):
        outline.itemClicked.emit(outline.item(row))
        assert outline.currentRow() == row


# -- keeping the reader's place when the text is laid out again (A+/A−, new terms, the side panel) --

def open_long(make_window, qtbot, width=790, height=700):
    window = make_window()
    window.import_pasted(LONG_PAGE_TEXT, "长文")
    window.open_article(window.lib.list_articles()[0].id)
    window.resize(width, height)     # the offscreen screen is 800 px wide
    window.show()
    qtbot.waitExposed(window)
    return window


def read_at(page: ReaderPage, section: int, paragraph: int = 3, offset: int = 20) -> int:
    """Scroll the way a reader does (by pixels) to a place inside a paragraph; the position now read."""
    position = page.layout_info.paragraph_starts[(section, paragraph)] + offset
    page.view.scroll_to_position(position)
    page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().value() + 7)
    return page.view.reading_position()


def distance_from_reading_line(view, position: int) -> int:
    top, bottom = view.line_span(position)
    line = view.viewport().height() // 4
    return 0 if top <= line <= bottom else min(abs(top - line), abs(bottom - line))


def line_height(view) -> int:
    """About one line's pitch: the text read may move by a line as the paragraph re-wraps."""
    return round(view.document().defaultFont().pixelSize() * 2.5)


def test_bigger_type_keeps_the_text_being_read_on_the_reading_line(make_window, qtbot):
    window = open_long(make_window, qtbot)
    page = window.reader_page
    position = read_at(page, 2)
    window.bigger_action.trigger()
    qtbot.wait(20)
    assert distance_from_reading_line(page.view, position) <= line_height(page.view)


def test_smaller_type_keeps_the_text_being_read_on_the_reading_line(make_window, qtbot):
    window = open_long(make_window, qtbot)
    page = window.reader_page
    position = read_at(page, 3)
    window.smaller_action.trigger()
    qtbot.wait(20)
    assert distance_from_reading_line(page.view, position) <= line_height(page.view)


def test_type_size_change_with_the_interface_restyled_keeps_the_place(make_window, qtbot):
    from gui.ui_style import apply_ui_size
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    window = open_long(make_window, qtbot)
    window._restyle = lambda px: apply_ui_size(app, px)   # what the running app does after A+/A−
    page = window.reader_page
    try:
        position = read_at(page, 1, paragraph=5)
        window.bigger_action.trigger()
        qtbot.wait(50)
        assert distance_from_reading_line(page.view, position) <= line_height(page.view)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_type_size_change_at_the_top_stays_at_the_top(make_window, qtbot):
    window = open_long(make_window, qtbot)
    window.bigger_action.trigger()
    qtbot.wait(20)
    assert window.reader_page.view.verticalScrollBar().value() == 0


def test_type_size_change_keeps_a_marked_search_hit(make_window, qtbot):
    window = open_long(make_window, qtbot)
    page = window.reader_page
    page.go_to_place(2, 4, 10, 16)
    marked = page.view.marked_range()
    window.smaller_action.trigger()
    assert page.view.marked_range() == marked and page.view.is_position_visible(marked[0])


def test_bigger_type_at_the_largest_size_says_so(make_window, qtbot):
    from gui.theme import MAX_BODY_PX
    window = open_long(make_window, qtbot)
    window.settings.body_px = MAX_BODY_PX
    window.bigger_action.trigger()
    assert "最大" in window.reader_page.status.text()


def test_new_key_terms_keep_the_text_being_read_on_the_reading_line(make_window, qtbot):
    from content.keyterms import find_occurrences
    window = open_long(make_window, qtbot)
    page = window.reader_page
    position = read_at(page, 2)
    occ = find_occurrences(page.article, "农民增收")
    window.lib.save_key_terms(page.article_id, [KeyTerm("农民增收", 1.0, TermKind.CONCEPT, len(occ), "", occ)])
    page.article_analysed(page.article_id)
    assert page.layout_info.term_spans and distance_from_reading_line(page.view, position) <= line_height(page.view)


def test_clicked_term_stays_in_view_when_the_panel_narrows_the_text(make_window, qtbot):
    from content.keyterms import find_occurrences
    window = make_window()
    window.import_pasted(LONG_PAGE_TEXT, "长文")
    article_id = window.lib.list_articles()[0].id
    article = window.lib.get_article(article_id)
    occ = find_occurrences(article, "农民增收")
    window.lib.save_key_terms(article_id, [KeyTerm("农民增收", 1.0, TermKind.CONCEPT, len(occ), "", occ)])
    window.open_article(article_id)
    window.resize(790, 700)     # the offscreen screen is 800 px wide
    window.show()
    qtbot.waitExposed(window)
    page = window.reader_page
    span = [s for s in page.layout_info.term_spans if s.term_index == 0][12]
    page.view.scroll_to_position(span.start)     # on the reading line, then scroll it down near the bottom
    view = page.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - view.viewport().height() * 3 // 5)
    cursor = QTextCursor(view.document())
    cursor.setPosition(span.start + 1)
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 2, rect.center().y()))
    qtbot.wait(20)
    assert page.panel.isVisible() and view.is_position_visible(span.start)


def test_the_pinyin_button_says_how_many_characters_got_a_reading(make_window, qtbot):
    from content.reading_aids import RubyAnnotator
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.set_annotator(RubyAnnotator())
    marked = len(page.view.ruby_characters())
    assert marked > 0 and window.pinyin_action.iconText() == f"拼音：注了{marked}字"
    window.pinyin_action.trigger()          # off
    assert window.pinyin_action.iconText() == "拼音"


def test_the_pinyin_button_says_when_nothing_got_a_reading(make_window, qtbot):
    from content.reading_aids import RubyAnnotator
    window = make_window()
    window.import_pasted("## 学习理论\n\n我们要学习理论，提高水平。\n", "乙")
    window.reader_page.set_annotator(RubyAnnotator())
    assert window.settings.pinyin_shown and window.pinyin_action.iconText() == "拼音：无需注音"


def test_the_pinyin_explanation_goes_after_a_while(make_window, qtbot, monkeypatch):
    import gui.reader_notices
    monkeypatch.setattr(gui.reader_notices, "NOTICE_MS", 50)
    window = open_analysed(make_window, qtbot)
    window.pinyin_action.trigger()
    assert window.reader_page.status.text() == "拼音已隐藏。"
    qtbot.waitUntil(lambda: window.reader_page.status.text() == "", timeout=2000)


def test_the_count_shown_is_every_place_the_term_is_marked(make_window, qtbot):
    """本文出现 N 次 counts the 核心提示 and the headings too, as the reader marks them there."""
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    art = page.article
    index = next(i for i, k in enumerate(art.key_terms) if k.occurrences)
    term = art.key_terms[index].term
    art.core_points.append(f"要牢记{term}。")
    marked = len(art.key_terms[index].occurrences) + sum(t.count(term) for t in art.core_points) \
        + sum((s.heading or "").count(term) for s in art.sections)
    assert marked > len(art.key_terms[index].occurrences)
    assert f"出现 {marked} 次" in page.term_tooltip(index)
    page.panel.show_term(art, art.key_terms[index], [])
    assert f"出现 {marked} 次" in page.panel.facts.text()


def test_the_largest_type_notice_goes_when_the_type_gets_smaller(make_window, qtbot):
    from gui.theme import MAX_BODY_PX
    page = open_analysed(make_window, qtbot).reader_page
    page.settings.body_px = MAX_BODY_PX
    page.zoom(+2)
    assert page.status.text() == "字号已经最大了。"
    page.zoom(-2)
    assert page.settings.body_px < MAX_BODY_PX and page.status.text() == ""


def test_the_term_panel_leaves_the_article_room_at_large_type(make_window, qtbot):
    """A long term's pinyin on one line made the panel take most of a 1366 px window."""
    from gui.theme import MAX_BODY_PX
    window = open_analysed(make_window, qtbot)
    window.resize(1366, 768)
    page = window.reader_page
    page.settings.body_px = MAX_BODY_PX
    page.zoom(0)
    art = page.article
    art.key_terms[0].pinyin = " ".join(["chuàng xīn"] * 12)
    page.show_term(0)
    qtbot.wait(50)
    outline, text, panel = page.splitter.sizes()
    assert panel <= page.splitter.width() // 3 + 10 and text >= panel and outline <= text


def test_a_term_only_in_the_core_points_says_so_in_its_panel(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    term = page.article.key_terms[0]
    term.occurrences = []
    page.article.core_points.append(f"要牢记{term.term}。")
    page.panel.show_term(page.article, term, [])
    assert page.panel.occurrences.count() == 1
    assert "核心提示" in page.panel.occurrences.item(0).text()

"""Taking a key term out says so and can be undone; a term the learner adds is clearly highlighted."""
from PySide6.QtGui import QColor

from gui import theme
from tests.gui.conftest import analyse_all, restart
from tests.gui.test_reader_page import open_analysed


def opened_list(make_window, qtbot):
    """The reader on an analysed article with its 本文重点词 list open: (page, dialog)."""
    page = open_analysed(make_window, qtbot).reader_page
    page.show_term_list()
    qtbot.waitExposed(page.term_list)
    return page, page.term_list


def marked_terms(page):
    plain = page.view.document().toPlainText()
    return {plain[s.start:s.end] for s in page.layout_info.term_spans}


def test_removing_a_term_says_so_with_an_undo(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.remove_term("退耕还林")
    notice = page.edits.notice
    assert notice.isVisible() and "已移出“退耕还林”" in notice.label.text() and notice.button.text() == "撤销"


def test_undo_marks_the_term_again(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.remove_term("退耕还林")
    page.edits.notice.button.click()
    assert "退耕还林" in marked_terms(page)


def test_undo_keeps_the_terms_kind_and_place(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    before = [(k.term, k.kind) for k in page.article.key_terms]
    page.remove_term("退耕还林")
    page.edits.undo()
    assert [(k.term, k.kind) for k in page.article.key_terms] == before


def test_undo_leaves_no_correction_behind(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.remove_term("退耕还林")
    page.edits.undo()
    assert window.lib.term_corrections(page.article_id) == ([], [])


def test_an_undone_removal_survives_a_new_analysis(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    article_id = page.article_id
    page.remove_term("退耕还林")
    page.edits.undo()
    again = restart(window, make_window)
    analyse_all(again.lib)
    assert "退耕还林" in [k.term for k in again.lib.get_article(article_id).key_terms]


def test_undoing_the_removal_of_an_added_term_keeps_it_added(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.add_term("草原保护")
    page.remove_term("草原保护")
    page.edits.undo()
    assert window.lib.term_corrections(page.article_id) == (["草原保护"], [])


def test_ctrl_z_is_the_undo_key(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    assert page.edits.undo_action.shortcut().toString() == "Ctrl+Z"


def test_opening_another_article_takes_the_undo_away(make_window, qtbot):
    from tests.gui.conftest import OTHER_PAGE_TEXT, PAGE_TEXT
    window = open_analysed(make_window, qtbot, OTHER_PAGE_TEXT, PAGE_TEXT)
    page = window.reader_page
    page.remove_term("退耕还林")
    window.open_article(next(s.id for s in window.lib.list_articles() if s.id != page.article_id))
    assert not page.edits.notice.isVisible()


def added_term_colour(page, term):
    index = [k.term for k in page.article.key_terms].index(term)
    span = next(s for s in page.layout_info.term_spans if s.term_index == index)
    block = page.view.document().findBlock(span.start)
    fragment = next(f for f in (it.fragment() for it in iter_fragments(block)) if f.contains(span.start))
    return fragment.charFormat().background().color()


def iter_fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def test_a_term_the_learner_adds_is_clearly_highlighted(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.add_term("草原保护")
    colour = added_term_colour(page, "草原保护")
    assert colour.saturation() >= 60 and colour != QColor(theme.PAPER)


def test_the_panel_says_the_learner_added_the_term(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.add_term("草原保护")
    assert page.panel.facts.text().startswith("自己加的重点词")


def test_a_selection_that_is_no_term_is_refused_with_a_reason(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    before = [k.term for k in page.article.key_terms]
    for text, says in (("，", "不是词语"), ("草原保护。\u2029退耕还林", "跨了段落"), ("量子引力", "文中没有找到"),
                       ("", "请先在文中选中")):
        page.add_term(text)
        assert says in page.status.text(), text
    assert [k.term for k in page.article.key_terms] == before
    assert window.lib.term_corrections(page.article_id) == ([], [])


def test_adding_a_term_says_so_and_drops_the_last_removals_undo(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.remove_term("退耕还林")
    page.add_term("草原保护。")   # the selection took the full stop along
    assert "已把“草原保护”加为重点词" in page.status.text()
    assert not page.edits.notice.isVisible()
    page.edits.undo()  # nothing to take back: the removal stays
    assert "退耕还林" not in marked_terms(page) and "草原保护" in marked_terms(page)


def test_the_term_list_shows_every_term_and_takes_one_out(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    window.term_list_action.trigger()
    dialog = page.term_list
    assert dialog.isVisible() and dialog.table.rowCount() == len(page.article.key_terms)
    terms = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert terms == [k.term for k in page.article.key_terms] and "退耕还林" in terms
    row = terms.index("退耕还林")
    dialog.table.selectRow(row)
    dialog.remove_button.click()
    assert "退耕还林" not in [k.term for k in page.article.key_terms]
    assert dialog.table.rowCount() == len(terms) - 1 and "已移出“退耕还林”" in page.edits.notice.label.text()


def test_a_term_chosen_in_the_list_opens_its_panel_at_its_place(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.show_term_list()
    dialog = page.term_list
    last = dialog.table.rowCount() - 1
    dialog.table.cellDoubleClicked.emit(last, 0)
    assert not dialog.isVisible() and page.panel.isVisible()
    assert page.panel.term.term == page.article.key_terms[last].term


def test_a_term_said_only_in_the_title_is_marked_there(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    title_spans = [s for s in page.layout_info.term_spans if s.section == s.paragraph == -2]
    plain = page.view.document().toPlainText()
    assert title_spans and all(plain[s.start:s.end] in page.article.title for s in title_spans)


def test_after_a_removal_from_the_list_no_other_row_stands_chosen(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    page.show_term_list()
    dialog = page.term_list
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert not dialog.remove_button.isEnabled() and not dialog.table.selectedItems()
    page.show_term_list()
    assert page.term_list is dialog   # one dialog, filled again


def test_the_list_follows_a_new_analysis_and_never_opens_another_term(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    page = window.reader_page
    page.show_term_list()
    dialog = page.term_list
    first = page.article.key_terms[0].term
    terms = [k for k in page.article.key_terms if k.term != first]
    window.lib.save_key_terms(page.article_id, terms)   # a background analysis finds other terms …
    page.article_analysed(page.article_id)              # … and says so
    shown = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert shown == [k.term for k in terms]
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert page.panel.term.term == terms[0].term
    page.show_term_in_text(first)                        # a term the list showed before
    assert "已不在本文的重点词里" in page.status.text()


def test_looking_a_term_up_from_the_list_goes_to_the_body_before_the_title(make_window, qtbot):
    page = open_analysed(make_window, qtbot).reader_page
    titled = next(i for i, k in enumerate(page.article.key_terms)
                  if k.term in page.article.title and k.count)
    page.show_term_in_text(page.article.key_terms[titled].term)
    body = [s for s in page.layout_info.term_spans if s.term_index == titled and s.section >= 0]
    assert page.panel.term.term == page.article.key_terms[titled].term
    assert body and page.view.is_position_visible(body[0].start)


def test_the_list_is_used_from_the_keyboard(make_window, qtbot):
    from PySide6.QtCore import Qt
    page, dialog = opened_list(make_window, qtbot)
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    second = dialog.table.item(1, 0).text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert second not in [k.term for k in page.article.key_terms]
    dialog.table.selectRow(0)
    first = dialog.table.item(0, 0).text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible() and page.panel.term.term == first


def test_removals_are_undone_in_turn_also_from_the_list(make_window, qtbot):
    from PySide6.QtCore import Qt
    page, dialog = opened_list(make_window, qtbot)
    first, second = page.article.key_terms[0].term, page.article.key_terms[1].term
    for term in (first, second):
        dialog.table.selectRow([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index(term))
        dialog.remove_button.click()
    assert dialog.undo_button.isEnabled() and second in dialog.undo_button.toolTip()
    dialog.undo_button.click()                         # the list's own 撤销移出 …
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # … and Ctrl+Z in it
    terms = [k.term for k in page.article.key_terms]
    assert first in terms and second in terms and not dialog.undo_button.isEnabled()
    assert dialog.table.rowCount() == len(terms)


def test_the_list_opens_at_its_top_with_readings_in_view(make_window, qtbot):
    page, dialog = opened_list(make_window, qtbot)
    dialog.table.scrollToBottom()
    dialog.close()
    page.show_term_list()
    assert dialog.table.rowAt(0) == 0
    assert dialog.table.columnWidth(0) <= max(120, dialog.table.viewport().width() * 2 // 5)


def test_a_term_said_only_in_the_title_says_so_in_its_panel_and_the_list(make_window, qtbot):
    from content.model import KeyTerm
    page = open_analysed(make_window, qtbot).reader_page
    title = page.article.title   # the whole title: said nowhere else
    assert page.article.mentions(title) == 0
    page.article.key_terms.append(KeyTerm(title, 0.1))
    page.show_term(len(page.article.key_terms) - 1)
    assert "只在标题中出现" in page.panel.facts.text() and "0 次" not in page.panel.facts.text()
    page.show_term_list()
    assert page.term_list.table.item(page.term_list.table.rowCount() - 1, 3).text() == "只在标题中"


def test_ctrl_l_from_the_library_shows_the_reader_behind_the_list(make_window, qtbot):
    window = open_analysed(make_window, qtbot)
    window.show_page("library")
    window.term_list_action.trigger()
    assert window.reader_page.isVisible() and window.reader_page.term_list.isVisible()


def test_the_term_panel_widens_with_the_interface_type(make_window, qtbot):
    from gui.reader_widths import PANEL_PX, panel_wish, share_widths
    assert panel_wish(16) == PANEL_PX and panel_wish(26) > PANEL_PX * 3 // 2
    outline, article, panel = share_widths(2400, 900, 250, True, panel_wish(26))
    assert panel == panel_wish(26) and outline + article + panel == 2400
    window = open_analysed(make_window, qtbot)
    window.resize(2000, 1000)
    page = window.reader_page
    page.show_term(0)
    before = page.panel.width()
    for _ in range(8):
        page.zoom(+2)
    page.fit_widths()
    qtbot.waitUntil(lambda: page.panel.width() > before)

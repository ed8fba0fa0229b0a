"""Taking a key term out says so and can be undone; a term the learner adds is clearly highlighted."""
from PySide6.QtGui import QColor

from gui import theme
from tests.gui.conftest import analyse_all, restart
from tests.gui.test_reader_page import open_analysed


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

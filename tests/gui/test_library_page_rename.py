"""Renaming an article from the library screen: the right-click menu, the button, the dialog, and
what follows (the list, search results, the reader's title, the window title)."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from content.library import Library
from content.model import Article, Page, Section
from content.titles import UNTITLED_NOTE
from gui.library_models import Column
from gui.library_page import LibraryPage
from gui.rename_dialog import RenameDialog
from gui.ui_style import apply_ui_size
from tests.gui.conftest import PAGE_TEXT, RecordingMessages

OLD_TITLE = "现在我代表国务院向大会报告政府工作"
NEW_TITLE = "二〇二五年政府工作报告"


class TitleAnswers:
    """Stands in for RenameDialog.get_title: answers with `answer` and keeps the titles it was shown."""

    def __init__(self, answer):
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, current, parent=None):
        self.asked.append(current)
        return self.answer


@pytest.fixture
def lib():
    library = Library(":memory:", clock=lambda: 1_700_000_000.0)
    articles = [Article(OLD_TITLE, sections=[Section(None, [OLD_TITLE + "，请予审议。"])], warnings=[UNTITLED_NOTE]),
                Article("推动牧区现代化", sections=[Section(None, ["牧区现代化离不开绿色发展理念。"])])]
    library.import_page(Page("report.txt", articles), "report.txt", "h1")
    yield library
    library.close()


def make_page(qtbot, lib, answer=NEW_TITLE):
    page = LibraryPage(lib, messages=RecordingMessages(), ask_title=TitleAnswers(answer))
    qtbot.addWidget(page)
    return page


def first_id(lib) -> int:
    return next(s.id for s in lib.list_articles() if s.title == OLD_TITLE)


def shown_titles(page) -> list[str]:
    return [page.proxy.index(r, Column.TITLE).data() for r in range(page.proxy.rowCount())]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_context_menu_offers_open_rename_and_delete(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    assert menu_texts(page.context_menu()) == ["打开阅读", "重命名…", "删除"]


def test_no_context_menu_without_a_selection(qtbot, lib):
    page = make_page(qtbot, lib)
    assert page.selected_ids() == [] and page.context_menu() is None


def test_right_click_on_a_row_selects_it_and_shows_the_menu(qtbot, lib):
    page = make_page(qtbot, lib)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    shown = []

    def close_the_menu():  # the menu runs its own event loop: read it and close it from inside
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, close_the_menu)
            return
        shown.append(menu_texts(menu))
        menu.close()

    QTimer.singleShot(0, close_the_menu)
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(first_id(lib)), 0))
    page._show_context_menu(page.table.visualRect(row).center())
    assert page.selected_ids() == [first_id(lib)]
    assert shown == [["打开阅读", "重命名…", "删除"]]


def test_renaming_through_the_menu_updates_the_list(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    action(page.context_menu(), "重命名…").trigger()
    assert NEW_TITLE in shown_titles(page) and not any(OLD_TITLE in t for t in shown_titles(page))


def test_renaming_stores_the_title_in_the_library(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    action(page.context_menu(), "重命名…").trigger()
    assert lib.get_article(first_id_after(lib)).title == NEW_TITLE


def first_id_after(lib) -> int:
    return next(s.id for s in lib.list_articles() if s.title == NEW_TITLE)


def test_the_dialog_is_asked_with_the_current_title(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    page.rename_button.click()
    assert page.ask_title.asked == [OLD_TITLE]


def test_the_rename_button_renames_the_selected_article(qtbot, lib):
    page = make_page(qtbot, lib)
    article_id = first_id(lib)
    page.select_article(article_id)
    page.rename_button.click()
    assert lib.get_article(article_id).title == NEW_TITLE
    assert page.selected_ids() == [article_id]  # the renamed article stays selected


def test_the_rename_button_is_off_without_exactly_one_selected(qtbot, lib):
    page = make_page(qtbot, lib)
    assert not page.rename_button.isEnabled()
    page.table.selectAll()
    assert not page.rename_button.isEnabled()
    page.select_article(first_id(lib))
    assert page.rename_button.isEnabled()


def test_cancel_leaves_the_list_and_the_library(qtbot, lib):
    page = make_page(qtbot, lib, answer=None)
    renamed = []
    page.article_renamed.connect(lambda *args: renamed.append(args))
    before = shown_titles(page)
    page.select_article(first_id(lib))
    action(page.context_menu(), "重命名…").trigger()
    assert shown_titles(page) == before and lib.get_article(first_id(lib)).title == OLD_TITLE
    assert renamed == []


def test_a_blank_title_shows_the_chinese_reason_and_changes_nothing(qtbot, lib):
    page = make_page(qtbot, lib, answer="   ")
    page.select_article(first_id(lib))
    page.rename_button.click()
    assert page.messages.shown == [("warn", "无法重命名", "标题不能为空，请输入文章的新标题。")]
    assert lib.get_article(first_id(lib)).title == OLD_TITLE


def test_renaming_announces_the_new_title(qtbot, lib):
    page = make_page(qtbot, lib)
    article_id = first_id(lib)
    with qtbot.waitSignal(page.article_renamed) as signal:
        page.rename_article(article_id)
    assert signal.args == [article_id, OLD_TITLE, NEW_TITLE]


def test_renaming_drops_the_untitled_mark_from_the_list(qtbot, lib):
    page = make_page(qtbot, lib)
    assert f"ⓘ {OLD_TITLE}" in shown_titles(page)
    page.rename_article(first_id(lib))
    assert NEW_TITLE in shown_titles(page)


def test_shown_search_results_follow_the_new_title(qtbot, lib):
    page = make_page(qtbot, lib)
    page.run_search("请予审议")
    page.rename_article(first_id(lib))
    assert page.results.hits and {h.title for h in page.results.hits} == {NEW_TITLE}


def test_the_delete_action_asks_to_delete_the_selected_articles(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    with qtbot.waitSignal(page.delete_requested) as signal:
        action(page.context_menu(), "删除").trigger()
    assert signal.args == [[first_id(lib)]]


def test_the_open_action_opens_the_article(qtbot, lib):
    page = make_page(qtbot, lib)
    page.select_article(first_id(lib))
    with qtbot.waitSignal(page.open_requested) as signal:
        action(page.context_menu(), "打开阅读").trigger()
    assert signal.args == [first_id(lib), None]


# -- in the main window ----------------------------------------------------------------------

def renamed_in_window(make_window, monkeypatch):
    """A pasted article, open in the reader, renamed from the library screen."""
    window = make_window()
    article_id = window.import_pasted(PAGE_TEXT, "剪贴板").article_ids[0]
    window.show_page("library")
    monkeypatch.setattr(window.library_page, "ask_title", TitleAnswers("乡村振兴的绿色路径"))
    window.library_page.rename_article(article_id)
    return window


def test_the_open_article_shows_its_new_title_in_the_reader(make_window, monkeypatch):
    window = renamed_in_window(make_window, monkeypatch)
    assert window.reader_page.article.title == "乡村振兴的绿色路径"
    assert "乡村振兴的绿色路径" in window.reader_page.view.toPlainText()


def test_the_window_title_follows_the_open_article_s_new_title(make_window, monkeypatch):
    window = renamed_in_window(make_window, monkeypatch)
    assert window.windowTitle() == "乡村振兴的绿色路径"  # the window system adds " — 学而"


def test_rename_errors_go_through_the_window_s_messages(make_window, monkeypatch):
    window = make_window()
    article_id = window.import_pasted(PAGE_TEXT, "剪贴板").article_ids[0]
    monkeypatch.setattr(window.library_page, "ask_title", TitleAnswers(""))
    window.library_page.rename_article(article_id)
    assert window.messages.shown[-1][:2] == ("warn", "无法重命名")


# -- the dialog ------------------------------------------------------------------------------

def test_dialog_is_prefilled_with_the_current_title(qtbot):
    dialog = RenameDialog(OLD_TITLE)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == OLD_TITLE and dialog.title_edit.selectedText() == OLD_TITLE


def test_dialog_returns_the_typed_title_stripped(qtbot):
    dialog = RenameDialog(OLD_TITLE)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText(f"  {NEW_TITLE} ")
    assert dialog.title() == NEW_TITLE


def test_dialog_cannot_be_confirmed_with_a_blank_title(qtbot):
    dialog = RenameDialog(OLD_TITLE)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()


def test_dialog_text_follows_the_large_interface_size(qtbot):
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    try:
        apply_ui_size(app, 26)
        dialog = RenameDialog(OLD_TITLE)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.title_edit.fontInfo().pixelSize() == 26 and dialog.ok_button.fontInfo().pixelSize() == 26
        # a 20-character title is shown whole at that size
        assert dialog.title_edit.width() >= dialog.title_edit.fontMetrics().horizontalAdvance("国" * 20)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)

"""Large type: the interface follows A+/A− with the article, and the size is remembered."""
from PySide6.QtWidgets import QApplication

from gui.study_widgets import study_style
from gui.ui_style import app_stylesheet, apply_ui_size
from tests.gui.conftest import PAGE_TEXT, restart


def test_interface_text_is_at_least_16_px_in_menus_tables_and_lists():
    sheet = app_stylesheet(16)
    sized = sheet.split("{")[0]
    assert "font-size: 16px" in sheet and all(w in sized for w in ("QMenuBar", "QTableView", "QListWidget"))


def test_check_boxes_in_lists_grow_with_the_text():
    assert "QListView::indicator" in app_stylesheet(20) and "width: 24px" in app_stylesheet(20)


def test_bigger_type_enlarges_the_whole_interface(make_window):
    window = make_window()
    sizes = []
    window._restyle = sizes.append
    window.import_pasted(PAGE_TEXT, "甲")
    for _ in range(2):
        window.bigger_action.trigger()
    assert sizes[-1] == 18 and window.reader_page.settings.body_px == 22


def test_study_pages_follow_the_interface_size(make_window):
    window = make_window()
    window.show_page("review")
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    assert window.pages["review"].styleSheet() == study_style(18)


def test_interface_size_is_remembered_after_a_restart(make_window):
    window = make_window()
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    again = restart(window, make_window)
    assert again.ui_px() == 18


def test_learner_chooser_keeps_its_room_when_type_grows(make_window, qtbot):
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    window = make_window()
    window._restyle = lambda px: apply_ui_size(app, px)
    window._restyle(window.ui_px())  # as the app starts
    window.show()
    qtbot.waitExposed(window)
    window.add_profile_switcher()
    app.processEvents()
    try:
        for _ in range(8):
            window.bigger_action.trigger()
        app.processEvents()
        switcher = window.profile_switcher
        combo, button = switcher.combo.geometry(), switcher.settings_button.geometry()
        assert switcher.width() >= switcher.sizeHint().width()
        assert combo.right() < button.left() and combo.width() >= switcher.combo.minimumWidth()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_every_page_fits_a_1366_by_768_screen_at_the_largest_type(make_window, qtbot):
    """The least size the window asks for stays within a laptop screen (less the taskbar and frame)
    on every page; the offscreen screen is too small to show the window's real size."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    window = make_window()
    window._restyle = lambda px: apply_ui_size(app, px)
    try:
        for _ in range(12):
            window.bigger_action.trigger()
        window.show()
        qtbot.waitExposed(window)
        for key in ("library", "reader", "review", "practice", "exam", "wrong_book", "progress", "contest"):
            window.show_page(key)
            app.processEvents()
            least = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert least.width() <= 1366 - 20 and least.height() <= 768 - 80, key
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)

"""The main window: import by paste and by dropping files, search, delete, pages."""
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from content.library import Library
from gui.library_models import Column
from gui.main_window import MainWindow
from gui.paste_dialog import PasteDialog
from gui.settings import AppSettings
from tests.gui.conftest import OTHER_PAGE_TEXT, PAGE_TEXT, RecordingMessages


def test_paste_import_stores_articles_and_opens_the_first(make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(PasteDialog, "get_text", classmethod(lambda cls, parent=None: (PAGE_TEXT, "剪贴板")))
    window.paste_action.trigger()
    assert window.current_page_key() == "reader"
    assert window.reader_page.article.title == "以绿色发展理念引领乡村振兴"
    assert [s.title for s in window.lib.list_articles()] == ["以绿色发展理念引领乡村振兴"]


def test_paste_dialog_returns_text_and_source_name(qtbot):
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("学习材料")
    dialog.text_edit.setPlainText(PAGE_TEXT)
    assert dialog.ok_button.isEnabled() and dialog.values() == (PAGE_TEXT, "学习材料")


def test_paste_dialog_opens_with_the_cursor_in_the_text_box(qtbot):
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.text_edit


def test_pasting_nothing_useful_shows_a_chinese_message(make_window):
    window = make_window()
    result = window.import_pasted("   ", "空白")
    assert not result.ok and window.messages.shown[0][0] == "warn" and "空白" in window.messages.shown[0][2]


def test_search_lists_the_matching_sentence(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.library_page.run_search("草原")
    rows = [window.library_page.results.data(window.library_page.results.index(r))
            for r in range(window.library_page.results.rowCount())]
    assert rows == ["《以绿色发展理念引领乡村振兴》\n要坚持绿水青山就是金山银山，加强草原保护，推进退耕还林，巩固农畜产品生产基地。"]


def test_opening_a_search_hit_scrolls_to_it_and_marks_it(make_window, qtbot):
    window = make_window()
    window.import_pasted(PAGE_TEXT + "\n" * 2, "甲")
    window.show()
    qtbot.waitExposed(window)
    window.show_page("library")
    window.library_page.run_search("特色")
    view = window.library_page.results_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0)).center())
    marks = window.reader_page.view.extraSelections()
    assert window.current_page_key() == "reader" and [m.cursor.selectedText() for m in marks] == ["特色"]


def test_search_hit_is_visible_in_the_reader(make_window, qtbot):
    window = make_window()
    long_page = PAGE_TEXT.replace("生态保护是乡村振兴的底线。", "生态保护是乡村振兴的底线。" * 60)
    window.import_pasted(long_page, "长")
    window.show()
    qtbot.waitExposed(window)
    hit = window.lib.search("精深加工")[0]
    window.open_article(hit.article_id, hit)
    view = window.reader_page.view
    marks = view.extraSelections()
    rect = view.cursorRect(marks[0].cursor)
    assert view.verticalScrollBar().value() > 0 and view.viewport().rect().contains(rect.center())


def test_delete_asks_first_and_removes_the_article(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    article_id = window.lib.list_articles()[0].id
    window.delete_articles([article_id])
    assert window.messages.shown[-1][0] == "confirm" and window.lib.list_articles() == []


def test_delete_declined_keeps_the_article(make_window):
    window = make_window(messages=RecordingMessages(answer=False))
    window.import_pasted(PAGE_TEXT, "甲")
    window.delete_articles([window.lib.list_articles()[0].id])
    assert len(window.lib.list_articles()) == 1


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropped_files_are_imported_and_a_bad_one_is_named(make_window, qtbot, tmp_path):
    good, other, bad = tmp_path / "版面.txt", tmp_path / "另一版.txt", tmp_path / "坏文件.docx"
    good.write_text(PAGE_TEXT, encoding="utf-8")
    other.write_text(OTHER_PAGE_TEXT, encoding="gb18030")
    bad.write_bytes(b"not a zip at all")
    window = make_window()
    with qtbot.waitSignal(window.articles_imported, timeout=20_000):
        drop(window, [good, bad, other])
    titles = {s.title for s in window.lib.list_articles()}
    assert {"以绿色发展理念引领乡村振兴", "推动牧区现代化"} <= titles
    assert window.messages.shown[0][0] == "warn" and "坏文件.docx" in window.messages.shown[0][2]


def test_registered_page_gets_a_navigation_entry(make_window):
    window = make_window()
    window.register_page("review", "复习", QLabel("复习页"), "Ctrl+3")
    window.show_page("review")
    assert window.nav.item(window.nav.count() - 1).text() == "复习" and window.current_page_key() == "review"


def test_library_table_lists_imported_articles(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.import_pasted(OTHER_PAGE_TEXT, "乙")
    model = window.library_page.proxy
    titles = sorted(model.data(model.index(r, Column.TITLE)) for r in range(model.rowCount()))
    assert titles == sorted(s.title for s in window.lib.list_articles()) and len(titles) >= 2


def test_library_shows_progress_after_reading(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.reader_page.reading.reached(0.5)
    window.show_page("library")
    model = window.library_page.model
    assert model.data(model.index(0, Column.PROGRESS)) != "未读"


def test_exporting_a_study_pack_with_nothing_chosen_warns(make_window):
    window = make_window()
    group_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "集体学习(&G)")
    next(a for a in group_menu.actions() if a.text() == "导出学习包…").trigger()
    assert window.messages.shown[0][0] == "warn" and "选择" in window.messages.shown[0][2]


def test_a_page_that_fails_to_build_is_explained_and_can_be_retried(make_window):
    window = make_window()
    attempts = []

    def flaky(_window):
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("表不存在")
        return QLabel("好了")

    window.register_page("flaky", "试验", flaky)
    window.show_page("flaky")
    kind, _title, text = window.messages.shown[0]
    assert kind == "warn" and "再点一次" in text and "表不存在" in text
    window.show_page("flaky")
    assert window.current_page_key() == "flaky" and len(attempts) == 2


def test_an_unfinished_exam_is_offered_at_start_and_resumed(make_window):
    from quiz.exam import ExamSession
    from tests.quiz.learning_fixtures import question
    window = make_window()
    store = window.learning_store()
    ExamSession.start(store, store.ensure_profile(), [question(i) for i in range(3)])
    assert window.offer_unfinished_exam()
    assert "继续测验" == window.messages.shown[0][1] and window.current_page_key() == "exam"
    assert window.pages["exam"].stack.currentIndex() == 1


def test_closing_the_window_stops_the_reading_timer(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.close()
    assert not window.reader_page.flush_timer.isActive()


def test_a_failed_file_is_named_once():
    from types import SimpleNamespace
    from gui.import_controller import failed_files_message
    results = [SimpleNamespace(ok=False, path="/x/fake.docx", message="“fake.docx”不是 Word 文件，无法导入"),
               SimpleNamespace(ok=False, path="/x/a.txt", message="文件是空的")]
    text = failed_files_message(results)
    assert text.count("fake.docx") == 1 and "a.txt：文件是空的" in text


def test_a_sliver_of_a_window_left_at_closing_opens_again_at_a_usable_size(qtbot, data_dir, settings_path):
    sliver = QWidget()
    sliver.setGeometry(10, 40, 420, 240)
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set_window_state("geometry", sliver.saveGeometry())
    window = MainWindow(Library.open(data_dir), data_dir, settings, messages=RecordingMessages())
    qtbot.addWidget(window)
    size = window.normalGeometry().size()
    screen = window.screen().availableGeometry()
    assert size.width() >= min(900, screen.width() // 2) and size.height() >= min(600, screen.height() // 2)
    window.lib.close()


def test_the_group_menu_records_a_group_session(make_window, monkeypatch):
    from gui.session_dialog import SessionDialog
    window = make_window()
    calls = []
    monkeypatch.setattr(SessionDialog, "record", classmethod(lambda cls, parent, lib, ids, messages, **kw: calls.append(
        (parent, lib, ids))))
    group = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("集体学习"))
    action = next(a for a in group.actions() if a.text() == "登记集体学习…")
    action.trigger()
    assert calls == [(window, window.lib, window.chosen_article_ids())]


def test_the_import_dialog_opens_in_the_folder_last_imported_from(make_window, monkeypatch, tmp_path):
    folder = tmp_path / "学习材料"
    folder.mkdir()
    chosen = [[str(folder / "报告.txt")], []]
    starts = []

    def ask(parent, caption, pattern, start=None):
        starts.append(start)
        return chosen.pop(0)
    monkeypatch.setattr("gui.import_controller.ask_open_paths", ask)
    window = make_window()
    monkeypatch.setattr(window.importer, "import_paths", lambda paths: None)
    window.choose_files()
    window.choose_files()
    assert starts[1] == str(folder) and window.settings.import_folder == str(folder)


def test_the_open_dialog_falls_back_to_the_users_folder_when_the_last_one_is_gone(tmp_path, monkeypatch, qapp):
    from gui import file_dialogs
    seen = []
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: seen.append(dialog.directory().absolutePath()) or [])
    file_dialogs.ask_open_paths(None, "导入", "*", str(tmp_path / "已删除"))
    file_dialogs.ask_open_paths(None, "导入", "*", str(tmp_path))
    assert seen == [str(file_dialogs.user_folder()), str(tmp_path)]


def test_importing_a_file_already_in_the_library_says_so():
    """New-user walkthrough 3, #8: a second import said only 已导入 0 篇文章。"""
    from content.importer import FileResult
    from gui.import_controller import imported_message
    again = FileResult("/tmp/报告.txt", True, "", [3], added=False)
    new = FileResult("/tmp/讲话.docx", True, "", [4, 5], added=True)
    assert imported_message([again]) == "“报告.txt”已经在文库里了，没有重复导入。"
    assert imported_message([new, again]) == "已导入 2 篇文章。“报告.txt”已经在文库里了，没有重复导入。"


def test_a_save_dialog_opens_in_the_folder_of_the_last_save(make_window, monkeypatch, tmp_path):
    """New-user walkthrough 3, #9: the paper and the ledger dialogs started in the home folder each time."""
    from gui import file_dialogs
    window = make_window()
    seen = []
    answers = [[str(tmp_path / "试卷A.docx")], []]
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: seen.append(dialog.directory().absolutePath())
                        or answers.pop(0))
    assert file_dialogs.ask_save_path(window, "导出", "试卷.docx", "*.docx") == str(tmp_path / "试卷A.docx")
    file_dialogs.ask_save_path(window.library_page, "导出学习台账", "学习台账.xlsx", "*.xlsx")
    assert seen[1] == str(tmp_path) and window.settings.save_folder == str(tmp_path)


def test_a_page_that_is_not_ready_to_be_left_keeps_the_window_on_it(make_window):
    """A contest under way asks before the host leaves its page (ContestPage.may_leave)."""
    window = make_window()
    window.show_page("contest")
    contest = window.page("contest")
    contest.may_leave = lambda: False
    window.show_page("library")
    assert window.current_page_key() == "contest"
    contest.may_leave = lambda: True
    window.show_page("library")
    assert window.current_page_key() == "library"


def test_a_page_can_ask_for_another_page(make_window):
    """练习's 去错题本 button: the practice page asks, the window shows the 错题本."""
    window = make_window()
    window.show_page("practice")
    window.page("practice").page_requested.emit("wrong_book")
    assert window.current_page_key() == "wrong_book"


def test_a_save_dialog_from_a_dialog_of_the_window_remembers_the_folder_too(make_window, monkeypatch, tmp_path):
    """New-user walkthrough 4: the 试卷 dialog's Word export opened in the home folder every time (the
    dialog is a window of its own; the folder is remembered by the main window behind it)."""
    from PySide6.QtWidgets import QDialog, QPushButton
    from gui import file_dialogs
    window = make_window()
    window.settings.save_folder = str(tmp_path)
    dialog = QDialog(window)
    button = QPushButton("导出", dialog)
    seen = []
    monkeypatch.setattr(file_dialogs, "_run", lambda d: seen.append(d.directory().absolutePath()) or [])
    file_dialogs.ask_save_path(button, "保存试卷", "试卷.docx", "*.docx")
    assert seen == [str(tmp_path)]


def test_a_redone_analysis_does_not_reload_the_library_list(make_window, monkeypatch):
    """After an upgrade every article is analysed again: the list (its rows unchanged) is not re-read each time."""
    window = make_window()
    window.import_pasted(PAGE_TEXT_FOR_REFRESH, "页")
    ids = [s.id for s in window.library_page.model.summaries]
    refreshed = []
    monkeypatch.setattr(window.library_page, "refresh", lambda: refreshed.append(1))
    window._article_analysed(ids[0])            # no key terms yet in the list: its row changes
    assert refreshed == [1]
    window.library_page.model.summaries[0].has_analysis = True
    window._article_analysed(window.library_page.model.summaries[0].id)
    assert refreshed == [1]


PAGE_TEXT_FOR_REFRESH = "发展新质生产力\n加快发展新质生产力。新质生产力是先进生产力。要织密“六张网”。"


def test_an_analysis_that_arrives_after_closing_reads_nothing(make_window):
    """A background result landing after closeEvent used to read the closed library and raise."""
    window = make_window()
    window.import_pasted(PAGE_TEXT_FOR_REFRESH, "页")
    article_id = window.library_page.model.summaries[0].id
    window.close()
    window.lib.close()                    # as close_app does once the window has closed
    window._article_analysed(article_id)  # must not touch the closed library (it used to raise)
    assert window._closed


def test_the_reading_menu_offers_the_way_back_after_a_jump(make_window):
    """ux6 #7: 返回上一篇 (Alt+←) was only a button that shows after a jump; the 阅读 menu lists it, greyed
    while there is nowhere to go back to."""
    window = make_window()
    reading = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("阅读"))
    back = next(a for a in reading.actions() if "返回上一篇" in a.text())
    assert back is window.reader_page.jumps.back_action and not back.isEnabled()

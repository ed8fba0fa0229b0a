"""Starting the app: data dir, first start with the sample page, the Chinese-font check."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from gui import app as app_module
from gui.fonts import MISSING_FONT_MESSAGE, has_chinese_font
from gui.settings import AppSettings


def test_data_dir_comes_from_the_command_line():
    assert app_module.parse_data_dir(["--data-dir", "/tmp/x"]) == "/tmp/x"


def test_first_start_opens_the_sample_pages_first_article(qtbot, data_dir, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    _app, window = app_module.start_app(["--data-dir", str(data_dir)], settings)
    try:
        first = min(s.id for s in window.lib.list_articles())
        assert window.current_page_key() == "reader" and window.reader_page.article_id == first
        assert len(window.lib.list_articles()) == 3
        assert window.isMaximized()  # no remembered layout yet: the whole screen, large
    finally:
        window.close()
        app_module.close_app(window)


def test_second_start_does_not_import_the_sample_again(qtbot, data_dir, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for _ in range(2):
        _app, window = app_module.start_app(["--data-dir", str(data_dir)], settings)
        count = len(window.lib.list_articles())
        window.close()
        app_module.close_app(window)
    assert count == 3


def test_missing_chinese_font_gives_a_clear_message(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "preferred_chinese_family", lambda: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert app_module.check_fonts(qapp) == "" and shown == [MISSING_FONT_MESSAGE]


def test_missing_font_message_is_readable_without_chinese():
    assert "No Chinese font" in MISSING_FONT_MESSAGE and "fonts-wqy-microhei" in MISSING_FONT_MESSAGE


def test_this_machine_has_a_chinese_font(qapp):
    assert has_chinese_font()


def test_next_start_reopens_the_article_read_last(qtbot, data_dir, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    _app, window = app_module.start_app(["--data-dir", str(data_dir)], settings)
    last = max(s.id for s in window.lib.list_articles())
    window.open_article(last)
    window.close()
    app_module.close_app(window)
    _app, window = app_module.start_app(["--data-dir", str(data_dir)], settings)
    try:
        assert window.reader_page.article_id == last
    finally:
        window.close()
        app_module.close_app(window)


def test_pinyin_font_has_every_tone_letter(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from gui.fonts import pinyin_families
    metrics = QFontMetrics(QFont(pinyin_families()[0]))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")


def test_qt_standard_buttons_are_in_chinese(qapp):
    from PySide6.QtWidgets import QMessageBox
    from gui.app import install_qt_translations
    assert install_qt_translations(qapp)
    box = QMessageBox(QMessageBox.Icon.Warning, "标题", "内容", QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"


def test_file_dialog_labels_are_in_chinese(qapp):
    from PySide6.QtWidgets import QFileDialog
    from gui.file_dialogs import file_dialog
    dialog = file_dialog(None, "导入", "", "*.txt", QFileDialog.FileMode.ExistingFile)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "查找范围："


def test_save_dialog_starts_in_the_users_folder_not_the_working_directory():
    from gui.file_dialogs import start_path, user_folder
    assert start_path("试卷.docx") == str(user_folder() / "试卷.docx")


def test_a_data_folder_named_on_the_command_line_keeps_its_own_preferences(qtbot, data_dir, tmp_path, monkeypatch):
    """A copy carried between intranet machines (or a second library) brings its type size along, and
    two data folders do not share one remembered save folder."""
    from gui import settings as settings_module
    from gui.settings import SETTINGS_FILE
    # the user's own preferences of this machine (a large type left by a manual run) must not leak in
    empty = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(settings_module, "default_qsettings", lambda: empty)
    _app, window = app_module.start_app(["--data-dir", str(data_dir)])
    try:
        window.settings.body_px = 30
        window.settings.save_folder = str(data_dir)
    finally:
        window.close()
        app_module.close_app(window)
    stored = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert stored.value("reader/body_px") in (30, "30")


def test_without_a_named_data_folder_the_users_own_preferences_are_used():
    from gui.settings import default_qsettings, qsettings_for
    assert qsettings_for(None).fileName() == default_qsettings().fileName()


def test_a_named_data_folder_starts_from_the_users_preferences_so_none_are_lost(tmp_path, monkeypatch):
    """Someone who already started the app with XUEER_HOME keeps the type size set before the upgrade."""
    from gui import settings as settings_module
    user = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    user.setValue("reader/body_px", 26)
    user.sync()
    monkeypatch.setattr(settings_module, "default_qsettings", lambda: user)
    folder = tmp_path / "库"
    folder.mkdir()
    assert AppSettings(settings_module.qsettings_for(folder)).body_px == 26
    own = AppSettings(settings_module.qsettings_for(folder))
    own.body_px = 30
    assert AppSettings(settings_module.qsettings_for(folder)).body_px == 30   # copied once, then its own
    assert AppSettings(user).body_px == 26

"""The main window's menus: 文件, 阅读 (whose zoom/pinyin/term actions also sit on the reader's
toolbar) and 集体学习. Each action calls one method of the window or one function of gui.group_actions.

    build_menus(window)   # once, from MainWindow.__init__
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def add_action(window, text: str, shortcut, slot, menu) -> QAction:
    """A menu entry whose shortcut (one, or a list) works anywhere in the window."""
    action = QAction(text, window)
    if shortcut:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def build_menus(window) -> None:
    _file_menu(window)
    _reading_menu(window)
    _group_menu(window)


def _file_menu(window) -> None:
    menu = window.menuBar().addMenu(window.tr("文件(&F)"))
    window.import_action = add_action(window, window.tr("导入文件…"), "Ctrl+O", window.choose_files, menu)
    window.paste_action = add_action(window, window.tr("粘贴导入…"), "Ctrl+Shift+V", window.paste_import, menu)
    menu.addSeparator()
    add_action(window, window.tr("退出"), "Ctrl+Q", window.close, menu)


def _reading_menu(window) -> None:
    reader = window.reader_page
    view = window.menuBar().addMenu(window.tr("阅读(&R)"))
    add_action(window, window.tr("文库"), None, lambda: window.show_page("library"), view)
    add_action(window, window.tr("搜索全文"), "Ctrl+F", window.focus_search, view)
    view.addAction(reader.jumps.back_action)  # 返回上一篇 (Alt+←), after a jump to another article
    view.addSeparator()
    window.bigger_action = add_action(window, window.tr("放大字号"), ["Ctrl+=", "Ctrl++"], lambda: reader.zoom(+2), view)
    window.smaller_action = add_action(window, window.tr("缩小字号"), "Ctrl+-", lambda: reader.zoom(-2), view)
    window.pinyin_action = add_action(window, window.tr("显示拼音"), "Ctrl+P", reader.set_pinyin_shown, view)
    window.pinyin_action.setCheckable(True)
    window.pinyin_action.setChecked(window.settings.pinyin_shown)
    window.add_term_action = add_action(window, window.tr("把选中文字加为重点词"), "Ctrl+K",
                                        reader.add_selected_term, view)
    window.term_list_action = add_action(window, window.tr("本文重点词一览"), "Ctrl+L",
                                         lambda: show_term_list(window), view)
    view.addSeparator()
    window.present_action = add_action(window, window.tr("演示模式"), "F5", window.present, view)
    toolbar = ((window.smaller_action, "A−"), (window.bigger_action, "A+"),
               (window.pinyin_action, "拼音"), (window.add_term_action, "加为重点词"),
               (window.term_list_action, "本文重点词"))
    for action, label in toolbar:
        action.setIconText(window.tr(label))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({shortcut})")
    window.pinyin_action.setToolTip(window.tr("显示拼音 (Ctrl+P)：只给生僻字和重点词里的多音字注音，常用字不注。"))
    # the button says how many characters got pinyin: pressed with nothing to show looked broken
    reader.pinyin_marked.connect(lambda n: window.pinyin_action.setIconText(pinyin_label(window, n)))
    reader.add_toolbar_actions([action for action, _label in toolbar])


def show_term_list(window) -> None:
    """本文重点词 of the article being read, over the reading screen (from the library too: the list is
    the open article's, so the reader comes up behind it)."""
    if window.reader_page.article is not None:
        window.show_page("reader")
    window.reader_page.show_term_list()


def pinyin_label(window, marked: int) -> str:
    """拼音 while hidden; 拼音：注了2字 or 拼音：无需注音 while shown."""
    if marked < 0:
        return window.tr("拼音")
    return window.tr("拼音：无需注音") if marked == 0 else window.tr("拼音：注了%1字").replace("%1", str(marked))


def _group_menu(window) -> None:
    group = window.menuBar().addMenu(window.tr("集体学习(&G)"))
    add_action(window, window.tr("出试卷…"), "Ctrl+Shift+P", lambda: _make_paper(window), group)
    add_action(window, window.tr("知识竞赛"), None, lambda: window.show_page("contest"), group)
    add_action(window, window.tr("登记集体学习…"), None, lambda: _record_session(window), group)
    add_action(window, window.tr("录入试卷成绩…"), None, lambda: _record_paper_scores(window), group)
    window.records_action = add_action(window, window.tr("学习记录…"), None, lambda: _show_records(window), group)
    group.addSeparator()
    add_action(window, window.tr("导出学习台账…"), None, lambda: _export_ledger(window), group)
    add_action(window, window.tr("导出学习包…"), None, lambda: _export_pack(window), group)
    add_action(window, window.tr("导入学习包…"), None, lambda: _import_pack(window), group)


# The group features load quiz/ (papers, ledgers, packs) only when first used, not at start.
def _record_session(window) -> None:
    from gui.group_actions import record_group_session
    record_group_session(window, window.lib, window.chosen_article_ids(), window.messages)


def _show_records(window) -> None:
    from gui.group_actions import show_group_records
    show_group_records(window, window.lib, window.messages)


def _record_paper_scores(window) -> None:
    from gui.paper_scores_dialog import PaperScoresDialog
    PaperScoresDialog.record(window, window.lib, window.messages)


def _make_paper(window) -> None:
    from gui.paper_dialog import PaperDialog
    PaperDialog.run(window, window.lib, window.chosen_article_ids())


def _export_ledger(window) -> None:
    from gui.ledger_dialog import export_ledger
    window.reader_page.flush_reading()  # the reading time so far belongs in the ledger
    export_ledger(window, window.lib, window.messages)


def _export_pack(window) -> None:
    from gui.group_actions import export_study_pack
    export_study_pack(window, window.lib, window.chosen_article_ids(), window.messages)


def _import_pack(window) -> None:
    from gui.group_actions import import_study_pack
    if import_study_pack(window, window.lib, window.messages) is not None:
        window.library_page.refresh()
        window.request_analysis()

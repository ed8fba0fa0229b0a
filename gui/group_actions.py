"""Menu actions for group study that need no page of their own: study packs (the 学习台账 has gui/ledger_dialog.py).

Each asks for a file, calls one function of quiz/, and reports in Chinese; `choose_path` is
injected so tests answer the file dialog.

    export_study_pack(window, lib, [1, 2], messages)       # 集体学习 → 导出学习包… (asks what goes in)
    import_study_pack(window, lib, messages)               # 集体学习 → 导入学习包… (PackImport or None)
    record_group_session(window, lib, [1, 2], messages)    # 集体学习 → 登记集体学习… (GroupSession or None)
    show_group_records(window, lib, messages)              # 集体学习 → 学习记录… (correct or delete records)
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication

from content.model import BadInput
from gui.file_dialogs import ask_open_path, ask_save_path
from quiz.pack_contents import PackContents
from quiz.study_pack import SUFFIX, PackImport, export_pack, import_pack

def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupActions", text)


PathChooser = Callable[[str, str, str], str]    # (caption, suggested name, filter) -> path or ""


def save_path(parent) -> PathChooser:
    def choose(caption: str, suggested: str, pattern: str) -> str:
        return ask_save_path(parent, caption, suggested, pattern)
    return choose


def open_path(parent) -> PathChooser:
    def choose(caption: str, suggested: str, pattern: str) -> str:
        return ask_open_path(parent, caption, pattern)
    return choose


def _with_suffix(path: str, suffix: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == suffix else Path(path + suffix)


ContentsChooser = Callable[[object, list[int]], "PackContents | None"]   # (lib, chosen ids) -> contents


def export_study_pack(parent, lib, article_ids: list[int], messages, choose_path: PathChooser | None = None,
                      choose_contents: ContentsChooser | None = None) -> Path | None:
    """Tick the articles and question sets (gui/pack_dialog.py, the window's choice preselected), then the file."""
    if not lib.list_articles():
        messages.warn(_tr("无法导出学习包"), "文库里还没有文章可以选择。请先导入文章，再导出学习包。")
        return None
    if choose_contents is None:
        from gui.pack_dialog import PackExportDialog
        choose_contents = lambda library, ids: PackExportDialog.choose(parent, library, ids)   # noqa: E731
    contents = choose_contents(lib, article_ids)
    if contents is None:
        return None
    path = (choose_path or save_path(parent))(_tr("导出学习包"), f"学习包_{date.today():%Y%m%d}{SUFFIX}",
                                              f"学而学习包 (*{SUFFIX})")
    if not path:
        return None
    try:
        out = export_pack(lib, contents.article_ids, _with_suffix(path, SUFFIX), question_sets=contents.question_sets)
    except BadInput as exc:
        messages.warn(_tr("无法导出学习包"), str(exc))
        return None
    messages.inform(_tr("学习包已导出"), f"学习包里有 {contents.summary()}。\n已保存到：\n{out}\n\n"
                    "把它拷到其他电脑，用“集体学习 → 导入学习包…”即可，不需要联网。")
    return out


def import_study_pack(parent, lib, messages, choose_path: PathChooser | None = None) -> PackImport | None:
    path = (choose_path or open_path(parent))(_tr("导入学习包"), "", f"学而学习包 (*{SUFFIX});;所有文件 (*)")
    if not path:
        return None
    try:
        result = import_pack(lib, Path(path))
    except BadInput as exc:
        messages.warn(_tr("无法导入学习包"), str(exc))
        return None
    messages.inform(_tr("学习包已导入"), result.message())
    return result


def record_group_session(parent, lib, article_ids: list[int], messages):
    """A 集体学习, 中心组学习 or 主题党日 with its 学习主题, for the 学习台账 (gui/session_dialog.py)."""
    from gui.session_dialog import SessionDialog      # quiz's session checks load only when used
    return SessionDialog.record(parent, lib, article_ids, messages)


def show_group_records(parent, lib, messages) -> None:
    """The sessions and paper scores recorded, to correct or delete (gui/group_records_dialog.py)."""
    from gui.group_records_dialog import GroupRecordsDialog
    GroupRecordsDialog.show_records(parent, lib, messages)

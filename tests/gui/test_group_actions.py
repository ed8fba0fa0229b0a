from content.library import Library
from content.model import Article, Page, Section
from gui.group_actions import export_study_pack, import_study_pack
from quiz.study_pack import pack_contents
from tests.gui.conftest import RecordingMessages


def library():
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article("甲文", sections=[Section(None, ["正文。"])])]), "p", "h")
    return lib


def test_pack_export_then_import_elsewhere(qtbot, tmp_path):
    src, dst, messages = library(), Library(":memory:"), RecordingMessages()
    pack = export_study_pack(None, src, src.article_ids(), messages, lambda *a: str(tmp_path / "包"),
                             lambda library, ids: pack_contents(library, ids))
    result = import_study_pack(None, dst, messages, lambda *a: str(pack))
    assert pack.suffix == ".xuepack" and result.articles_added == 1 and dst.list_articles()[0].title == "甲文"


def test_pack_export_cancelled_in_the_dialog_writes_nothing(qtbot):
    messages = RecordingMessages()
    asked = []
    assert export_study_pack(None, library(), [], messages, lambda *a: asked.append(a) or "x", lambda *a: None) is None
    assert asked == [] and messages.shown == []


def test_foreign_file_import_warns_in_chinese(qtbot, tmp_path):
    bad = tmp_path / "x.xuepack"
    bad.write_text("不是学习包", encoding="utf-8")
    messages = RecordingMessages()
    assert import_study_pack(None, Library(":memory:"), messages, lambda *a: str(bad)) is None
    assert messages.shown[0][0] == "warn" and "学习包" in messages.shown[0][2]

import json
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from content.library import Library
from gui.group_actions import export_study_pack
from gui.pack_dialog import PackExportDialog
from quiz.question_sets import QuestionSet, QuestionSetStore
from tests.gui.conftest import RecordingMessages
from tests.gui.pack_fixtures import organiser_library


def dialog(qtbot, lib, chosen):
    d = PackExportDialog(lib, chosen)
    qtbot.addWidget(d)
    return d


def item_for(box, key):
    return next(box.item(i) for i in range(box.count()) if box.item(i).data(Qt.ItemDataRole.UserRole) == key)


def test_the_paper_on_the_article_read_comes_ticked_with_its_articles(qtbot):
    lib, ids, paper = organiser_library()
    d = dialog(qtbot, lib, ids[:1])
    assert d.checked(d.articles) == ids[:3] and d.checked(d.question_sets) == [paper.id]


def test_the_dialog_says_what_will_be_packed(qtbot):
    lib, ids, _ = organiser_library()
    d = dialog(qtbot, lib, ids[:1])
    assert "3 篇文章、1 套题（9 题）" in d.summary.text() and "《乙文》《丙文》" in d.note.text()


def test_unticking_an_article_of_the_paper_takes_the_paper_out(qtbot):
    lib, ids, _ = organiser_library()
    d = dialog(qtbot, lib, ids[:1])
    item_for(d.articles, ids[1]).setCheckState(Qt.CheckState.Unchecked)
    assert d.checked(d.question_sets) == [] and "不再放入" in d.note.text() and "2 篇文章，不带题目" in d.summary.text()


def test_ticking_a_paper_ticks_its_articles_and_says_so(qtbot):
    lib, ids, paper = organiser_library()
    d = dialog(qtbot, lib, [ids[3]])        # an article no paper is about: nothing else ticked
    item_for(d.question_sets, paper.id).setCheckState(Qt.CheckState.Checked)
    assert sorted(d.checked(d.articles)) == sorted(ids) and "已同时勾选" in d.note.text()


def test_a_paper_whose_article_was_deleted_cannot_be_ticked(qtbot):
    lib, ids, _ = organiser_library()
    QuestionSetStore(lib.db).save(QuestionSet("旧卷", [ids[0], 999], [{"id": "a", "stem": "题"}]))
    d = dialog(qtbot, lib, [])
    old = next(d.question_sets.item(i) for i in range(d.question_sets.count()) if "旧卷" in d.question_sets.item(i).text())
    assert not (old.flags() & Qt.ItemFlag.ItemIsEnabled) and "已从文库删除" in old.text()


def test_nothing_ticked_cannot_be_exported(qtbot):
    lib, ids, _ = organiser_library()
    d = dialog(qtbot, lib, [ids[3]])
    item_for(d.articles, ids[3]).setCheckState(Qt.CheckState.Unchecked)
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "至少勾选" in d.summary.text()


def test_export_packs_what_the_dialog_shows(qtbot, tmp_path):
    lib, ids, _ = organiser_library()
    messages = RecordingMessages()
    pack = export_study_pack(None, lib, ids[:1], messages, lambda *a: str(tmp_path / "包"),
                             lambda library, chosen: dialog(qtbot, library, chosen).contents())
    with zipfile.ZipFile(pack) as zf:
        articles, sets = json.loads(zf.read("articles.json")), json.loads(zf.read("question_sets.json"))
    assert (len(articles), len(sets), len(sets[0]["questions"])) == (3, 1, 9)
    assert "3 篇文章、1 套题（9 题）" in messages.shown[-1][2]


def test_export_from_an_empty_library_warns(qtbot):
    messages = RecordingMessages()
    assert export_study_pack(None, Library(":memory:"), [], messages, lambda *a: "x", lambda *a: None) is None
    assert messages.shown[0][0] == "warn" and "还没有文章" in messages.shown[0][2]

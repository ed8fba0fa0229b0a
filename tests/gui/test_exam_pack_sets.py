"""测验 → 学习包里的题: a question set imported from a pack is taken as a 测验, exactly as packed."""
from gui.exam_page import RUNNING, ExamPage
from quiz.study_pack import export_pack, import_pack
from tests.gui.conftest import RecordingMessages
from tests.gui.pack_fixtures import organiser_library
from tests.gui.study_fixtures import sample_library, study_store


def member_with_pack(tmp_path):
    organiser, ids, paper = organiser_library()
    member = sample_library()
    import_pack(member, export_pack(organiser, ids[:3], tmp_path / "周五.xuepack"))
    return member, paper


def exam_page(qtbot, lib):
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    return page


def test_pack_questions_are_offered_in_the_exam_setup(qtbot, tmp_path):
    member, _ = member_with_pack(tmp_path)
    page = exam_page(qtbot, member)
    assert not page.pack_sets.isHidden() and page.pack_sets.combo.itemText(0).startswith("理论学习测试（9 题")


def test_no_pack_no_pack_box(qtbot):
    assert exam_page(qtbot, sample_library()).pack_sets.isHidden()


def test_taking_the_pack_set_runs_exactly_its_questions(qtbot, tmp_path):
    member, paper = member_with_pack(tmp_path)
    page = exam_page(qtbot, member)
    page.minutes.setValue(0)
    assert page.pack_sets.start_chosen()
    assert page.stack.currentIndex() == RUNNING and [q["id"] for q in page.exam.questions] == [q["id"] for q in paper.questions]


def test_the_pack_set_exam_keeps_the_time_set_above(qtbot, tmp_path):
    member, _ = member_with_pack(tmp_path)
    page = exam_page(qtbot, member)
    page.minutes.setValue(5)
    page.pack_sets.start_chosen()
    assert page.exam.time_limit_s == 300

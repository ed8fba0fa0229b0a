"""测验 排序: the list shows every item at once (a tester saw 5½ of 6 rows), at normal and large type."""
import pytest

from gui.exam_page import ExamPage
from tests.gui.conftest import RecordingMessages
from tests.gui.study_fixtures import sample_library, study_store
from tests.quiz.learning_fixtures import question

HEADINGS = ["坚持马克思主义在意识形态领域指导地位的根本制度", "坚持“两个结合”的根本要求",
            "坚持以人民为中心的工作导向", "坚持守正创新的重大原则", "坚持胸怀天下的文化立场",
            "坚持文化自信自强的精神标识"]


def ordering_exam(qtbot, ui_px: int, items: list[str]) -> ExamPage:
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    page.set_ui_px(ui_px)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    q = question(1, "ordering")
    q["options"] = q["answer"] = list(items)
    page.start_questions([q], [1])
    qtbot.wait(20)
    return page


def all_rows_shown(order) -> bool:
    last = order.visualItemRect(order.item(order.count() - 1))
    return order.verticalScrollBar().maximum() == 0 and last.bottom() < order.viewport().height()


@pytest.mark.parametrize("ui_px", [16, 26])
def test_six_headings_all_show_without_scrolling(qtbot, ui_px):
    page = ordering_exam(qtbot, ui_px, HEADINGS)
    assert all_rows_shown(page.form.order)


def test_items_longer_than_the_line_wrap_and_still_all_show(qtbot):
    page = ordering_exam(qtbot, 26, [h * 3 for h in HEADINGS])
    assert page.form.order.horizontalScrollBar().maximum() == 0 and all_rows_shown(page.form.order)

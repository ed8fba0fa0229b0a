from PySide6.QtWidgets import QLabel, QMainWindow

from gui.page_stack import PageStack
from tests.gui.conftest import RecordingMessages


class StayingPage(QLabel):
    """A page under way (a contest) whose host chooses to stay."""

    def may_leave(self) -> bool:
        return False


def make_stack(qtbot, built=None) -> PageStack:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = PageStack(window, RecordingMessages(), page_built=(built if built is not None else []).append)
    window.setCentralWidget(stack)
    return stack


def test_a_page_given_as_a_factory_is_built_when_first_shown(qtbot):
    built = []
    stack = make_stack(qtbot, built)
    stack.add("review", "复习", lambda _window: QLabel("复习页"))
    assert built == [] and stack.show_page("review")
    assert [w.text() for w in built] == ["复习页"] and stack.current_key() == "review"


def test_a_page_that_may_not_be_left_stays_on_screen(qtbot):
    stack = make_stack(qtbot)
    stack.add("contest", "竞赛", StayingPage("竞赛页"))
    stack.add("library", "文库", QLabel("文库页"))
    stack.show_page("contest")
    assert not stack.show_page("library") and stack.current_key() == "contest"
    assert stack.nav.currentItem().text() == "竞赛"

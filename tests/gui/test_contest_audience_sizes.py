"""Type sizes on the projector after 揭晓, at an old 1024×768 projector and larger (ux report 6 #6)."""
import random

from gui.audience_window import AudienceWindow
from quiz.contest import Contest, ContestRules, Team
from quiz.contest_display import audience_view
from tests.quiz.contest_fixtures import FakeClock, make_questions

STEM = ("《深入把握习近平文化思想的核心要义》中写道：“党的文化领导权主要体现为对意识形态工作的（ ）……”"
        "括号处提到的有哪些？")
SOURCE = ("党的文化领导权主要体现为对意识形态工作的【领导权】、【管理权】、【话语权】，"
          "内在要求把党的领导落实到中国特色社会主义文化建设的各方面和全过程。")


def long_choice(revealed: bool) -> Contest:
    questions = [{**q, "type": "multiple_choice", "stem": STEM, "explanation": SOURCE,
                  "options": ["领导权", "表达权", "管理权", "参与权"], "answer": ["领导权", "管理权"]}
                 for q in make_questions(4)]
    c = Contest([Team("第一党小组"), Team("第二党小组")], questions, random.Random(1), FakeClock(),
                ContestRules(required_per_team=1, buzzer_questions=0, risk_per_team=0))
    c.next()
    if revealed:
        c.reveal()
    return c


def painted_at(qtbot, contest, width, height) -> AudienceWindow:
    window = AudienceWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show_view(audience_view(contest))
    window.grab()
    return window


def test_source_sentence_is_readable_at_1024_by_768(qtbot):
    """It was 17 px: unreadable from the back of a meeting room."""
    assert painted_at(qtbot, long_choice(True), 1024, 768).part_px["explanation"] >= 26


def test_source_sentence_grows_with_the_window(qtbot):
    small = painted_at(qtbot, long_choice(True), 1024, 768).part_px["explanation"]
    large = painted_at(qtbot, long_choice(True), 1920, 1080).part_px["explanation"]
    assert large >= 1.3 * small


def test_source_sentence_is_nearly_as_large_as_the_stem(qtbot):
    sizes = painted_at(qtbot, long_choice(True), 1366, 768).part_px
    assert sizes["explanation"] >= 0.75 * sizes["stem"]


def test_options_are_close_to_the_stem_size(qtbot):
    sizes = painted_at(qtbot, long_choice(False), 1024, 768).part_px
    assert sizes["options"] >= 0.9 * sizes["stem"]


def test_the_stem_stays_large_beside_the_source_at_1024_by_768(qtbot):
    assert painted_at(qtbot, long_choice(True), 1024, 768).part_px["stem"] >= 36

"""The projector window paints what the contest's AudienceView says, readable from the back row."""
import random

from gui.audience_window import AudienceWindow
from gui.contest_setup import ContestSetupForm
from quiz.contest import Contest, Team
from quiz.contest_display import audience_view
from tests.quiz.contest_fixtures import FakeClock, make_questions


def true_false_view():
    questions = [{**q, "options": [], "answer": [False], "stem": "新质生产力以劳动密集为特征。"}
                 for q in make_questions(10, "true_false")]
    contest = Contest([Team("第一党小组"), Team("第二党小组")], questions, random.Random(1), FakeClock())
    contest.next()
    return audience_view(contest)


def painted(qtbot, view) -> AudienceWindow:
    window = AudienceWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_view(view)
    window.grab()                     # paints
    return window


def test_true_false_is_painted_with_label_and_both_choices(qtbot):
    text = painted(qtbot, true_false_view()).body_text
    assert "判断正误" in text and "正确" in text and "错误" in text and "新质生产力" in text


def test_true_false_choices_share_one_line(qtbot):
    lines = painted(qtbot, true_false_view()).body_text.split("\n")
    assert any("正确" in line and "错误" in line for line in lines)


def test_team_colours_are_named_not_coded(qtbot):
    form = ContestSetupForm([])
    qtbot.addWidget(form)
    names = [form.colour_box(row).currentText() for row in range(form.teams.rowCount())]
    assert names == ["红", "蓝"] and form.setup().teams[1].colour.startswith("#")


def test_a_team_row_is_as_tall_as_its_colour_box(qtbot):
    """New-user walkthrough 3: at large type the rows were lower than the colour boxes, cutting 红 and 蓝."""
    from PySide6.QtGui import QFont
    form = ContestSetupForm([])
    qtbot.addWidget(form)
    big = QFont(form.font())
    big.setPixelSize(34)
    form.setFont(big)
    form.add_team()
    row = form.teams.rowCount() - 1
    assert form.teams.rowHeight(row) >= form.colour_box(row).sizeHint().height()


def painted_at(qtbot, view, width, height) -> AudienceWindow:
    window = AudienceWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show_view(view)
    window.grab()
    return window


def test_scores_on_a_1080_line_projector_are_large(qtbot):
    sizes = painted_at(qtbot, true_false_view(), 1920, 1080).board_px
    assert len(sizes) == 2 and all(score >= 64 for _, score in sizes)


def test_team_names_on_a_1080_line_projector_are_large(qtbot):
    sizes = painted_at(qtbot, true_false_view(), 1920, 1080).board_px
    assert all(name >= 40 for name, _ in sizes)


def test_scoreboard_grows_with_the_window_height(qtbot):
    small = painted_at(qtbot, true_false_view(), 1280, 720).board_px[0]
    large = painted_at(qtbot, true_false_view(), 1920, 1080).board_px[0]
    assert large[1] >= small[1] * 1.4 and large[0] >= small[0] * 1.4


def test_a_long_team_name_is_shrunk_to_fit_its_card(qtbot):
    from PySide6.QtGui import QFontMetricsF
    questions = make_questions(10, "true_false")
    teams = [Team(f"机关第{n}党支部联合学习小组") for n in "一二三四五六"]
    contest = Contest(teams, questions, random.Random(1), FakeClock())
    contest.next()
    window = painted_at(qtbot, audience_view(contest), 1280, 720)
    name_px = window.board_px[0][0]
    card_width = (1280 - min(1280 * 0.012, 720 * 0.015) * 7) / 6
    font = window._font(name_px, bold=True)     # names are painted bold
    assert QFontMetricsF(font).horizontalAdvance(teams[0].name) <= card_width


def test_team_names_are_scaled_with_the_scores(qtbot):
    """New-user walkthrough 4: 第一党小组 was tiny beside its score on the projector."""
    name, score = painted_at(qtbot, true_false_view(), 1920, 1080).board_px[0]
    assert name >= 0.7 * score


def test_false_start_notice_is_nearly_as_large_as_the_question(qtbot):
    """New-user walkthrough 4: 抢跑：第一党小组（本题不得抢答） was the smallest line on the screen."""
    import re
    from gui.audience_window import body_template, fill_sizes
    view = true_false_view()
    view.notice = "抢跑：第一党小组（本题不得抢答）"
    filled = fill_sizes(body_template(view), 100)
    sizes = {m.group(2)[:2]: int(m.group(1)) for m in re.finditer(r'font-size:(\d+)px[^>]*>([^<]+)', filled)}
    assert sizes["抢跑"] >= 0.7 * sizes["新质"]

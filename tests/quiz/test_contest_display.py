from quiz.contest import ContestRules, Phase
from quiz.contest_display import audience_view, marked_segments
from tests.quiz.contest_fixtures import FakeClock, make_contest


def test_marked_answer_is_split_out():
    assert marked_segments("把【创新】作为第一动力") == [("把", False), ("创新", True), ("作为第一动力", False)]


def test_intro_shows_round_rules():
    view = audience_view(make_contest())
    assert view.banner == "第一轮 必答题" and "30\u00a0秒" in view.headline and not view.stem


def test_question_shows_countdown_and_whose_turn():
    clock = FakeClock()
    c = make_contest(clock=clock)
    c.next()
    clock.advance(4.5)
    view = audience_view(c)
    assert view.seconds_left == 26 and view.headline == "请第一党小组作答" and view.options[0] == "A. 甲"
    assert view.banner == "第一轮 必答题 · 第1题" and not view.answer


def test_revealed_shows_answer_and_source_sentence():
    c = make_contest()
    c.next()
    c.reveal()
    view = audience_view(c)
    assert view.answer.startswith("A") and ("甲", True) in view.explanation and view.seconds_left is None


def test_scored_wrong_shows_verdict():
    c = make_contest()
    c.next()
    c.wrong()
    assert audience_view(c).verdict == "回答错误"


def test_finished_shows_ranking():
    c = make_contest(rules=ContestRules(required_per_team=1, buzzer_questions=0, risk_per_team=0))
    c.next()
    c.wrong()
    c.next()
    c.right()
    while c.phase != Phase.FINISHED:
        c.next()
    view = audience_view(c)
    assert [(r.name, r.rank) for r in view.ranking] == [("第二党小组", 1), ("第一党小组", 2)]


def test_numbers_keep_their_units_on_screen():
    from quiz.contest_display import keep_units
    assert keep_units("每题 30 秒，答对加 10 分") == "每题 30\u00a0秒，答对加 10\u00a0分"

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


def true_false_contest():
    import random
    from quiz.contest import Contest, Team
    from tests.quiz.contest_fixtures import make_questions
    questions = [{**q, "options": [], "answer": [True]} for q in make_questions(10, "true_false")]
    return Contest([Team("甲队"), Team("乙队")], questions, random.Random(1), FakeClock())


def test_true_false_asks_to_judge_with_both_choices():
    c = true_false_contest()
    c.next()
    view = audience_view(c)
    assert view.kind_label == "判断正误" and view.options == ["正确", "错误"] and view.options_inline


def test_choice_question_is_labelled_and_lettered():
    c = make_contest()
    c.next()
    view = audience_view(c)
    assert view.kind_label == "单项选择" and view.options == ["A. 甲", "B. 乙", "C. 丙", "D. 丁"]


def buzzer_question_shown():
    c = make_contest(rules=ContestRules(required_per_team=1, buzzer_questions=3, risk_per_team=0))
    c.next()
    c.right()
    c.next()
    c.right()
    c.next()                       # 抢答 title card
    c.next()                       # the question, read out
    return c


def test_buzzer_question_is_shown_before_start_without_countdown():
    view = audience_view(buzzer_question_shown())
    assert view.stem and view.seconds_left is None and not view.go and "开始" in view.headline


def test_start_shows_go_and_the_ten_second_countdown():
    c = buzzer_question_shown()
    c.start()
    view = audience_view(c)
    assert view.go and view.headline == "开始！请抢答" and view.seconds_left == 10


def test_false_start_is_named_on_screen():
    c = buzzer_question_shown()
    c.buzz(1)
    assert audience_view(c).notice == "抢跑：第二党小组（本题不得抢答）"


def test_ranking_screen_carries_no_question_or_prompt():
    c = make_contest(rules=ContestRules(required_per_team=1, buzzer_questions=0, risk_per_team=0))
    while c.phase != Phase.FINISHED:
        c.next()
        if c.phase == Phase.ASKING:
            c.right()
    view = audience_view(c)
    assert (view.stem, view.options, view.answer, view.notice, view.kind_label) == ("", [], "", "", "")


def test_team_colours_have_chinese_names():
    from quiz.contest_display import colour_name
    assert [colour_name(c) for c in ("#c0392b", "#2e86c1", "#1e8449", "not a colour")] == ["红", "蓝", "绿", "灰"]

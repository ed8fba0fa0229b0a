import json
import random

import pytest

from content.model import BadInput
from quiz.contest import Contest, ContestRules, HostAction, InvalidAction, Phase, Round, Team
from tests.quiz.contest_fixtures import FakeClock, make_contest, make_questions, play_to_end

SMALL = ContestRules(required_per_team=1, buzzer_questions=2, risk_per_team=1)


def play_required_round(c: Contest) -> None:
    for _ in range(c.round_length()):
        c.next()
        c.right()


def test_one_team_is_refused():
    with pytest.raises(BadInput):
        Contest([Team("甲")], make_questions(5), random.Random(1), FakeClock())


def test_nine_teams_are_refused():
    with pytest.raises(BadInput):
        make_contest(teams=9)


def test_duplicate_team_names_are_refused():
    with pytest.raises(BadInput):
        Contest([Team("甲"), Team("甲")], make_questions(5), random.Random(1), FakeClock())


def test_pool_without_contest_types_is_refused():
    with pytest.raises(BadInput):
        Contest([Team("甲"), Team("乙")], make_questions(5, "matching"), random.Random(1), FakeClock())


def test_required_round_gives_each_team_its_turn():
    c = make_contest(teams=3)
    turns = []
    for _ in range(c.round_length()):
        c.next()
        turns.append(c.team)
        c.wrong()
    assert turns == [0, 1, 2, 0, 1, 2]


def rounds_seen(c: Contest) -> list:
    seen = []
    while c.phase != Phase.FINISHED:
        if c.phase == Phase.INTRO:
            seen.append(c.round)
        if c.phase == Phase.STAKE:
            c.choose_stake(10)
        elif c.phase == Phase.READY:
            c.start()
        elif c.round == Round.BUZZER and c.phase == Phase.ASKING:
            c.buzz(0)
        elif HostAction.RIGHT in c.available():
            c.right()
        else:
            c.next()
    return seen


def test_rounds_come_in_order_then_ranking():
    c = make_contest(rules=SMALL)
    assert rounds_seen(c) == [Round.REQUIRED, Round.BUZZER, Round.RISK] and c.round == Round.RANKING


def test_a_round_set_to_no_questions_shows_no_title_card():
    from dataclasses import replace
    c = make_contest(rules=replace(SMALL, risk_per_team=0))
    assert rounds_seen(c) == [Round.REQUIRED, Round.BUZZER] and c.round == Round.RANKING


def test_a_contest_without_required_questions_opens_on_the_buzzer_round():
    from dataclasses import replace
    c = make_contest(rules=replace(SMALL, required_per_team=0))
    assert c.round == Round.BUZZER and c.phase == Phase.INTRO


def test_a_contest_with_no_questions_in_any_round_is_refused():
    with pytest.raises(BadInput, match="题数都是 0"):
        make_contest(rules=ContestRules(required_per_team=0, buzzer_questions=0, risk_per_team=0))


def test_right_in_required_round_adds_ten():
    c = make_contest()
    c.next()
    c.right()
    assert c.scores() == [110, 100]


def test_wrong_in_required_round_costs_nothing():
    c = make_contest()
    c.next()
    c.wrong()
    assert c.scores() == [100, 100]


def test_required_timer_counts_down_thirty_seconds():
    clock = FakeClock()
    c = make_contest(clock=clock)
    c.next()
    clock.advance(12)
    assert c.remaining() == pytest.approx(18)


def test_time_up_is_reported_once():
    clock = FakeClock()
    c = make_contest(clock=clock)
    c.next()
    clock.advance(31)
    assert (c.tick(), c.tick()) == (True, False) and c.time_up


def go_to_buzzer_round(c: Contest) -> None:
    play_required_round(c)
    c.next()                      # the 抢答 title card
    assert c.round == Round.BUZZER and c.phase == Phase.INTRO
    c.next()
    c.start()                     # the host's “开始”


def test_first_buzz_answers():
    c = make_contest()
    go_to_buzzer_round(c)
    assert c.buzz(1) is True
    assert c.buzz(0) is False
    assert c.team == 1 and c.buzzes == [1, 0]


def test_buzz_after_ten_seconds_is_ignored():
    clock = FakeClock()
    c = make_contest(clock=clock)
    go_to_buzzer_round(c)
    clock.advance(10.5)
    assert c.buzz(0) is False and c.team is None


def test_no_buzz_reveals_answer_without_points():
    clock = FakeClock()
    c = make_contest(clock=clock)
    go_to_buzzer_round(c)
    before = c.scores()
    clock.advance(11)
    c.tick()
    assert c.phase == Phase.REVEALED and HostAction.RIGHT not in c.available() and c.scores() == before


def test_buzz_wrong_loses_points():
    c = make_contest()
    go_to_buzzer_round(c)
    base = c.scores()[1]
    c.buzz(1)
    c.wrong()
    assert c.scores()[1] == base - 10


def test_buzz_starts_answer_timer():
    clock = FakeClock()
    c = make_contest(clock=clock, rules=ContestRules(answer_seconds=15))
    go_to_buzzer_round(c)
    clock.advance(4)
    c.buzz(0)
    clock.advance(5)
    assert c.remaining() == pytest.approx(10)


def show_buzzer_question(c: Contest) -> None:
    play_required_round(c)
    c.next()
    c.next()


def test_buzzer_question_waits_for_start():
    c = make_contest()
    show_buzzer_question(c)
    assert c.phase == Phase.READY and not c.timer.running() and HostAction.START in c.available()


def test_buzz_window_opens_at_start():
    clock = FakeClock()
    c = make_contest(clock=clock)
    show_buzzer_question(c)
    clock.advance(30)              # the host reads the question out
    c.start()
    clock.advance(4)
    assert c.phase == Phase.ASKING and c.remaining() == pytest.approx(6)


def test_buzz_before_start_is_a_false_start():
    c = make_contest()
    show_buzzer_question(c)
    assert c.buzz(0) is False and c.false_starts == [0] and c.phase == Phase.READY and c.team is None


def test_false_starter_may_not_buzz_after_start():
    c = make_contest()
    show_buzzer_question(c)
    c.buzz(0)
    c.start()
    assert c.buzz(0) is False and c.buzz(1) is True and c.team == 1


def test_false_start_costs_no_points():
    c = make_contest()
    show_buzzer_question(c)
    before = c.scores()
    c.buzz(0)
    assert c.scores() == before


def test_false_starts_clear_on_the_next_question():
    c = make_contest()
    show_buzzer_question(c)
    c.buzz(0)
    c.start()
    c.buzz(1)
    c.right()
    c.next()
    assert c.false_starts == [] and c.phase == Phase.READY


def test_start_outside_buzzer_question_is_refused():
    c = make_contest()
    c.next()
    with pytest.raises(InvalidAction):
        c.start()


def test_false_starts_survive_a_restart():
    c = make_contest()
    show_buzzer_question(c)
    c.buzz(1)
    d = Contest.from_json(json.loads(json.dumps(c.to_json())), random.Random(1), FakeClock())
    assert d.false_starts == [1] and d.phase == Phase.READY


def test_next_after_the_ranking_says_the_contest_is_over():
    c = make_contest(rules=ContestRules(required_per_team=1, buzzer_questions=0, risk_per_team=0))
    play_required_round(c)
    while c.phase != Phase.FINISHED:
        c.next()
    with pytest.raises(InvalidAction, match="竞赛已经结束"):
        c.next()


def test_buzz_outside_buzzer_round_is_ignored():
    c = make_contest()
    c.next()
    assert c.buzz(1) is False and c.team == 0


def go_to_risk_round(c: Contest) -> None:
    play_required_round(c)
    c.next()
    for _ in range(c.round_length()):
        c.next()
        c.start()
        c.buzz(0)
        c.right()
    c.next()                      # the 风险 title card
    assert c.round == Round.RISK
    c.next()


def test_risk_wrong_loses_the_stake():
    c = make_contest(rules=SMALL)
    go_to_risk_round(c)
    team, base = c.team, c.scores()[c.team]
    c.choose_stake(30)
    c.wrong()
    assert c.scores()[team] == base - 30


def test_risk_right_wins_the_stake():
    c = make_contest(rules=SMALL)
    go_to_risk_round(c)
    team, base = c.team, c.scores()[c.team]
    c.choose_stake(20)
    c.right()
    assert c.scores()[team] == base + 20


def test_risk_stake_must_be_10_20_or_30():
    c = make_contest(rules=SMALL)
    go_to_risk_round(c)
    with pytest.raises(InvalidAction):
        c.choose_stake(25)


def test_higher_stake_draws_harder_question():
    easy, hard = make_contest(rules=SMALL), make_contest(rules=SMALL)
    go_to_risk_round(easy)
    go_to_risk_round(hard)
    easy.choose_stake(10)
    hard.choose_stake(30)
    assert easy.question["difficulty"] < hard.question["difficulty"]


def test_undo_restores_score_and_allows_rescoring():
    c = make_contest()
    c.next()
    c.right()
    c.undo()
    assert c.scores() == [100, 100] and c.phase == Phase.REVEALED
    c.wrong()
    assert c.scores() == [100, 100] and c.phase == Phase.SCORED


def test_undo_after_next_reverts_points_of_earlier_question():
    c = make_contest()
    c.next()
    c.right()
    c.next()
    event = c.undo()
    assert event.team == 0 and c.scores() == [100, 100] and c.phase == Phase.ASKING


def test_undo_with_nothing_scored_is_refused():
    c = make_contest()
    with pytest.raises(InvalidAction):
        c.undo()


def test_next_before_scoring_is_refused():
    c = make_contest()
    c.next()
    with pytest.raises(InvalidAction):
        c.next()


def test_questions_never_repeat_in_a_contest():
    c = make_contest(teams=4, questions=60)
    play_to_end(c, stake=20, buzzer=2)
    assert len(c.used_ids) == len(set(c.used_ids)) == 8 + 10 + 4


def test_pause_freezes_the_timer():
    clock = FakeClock()
    c = make_contest(clock=clock)
    c.next()
    clock.advance(5)
    c.pause()
    clock.advance(100)
    c.resume()
    clock.advance(5)
    assert c.remaining() == pytest.approx(20)


def test_paused_contest_accepts_only_resume():
    c = make_contest()
    c.next()
    c.pause()
    assert c.available() == {HostAction.RESUME}
    with pytest.raises(InvalidAction):
        c.right()


def test_ranking_shares_rank_on_equal_scores():
    c = make_contest(teams=3)
    c.next()
    c.right()
    ranks = [(s.team.name, s.rank) for s in c.ranking()]
    assert ranks == [("第一党小组", 1), ("第二党小组", 2), ("第三党小组", 2)]


def test_state_round_trips_through_json_and_resumes_paused():
    clock = FakeClock()
    c = make_contest(clock=clock)
    c.next()
    c.right()
    c.next()
    clock.advance(10)
    state = json.loads(json.dumps(c.to_json(), ensure_ascii=False))
    back = Contest.from_json(state, random.Random(3), clock)
    clock.advance(50)
    assert back.paused and back.remaining() == pytest.approx(20)
    assert (back.scores(), back.team, back.used_ids) == (c.scores(), c.team, c.used_ids)


def test_restored_contest_does_not_repeat_questions():
    c = make_contest(questions=8)
    c.next()
    c.right()
    back = Contest.from_json(c.to_json(), random.Random(99), FakeClock())
    back.next()
    assert back.question["id"] != c.question["id"]


def test_foreign_state_is_refused():
    with pytest.raises(BadInput):
        Contest.from_json({"format": 99}, random.Random(1), FakeClock())


def test_a_round_opens_on_a_formulation_not_on_a_date_or_figure():
    """ux report 5 #5: the first contest question was “（5月18日）是第49个国际博物馆日”."""
    for seed in range(20):
        pool = make_questions(12)
        for q in pool[:11]:
            q["answer"] = [f"{q['id'][1:]}月18日"]  # eleven dates, one formulation
        pool[11]["answer"] = ["六张网"]
        c = Contest([Team("第一党小组", "#000000", "1"), Team("第二党小组", "#000000", "2")], pool,
                    random.Random(seed), FakeClock())
        c.next()
        assert c.question["answer"] == ["六张网"]

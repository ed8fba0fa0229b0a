"""Fitting a contest's rounds to the questions the articles give (ux report 6 #1: 风险题 never came)."""
from quiz.contest import ContestRules, Phase, Round
from quiz.contest_rules import contest_pool, fit_rules, questions_needed
from tests.quiz.contest_fixtures import make_contest, make_questions, play_to_end


def test_enough_questions_leave_the_rules_as_set():
    assert fit_rules(ContestRules(), teams=2, available=16) == ContestRules()


def test_too_few_questions_shorten_buzzer_first():
    fitted = fit_rules(ContestRules(), teams=2, available=13)
    assert (fitted.required_per_team, fitted.buzzer_questions, fitted.risk_per_team) == (2, 7, 1)


def test_very_few_questions_keep_the_risk_round():
    fitted = fit_rules(ContestRules(), teams=2, available=3)
    assert (fitted.required_per_team, fitted.buzzer_questions, fitted.risk_per_team) == (0, 1, 1)


def test_required_cut_to_one_each_before_risk_is_cut():
    fitted = fit_rules(ContestRules(required_per_team=3, risk_per_team=2), teams=2, available=7)
    assert (fitted.required_per_team, fitted.buzzer_questions, fitted.risk_per_team) == (1, 1, 2)


def test_fitted_rules_never_ask_for_more_than_there_are():
    for available in range(0, 20):
        for teams in range(2, 5):
            assert questions_needed(teams, fit_rules(ContestRules(), teams, available)) <= available


def test_a_contest_short_of_questions_still_plays_its_risk_round():
    c = make_contest(questions=13)
    seen = play_to_end(c)
    risk_questions = {(r, p) for r, p in seen if r == Round.RISK and p == Phase.ASKING}
    assert risk_questions and sum(1 for e in c.events if e.round == Round.RISK.value) == 2


def test_no_round_title_card_without_a_question_after_it():
    c = make_contest(questions=13)
    seen = play_to_end(c)
    intros = [r for r, p in seen if p == Phase.INTRO]
    asked = {r for r, p in seen if p in (Phase.ASKING, Phase.READY)}
    assert set(intros) <= asked


def test_pool_counts_each_usable_question_once():
    questions = make_questions(4) + make_questions(2) + make_questions(3, "ordering")
    assert len(contest_pool(questions)) == 4

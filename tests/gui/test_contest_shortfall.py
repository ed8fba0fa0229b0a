"""Set-up with fewer questions than the rounds need (ux report 6 #1): the host is told before the start."""
from quiz.contest import Phase, Round
from tests.gui.test_contest_page import page  # noqa: F401 -- the shared console fixture
from tests.quiz.contest_fixtures import make_questions


def thirteen_questions(lib, article_ids, count, rng):
    return make_questions(13)


def short_page(page, answer: bool):
    page.question_source = thirteen_questions
    page.messages.answer = answer
    form = page.setup_form
    form.required.setValue(2)
    form.buzzer.setValue(10)
    form.risk.setValue(1)
    return page


def test_start_says_how_many_questions_there_are_and_how_many_are_needed(qtbot, page):
    short_page(page, answer=False).start()
    kind, _title, text = page.messages.shown[-1]
    assert kind == "confirm" and "需要 16 道题" in text and "只能出 13 道" in text


def test_the_warning_offers_more_articles_or_fewer_buzzer_questions(qtbot, page):
    short_page(page, answer=False).start()
    text = page.messages.shown[-1][2]
    assert "多勾选" in text and "抢答题减为 7 道" in text


def test_going_back_starts_nothing(qtbot, page):
    assert not short_page(page, answer=False).start()
    assert page.contest is None and page.stack.currentIndex() == 0 and "多勾选" in page.status.text()


def test_starting_anyway_keeps_questions_for_the_risk_round(qtbot, page):
    assert short_page(page, answer=True).start()
    rules = page.contest.rules
    assert (rules.required_per_team, rules.buzzer_questions, rules.risk_per_team) == (2, 7, 1)


def test_starting_anyway_says_which_round_was_shortened(qtbot, page):
    short_page(page, answer=True).start()
    assert "抢答题减为 7 道" in page.status.text()


def test_enough_questions_start_without_a_question(qtbot, page):
    page.messages.answer = False
    assert page.start() and not page.messages.shown


def test_the_shortened_contest_reaches_the_risk_round(qtbot, page):
    short_page(page, answer=True).start()
    c = page.contest
    while c.round != Round.RISK and c.phase != Phase.FINISHED:
        if c.phase == Phase.READY:
            c.start()
            c.buzz(0)
        if c.team is not None and c.phase in (Phase.ASKING, Phase.ANSWERING):
            c.right()
        else:
            c.next()
    c.next()
    assert c.round == Round.RISK and c.phase == Phase.STAKE

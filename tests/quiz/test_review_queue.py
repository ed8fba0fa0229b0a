from datetime import date

from quiz.profiles import Profiles
from quiz.review_queue import WRONG_ANSWER_KIND, ReviewQueue, add_article_cards, due_forecast
from quiz.learning_store import from_iso
from quiz.scheduling import LEECH_LAPSES, Rating
from tests.quiz.learning_fixtures import StepClock, make_store


def deck(n=3, new_per_day=20):
    clock = StepClock()
    store = make_store(clock)
    pid = store.ensure_profile()
    Profiles(store).update(pid, new_per_day=new_per_day)
    for i in range(n):
        store.add_card(pid, 1, "term", f"术语{i}", f"释义{i}")
    return store, pid, clock


def test_new_cards_are_limited_per_day():
    store, pid, _ = deck(5, new_per_day=2)
    assert ReviewQueue(store, pid).counts().new == 2


def test_new_cards_introduced_today_use_up_the_allowance():
    store, pid, _ = deck(5, new_per_day=2)
    queue = ReviewQueue(store, pid)
    queue.rate(queue.next_card().id, Rating.Easy)
    assert queue.counts().new == 1


def test_allowance_renews_the_next_day():
    store, pid, clock = deck(5, new_per_day=2)
    queue = ReviewQueue(store, pid)
    for _ in range(2):
        queue.rate(queue.next_card().id, Rating.Easy)
    clock.advance(days=1)
    assert queue.counts().new == 2


def test_again_brings_the_card_back_in_the_same_session():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = queue.next_card()
    queue.rate(card.id, Rating.Again)
    assert queue.next_card().id == card.id


def test_card_rated_easy_leaves_todays_queue_and_returns_when_due():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = queue.rate(queue.next_card().id, Rating.Easy)
    assert queue.next_card() is None
    clock.advance(days=30)
    assert queue.next_card().id == card.id


def test_rating_is_logged():
    store, pid, _ = deck(1)
    queue = ReviewQueue(store, pid)
    queue.rate(queue.next_card().id, Rating.Good, duration_ms=4200)
    assert [(r["rating"], r["duration_ms"]) for r in store.db["reviews"].rows] == [(3, 4200)]


def test_intervals_are_offered_for_each_rating():
    store, pid, _ = deck(1)
    queue = ReviewQueue(store, pid)
    assert set(queue.intervals(queue.next_card())) == set(Rating)


def test_profile_exam_date_pulls_reviews_forward():
    store, pid, clock = deck(1)
    Profiles(store).update(pid, exam_date=date(2026, 3, 5))
    queue = ReviewQueue(store, pid)
    card = queue.rate(queue.next_card().id, Rating.Easy)
    assert card.due.startswith("2026-03-03T16:00")  # midnight of 4 March, Beijing time


def test_adding_the_same_article_cards_twice_keeps_one_copy():
    store, pid, _ = deck(0)
    cards = [{"kind": "term", "front": "新质生产力", "back": "……", "source": {}}]
    first = add_article_cards(store, pid, 3, cards)
    assert add_article_cards(store, pid, 3, cards) == first


def test_card_count_counts_one_profiles_cards():
    store, pid, _ = deck(0)
    other = Profiles(store).create("李强").id
    cards = [{"kind": "term", "front": "新质生产力", "back": "……", "source": {}},
             {"kind": "term", "front": "六张网", "back": "……", "source": {}}]
    add_article_cards(store, pid, 3, cards)
    add_article_cards(store, other, 3, cards[:1])
    assert (store.card_count(pid), store.card_count(other)) == (2, 1)


def test_due_forecast_counts_cards_by_day():
    store, pid, clock = deck(2)
    queue = ReviewQueue(store, pid)
    for _ in range(2):
        queue.rate(queue.next_card().id, Rating.Easy)
    forecast = due_forecast(store, pid, days=60)
    assert sum(n for _, n in forecast) == 2 and forecast[0][0] == "2026-03-02"


def test_term_card_from_the_reader_goes_to_the_current_profile():
    store, pid, _ = deck(0)
    card_id = store.add_card_for_term(5, "算电协同", "算电协同", "算力与电力协同", {"sentence": "……"})
    assert store.card(card_id).profile_id == pid and ReviewQueue(store, pid).next_card().term == "算电协同"


def test_question_answered_wrong_comes_back_in_tomorrows_review():
    from quiz.answer_log import AnswerMode, record_answer
    from tests.quiz.learning_fixtures import question, wrong_answer
    store, pid, clock = deck(0)
    q = question(1, "multiple_choice")
    record_answer(store, pid, q, wrong_answer(q), AnswerMode.EXAM)
    queue = ReviewQueue(store, pid)
    assert queue.next_card() is None
    clock.advance(days=1)
    card = queue.next_card()
    assert card.kind == "wrong_answer" and "算力网；电力网" in card.back and "C. 水利网" in card.front


def test_wrong_answer_card_does_not_use_the_new_card_allowance():
    from quiz.answer_log import AnswerMode, record_answer
    from tests.quiz.learning_fixtures import question, wrong_answer
    store, pid, clock = deck(1, new_per_day=1)
    q = question(1)
    record_answer(store, pid, q, wrong_answer(q), AnswerMode.PRACTICE)
    clock.advance(days=1)
    assert ReviewQueue(store, pid).counts().new == 1 and ReviewQueue(store, pid).counts().review == 1


def test_a_card_rated_good_waits_while_new_cards_are_waiting():
    store, pid, clock = deck(3)
    queue = ReviewQueue(store, pid)
    first = queue.next_card()
    queue.rate(first.id, Rating.Good)          # a 10-minute learning step
    assert queue.next_card().id != first.id and queue.next_card().is_new


def test_a_learning_card_comes_back_before_new_ones_once_its_step_is_due():
    store, pid, clock = deck(3)
    queue = ReviewQueue(store, pid)
    first = queue.next_card()
    queue.rate(first.id, Rating.Good)
    clock.advance(minutes=11)
    assert queue.next_card().id == first.id


def test_with_nothing_else_left_the_learning_card_is_shown_a_little_early():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = queue.rate(queue.next_card().id, Rating.Good)
    assert queue.next_card().id == card.id


def test_a_learning_card_due_later_today_is_waiting_not_shown():
    from datetime import timedelta
    from quiz.learning_store import to_iso
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = queue.rate(queue.next_card().id, Rating.Good)
    store.db["cards"].update(card.id, {"due": to_iso(clock() + timedelta(hours=2))})
    assert queue.next_card() is None and [c.id for c in queue.waiting_learning()] == [card.id]


def forget_until_leech(queue, clock, card_id):
    """Learn the card, then forget it after each review until it reaches the leech threshold."""
    queue.rate(card_id, Rating.Easy)
    for _ in range(LEECH_LAPSES):
        clock.now = from_iso(queue.store.card(card_id).due)
        card = queue.rate(card_id, Rating.Again)          # a lapse
        if card.suspended:
            return card
        clock.now = from_iso(card.due)
        queue.rate(card_id, Rating.Good)                  # relearnt
    return queue.store.card(card_id)


def test_a_card_forgotten_eight_times_is_suspended_like_an_anki_leech():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = forget_until_leech(queue, clock, queue.next_card().id)
    assert card.leech and card.suspended and card.lapses == LEECH_LAPSES
    clock.advance(days=60)
    assert queue.next_card() is None and queue.counts().total == 0


def test_resuming_brings_a_suspended_leech_back_today():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card = forget_until_leech(queue, clock, queue.next_card().id)
    assert queue.resume_suspended() == 1
    assert queue.suspended_cards() == [] and queue.next_card().id == card.id


def test_a_resumed_leech_is_not_suspended_again_by_its_next_slip():
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    card_id = queue.next_card().id
    forget_until_leech(queue, clock, card_id)
    queue.resume_suspended()
    clock.now = from_iso(store.card(card_id).due)
    card = queue.rate(card_id, Rating.Again)              # learning again: not a lapse
    assert not card.suspended and card.leech


def test_tomorrows_forecast_counts_questions_answered_wrong_today():
    from quiz.answer_log import AnswerMode, record_answer
    from tests.quiz.learning_fixtures import question, wrong_answer
    store, pid, clock = deck(1)
    queue = ReviewQueue(store, pid)
    queue.rate(queue.next_card().id, Rating.Easy)
    for i in range(3):
        q = question(i, "multiple_choice")
        record_answer(store, pid, q, wrong_answer(q), AnswerMode.EXAM)
    tomorrow = due_forecast(store, pid, days=2)[1][1]
    wrong = due_forecast(store, pid, days=2, kind=WRONG_ANSWER_KIND)[1][1]
    assert (tomorrow, wrong) == (3, 3)

from datetime import datetime

from content.library import Library
from quiz.pack_contents import PackSets, complete_sets, incomplete_sets, plan_pack, suggested_sets
from quiz.question_sets import QuestionSet, QuestionSetStore


def qs(set_id, ids, n=2):
    return QuestionSet(f"卷{set_id}", ids, [{"id": f"q{i}", "stem": "题"} for i in range(n)], id=set_id)


def test_plan_adds_the_articles_a_set_needs_after_the_chosen():
    plan = plan_pack([3, 1], [qs(1, [1, 2, 3])])
    assert (plan.article_ids, plan.added_for_sets) == ([3, 1, 2], [2])


def test_plan_without_sets_says_so():
    assert plan_pack([1], []).summary() == "1 篇文章，不带题目"


def test_complete_sets_are_those_fully_covered():
    sets = [qs(1, [1, 2]), qs(2, [1, 3])]
    assert [s.id for s in complete_sets(sets, [1, 2])] == [1] and [s.id for s in incomplete_sets(sets, [1, 2])] == [2]


def test_the_newest_set_on_the_chosen_article_is_suggested():
    sets = [qs(1, [1, 2]), qs(2, [1, 3]), qs(3, [4])]
    assert [s.id for s in suggested_sets(sets, [1])] == [2]


def test_with_nothing_chosen_the_newest_set_is_suggested():
    assert [s.id for s in suggested_sets([qs(1, [1]), qs(5, [2])], [])] == [5]


def test_a_set_is_remembered_once():
    lib = Library(":memory:")
    set_id = QuestionSetStore(lib.db).save(QuestionSet("卷", [], [{"id": "a", "stem": "题"}]))
    registry = PackSets(lib.db, clock=lambda: datetime(2026, 11, 29, 8, 0))
    assert (registry.remember(set_id, "学习包：甲"), registry.remember(set_id, "学习包：乙")) == (True, False)
    assert [(s.id, title) for s, title, _ in registry.imported()] == [(set_id, "学习包：甲")]


def test_a_deleted_set_is_no_longer_listed():
    lib = Library(":memory:")
    store = QuestionSetStore(lib.db)
    set_id = store.save(QuestionSet("卷", [], [{"id": "a", "stem": "题"}]))
    registry = PackSets(lib.db)
    registry.remember(set_id, "学习包：甲")
    store.delete(set_id)
    assert registry.imported() == []

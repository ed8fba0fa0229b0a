"""测验记录 names the articles each exam asked about (ux report 8, P5; report 7, P8)."""
from quiz.exam import ExamSession, articles_label, exam_history, question_titles
from tests.quiz.learning_fixtures import StepClock, make_store, question


def titled(i: int, title: str) -> dict:
    q = question(i, "fill_blank")
    q["source"] = {**q["source"], "article": title}
    return q


def test_history_lists_each_article_once_in_the_order_asked():
    store = make_store(StepClock())
    pid = store.ensure_profile()
    qs = [titled(0, "十六条新措施助力创新药加速跑"), titled(1, "同心同向，凝聚社会协同力"), titled(2, "十六条新措施助力创新药加速跑")]
    ExamSession.start(store, pid, qs, article_ids=[7, 9])
    assert exam_history(store, pid)[0].article_titles == ["十六条新措施助力创新药加速跑", "同心同向，凝聚社会协同力"]


def test_questions_without_a_source_title_name_no_article():
    assert question_titles([{"id": "q", "source": {"article": ""}}, {"id": "r"}]) == []


def test_one_article_is_named_in_full():
    assert articles_label(["把握新型工业化的新特点"]) == "《把握新型工业化的新特点》"


def test_several_articles_name_the_first_and_count_them():
    assert articles_label(["同心同向，凝聚社会协同力", "十六条新措施"]) == "《同心同向，凝聚社会协同力》等2篇"


def test_a_long_title_is_cut_in_the_history_line():
    label = articles_label(["十六条新措施助力创新药加速跑（政策解读）"])
    assert label.startswith("《十六条新措施") and label.endswith("…》") and len(label) == 16


def test_no_titles_give_no_label():
    assert articles_label([]) == ""

"""Printed papers in the 学习台账: the 试卷成绩 sheet and their own columns in 人员汇总, read back with openpyxl."""
from datetime import date, datetime, timezone

import openpyxl
import pytest

from content.library import Library
from quiz.contest_store import GroupStore
from quiz.exam import ExamSession
from quiz.learning_store import LearningStore
from quiz.ledger import MAIN_HEADERS, PAPER_HEADERS, PERSON_HEADERS, write_ledger
from quiz.ledger_period import Period
from quiz.ledger_source import LedgerSource
from quiz.paper_scores import PaperScore, PaperSitting
from quiz.profiles import Profiles

TF = {"id": "tf1", "type": "true_false", "stem": "新质生产力以创新为主导。", "options": [], "answer": [True]}


def noon():
    return datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def lib():
    """王芳 has a profile and one in-app 测验 (100); two papers in November, one in September."""
    lib = Library(":memory:", clock=lambda: noon().timestamp())
    store = LearningStore(lib.db, clock=noon)
    wang = Profiles(store).create("王芳", "第一党支部")
    exam = ExamSession.start(store, wang.id, [TF])
    exam.answer([True])
    exam.finish()
    group = GroupStore(lib.db, clock=noon)
    group.add_paper_sitting(PaperSitting("2026-11-27", "四中全会精神测试（A卷）",
                                         [PaperScore("王芳", 45), PaperScore("赵敏", 30, "第二党支部")], 50))
    group.add_paper_sitting(PaperSitting("2026-11-28", "四中全会精神测试（B卷）", [PaperScore("王芳", 70)]))
    group.add_paper_sitting(PaperSitting("2026-09-10", "九月测试", [PaperScore("王芳", 60)]))
    return lib


def export(lib, tmp_path, period=None):
    out = write_ledger(LedgerSource(lib, period, "机关党委"), tmp_path / "台账.xlsx")
    return openpyxl.load_workbook(out)


def rows_of(ws, headers):
    return [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=3)]


NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_the_paper_sheet_has_a_row_per_person_per_paper(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["试卷成绩"], PAPER_HEADERS)
    assert [(r["试卷"], r["姓名"], r["得分"], r["满分"], r["百分制"]) for r in rows] == [
        ("四中全会精神测试（A卷）", "王芳", 45, 50, 90),
        ("四中全会精神测试（A卷）", "赵敏", 30, 50, 60),
        ("四中全会精神测试（B卷）", "王芳", 70, 100, 70)]


def test_the_paper_sheet_has_its_headers_under_a_title(lib, tmp_path):
    ws = export(lib, tmp_path, NOVEMBER)["试卷成绩"]
    assert tuple(c.value for c in ws[2]) == PAPER_HEADERS and "纸质试卷成绩" in ws["A1"].value


def test_the_paper_date_is_a_real_date(lib, tmp_path):
    ws = export(lib, tmp_path, NOVEMBER)["试卷成绩"]
    assert ws["A3"].value.date() == date(2026, 11, 27) and ws["A3"].number_format == "yyyy-mm-dd"


def test_a_unit_typed_with_the_score_wins_else_the_profiles(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["试卷成绩"], PAPER_HEADERS)
    assert [r["单位/支部"] for r in rows] == ["第一党支部", "第二党支部", "第一党支部"]


def test_papers_outside_the_period_are_left_out(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["试卷成绩"], PAPER_HEADERS)
    assert "九月测试" not in [r["试卷"] for r in rows]


def test_the_person_summary_counts_papers_apart_from_in_app_exams(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["人员汇总"], PERSON_HEADERS)
    wang = next(r for r in rows if r["姓名"] == "王芳")
    assert (wang["测验次数"], wang["测验平均分"], wang["纸质测试（次）"], wang["纸质测试平均分"]) == (1, 100, 2, 80)


def test_someone_known_only_from_a_paper_is_in_the_person_summary(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["人员汇总"], PERSON_HEADERS)
    zhao = next(r for r in rows if r["姓名"] == "赵敏")
    assert (zhao["纸质测试（次）"], zhao["纸质测试平均分"], zhao["测验次数"]) == (1, 60, 0)


def test_someone_with_only_paper_scores_is_pointed_to_the_paper_sheet(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["学习台账"], MAIN_HEADERS)
    assert next(r for r in rows if r["姓名"] == "赵敏")["文章"] == "（本期只有纸质测试成绩，见“试卷成绩”表）"


def test_a_library_without_papers_has_an_empty_paper_sheet(tmp_path):
    wb = export(Library(":memory:"), tmp_path)
    assert wb.sheetnames[:4] == ["学习台账", "人员汇总", "竞赛成绩", "试卷成绩"] and wb["试卷成绩"].max_row == 2


def test_someone_known_only_from_a_paper_has_the_unit_typed_with_the_score(lib, tmp_path):
    rows = rows_of(export(lib, tmp_path, NOVEMBER)["人员汇总"], PERSON_HEADERS)
    assert next(r for r in rows if r["姓名"] == "赵敏")["单位/支部"] == "第二党支部"


def test_the_paper_sheet_names_the_topic_and_the_articles_tested(tmp_path):
    """New-user walkthrough 3, #5: the topic typed with the scores was not in the ledger."""
    from content.model import Article, Page, Section
    lib = Library(":memory:", clock=lambda: noon().timestamp())
    ids = lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])])]), "p", "h").article_ids
    GroupStore(lib.db, clock=noon).add_paper_sitting(PaperSitting(
        "2026-11-27", "测试（A卷）", [PaperScore("王芳", 90)], topic="学习六张网", article_ids=ids))
    row = rows_of(export(lib, tmp_path, NOVEMBER)["试卷成绩"], PAPER_HEADERS)[0]
    assert (row["学习主题"], row["考查文章"], row["姓名"]) == ("学习六张网", "织密六张网", "王芳")

from datetime import date, datetime, timezone

import openpyxl
import pytest

from content.library import Library
from content.model import Article, BadInput, Page, Section
from quiz.answer_log import AnswerMode, question_dict, record_answer
from quiz.contest_store import GroupSession, GroupStore, SessionKind, TeamResult
from quiz.exam import ExamSession
from quiz.learning_store import LearningStore
from quiz.ledger import CONTEST_HEADERS, MAIN_HEADERS, PERSON_HEADERS, write_ledger
from quiz.ledger_period import Period
from quiz.ledger_source import LedgerSource, remember_unit, saved_unit
from quiz.profiles import Profiles
from quiz.review_queue import ReviewQueue
from quiz.scheduling import Rating

TF = {"id": "tf1", "type": "true_false", "stem": "新质生产力以创新为主导。", "options": [], "answer": [True]}


def noon():
    return datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def lib():
    lib = Library(":memory:", clock=lambda: noon().timestamp())
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文一。"])]),
                               Article("坚持问题导向", sections=[Section(None, ["正文二。"])])]), "p", "h")
    return lib


@pytest.fixture
def studied(lib):
    """王芳 reads, reviews, practises and takes an exam on article 1 and joins a session with a contest."""
    store = LearningStore(lib.db, clock=noon)
    profiles = Profiles(store)
    wang = profiles.create("王芳", "第一党支部")
    profiles.create("李强", "")
    aid = lib.article_ids()[0]
    lib.record_reading(aid, 600, 0.8, profile_id=wang.id)
    card = store.add_card(wang.id, aid, "term", "六张网", "……")
    ReviewQueue(store, wang.id).rate(card, Rating.Good)
    record_answer(store, wang.id, question_dict(TF, aid), [True], AnswerMode.PRACTICE)
    record_answer(store, wang.id, question_dict({**TF, "id": "tf2"}, aid), [False], AnswerMode.PRACTICE)
    exam = ExamSession.start(store, wang.id, [TF], article_ids=[aid])
    exam.answer([True])
    exam.finish()
    group = GroupStore(lib.db, clock=noon)
    sid = group.add_session(GroupSession("2026-11-21", "学习六张网", [aid], ["织密六张网"], ["王芳", "李强", "赵敏"],
                                         SessionKind.CONTEST))
    cid = group.start_contest("知识竞赛", {}, session_id=sid)
    group.finish_contest(cid, {}, [TeamResult("第一党小组", "#c00", ["王芳", "赵敏"], 150, 1),
                                   TeamResult("第二党小组", "#00c", ["李强"], 120, 2)])
    group.add_session(GroupSession("2026-11-22", "集体学习两篇", lib.article_ids(), ["织密六张网", "坚持问题导向"],
                                   ["王芳"], SessionKind.GROUP_STUDY))
    return lib


def read(path):
    return openpyxl.load_workbook(path)


def export(lib, tmp_path, period=None, unit="第一党支部"):
    return read(write_ledger(LedgerSource(lib, period, unit), tmp_path / "台账.xlsx"))


def rows_of(ws, headers):
    return [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=3)]


def cells_of(ws, headers):
    return [dict(zip(headers, r)) for r in ws.iter_rows(min_row=3)]


def test_headers_are_chinese_under_a_title_row(studied, tmp_path):
    wb = export(studied, tmp_path)
    assert tuple(c.value for c in wb["学习台账"][2]) == MAIN_HEADERS


def test_title_row_names_unit_and_period(studied, tmp_path):
    wb = export(studied, tmp_path, Period(date(2026, 10, 1), date(2026, 12, 31)))
    assert wb["学习台账"]["A1"].value == "第一党支部 学习台账（2026年10月1日至2026年12月31日）"


def test_header_row_is_frozen(studied, tmp_path):
    assert export(studied, tmp_path)["人员汇总"].freeze_panes == "A3"


def test_row_per_person_and_article_carries_numbers(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path)["学习台账"], MAIN_HEADERS)
    wang = [r for r in rows if r["姓名"] == "王芳" and r["文章"] == "织密六张网"][0]
    assert (wang["阅读时长（分钟）"], wang["复习卡片（次）"], wang["练习题数"], wang["测验次数"], wang["测验平均分"]) == \
        (10, 1, 2, 1, 100)


def test_rates_are_numbers_shown_as_percent(studied, tmp_path):
    cells = cells_of(export(studied, tmp_path)["学习台账"], MAIN_HEADERS)
    rate = [r for r in cells if r["姓名"].value == "王芳" and r["文章"].value == "织密六张网"][0]["练习正确率"]
    assert rate.value == 0.5 and "%" in rate.number_format


def test_dates_span_first_and_last_study(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path)["学习台账"], MAIN_HEADERS)
    wang = [r for r in rows if r["姓名"] == "王芳" and r["文章"] == "织密六张网"][0]
    assert (wang["首次学习日期"].date().isoformat(), wang["最近学习日期"].date().isoformat()) == \
        ("2026-11-20", "2026-11-22")


def test_period_drops_records_outside_it(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path, Period(date(2026, 11, 21), None))["学习台账"], MAIN_HEADERS)
    wang = [r for r in rows if r["姓名"] == "王芳" and r["文章"] == "织密六张网"][0]
    assert (wang["阅读时长（分钟）"], wang["测验次数"], wang["其中知识竞赛（次）"]) == (0, 0, 1)


def test_period_drops_session_sheets_outside_it(studied, tmp_path):
    wb = export(studied, tmp_path, Period(None, date(2026, 11, 21)))
    assert "2026-11-21 学习六张网" in wb.sheetnames and "2026-11-22 集体学习两篇" not in wb.sheetnames


def test_period_drops_contests_outside_it(studied, tmp_path):
    ws = export(studied, tmp_path, Period(date(2026, 12, 1), date(2026, 12, 31)))["竞赛成绩"]
    assert ws.max_row == 2


def test_contest_members_get_a_row_each_with_their_team_result(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path)["竞赛成绩"], CONTEST_HEADERS)
    assert sorted((r["姓名"], r["参赛队"], r["名次"], r["本队得分"]) for r in rows) == \
        [("李强", "第二党小组", 2, 120), ("王芳", "第一党小组", 1, 150), ("赵敏", "第一党小组", 1, 150)]


def test_member_without_profile_is_listed_with_the_ledger_unit(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path, unit="机关党委")["人员汇总"], PERSON_HEADERS)
    zhao = [r for r in rows if r["姓名"] == "赵敏"][0]
    assert (zhao["单位/支部"], zhao["其中知识竞赛（次）"], zhao["竞赛最好名次"]) == ("机关党委", 1, 1)


def test_blank_profile_unit_is_filled_from_the_ledger_unit(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path, unit="机关党委")["人员汇总"], PERSON_HEADERS)
    assert {r["姓名"]: r["单位/支部"] for r in rows if r["姓名"] in ("王芳", "李强")} == \
        {"王芳": "第一党支部", "李强": "机关党委"}


def test_learner_not_listed_is_not_counted_in_the_contest(studied, tmp_path):
    Profiles(LearningStore(studied.db, clock=noon)).create("主持人")
    rows = rows_of(export(studied, tmp_path)["人员汇总"], PERSON_HEADERS)
    host = [r for r in rows if r["姓名"] == "主持人"][0]
    assert (host["其中知识竞赛（次）"], host["竞赛最好名次"]) == (0, None)


def test_summary_counts_a_session_on_two_articles_once(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path)["人员汇总"], PERSON_HEADERS)
    wang = [r for r in rows if r["姓名"] == "王芳"][0]
    assert (wang["集体学习（次）"], wang["其中知识竞赛（次）"]) == (2, 1)  # one session and one contest


def test_person_without_own_study_still_listed(studied, tmp_path):
    rows = rows_of(export(studied, tmp_path)["学习台账"], MAIN_HEADERS)
    li = [r for r in rows if r["姓名"] == "李强"]
    assert li and li[0]["文章"] == "织密六张网" and li[0]["其中知识竞赛（次）"] == 1


def test_sheet_per_session_lists_participants_and_results(studied, tmp_path):
    ws = export(studied, tmp_path)["2026-11-21 学习六张网"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "王芳、李强、赵敏" in values and "织密六张网" in values and "第一党小组" in values and 150 in values


def test_columns_fit_chinese_text(studied, tmp_path):
    ws = export(studied, tmp_path)["学习台账"]
    assert ws.column_dimensions["C"].width >= 2 * len("坚持问题导向")


def test_empty_library_gives_title_and_headers_only(tmp_path):
    wb = read(write_ledger(LedgerSource(Library(":memory:")), tmp_path / "台账.xlsx"))
    assert wb["学习台账"].max_row == 2


def test_wrong_suffix_is_refused(lib, tmp_path):
    with pytest.raises(BadInput):
        write_ledger(LedgerSource(lib), tmp_path / "台账.csv")


def test_quarter_holds_today():
    assert Period.quarter(date(2026, 11, 28)) == Period(date(2026, 10, 1), date(2026, 12, 31))


def test_last_quarter_crosses_the_year():
    assert Period.quarter(date(2026, 2, 3), offset=-1) == Period(date(2025, 10, 1), date(2025, 12, 31))


def test_unreadable_date_is_refused():
    with pytest.raises(BadInput):
        Period.parse("2026/13/01", None)


def test_start_after_end_is_refused():
    with pytest.raises(BadInput):
        Period.parse("2026-12-31", "2026-10-01")


def test_saved_unit_defaults_to_the_profiles_unit(studied):
    assert saved_unit(studied.db) == "第一党支部"


def test_remembered_unit_wins(studied):
    remember_unit(studied.db, "机关党委")
    assert saved_unit(studied.db) == "机关党委"


def test_a_contest_counts_as_a_group_study_in_both_sheets(studied, tmp_path):
    """A clerk read 集体学习 0 beside 知识竞赛 1 as a mistake: a contest is a group study, counted within it."""
    wb = export(studied, tmp_path)
    li_article = [r for r in rows_of(wb["学习台账"], MAIN_HEADERS) if r["姓名"] == "李强"][0]
    li_person = [r for r in rows_of(wb["人员汇总"], PERSON_HEADERS) if r["姓名"] == "李强"][0]
    for row in (li_article, li_person):
        assert (row["集体学习（次）"], row["其中知识竞赛（次）"]) == (1, 1)


def test_the_wide_ledger_prints_landscape_one_page_wide_with_its_header_on_every_page(studied, tmp_path):
    ws = export(studied, tmp_path)["学习台账"]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$1:$2"


@pytest.fixture
def with_details(studied):
    """王芳 and 赵敏 at a 90-minute 集体学习 on both articles, with its place, host (张书记) and recorder (赵敏)."""
    GroupStore(studied.db, clock=noon).add_session(GroupSession(
        "2026-11-23", "学习两篇（二）", studied.article_ids(), ["织密六张网", "坚持问题导向"], ["王芳", "赵敏"],
        minutes=90, place="党员活动室", host="张书记", recorder="赵敏"))
    return studied


def session_fields(ws) -> dict:
    return {r[0]: r[1] for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]}


def test_session_sheet_gives_length_place_host_and_recorder(with_details, tmp_path):
    fields = session_fields(export(with_details, tmp_path)["2026-11-23 学习两篇（二）"])
    assert (fields["时长（分钟）"], fields["地点"], fields["主持人"], fields["记录人"]) == (90, "党员活动室", "张书记", "赵敏")


def test_session_sheet_keeps_the_labels_of_details_not_given(studied, tmp_path):
    ws = export(studied, tmp_path)["2026-11-22 集体学习两篇"]
    labels = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]]
    assert labels[:7] == ["日期", "时长（分钟）", "地点", "主题", "形式", "主持人", "记录人"]
    assert session_fields(ws).get("地点") is None


def test_session_length_is_shared_between_its_articles_in_the_ledger(with_details, tmp_path):
    rows = rows_of(export(with_details, tmp_path)["学习台账"], MAIN_HEADERS)
    zhao = {r["文章"]: r["集体学习时长（分钟）"] for r in rows if r["姓名"] == "赵敏"}
    assert zhao == {"织密六张网": 45, "坚持问题导向": 45}


def test_session_length_is_blank_where_no_session_gave_one(with_details, tmp_path):
    rows = rows_of(export(with_details, tmp_path)["学习台账"], MAIN_HEADERS)
    assert [r["集体学习时长（分钟）"] for r in rows if r["姓名"] == "李强"] == [None]


def test_summary_gives_the_whole_length_of_the_sessions_attended(with_details, tmp_path):
    rows = rows_of(export(with_details, tmp_path)["人员汇总"], PERSON_HEADERS)
    assert {r["姓名"]: r["集体学习时长（分钟）"] for r in rows} == {"王芳": 90, "李强": None, "赵敏": 90, "张书记": 90}


def test_session_length_follows_the_session_count_in_both_sheets(studied, tmp_path):
    for headers in (MAIN_HEADERS, PERSON_HEADERS):
        assert headers[headers.index("其中知识竞赛（次）") + 1] == "集体学习时长（分钟）"


def test_wide_headers_wrap_before_their_unit_so_the_printed_type_stays_readable(with_details, tmp_path):
    """Fitted to an A4 page across (about 988 px of 96 dpi inside the margins), a column of w
    characters takes 7w + 5 px; the type must not shrink below 60 % of its size."""
    from openpyxl.utils import get_column_letter
    for name in ("学习台账", "人员汇总"):
        ws = export(with_details, tmp_path)[name]
        px = sum(ws.column_dimensions[get_column_letter(c)].width * 7 + 5 for c in range(1, ws.max_column + 1))
        assert 988 / px >= 0.6, name
        assert ws[2][0].alignment.wrap_text and ws.row_dimensions[2].height >= 30

from datetime import datetime, timezone

import openpyxl
import pytest

from content.library import Library
from content.model import Article, BadInput, Page, Section
from quiz.answer_log import AnswerMode, question_dict, record_answer
from quiz.contest_store import GroupSession, GroupStore, SessionKind, TeamResult
from quiz.exam import ExamSession
from quiz.learning_store import LearningStore
from quiz.ledger import MAIN_HEADERS, write_ledger
from quiz.ledger_source import LedgerSource
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
    profiles.create("李强", "第一党支部")
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
    sid = group.add_session(GroupSession("2026-11-21", "学习六张网", [aid], ["织密六张网"], ["王芳", "李强"],
                                         SessionKind.CONTEST))
    cid = group.start_contest("知识竞赛", {}, session_id=sid)
    group.finish_contest(cid, {}, [TeamResult("第一党小组", "#c00", ["王芳"], 150, 1),
                                   TeamResult("第二党小组", "#00c", ["李强"], 120, 2)])
    return lib


def read(path):
    return openpyxl.load_workbook(path)


def test_headers_are_chinese(studied, tmp_path):
    wb = read(write_ledger(LedgerSource(studied), tmp_path / "台账.xlsx"))
    assert tuple(c.value for c in wb["学习台账"][1]) == MAIN_HEADERS


def test_row_per_person_and_article_carries_the_records(studied, tmp_path):
    ws = read(write_ledger(LedgerSource(studied), tmp_path / "台账.xlsx"))["学习台账"]
    rows = [dict(zip(MAIN_HEADERS, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    wang = [r for r in rows if r["姓名"] == "王芳"]
    assert len(wang) == 1 and wang[0]["文章"] == "织密六张网"
    assert (wang[0]["阅读时长（分钟）"], wang[0]["复习卡片（次）"], wang[0]["练习题数"], wang[0]["练习正确率"]) == \
        (10, 1, 2, "50%")
    assert (wang[0]["测验次数"], wang[0]["测验成绩"], wang[0]["集体学习/竞赛（次）"]) == (1, "100", 1)


def test_dates_span_first_and_last_study(studied, tmp_path):
    ws = read(write_ledger(LedgerSource(studied), tmp_path / "台账.xlsx"))["学习台账"]
    row = [c.value for c in ws[2]]
    assert (row[-2].date().isoformat(), row[-1].date().isoformat()) == ("2026-11-20", "2026-11-21")


def test_person_without_own_study_still_listed(studied, tmp_path):
    ws = read(write_ledger(LedgerSource(studied), tmp_path / "台账.xlsx"))["学习台账"]
    li = [[c.value for c in r] for r in ws.iter_rows(min_row=2) if r[0].value == "李强"]
    assert li and li[0][2] == "织密六张网" and li[0][10] == 1   # present at the session


def test_sheet_per_session_lists_participants_and_results(studied, tmp_path):
    wb = read(write_ledger(LedgerSource(studied), tmp_path / "台账.xlsx"))
    ws = wb["2026-11-21 学习六张网"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "王芳、李强" in values and "织密六张网" in values and "第一党小组" in values and 150 in values


def test_empty_library_gives_headers_only(tmp_path):
    wb = read(write_ledger(LedgerSource(Library(":memory:")), tmp_path / "台账.xlsx"))
    assert wb["学习台账"].max_row == 1


def test_wrong_suffix_is_refused(lib, tmp_path):
    with pytest.raises(BadInput):
        write_ledger(LedgerSource(lib), tmp_path / "台账.csv")

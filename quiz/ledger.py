"""The 学习台账: one Excel workbook (openpyxl) a branch hands in at the end of the quarter.

    >>> from content.library import Library
    >>> import tempfile, pathlib
    >>> out = write_ledger(LedgerSource(Library(":memory:")), pathlib.Path(tempfile.mkdtemp()) / "台账.xlsx")
    >>> import openpyxl; openpyxl.load_workbook(out).sheetnames
    ['学习台账', '人员汇总']

Sheets: 学习台账 (a row per person and article), 人员汇总 (a row per person), then one sheet per
group session (date, topic, articles, participants, contest results). Chinese headers, plain cell
styles only, so it opens the same in Excel and WPS.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from content.model import BadInput
from quiz.contest_store import SESSION_KIND_NAMES, GroupSession
from quiz.file_output import OPEN_IN_SPREADSHEET, write_export
from quiz.ledger_source import ArticleActivity, LedgerSource, Person

MAIN_HEADERS = ("姓名", "单位/支部", "文章", "阅读时长（分钟）", "阅读进度", "复习卡片（次）", "练习题数",
                "练习正确率", "测验次数", "测验成绩", "集体学习/竞赛（次）", "首次学习日期", "最近学习日期")
PERSON_HEADERS = ("姓名", "单位/支部", "学习文章（篇）", "阅读时长（分钟）", "复习卡片（次）", "练习题数",
                  "练习正确率", "测验次数", "测验平均分", "集体学习/竞赛（次）")
HEADER_FILL = PatternFill("solid", fgColor="F2DCDB")
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
NO_RECORD = "（暂无学习记录）"


def local_date(stamp: str | None) -> date | None:
    """ISO date or timestamp → the local calendar date (stores keep UTC or offset times)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def article_row(person: Person, title: str, act: ArticleActivity) -> list:
    days = sorted(d for d in (local_date(s) for s in act.dates) if d)
    scores = "、".join(f"{s:g}" for s in act.exam_scores)
    return [person.name, person.unit, title, _minutes(act.reading_seconds), _percent(act.progress or None),
            act.reviews, act.practice_answered, _percent(act.practice_rate()), len(act.exam_scores), scores,
            act.sessions, days[0] if days else None, days[-1] if days else None]


def person_row(person: Person, acts: dict[int, ArticleActivity]) -> list:
    studied = [a for a in acts.values() if not a.is_empty()]
    answered = sum(a.practice_answered for a in studied)
    correct = sum(a.practice_correct for a in studied)
    exams = [s for a in studied for s in a.exam_scores]
    return [person.name, person.unit, len(studied), _minutes(sum(a.reading_seconds for a in studied)),
            sum(a.reviews for a in studied), answered, _percent(correct / answered if answered else None),
            len(exams), round(sum(exams) / len(exams), 1) if exams else "", sum(a.sessions for a in studied)]


def write_ledger(source: LedgerSource, out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise BadInput(f"学习台账导出为 Excel 文件（.xlsx），而不是“{out.name}”。")
    wb = Workbook()
    main = wb.active
    main.title = "学习台账"
    people_sheet = wb.create_sheet("人员汇总")
    _header(main, MAIN_HEADERS)
    _header(people_sheet, PERSON_HEADERS)
    titles = source.article_titles()
    for person in source.people():
        acts = {aid: a for aid, a in source.activity(person).items() if not a.is_empty()}
        rows = [article_row(person, titles.get(aid, f"（已删除的文章 {aid}）"), a) for aid, a in sorted(acts.items())]
        for row in rows or [[person.name, person.unit, NO_RECORD]]:
            main.append(row)
        people_sheet.append(person_row(person, acts))
    used = set(wb.sheetnames)
    for session in source.sessions():
        _session_sheet(wb, source, session, used)
    for ws in wb.worksheets:
        _fit_columns(ws)
    return write_export(out, wb.save, OPEN_IN_SPREADSHEET)


def _header(ws, headers) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"


def sheet_title(session: GroupSession, used: set[str]) -> str:
    """Excel allows 31 characters and no []:*?/\\ in a sheet name; names must be unique."""
    base = BAD_SHEET_CHARS.sub("", f"{session.date} {session.topic}")[:31].strip() or "集体学习"
    title, n = base, 2
    while title in used:
        suffix = f"（{n}）"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title)
    return title


def _session_sheet(wb: Workbook, source: LedgerSource, session: GroupSession, used: set[str]) -> None:
    ws = wb.create_sheet(sheet_title(session, used))
    for label, value in (("日期", session.date), ("主题", session.topic),
                         ("形式", SESSION_KIND_NAMES[session.kind]),
                         ("学习文章", "\n".join(session.article_titles)),
                         ("参加人员", "、".join(session.participants)),
                         ("参加人数", len(session.participants)), ("备注", session.notes)):
        ws.append([label, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    store = source.group_store()
    for contest in store.contests(session.id) if store else []:
        ws.append([])
        ws.append([f"知识竞赛：{contest.title}"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(["名次", "参赛队", "队员", "得分"])
        for r in contest.results:
            ws.append([r.rank, r.team, "、".join(r.members), r.score])


def _fit_columns(ws) -> None:
    for col in ws.columns:
        for cell in col:
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd"
        longest = max((max(len(line) for line in str(c.value).split("\n")) for c in col if c.value is not None),
                      default=4)
        ws.column_dimensions[get_column_letter(col[0].column)].width = min(60, max(8, longest * 2 + 2))


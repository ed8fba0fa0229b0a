"""The 学习台账: one Excel workbook (openpyxl) a branch hands in at the end of the quarter.

    >>> from content.library import Library
    >>> import tempfile, pathlib
    >>> out = write_ledger(LedgerSource(Library(":memory:")), pathlib.Path(tempfile.mkdtemp()) / "台账.xlsx")
    >>> import openpyxl; openpyxl.load_workbook(out).sheetnames
    ['学习台账', '人员汇总', '竞赛成绩', '试卷成绩']

Sheets: 学习台账 (a row per person and article), 人员汇总 (a row per person), 竞赛成绩 (a row per
contest member), 试卷成绩 (a row per person per printed paper marked by hand), then one sheet per group
session (date, 时长, 地点, topic, form, 主持人, 记录人, articles, participants, contest results; a detail not
given stays a blank cell beside its label, for the clerk to fill in by hand). Each sheet opens with a title row naming the unit and the period, then the header row
(frozen). Numbers are stored as numbers (rates as fractions shown with a % format), so Excel and
WPS can sum and sort them; plain cell styles only.

In 人员汇总 the printed papers have their own two columns (纸质测试（次）, 纸质测试平均分 on a 100
scale) beside the in-app 测验: a clerk checks each count against the rows of 试卷成绩 and the app's
own records, which a mixed figure would hide.

集体学习时长（分钟） is the time of the sessions a person signed in to: whole in 人员汇总, and in 学习台账
split evenly over the articles of each session, so the column still sums to the time spent. Blank when
no session gave its 时长.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from content.model import BadInput
from quiz.contest_store import SESSION_KIND_NAMES, GroupSession, SessionKind
from quiz.file_output import OPEN_IN_SPREADSHEET, write_export
from quiz.ledger_period import local_date
from quiz.ledger_source import ArticleActivity, ContestEntry, LedgerSource, PaperEntry, Person

MINUTES, PERCENT, COUNT, SCORE, DAY = "0.0", "0%", "0", "0.0", "yyyy-mm-dd"
MAIN_COLUMNS = (("姓名", None), ("单位/支部", None), ("文章", None), ("阅读时长（分钟）", MINUTES),
                ("阅读进度", PERCENT), ("复习卡片（次）", COUNT), ("练习题数", COUNT), ("练习正确率", PERCENT),
                ("测验次数", COUNT), ("测验平均分", SCORE), ("集体学习（次）", COUNT), ("其中知识竞赛（次）", COUNT),
                ("集体学习时长（分钟）", MINUTES), ("首次学习日期", DAY), ("最近学习日期", DAY))
PERSON_COLUMNS = (("姓名", None), ("单位/支部", None), ("学习文章（篇）", COUNT), ("阅读时长（分钟）", MINUTES),
                  ("复习卡片（次）", COUNT), ("练习题数", COUNT), ("练习正确率", PERCENT), ("测验次数", COUNT),
                  ("测验平均分", SCORE), ("纸质测试（次）", COUNT), ("纸质测试平均分", SCORE), ("集体学习（次）", COUNT),
                  ("其中知识竞赛（次）", COUNT), ("集体学习时长（分钟）", MINUTES), ("竞赛最好名次", COUNT))
CONTEST_COLUMNS = (("日期", DAY), ("竞赛名称", None), ("学习主题", None), ("姓名", None), ("单位/支部", None), ("参赛队", None),
                   ("名次", COUNT), ("参赛队数", COUNT), ("本队得分", COUNT))
PAPER_COLUMNS = (("日期", DAY), ("试卷", None), ("学习主题", None), ("考查文章", None), ("姓名", None),
                 ("单位/支部", None), ("得分", SCORE), ("满分", SCORE), ("百分制", SCORE))
MAIN_HEADERS = tuple(h for h, _ in MAIN_COLUMNS)
PERSON_HEADERS = tuple(h for h, _ in PERSON_COLUMNS)
CONTEST_HEADERS = tuple(h for h, _ in CONTEST_COLUMNS)
PAPER_HEADERS = tuple(h for h, _ in PAPER_COLUMNS)
HEADER_ROW = 2          # row 1 is the title
HEADER_HEIGHT = 36      # points: two lines of the bold header
HEADER_FILL = PatternFill("solid", fgColor="F2DCDB")
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_CHARS = 31
NO_RECORD = "（本期暂无学习记录）"
ONLY_PAPERS = "（本期只有纸质测试成绩，见“试卷成绩”表）"


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def _average(scores: list[float]) -> float | None:
    return round(sum(scores) / len(scores), 1) if scores else None


def article_row(person: Person, title: str, act: ArticleActivity) -> list:
    days = sorted(d for d in (local_date(s) for s in act.dates) if d)
    return [person.name, person.unit, title, _minutes(act.reading_seconds), act.progress or None,
            act.reviews, act.practice_answered, act.practice_rate(), len(act.exam_scores),
            _average(act.exam_scores), act.sessions + act.contests, act.contests,
            round(act.session_minutes, 1) or None, days[0] if days else None,
            days[-1] if days else None]


def person_row(source: LedgerSource, person: Person, acts: dict[int, ArticleActivity],
               contests: list[ContestEntry], papers: list[PaperEntry]) -> list:
    studied = [a for a in acts.values() if not a.is_empty()]
    answered = sum(a.practice_answered for a in studied)
    correct = sum(a.practice_correct for a in studied)
    exams = source.exam_scores(person)
    sessions = source.sessions_of(person)
    contested = sum(1 for s in sessions if s.kind == SessionKind.CONTEST)  # a contest is a group study too
    ranks = [c.result.rank for c in contests if _same(c.person, person)]
    marks = [p.percent() for p in papers if _same(p.person, person)]
    return [person.name, person.unit, len(studied), _minutes(sum(a.reading_seconds for a in studied)),
            sum(a.reviews for a in studied), answered, correct / answered if answered else None,
            len(exams), _average(exams), len(marks), _average(marks), len(sessions), contested,
            sum(s.minutes or 0 for s in sessions) or None, min(ranks) if ranks else None]


def _same(a: Person, b: Person) -> bool:
    return (a.id, a.name) == (b.id, b.name)


def paper_row(entry: PaperEntry) -> list:
    return [local_date(entry.date), entry.title, entry.topic or None, "、".join(entry.articles) or None,
            entry.person.name, entry.unit, entry.score, entry.full_marks, entry.percent()]


def contest_row(entry: ContestEntry) -> list:
    r = entry.result
    return [local_date(entry.date), entry.title, entry.topic, entry.person.name, entry.person.unit, r.team, r.rank,
            entry.teams, r.score]


def write_ledger(source: LedgerSource, out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise BadInput(f"学习台账导出为 Excel 文件（.xlsx），而不是“{out.name}”。")
    wb = Workbook()
    main = _table(wb, "学习台账", _title(source, "学习台账"), MAIN_COLUMNS, first=True)
    people = _table(wb, "人员汇总", _title(source, "学习人员汇总"), PERSON_COLUMNS)
    results = _table(wb, "竞赛成绩", _title(source, "知识竞赛成绩"), CONTEST_COLUMNS)
    marked = _table(wb, "试卷成绩", _title(source, "纸质试卷成绩"), PAPER_COLUMNS)
    titles = source.article_titles()
    contests = source.contest_entries()
    papers = source.paper_entries()
    for person in source.people():
        acts = {aid: a for aid, a in source.activity(person).items() if not a.is_empty()}
        rows = [article_row(person, titles.get(aid, f"（已删除的文章 {aid}）"), a) for aid, a in sorted(acts.items())]
        empty = ONLY_PAPERS if any(_same(p.person, person) for p in papers) else NO_RECORD
        for row in rows or [[person.name, person.unit, empty]]:
            _append(main, row, MAIN_COLUMNS)
        _append(people, person_row(source, person, acts, contests, papers), PERSON_COLUMNS)
    for entry in contests:
        _append(results, contest_row(entry), CONTEST_COLUMNS)
    for entry in papers:
        _append(marked, paper_row(entry), PAPER_COLUMNS)
    used = set(wb.sheetnames)
    for session in source.sessions():
        _session_sheet(wb, source, session, used)
    for ws in wb.worksheets:
        _fit_columns(ws, tables=(main, people, results, marked))
    return write_export(out, wb.save, OPEN_IN_SPREADSHEET)


def _title(source: LedgerSource, what: str) -> str:
    return f"{source.unit} {what}（{source.period.label()}）".strip()


def _table(wb: Workbook, name: str, title: str, columns, first: bool = False):
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    _title_row(ws, title, len(columns))
    ws.append([h for h, _ in columns])
    for cell in ws[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _print_setup(ws, landscape=len(columns) > 8)
    return ws


def _print_setup(ws, landscape: bool) -> None:
    """Printed on A4 as a unit hands it in: a wide table across, all columns on one page width, the
    title and header rows repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0  # one page wide, as many pages long as it takes
    ws.print_title_rows = f"1:{HEADER_ROW}"


def _title_row(ws, title: str, width: int) -> None:
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, width))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 26


def _append(ws, row: list, columns) -> None:
    ws.append(row)
    for cell, (_, fmt) in zip(ws[ws.max_row], columns):
        if fmt:
            cell.number_format = fmt


def sheet_title(session: GroupSession, used: set[str]) -> str:
    """Excel allows 31 characters and no []:*?/\\ in a sheet name, and names must differ (ignoring case).
    A long topic is cut with “…” (and a 《 left open is closed), so the tab still reads as a title;
    a second session with the same name gets （2） inside the 31 characters."""
    topic = BAD_SHEET_CHARS.sub("", session.topic).strip().strip("'") or "集体学习"
    base = f"{session.date} {topic}"
    taken = {u.casefold() for u in used}
    title, n = fitted_sheet_name(base), 2
    while title.casefold() in taken:
        title, n = fitted_sheet_name(base, f"（{n}）"), n + 1
    used.add(title)
    return title


def fitted_sheet_name(text: str, suffix: str = "") -> str:
    """`text` + `suffix` in SHEET_NAME_CHARS, a cut shown by “…”, an open 《 closed after it.

        >>> fitted_sheet_name("2026-11-29 学习《以科技创新与产业创新深度融合培育新质生产力》等3篇文章")
        '2026-11-29 学习《以科技创新与产业创新深度融合培…》'
    """
    room = SHEET_NAME_CHARS - len(suffix)
    if len(text) <= room:
        return text + suffix
    cut = text[:room - 1].rstrip()
    if cut.count("《") > cut.count("》"):
        cut = text[:room - 2].rstrip() + "…》"
    else:
        cut += "…"
    return cut + suffix


def _session_sheet(wb: Workbook, source: LedgerSource, session: GroupSession, used: set[str]) -> None:
    ws = wb.create_sheet(sheet_title(session, used))
    _print_setup(ws, landscape=False)
    kind = SESSION_KIND_NAMES[session.kind]
    _title_row(ws, f"{source.unit} {kind}记录".strip(), 4)
    for label, value, fmt in (("日期", local_date(session.date), DAY), ("时长（分钟）", session.minutes, COUNT),
                              ("地点", session.place or None, None), ("主题", session.topic, None),
                              ("形式", kind, None), ("主持人", session.host or None, None),
                              ("记录人", session.recorder or None, None),
                              ("学习文章", "\n".join(session.article_titles), None),
                              ("参加人员", "、".join(session.participants), None),
                              ("参加人数", len(session.participants), COUNT), ("备注", session.notes or None, None)):
        ws.append([label, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if fmt:
            ws.cell(ws.max_row, 2).number_format = fmt
    store = source.group_store()
    for contest in store.contests(session.id) if store else []:
        ws.append([])
        kind = SESSION_KIND_NAMES[SessionKind.CONTEST]
        ws.append([kind if contest.title == kind else f"{kind}：{contest.title}"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(["名次", "参赛队", "队员", "得分"])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for r in contest.results:
            ws.append([r.rank, r.team, "、".join(r.members), r.score])


def display_width(text: str) -> float:
    """Excel column units: a Chinese character is about two Latin ones wide."""
    return sum(2.1 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def _cell_width(value) -> float:
    if isinstance(value, (date, datetime)):
        return 10.5
    if isinstance(value, float):
        return 6
    return max(display_width(line) for line in str(value).split("\n"))


def _fit_columns(ws, tables) -> None:
    """Widths from the header and cells, not the title row (it spans the columns). A table's header
    wraps before its unit, 集体学习时长 over （分钟）, so the wide tables still print in readable type
    when fitted to the width of an A4 page."""
    is_table = any(ws is t for t in tables)
    for col in ws.iter_cols(min_row=2):
        widths = [_cell_width(c.value) for c in (col[1:] if is_table else col) if c.value is not None]
        if is_table and col[0].value is not None:
            widths.append(header_width(col[0].value))
        ws.column_dimensions[get_column_letter(col[0].column)].width = min(60, max(8, max(widths, default=8) + 2))
    if is_table:
        ws.row_dimensions[HEADER_ROW].height = HEADER_HEIGHT


def header_width(header: str) -> float:
    """The width of a header's widest line when it wraps before its unit (“（分钟）”, “（次）”)."""
    head, paren, unit = str(header).partition("（")
    return max(display_width(head), display_width(paren + unit))

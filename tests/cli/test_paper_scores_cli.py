"""`paper-scores add` records a printed paper's hand-marked scores for the 学习台账; `paper-scores list` reports them."""
import io
import json

import openpyxl
import pytest

from cli.runner import run_cli
from content.library import Library
from content.model import Article, Page, Section
from quiz.contest_store import GroupStore

TITLE = "学习贯彻二十届四中全会精神测试（A卷）"


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    lib = Library.open(home)
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文一。"])])]), "p", "h")
    lib.close()
    return home


@pytest.fixture
def scores(tmp_path):
    path = tmp_path / "成绩.txt"
    path.write_text("王芳 92\n李强\t88\n赵敏，45\n", encoding="utf-8")
    return path


def cli(home, *argv) -> int:
    return run_cli(["--data-dir", str(home), *argv])


def stored(home):
    lib = Library.open(home)
    try:
        return GroupStore(lib.db).paper_sittings()
    finally:
        lib.close()


def test_added_scores_are_stored_with_title_date_and_full_marks(home, scores):
    assert cli(home, "paper-scores", "add", "--title", TITLE, "--date", "2026-11-27", "--full", "100", str(scores)) == 0
    [s] = stored(home)
    assert (s.title, s.date, s.full_marks, [(x.name, x.score) for x in s.scores]) == (
        TITLE, "2026-11-27", 100, [("王芳", 92), ("李强", 88), ("赵敏", 45)])


def test_scores_can_come_from_stdin(home, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("王芳 92\n".encode("utf-8"))))
    assert cli(home, "paper-scores", "add", "--title", TITLE, "-") == 0
    assert [x.name for x in stored(home)[0].scores] == ["王芳"]


def test_a_gbk_file_is_read(home, tmp_path):
    path = tmp_path / "成绩.txt"
    path.write_bytes("王芳 92\n李强 88\n".encode("gb18030"))
    assert cli(home, "paper-scores", "add", "--title", TITLE, str(path)) == 0
    assert [x.name for x in stored(home)[0].scores] == ["王芳", "李强"]


def test_unreadable_lines_refuse_the_whole_file_with_exit_2_and_the_lines_named(home, tmp_path, capsys):
    path = tmp_path / "成绩.txt"
    path.write_text("王芳 92\n李强 九十\n", encoding="utf-8")
    assert cli(home, "paper-scores", "add", "--title", TITLE, str(path)) == 2
    assert "第 2 行“李强 九十”" in capsys.readouterr().err and stored(home) == []


def test_skip_bad_stores_the_readable_lines_and_names_the_others(home, tmp_path, capsys):
    path = tmp_path / "成绩.txt"
    path.write_text("王芳 92\n李强 九十\n", encoding="utf-8")
    assert cli(home, "paper-scores", "add", "--title", TITLE, "--skip-bad", str(path)) == 0
    assert "李强 九十" in capsys.readouterr().err and [x.name for x in stored(home)[0].scores] == ["王芳"]


def test_a_score_above_full_marks_is_exit_2_in_chinese(home, scores, capsys):
    assert cli(home, "paper-scores", "add", "--title", TITLE, "--full", "50", str(scores)) == 2
    assert "第 1 行王芳的得分 92 不在 0 到 50 分之间" in capsys.readouterr().err


def test_a_missing_file_is_exit_2(home, tmp_path, capsys):
    assert cli(home, "paper-scores", "add", "--title", TITLE, str(tmp_path / "无.txt")) == 2
    assert "找不到成绩文件" in capsys.readouterr().err


def test_an_unknown_article_is_exit_2(home, scores, capsys):
    assert cli(home, "paper-scores", "add", "--title", TITLE, "--articles", "9", str(scores)) == 2
    assert "编号为 9 的文章" in capsys.readouterr().err


def test_list_json_gives_each_sitting_with_scores_and_percent(home, scores, capsys):
    scores.write_text("王芳 46\n", encoding="utf-8")
    cli(home, "paper-scores", "add", "--title", TITLE, "--date", "2026-11-27", "--full", "50", "--articles", "1",
        str(scores))
    capsys.readouterr()
    assert cli(home, "paper-scores", "list", "--json") == 0
    [s] = json.loads(capsys.readouterr().out)["sittings"]
    assert (s["title"], s["full_marks"], s["article_ids"], s["scores"][0]) == (
        TITLE, 50, [1], {"name": "王芳", "unit": "", "score": 46, "percent": 92})


def test_list_filters_by_period(home, scores, capsys):
    cli(home, "paper-scores", "add", "--title", "九月测试", "--date", "2026-09-10", str(scores))
    cli(home, "paper-scores", "add", "--title", TITLE, "--date", "2026-11-27", str(scores))
    capsys.readouterr()
    assert cli(home, "paper-scores", "list", "--from", "2026-10-01", "--json") == 0
    assert [s["title"] for s in json.loads(capsys.readouterr().out)["sittings"]] == [TITLE]


def test_added_scores_reach_the_ledger(home, scores, tmp_path):
    cli(home, "paper-scores", "add", "--title", TITLE, "--date", "2026-11-27", str(scores))
    assert cli(home, "ledger", "--out", str(tmp_path / "台账.xlsx")) == 0
    rows = list(openpyxl.load_workbook(tmp_path / "台账.xlsx")["试卷成绩"].iter_rows(min_row=3, values_only=True))
    from quiz.ledger import PAPER_HEADERS
    title, name, score = (PAPER_HEADERS.index(h) for h in ("试卷", "姓名", "得分"))
    assert [(r[title], r[name], r[score]) for r in rows] == [(TITLE, "王芳", 92), (TITLE, "李强", 88), (TITLE, "赵敏", 45)]


def test_delete_removes_a_sitting_entered_by_mistake(home, scores):
    cli(home, "paper-scores", "add", "--title", TITLE, str(scores))
    assert cli(home, "paper-scores", "delete", "1") == 0
    assert stored(home) == []


def test_deleting_an_unknown_sitting_is_exit_2(home, capsys):
    assert cli(home, "paper-scores", "delete", "5") == 2
    assert "找不到编号为 5 的试卷成绩" in capsys.readouterr().err

import openpyxl
import pytest
from docx import Document

from cli.runner import run_cli
from content.library import Library
from content.paths import SAMPLE_PAGE
from quiz.question_sets import QuestionSetStore


@pytest.fixture(scope="module")
def organiser(tmp_path_factory):
    """A data dir with the sample page imported (module-scoped: analysis takes seconds)."""
    home = tmp_path_factory.mktemp("organiser")
    assert run_cli(["--data-dir", str(home), "import", str(SAMPLE_PAGE)]) == 0
    return home


def article_ids(home):
    lib = Library.open(home)
    try:
        return [str(i) for i in lib.article_ids()]
    finally:
        lib.close()


def test_paper_docx_from_library_articles(organiser, tmp_path, capsys):
    out = tmp_path / "试卷.docx"
    code = run_cli(["--data-dir", str(organiser), "paper", *article_ids(organiser), "--count", "30", "--seed", "1",
                    "--out", str(out), "--variants", "A,B"])
    numbered = [p.text for p in Document(str(tmp_path / "试卷_B卷.docx")).paragraphs if p.text[:1].isdigit()]
    assert code == 0 and len(numbered) == 30 and (tmp_path / "试卷_答案.docx").exists()


def test_paper_to_unknown_format_exits_2(organiser, tmp_path, capsys):
    code = run_cli(["--data-dir", str(organiser), "paper", "1", "--out", str(tmp_path / "x.txt")])
    assert code == 2 and "docx" in capsys.readouterr().err


def test_paper_without_targets_exits_2(organiser, tmp_path, capsys):
    assert run_cli(["--data-dir", str(organiser), "paper", "--out", str(tmp_path / "x.docx")]) == 2


def test_ledger_writes_workbook(organiser, tmp_path):
    out = tmp_path / "台账.xlsx"
    assert run_cli(["--data-dir", str(organiser), "ledger", "--out", str(out)]) == 0 and out.stat().st_size > 0


def test_ledger_takes_period_and_unit(organiser, tmp_path):
    out = tmp_path / "台账.xlsx"
    assert run_cli(["--data-dir", str(organiser), "ledger", "--out", str(out), "--from", "2026-10-01",
                    "--to", "2026-12-31", "--unit", "第一党支部"]) == 0
    title = openpyxl.load_workbook(out)["学习台账"]["A1"].value
    assert title == "第一党支部 学习台账（2026年10月1日至2026年12月31日）"


def test_ledger_with_unreadable_date_exits_2(organiser, tmp_path, capsys):
    code = run_cli(["--data-dir", str(organiser), "ledger", "--out", str(tmp_path / "a.xlsx"), "--from", "十月"])
    assert code == 2 and "日期" in capsys.readouterr().err


def test_pack_round_trip_into_fresh_data_dir(organiser, tmp_path, capsys):
    ids = article_ids(organiser)
    pack = tmp_path / "周五.xuepack"
    assert run_cli(["--data-dir", str(organiser), "pack", "export", *ids, "--out", str(pack),
                    "--count", "20"]) == 0
    member = tmp_path / "member"
    assert run_cli(["--data-dir", str(member), "pack", "import", str(pack)]) == 0
    src, dst = Library.open(organiser), Library.open(member)
    try:
        assert [a.title for _, a in src.all_articles()] == [a.title for _, a in dst.all_articles()]
        assert len(QuestionSetStore(dst.db).all()[0].questions) == 20
    finally:
        src.close()
        dst.close()


def test_damaged_pack_import_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.xuepack"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert run_cli(["--data-dir", str(tmp_path / "h"), "pack", "import", str(bad)]) == 2
    assert "学习包" in capsys.readouterr().err

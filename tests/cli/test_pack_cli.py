"""pack export packs a question set only with all its articles (--set adds them); pack sets lists the sets."""
import json
import zipfile

import pytest

from cli.runner import run_cli
from content.library import Library
from content.model import Article, Page, Section
from quiz.question_sets import QuestionSet, QuestionSetStore
from tests.quiz.paper_fixtures import mixed_questions


@pytest.fixture
def organiser(tmp_path):
    """Three articles and a saved paper on all three; returns (data dir, article ids, set id)."""
    home = tmp_path / "organiser"
    lib = Library.open(home)
    arts = [Article(t, sections=[Section(None, [f"{t}的正文。坚持问题导向。"])]) for t in ("甲文", "乙文", "丙文")]
    ids = lib.import_page(Page("p", arts), "p", "h").article_ids
    set_id = QuestionSetStore(lib.db).save(QuestionSet("理论学习测试", ids, mixed_questions()))
    lib.close()
    return home, ids, set_id


def contents(pack):
    with zipfile.ZipFile(pack) as zf:
        return len(json.loads(zf.read("articles.json"))), len(json.loads(zf.read("question_sets.json")))


def test_one_article_leaves_the_three_article_paper_out_and_says_how(organiser, tmp_path, capsys):
    home, ids, set_id = organiser
    pack = tmp_path / "x.xuepack"
    assert run_cli(["--data-dir", str(home), "pack", "export", str(ids[0]), "--out", str(pack)]) == 0
    assert contents(pack) == (1, 0) and f"--set {set_id}" in capsys.readouterr().out


def test_set_option_packs_the_paper_with_all_its_articles(organiser, tmp_path, capsys):
    home, _, set_id = organiser
    pack = tmp_path / "x.xuepack"
    assert run_cli(["--data-dir", str(home), "pack", "export", "--set", str(set_id), "--out", str(pack)]) == 0
    assert contents(pack) == (3, 1) and "3 篇文章、1 套题（9 题）" in capsys.readouterr().out


def test_export_with_neither_articles_nor_set_exits_2(organiser, tmp_path, capsys):
    home, _, _ = organiser
    assert run_cli(["--data-dir", str(home), "pack", "export", "--out", str(tmp_path / "x.xuepack")]) == 2
    assert "--set" in capsys.readouterr().err


def test_pack_sets_names_the_pack_a_set_came_in(organiser, tmp_path, capsys):
    home, ids, _ = organiser
    pack = tmp_path / "周五.xuepack"
    run_cli(["--data-dir", str(home), "pack", "export", *map(str, ids), "--out", str(pack)])
    member = tmp_path / "member"
    run_cli(["--data-dir", str(member), "pack", "import", str(pack)])
    capsys.readouterr()
    assert run_cli(["--data-dir", str(member), "pack", "sets", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["sets"]
    assert (row["title"], row["questions"], row["from_pack"]) == ("理论学习测试", 9, "学习包：理论学习测试")

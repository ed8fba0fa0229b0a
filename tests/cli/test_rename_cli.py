"""`python main.py [--data-dir D] rename ID 新标题 [--json]` as a user runs it: a real process."""
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
NEW_TITLE = "以绿色发展 引领乡村振兴"


def run(data_dir, *args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def library(tmp_path, sample_page_path):
    """A data dir holding the sample page; returns (data dir, the first article's listing)."""
    assert run(tmp_path, "import", sample_page_path, "--no-analyse").returncode == 0
    first = json.loads(run(tmp_path, "list", "--json").stdout)["articles"][0]
    return tmp_path, first


def titles(data_dir) -> dict[int, str]:
    return {a["id"]: a["title"] for a in json.loads(run(data_dir, "list", "--json").stdout)["articles"]}


def test_rename_json_reports_the_new_and_old_title(library):
    data_dir, first = library
    out = run(data_dir, "rename", first["id"], NEW_TITLE, "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"id": first["id"], "title": NEW_TITLE, "old_title": first["title"]}


def test_renamed_title_shows_in_list_and_search(library):
    data_dir, first = library
    run(data_dir, "rename", first["id"], NEW_TITLE)
    assert titles(data_dir)[first["id"]] == NEW_TITLE
    hits = json.loads(run(data_dir, "search", "引领乡村振兴", "--json").stdout)["hits"]
    assert [(h["article_id"], h["section"], h["snippet"]) for h in hits] == [(first["id"], -1, NEW_TITLE)]


def test_unquoted_words_make_one_title(library):
    data_dir, first = library
    out = run(data_dir, "rename", first["id"], "以绿色发展", "引领乡村振兴")
    assert out.returncode == 0 and "改名为《以绿色发展 引领乡村振兴》" in out.stdout
    assert titles(data_dir)[first["id"]] == NEW_TITLE


def test_blank_title_exits_2_with_a_chinese_message_and_changes_nothing(library):
    data_dir, first = library
    out = run(data_dir, "rename", first["id"], "   ")
    assert out.returncode == 2
    assert "标题不能为空" in out.stderr and out.stdout == ""
    assert titles(data_dir)[first["id"]] == first["title"]


def test_unknown_id_exits_2_with_a_chinese_message(library):
    data_dir, first = library
    out = run(data_dir, "rename", 9999, NEW_TITLE, "--json")
    assert out.returncode == 2
    assert "没有编号为 9999 的文章" in out.stderr and out.stdout == ""


def test_rename_carries_the_new_title_into_the_wrong_book(library):
    """A question answered wrong before the rename is listed by `wrong-book` under its new title."""
    from content.library import Library
    from quiz.learning_store import LearningStore
    data_dir, first = library
    lib = Library.open(data_dir)
    store = LearningStore(lib.db)
    pid = store.ensure_profile()
    question = {"id": "q1", "type": "fill_blank", "stem": f"《{first['title']}》中写道：坚持（  ）。",
                "answer": ["问题导向"], "source": {"article": first["title"], "sentence": "坚持问题导向。"},
                "article_id": first["id"]}
    with store.write():
        store.db["wrong_items"].insert({
            "profile_id": pid, "question_id": "q1", "article_id": first["id"],
            "question": json.dumps(question, ensure_ascii=False), "wrong_count": 1, "streak": 0,
            "first_wrong_at": "2026-03-01T00:00:00+00:00", "last_wrong_at": "2026-03-01T00:00:00+00:00",
            "last_given": "[]", "cleared_at": None})
    lib.close()

    assert run(data_dir, "rename", first["id"], NEW_TITLE).returncode == 0
    book = json.loads(run(data_dir, "wrong-book", "--json").stdout)
    asked = [item["question"] for group in book["articles"] for item in group["items"]]
    assert [(q["id"], q["source"]["article"], q["stem"]) for q in asked] == \
        [("q1", NEW_TITLE, f"《{NEW_TITLE}》中写道：坚持（  ）。")]

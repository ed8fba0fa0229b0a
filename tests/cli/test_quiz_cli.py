"""The quiz and cards commands as a user runs them: a real process, JSON on stdout, exit codes."""
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def run(*args, data_dir):
    env = {**os.environ, "XUEER_HOME": str(data_dir)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=300)


def test_quiz_json_follows_the_contract_and_the_seed(tmp_path, sample_page_path):
    args = ("quiz", sample_page_path, "--count", "8", "--seed", "3", "--json")
    first = run(*args, data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    questions = json.loads(first.stdout)["questions"]
    assert len(questions) == 8
    for q in questions:
        assert set(q) == {"id", "type", "stem", "options", "answer", "explanation", "difficulty", "source"}
        assert isinstance(q["answer"], list) and "【" in q["explanation"]
    assert json.loads(run(*args, data_dir=tmp_path).stdout) == json.loads(first.stdout)


def test_quiz_types_filter(tmp_path, sample_page_path):
    out = run("quiz", sample_page_path, "--count", "5", "--seed", "1", "--types", "true_false,ordering", "--json",
              data_dir=tmp_path)
    assert {q["type"] for q in json.loads(out.stdout)["questions"]} <= {"true_false", "ordering"}


def test_bad_types_exit_2_with_a_chinese_message(tmp_path, sample_page_path):
    out = run("quiz", sample_page_path, "--types", "essay", data_dir=tmp_path)
    assert out.returncode == 2 and "不认识的题型" in out.stderr and "essay" in out.stderr


def test_a_missing_file_exits_2(tmp_path):
    out = run("quiz", tmp_path / "没有.txt", data_dir=tmp_path)
    assert out.returncode == 2 and "找不到" in out.stderr


def test_readable_listing_is_chinese(tmp_path, sample_page_path):
    out = run("quiz", sample_page_path, "--count", "3", "--seed", "2", data_dir=tmp_path)
    assert out.returncode == 0 and "答案：" in out.stdout and "出处：" in out.stdout


def test_cards_json(tmp_path, sample_page_path):
    out = run("cards", sample_page_path, "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    cards = json.loads(out.stdout)["cards"]
    assert cards and {c["kind"] for c in cards} == {"term", "core_point", "enumeration"}
    assert all(set(c) == {"kind", "front", "back", "source"} for c in cards)


def test_quiz_on_a_file_does_not_create_a_library(tmp_path, sample_page_path):
    run("quiz", sample_page_path, "--count", "3", "--seed", "1", "--json", data_dir=tmp_path)
    assert not (tmp_path / "library.db").exists()


def test_quiz_on_a_library_article_by_id(tmp_path, sample_page_path):
    assert run("import", sample_page_path, data_dir=tmp_path).returncode == 0
    out = run("quiz", "1", "--count", "5", "--seed", "4", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    questions = json.loads(out.stdout)["questions"]
    assert questions and {q["source"]["article"] for q in questions} == {questions[0]["source"]["article"]}


def test_the_same_seed_gives_the_same_quiz_whatever_the_hash_seed(tmp_path, sample_page_path):
    outs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "XUEER_HOME": str(tmp_path), "PYTHONHASHSEED": hash_seed}
        outs.append(subprocess.run([sys.executable, str(ROOT / "main.py"), "quiz", str(sample_page_path),
                                    "--count", "12", "--seed", "9", "--json"], cwd=ROOT, capture_output=True,
                                   text=True, env=env, timeout=300).stdout)
    assert outs[0] == outs[1] and json.loads(outs[0])["questions"]


def test_a_quiz_shorter_than_asked_says_so_on_stderr(tmp_path, sample_page_path):
    out = run("quiz", sample_page_path, "--count", "400", "--seed", "1", "--json", data_dir=tmp_path)
    count = len(json.loads(out.stdout)["questions"])
    assert out.returncode == 0 and 0 < count < 400 and f"只生成了 {count} 题" in out.stderr


def test_a_quiz_with_no_question_says_so_on_stderr_beside_its_empty_json(tmp_path):
    # review round 19: a 323-character news item gave "questions": [] and no word of why
    short = tmp_path / "短讯.txt"
    short.write_text("生态文化建设取得新进展\n\n本报北京6月3日电  记者从有关部门获悉，今年以来各地开展了多项活动。\n", encoding="utf-8")
    out = run("quiz", short, "--count", "10", "--seed", "1", "--json", data_dir=tmp_path)
    assert out.returncode == 0 and json.loads(out.stdout)["questions"] == []
    assert "没有找到适合出题的内容" in out.stderr

"""The content CLI as a user runs it: a real process, JSON on stdout, exit codes, Chinese errors."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def run(*args, data_dir, check_code=None):
    env = {**os.environ, "XUEER_HOME": str(data_dir)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True, env=env, timeout=120)
    if check_code is not None:
        assert out.returncode == check_code, out.stderr
    return out


def has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def test_inspect_prints_the_design_json_and_writes_nothing(tmp_path, sample_page_path):
    home = tmp_path / "home"
    out = run("inspect", sample_page_path, "--json", data_dir=home, check_code=0)
    data = json.loads(out.stdout)
    assert data["source"] == sample_page_path.name
    art = data["articles"][2]
    assert set(art) >= {"title", "authors", "author_bio", "column", "core_points", "sections", "key_terms", "warnings"}
    assert art["authors"] == ["郭俊兰", "杨亮"] and art["column"] == "理政践悟"
    assert art["key_terms"] and {"term", "weight", "kind", "count", "pinyin", "occurrences"} <= set(art["key_terms"][0])
    assert not (home / "library.db").exists()


def test_import_list_show_search_round_trip(tmp_path, sample_page_path):
    run("import", sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=0)
    listing = json.loads(run("list", "--json", data_dir=tmp_path, check_code=0).stdout)["articles"]
    assert len(listing) == 3
    hits = json.loads(run("search", "政绩", "--json", data_dir=tmp_path, check_code=0).stdout)["hits"]
    assert hits and all("政绩" in h["snippet"] for h in hits)
    shown = json.loads(run("show", listing[0]["id"], "--json", data_dir=tmp_path, check_code=0).stdout)
    assert shown["title"] == listing[0]["title"] and shown["sections"]


def test_reimport_adds_nothing(tmp_path, sample_page_path):
    run("import", sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=0)
    out = run("import", sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=0)
    assert "没有重复导入" in out.stdout
    assert len(json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"]) == 3


@pytest.mark.parametrize("make", ["missing", "folder", "empty", "binary"])
def test_bad_input_exits_2_with_a_chinese_message(tmp_path, make):
    target = tmp_path / f"bad-{make}.txt"
    if make == "folder":
        target.mkdir()
    elif make == "empty":
        target.write_bytes(b"")
    elif make == "binary":
        target.write_bytes(b"\x00\x01\x02PK\x03\x04" * 500)
    out = run("import", target, data_dir=tmp_path / "home", check_code=2)
    assert has_chinese(out.stderr) and "Traceback" not in out.stderr


def test_inspect_of_a_missing_file_exits_2(tmp_path):
    out = run("inspect", tmp_path / "nope.txt", "--json", data_dir=tmp_path, check_code=2)
    assert has_chinese(out.stderr)


def test_one_bad_file_in_a_multi_file_import_still_imports_the_rest(tmp_path, sample_page_path):
    missing = tmp_path / "missing.txt"
    out = run("import", missing, sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=2)
    assert has_chinese(out.stderr)
    assert len(json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"]) == 3


def test_show_of_an_unknown_id_exits_2(tmp_path):
    out = run("show", "999", data_dir=tmp_path, check_code=2)
    assert "999" in out.stderr and has_chinese(out.stderr)


def test_usage_error_exits_2(tmp_path):
    out = run("search", data_dir=tmp_path, check_code=2)
    assert "用法错误" in out.stderr


def test_term_corrections_survive_reanalysis(tmp_path, sample_page_path):
    run("import", sample_page_path, data_dir=tmp_path, check_code=0)
    art_id = json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"][-1]["id"]
    before = json.loads(run("terms", art_id, "--json", data_dir=tmp_path, check_code=0).stdout)["key_terms"]
    dropped = before[0]["term"]
    run("terms", art_id, "--add", "外送通道", "--remove", dropped, data_dir=tmp_path, check_code=0)
    after = [k["term"] for k in json.loads(run("terms", art_id, "--json", data_dir=tmp_path).stdout)["key_terms"]]
    assert "外送通道" in after and dropped not in after


def test_output_cut_short_by_a_closed_pipe_is_not_an_error(tmp_path):
    page = tmp_path / "长文.txt"  # far more than a pipe buffer holds, so writing outlives the reader
    body = "\n\n".join(f"第{i}段：学习贯彻党的创新理论，推进理论武装走深走实。" * 4 for i in range(3000))
    page.write_text(f"长篇学习材料\n\n□作者\n\n{body}\n", encoding="utf-8")
    run("import", page, "--no-analyse", data_dir=tmp_path, check_code=0)
    env = {**os.environ, "XUEER_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "show", "1"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head`: the reader goes away after a few bytes
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=60) == 0
    assert "内部错误" not in err and "Traceback" not in err


def test_terms_made_by_an_older_extractor_are_redone_by_the_terms_command(sample_page_path, tmp_path):
    from content.library import Library
    from content.model import KeyTerm
    run("import", sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=0)
    first = json.loads(run("list", "--json", data_dir=tmp_path, check_code=0).stdout)["articles"][0]["id"]
    lib = Library.open(tmp_path)
    lib.save_key_terms(first, [KeyTerm("内容", 0.1)], version=None)   # as stored before versions were kept
    lib.close()
    terms = [k["term"] for k in json.loads(run("terms", first, "--json", data_dir=tmp_path, check_code=0).stdout)["key_terms"]]
    assert "内容" not in terms and len(terms) >= 20
    assert Library.open(tmp_path).analysis_current(first)


def test_bad_term_corrections_are_refused_in_chinese_and_change_nothing(tmp_path, sample_page_path):
    run("import", sample_page_path, data_dir=tmp_path, check_code=0)
    art_id = json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"][-1]["id"]
    before = run("terms", art_id, "--json", data_dir=tmp_path, check_code=0).stdout
    for args, says in ((["--add", "，"], "不是词语"), (["--add", "的"], "不是词语"),
                       (["--add", "文中不会有的词语"], "文中没有找到"),
                       (["--add", "外送通道", "--add", "，"], "不是词语"),   # one bad word: nothing stored
                       (["--remove", "从来没有的词"], "关键词里没有"),
                       (["--add", "外送通道", "--remove", "外送通道"], "不能既添加又移出")):
        out = run("terms", art_id, *args, data_dir=tmp_path, check_code=2)
        assert says in out.stderr and "Traceback" not in out.stderr, (args, out.stderr)
    assert run("terms", art_id, "--json", data_dir=tmp_path, check_code=0).stdout == before


def test_term_corrections_are_confirmed_with_kinds_in_chinese(tmp_path, sample_page_path):
    run("import", sample_page_path, data_dir=tmp_path, check_code=0)
    art_id = json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"][-1]["id"]
    first = json.loads(run("terms", art_id, "--json", data_dir=tmp_path).stdout)["key_terms"][0]["term"]
    bare = first.replace("“", "").replace("”", "")
    out = run("terms", art_id, "--add", "外送通道。", "--remove", bare, data_dir=tmp_path, check_code=0).stdout
    assert "已添加关键词“外送通道”" in out and "已移出关键词" in out and first in out
    assert "概念" in out and "concept" not in out
    after = [k["term"] for k in json.loads(run("terms", art_id, "--json", data_dir=tmp_path).stdout)["key_terms"]]
    assert "外送通道" in after and first not in after


@pytest.mark.parametrize("args", [("terms", "99999999999999999999"), ("delete", "99999999999999999999"),
                                  ("rename", "99999999999999999999", "新题"), ("session", "delete", "99999999999999999999"),
                                  ("wrong-book", "--profile", "99999999999999999999")])
def test_a_number_too_long_for_the_database_is_no_internal_error(tmp_path, sample_page_path, args):
    run("import", sample_page_path, "--no-analyse", data_dir=tmp_path, check_code=0)
    out = run(*args, data_dir=tmp_path, check_code=2)
    assert "没有编号为 99999999999999999999" in out.stderr and "Traceback" not in out.stderr


def test_usage_errors_are_said_in_chinese(tmp_path):
    out = run("terms", "abc", data_dir=tmp_path, check_code=2)
    assert "“abc”不是编号" in out.stderr and "invalid" not in out.stderr
    out = run("quiz", "1", "--count", "x", data_dir=tmp_path, check_code=2)
    assert "“x”不是整数" in out.stderr
    assert "缺少参数" in run("show", data_dir=tmp_path, check_code=2).stderr


def test_a_quoted_term_added_back_after_its_removal_is_one_term_again(tmp_path, sample_page_path):
    run("import", sample_page_path, data_dir=tmp_path, check_code=0)
    art_id = json.loads(run("list", "--json", data_dir=tmp_path).stdout)["articles"][0]["id"]
    terms = lambda: [k["term"] for k in json.loads(run("terms", art_id, "--json", data_dir=tmp_path).stdout)["key_terms"]]
    quoted = next(t for t in terms() if t.startswith("“") and not t.endswith("”"))   # “1571”工作部署
    run("terms", art_id, "--remove", quoted.replace("“", "").replace("”", ""), data_dir=tmp_path, check_code=0)
    assert quoted not in terms()
    run("terms", art_id, "--add", quoted, data_dir=tmp_path, check_code=0)
    after = terms()
    assert after.count(quoted) == 1 and not any(t != quoted and t.replace("“", "") == quoted.replace("“", "")
                                                for t in after)
    out = run("terms", art_id, "--add", quoted, "--remove", quoted.replace("“", "").replace("”", ""),
              data_dir=tmp_path, check_code=2)
    assert "不能既添加又移出" in out.stderr

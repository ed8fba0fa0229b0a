"""The study CLI as a user runs it: a real process, JSON on stdout, exit codes, Chinese errors."""
import json
import os
import pathlib
import subprocess
import sys

import openpyxl
import sqlite_utils

from quiz.answer_log import AnswerMode, record_answer
from quiz.learning_store import LearningStore
from tests.quiz.learning_fixtures import question, wrong_answer

ROOT = pathlib.Path(__file__).resolve().parents[2]


def run(*args, data_dir, code=0):
    env = {**os.environ, "XUEER_HOME": str(data_dir)}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == code, out.stderr
    return out


def test_profiles_add_and_list(data_dir):
    run("profiles", "--add", "李明", "--unit", "第二党支部", data_dir=data_dir)
    rows = json.loads(run("profiles", "--json", data_dir=data_dir).stdout)["profiles"]
    assert [(r["name"], r["unit"]) for r in rows] == [("我", ""), ("李明", "第二党支部")]


def test_review_due_json_counts_new_cards(data_dir):
    run("profiles", data_dir=data_dir)
    store = LearningStore(sqlite_utils.Database(data_dir / "library.db"))
    store.add_card(store.ensure_profile(), None, "term", "六张网", "……")
    store.db.close()
    data = json.loads(run("review-due", "--json", data_dir=data_dir).stdout)
    assert data["new"] == 1 and data["due"] == []


def test_wrong_book_exports_excel(data_dir):
    run("profiles", data_dir=data_dir)
    store = LearningStore(sqlite_utils.Database(data_dir / "library.db"))
    q = question(1, article_id=None)
    record_answer(store, store.ensure_profile(), q, wrong_answer(q), AnswerMode.PRACTICE)
    store.db.close()
    out_file = data_dir / "错题本.xlsx"
    run("wrong-book", "--out", out_file, data_dir=data_dir)
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(values_only=True))
    assert rows[1][2].startswith("第1题")


def test_unknown_profile_is_a_chinese_usage_error(data_dir):
    out = run("progress", "--profile", "42", data_dir=data_dir, code=2)
    assert "学习者" in out.stderr

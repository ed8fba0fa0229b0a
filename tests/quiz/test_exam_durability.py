"""Kill the app mid-exam with SIGKILL, start again: every answer given is still there."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
import sys, json
from content.library import Library
from quiz.learning_store import LearningStore
from quiz.exam import ExamSession
from tests.quiz.learning_fixtures import question, right_answer, wrong_answer
lib = Library.open(sys.argv[1])
store = LearningStore(lib.db)
pid = store.ensure_profile()
"""

# Answers question after question; each line is printed only after the answer was committed.
ANSWERER = SETUP + """
exam = ExamSession.start(store, pid, [question(i) for i in range(200)], time_limit_s=1800)
while exam.current is not None:
    q = exam.current
    exam.answer(right_answer(q) if exam.position % 3 else wrong_answer(q))
    print(exam.position, flush=True)
"""

RESUMER = SETUP + """
exam = ExamSession.resume(store, ExamSession.unfinished(store, pid))
print(json.dumps({"position": exam.position, "answered": sorted(exam.given),
                  "wrong_items": store.db["wrong_items"].count}))
"""


def run_python(code, data_dir, **kw):
    return subprocess.Popen([sys.executable, "-c", code, str(data_dir)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_exam_survives_sigkill(data_dir):
    worker = run_python(ANSWERER, data_dir)
    reported = 0
    while reported < 12:  # wait until a dozen answers are confirmed, then pull the plug mid-stream
        line = worker.stdout.readline()
        assert line, worker.stderr.read()
        reported = int(line)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    assert worker.returncode == -signal.SIGKILL
    resumer = run_python(RESUMER, data_dir)
    out, err = resumer.communicate(timeout=60)
    state = json.loads(out or err)
    assert state["position"] >= reported
    assert state["answered"] == list(range(state["position"]))  # nothing missing before the screen
    assert state["wrong_items"] == len([i for i in range(state["position"]) if i % 3 == 0])

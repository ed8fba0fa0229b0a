"""Startup and article-opening speed of the app window.

    python benchmarks/startup.py [--runs 5]

1. Process start → main window painted with the sample article open, median of several runs,
   for a first start (empty data dir: the sample page is imported) and a warm start (analysis
   stored). Baseline in the same run: a bare `import PySide6.QtWidgets` + an empty QWidget painted.
2. Opening a 20,000-character analysed article in the reader (document built, highlights, pinyin,
   painted), median; baseline: QTextEdit.setPlainText of the same text, painted.
Targets: warm start <= 1.5 s on 2 cores; opening <= 150 ms. Uses the offscreen Qt platform.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE_CHILD = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1280, 860)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("PAINTED", flush=True), app.quit()))
            obj.removeEventFilter(self)
        return False
f = Painted(); w.installEventFilter(f); w.show(); app.exec()
"""

APP_CHILD = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from gui.app import start_app
from gui.settings import AppSettings
settings = AppSettings(QSettings({ini!r}, QSettings.Format.IniFormat))
app, window = start_app(["--data-dir", {data!r}], settings)
assert window.reader_page.article is not None, "no article open"
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("PAINTED", window.reader_page.article.title, flush=True), app.quit()))
            obj.removeEventFilter(self)
        return False
f = Painted(); window.reader_page.view.viewport().installEventFilter(f)
app.exec()
window.close()
"""


def time_child(code: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, text=True)
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("child never painted")
    proc.wait(timeout=60)
    return elapsed


def startup_figures(runs: int, work: Path) -> dict:
    baseline = [time_child(BASELINE_CHILD) for _ in range(runs)]
    first = []
    for i in range(runs):
        data = work / f"first{i}"
        first.append(time_child(APP_CHILD.format(root=str(ROOT), ini=str(work / f"f{i}.ini"), data=str(data))))
    warm_data = work / "first0"
    try:
        analyse_all(warm_data)
    except Exception as exc:  # the figures still mean something without highlights; say so
        print(f"note: key-term analysis failed ({type(exc).__name__}); warm start measured without it")
    warm = [time_child(APP_CHILD.format(root=str(ROOT), ini=str(work / "f0.ini"), data=str(warm_data)))
            for _ in range(runs)]
    return {"baseline": statistics.median(baseline), "first": statistics.median(first),
            "warm": statistics.median(warm)}


def analyse_all(data_dir: Path) -> None:
    from content.analysis import Analyzer
    from content.importer import analyse_missing
    from content.library import Library
    lib = Library.open(data_dir)
    analyse_missing(lib, Analyzer(data_dir))
    lib.close()


def long_article_id(data_dir: Path, chars: int = 20_000) -> int:
    """A stored, analysed article of about `chars` characters made from the sample page's paragraphs."""
    from content.analysis import Analyzer
    from content.importer import ensure_sample
    from content.library import Library
    from content.model import Article, Page, Section
    lib = Library.open(data_dir)
    ensure_sample(lib)
    paragraphs = [t for _, a in lib.all_articles() for _, _, t in a.iter_paragraphs()]
    sections, total, i = [], 0, 0
    while total < chars:
        chunk = []
        for _ in range(5):
            chunk.append(paragraphs[i % len(paragraphs)])
            total += len(chunk[-1])
            i += 1
        sections.append(Section(f"第{len(sections) + 1}部分", chunk))
    article = Article("长文测试", ["测试"], sections=sections)
    try:
        article.key_terms = Analyzer(data_dir).key_terms(article)
    except Exception as exc:
        print(f"note: key-term analysis failed ({type(exc).__name__}); long article opened without highlights")
    outcome = lib.import_page(Page("long.txt", [article]), "long.txt", f"long-{chars}")
    lib.close()
    return outcome.article_ids[0]


def open_figures(runs: int, work: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTextEdit
    from content.library import Library
    from gui.main_window import MainWindow
    from content.reading_aids import RubyAnnotator
    from gui.settings import AppSettings
    data = work / "long"
    article_id = long_article_id(data)
    from gui.app import make_application
    app = make_application()
    lib = Library.open(data)
    window = MainWindow(lib, data, AppSettings(QSettings(str(work / "o.ini"), QSettings.Format.IniFormat)))
    window.resize(1280, 860)
    window.show()
    window.reader_page.set_annotator(RubyAnnotator())
    other = min(s.id for s in lib.list_articles())
    text = lib.get_article(article_id).body_text()
    opened, plain = [], []
    for _ in range(runs):
        window.open_article(other)
        app.processEvents()
        start = time.perf_counter()
        window.open_article(article_id)
        window.reader_page.view.viewport().repaint()
        opened.append(time.perf_counter() - start)
        edit = QTextEdit()
        edit.resize(900, 800)
        edit.show()
        start = time.perf_counter()
        edit.setPlainText(text)
        edit.viewport().repaint()
        plain.append(time.perf_counter() - start)
        edit.close()
    chars = lib.summary(article_id).chars
    window.close()
    lib.close()
    return {"chars": chars, "open": statistics.median(opened), "plain": statistics.median(plain)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xueer-bench-") as tmp:
        work = Path(tmp)
        s = startup_figures(args.runs, work)
        o = open_figures(args.runs, work)
    print(f"cores: {os.cpu_count()}, runs: {args.runs} (medians)")
    print(f"baseline: python + import PySide6.QtWidgets + empty QWidget painted: {s['baseline']:.3f} s")
    print(f"first start (imports the sample page), sample article painted:   {s['first']:.3f} s "
          f"({s['first'] / s['baseline']:.2f}x baseline)")
    print(f"warm start (analysis stored), sample article painted with terms:  {s['warm']:.3f} s "
          f"({s['warm'] / s['baseline']:.2f}x baseline; target <= 1.5 s)")
    print(f"open a {o['chars']}-character analysed article in the reader:      {o['open'] * 1000:.0f} ms "
          f"({o['open'] / o['plain']:.2f}x QTextEdit.setPlainText of the same text, {o['plain'] * 1000:.0f} ms; "
          f"target <= 150 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

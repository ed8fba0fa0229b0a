"""Render each main screen of 学而 to PNG, offscreen, for review and for the README.

    python scripts/render_screens.py [--out docs/screenshots] [--data-dir DIR]

Uses a fresh data dir (the sample page, analysed) unless --data-dir is given. Writes
library.png, search.png, reader.png, reader_term.png, term_list.png, tooltip.png, presenter.png,
presenter_title.png, paste.png.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QHelpEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1400, 900)


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def prepared_library(data_dir: Path):
    from content.analysis import Analyzer
    from content.importer import analyse_missing, ensure_sample
    from content.library import Library
    lib = Library.open(data_dir)
    ensure_sample(lib)
    analyse_missing(lib, Analyzer(data_dir))
    return lib


def make_window(app, lib, data_dir: Path, settings_path: Path):
    from gui.app import app_stylesheet, check_fonts
    from gui.main_window import MainWindow
    from content.reading_aids import RubyAnnotator
    from gui.settings import AppSettings
    family = check_fonts(app)
    app.setStyleSheet(app_stylesheet())
    window = MainWindow(lib, data_dir, AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    window.reader_page.family = family
    window.reader_page.set_annotator(RubyAnnotator())
    window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised to the small offscreen screen
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window


def save(widget, out: Path, name: str) -> Path:
    path = out / name
    widget.grab().save(str(path))
    print(path)
    return path


def term_position(page, wanted_kind=None) -> tuple[int, QPoint]:
    """A key term in the text (of the wanted kind when there is one) and a point on it."""
    spans = page.layout_info.term_spans
    terms = page.article.key_terms
    span = next((s for s in spans if wanted_kind is None or terms[s.term_index].kind == wanted_kind), spans[0])
    page.view.scroll_to_position(span.start)
    cursor = QTextCursor(page.view.document())
    cursor.setPosition(span.start + 1)
    rect = page.view.cursorRect(cursor)
    return span.term_index, QPoint(rect.right() + 2, rect.center().y())


def render_all(out: Path, data_dir: Path, settings_path: Path) -> None:
    from gui.paste_dialog import PasteDialog
    from gui.presenter import PresenterWindow
    app = QApplication.instance() or QApplication([])
    from gui.app import make_application
    app = make_application()
    lib = prepared_library(data_dir)
    window = make_window(app, lib, data_dir, settings_path)
    window.show_page("library")
    settle(app)
    save(window, out, "library.png")
    window.library_page.search_edit.setText("政绩观")
    window.library_page.run_search("政绩观")
    settle(app)
    save(window, out, "search.png")
    articles = lib.list_articles()
    target = next((a for a in articles if "六张网" in a.title), articles[0])
    window.open_article(target.id)
    page = window.reader_page
    page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum() // 5)
    settle(app)
    save(window, out, "reader.png")
    index, point = term_position(page)
    page.show_term(index)
    settle(app)
    save(window, out, "reader_term.png")
    event = QHelpEvent(QEvent.Type.ToolTip, point, page.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(page.view.viewport(), event)
    settle(app)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QLabel") and w.isVisible()]
    if tips:
        save(tips[0], out, "tooltip.png")
    page.show_term_list()
    settle(app)
    save(page.term_list, out, "term_list.png")
    page.term_list.close()
    presenter = PresenterWindow(page.article, page.family, 56, page.annotator, True)
    presenter.resize(1600, 900)
    presenter.show()
    presenter.show_slide(2)
    settle(app)
    save(presenter, out, "presenter.png")
    presenter.show_slide(0)
    settle(app)
    save(presenter, out, "presenter_title.png")
    presenter.close()
    dialog = PasteDialog(window)
    dialog.text_edit.setPlainText(lib.get_article(target.id).full_text()[:400])
    dialog.show()
    settle(app)
    save(dialog, out, "paste.png")
    dialog.close()
    window.close()
    lib.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Render 学而's screens to PNG offscreen.")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="xueer-render-") as tmp:
        data_dir = Path(args.data_dir) if args.data_dir else Path(tmp) / "data"
        render_all(out, data_dir, Path(tmp) / "settings.ini")
    return 0


if __name__ == "__main__":
    sys.exit(main())

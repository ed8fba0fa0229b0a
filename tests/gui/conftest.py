"""Fixtures for the screens: a real library in a temporary data dir, settings in a temporary
ini file, message boxes answered by a recorder, and a key-term analyser that marks given phrases."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from content.library import Library
from content.model import KeyTerm, TermKind
from content.keyterms import find_occurrences
from gui.main_window import MainWindow
from gui.pyside_guard import guard_none_refcount
from gui.settings import AppSettings

guard_none_refcount()  # PySide6 6.12.0 on Python 3.11 drops references to None (see gui/pyside_guard.py)

PAGE_TEXT = """理论学习

## 以绿色发展理念引领乡村振兴

□王明

核心提示

- 坚持绿水青山就是金山银山，推动乡村生态振兴
- 统筹推进“三农”工作，把农畜产品生产基地建设好

乡村振兴是一项系统工程。各地坚持绿色发展理念，推进乡村振兴，取得了明显成效。实践证明，绿水青山就是金山银山。

## 守住生态底线

生态保护是乡村振兴的底线。要坚持绿水青山就是金山银山，加强草原保护，推进退耕还林，巩固农畜产品生产基地。

## 发展特色产业

特色产业是乡村振兴的支撑。要发展农畜产品精深加工，让绿色发展理念落到实处，做好“三农”工作。

（作者系某某大学教授）
"""

OTHER_PAGE_TEXT = """## 推动牧区现代化

□李红

牧区现代化离不开绿色发展理念。要守护草原，发展现代畜牧业，促进牧民增收。

## 建设美丽草原

草原是重要的生态屏障。要坚持生态优先、绿色发展，久久为功。

（作者系某某研究院研究员）
"""

def _long_page_text() -> str:
    """One article of four headed sections, each several screens long, for scrolling the outline."""
    paragraph = "推进乡村全面振兴，要把产业发展落到促进农民增收上来，让农民更多分享产业增值收益。" * 3
    sections = [f"## 第{n}部分要点\n\n" + "\n\n".join([paragraph] * 8) for n in "一二三四"]
    return "## 扎实推进乡村全面振兴\n\n□王明\n\n" + "\n\n".join(sections) + "\n\n（作者系某某大学教授）\n"


LONG_PAGE_TEXT = _long_page_text()

HOSTILE_PAGE_TEXT = """## 文件中的特殊字符

□赵亮

导入的文件可能含有 <script>alert(1)</script> 这样的脚本、<img src=x onerror=alert(2)> 这样的图片、&lt;b&gt; 这样的实体和 {title} 这样的花括号，都要原样显示。

（作者系某某单位干部）
"""

TEST_TERMS = [("绿水青山就是金山银山", TermKind.SLOGAN, "lǜ shuǐ qīng shān jiù shì jīn shān yín shān"),
              ("绿色发展理念", TermKind.CONCEPT, "lǜ sè fā zhǎn lǐ niàn"),
              ("农畜产品", TermKind.OTHER, "nóng xù chǎn pǐn"),
              ("退耕还林", TermKind.CONCEPT, "tuì gēng huán lín"),
              ("“三农”", TermKind.SLOGAN, "sān nóng")]


class PhraseAnalyzer:
    """Stands in for content.analysis.Analyzer: every listed phrase present is a key term."""

    def __init__(self, terms=TEST_TERMS):
        self.terms = list(terms)

    def key_terms(self, article, corpus=None, added=(), removed=()):
        wanted = self.terms + [(t, TermKind.OTHER, "") for t in added]
        out = []
        for term, kind, pinyin in wanted:
            occ = find_occurrences(article, term)
            if occ and term not in removed:
                out.append(KeyTerm(term, 1.0, kind, len(occ), pinyin, occ))
        return out


class RecordingMessages:
    """Answers confirmations with `answer` and keeps every message shown."""

    def __init__(self, answer: bool = True):
        self.answer = answer
        self.shown: list[tuple[str, str, str]] = []

    def warn(self, title, text):
        self.shown.append(("warn", title, text))

    def inform(self, title, text):
        self.shown.append(("inform", title, text))

    def confirm(self, title, text, yes_label="确定", no_label="取消"):
        self.shown.append(("confirm", title, text))
        return self.answer


def analyse_all(lib: Library) -> None:
    analyzer = PhraseAnalyzer()
    for article_id, article in lib.all_articles():
        added, removed = lib.term_corrections(article_id)
        lib.save_key_terms(article_id, analyzer.key_terms(article, added=added, removed=removed))


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, data_dir, settings_path):
    """make_window() -> a MainWindow over data_dir; call again after closing to 'restart' the app."""
    made = []

    def make(messages=None):
        lib = Library.open(data_dir)
        settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = MainWindow(lib, data_dir, settings, messages=messages or RecordingMessages(),
                            analyzer_factory=lambda _dir: PhraseAnalyzer())
        window.resize(1200, 800)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible() or window.lib is not None:
            window.close()
            window.lib.close()
            window.lib = None
        window.deleteLater()


def restart(window, make_window):
    """Close a window the way the user does and open a new one over the same data dir."""
    window.close()
    window.lib.close()
    window.lib = None
    return make_window()

"""Reviewing a paper at 1366×768 (new-user walkthrough 4, finding 3): room to read, full answers, 换一题."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from content.library import Library
from content.model import Article, Page, Section
from gui.paper_dialog import PaperDialog
from gui.paper_review_text import shortfall_text
from quiz.paper_layout import build_paper
from tests.gui.conftest import RecordingMessages
from tests.quiz.paper_fixtures import mixed_questions

LARGE_UI_PX = 22     # the type size the walkthrough saw (A+ makes the whole interface this large)


def five_article_dialog(qtbot, tmp_path, build):
    lib = Library(":memory:")
    arts = [Article(f"第{i}篇文章的标题比较长一些", sections=[Section(None, ["正文。"])]) for i in range(5)]
    ids = lib.import_page(Page("p", arts), "p", "h").article_ids
    d = PaperDialog(lib, ids[:3], build=build, messages=RecordingMessages(),
                    choose_path=lambda suffix: str(tmp_path / f"试卷{suffix}"))
    qtbot.addWidget(d)
    return d


def first(count):
    return lambda articles, n, rng: mixed_questions()[:min(n, count)]


@pytest.fixture
def dialog(qtbot, tmp_path):
    return five_article_dialog(qtbot, tmp_path, first(9))


@pytest.fixture
def large_type(qapp):
    """The app's type is set before any window is made, as gui/app.py does."""
    saved = QFont(qapp.font())
    font = QFont(saved)
    font.setPixelSize(LARGE_UI_PX)
    qapp.setFont(font)
    yield
    qapp.setFont(saved)


def office_screen(dialog):
    dialog.show()
    dialog.resize(1346, 748)


def test_review_list_gets_most_of_the_height_on_an_office_screen(qtbot, tmp_path, large_type):
    dialog = five_article_dialog(qtbot, tmp_path, first(9))
    office_screen(dialog)
    dialog.generate()
    qtbot.wait(10)
    assert dialog.questions.height() > 0.5 * dialog.height()


def test_saved_files_do_not_squeeze_the_review_list(qtbot, tmp_path, large_type):
    dialog = five_article_dialog(qtbot, tmp_path, first(9))
    office_screen(dialog)
    dialog.generate()
    qtbot.wait(10)
    before = dialog.questions.height()
    assert dialog.export()
    qtbot.wait(10)
    assert dialog.questions.height() >= before - 2 and "试卷_A卷.docx" in dialog.saved.toolTip()


def test_dialog_can_be_maximised_and_resized(dialog):
    assert dialog.windowFlags() & Qt.WindowType.WindowMaximizeButtonHint and dialog.isSizeGripEnabled()


def test_wheel_scrolls_the_review_by_lines_not_whole_questions(dialog):
    assert dialog.questions.verticalScrollMode() == dialog.questions.ScrollMode.ScrollPerPixel


def review_text(dialog, qid):
    dialog.generate()
    return next(dialog.questions.item(i).text() for i in range(dialog.questions.count())
                if dialog.questions.item(i).data(Qt.ItemDataRole.UserRole) == qid)


def test_ordering_question_shows_the_correct_order(dialog):
    assert "正确顺序：C → B → A（突破技术 → 强化人才 → 完善制度）" in review_text(dialog, "o1")


def test_matching_question_shows_each_correct_pair(dialog):
    text = review_text(dialog, "p1")
    assert "正确配对：" in text and "新质生产力 — A. 创新起主导作用" in text \
        and "以人民为中心 — B. 经济发展的根本目的" in text


def untick(dialog, row):
    dialog.questions.item(row).setCheckState(Qt.CheckState.Unchecked)


def test_unticked_question_is_replaced_by_a_new_one_of_the_same_type(dialog):
    dialog.count.setValue(4)      # s1 s2 m1 t1: t2 is the unused true/false question
    dialog.generate()
    untick(dialog, 3)
    assert dialog.replace_button.isEnabled() and dialog.replace_dropped() == 1
    ids = [q["id"] for q in dialog.question_set.questions]
    assert ids == ["s1", "s2", "m1", "t2"] and dialog.question_set.dropped == []


def test_replacement_is_ticked_in_the_list_and_counted(dialog):
    dialog.count.setValue(4)
    dialog.generate()
    untick(dialog, 0)
    dialog.replace_dropped()
    item = dialog.questions.item(0)
    total = build_paper(dialog.question_set.questions, "卷").total_points
    assert item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) == "t2" \
        and dialog.questions.currentItem() is item
    assert "试卷共 4 题" in dialog.summary.text() and f"满分 {total} 分" in dialog.summary.text() \
        and "已去掉" not in dialog.summary.text() and "已换上 1 道新题" in dialog.summary.text()


def test_matching_key_numbers_the_pairs_as_the_stem_does(dialog):
    from gui.paper_review_text import answer_lines
    q = {"type": "matching", "stem": "配对：①甲 ②乙", "options": ["子", "丑"], "answer": [["甲", "丑"], ["乙", "子"]]}
    assert answer_lines(q) == "正确配对：\n　　　　①甲 — B. 丑\n　　　　②乙 — A. 子"


def test_another_type_replaces_when_the_type_is_used_up(dialog):
    dialog.count.setValue(8)      # every question but p1 (matching); no other ordering question left
    dialog.generate()
    untick(dialog, 7)             # o1
    dialog.replace_dropped()
    assert [q["id"] for q in dialog.question_set.questions][-1] == "p1"


def test_replaced_question_never_comes_back(dialog):
    dialog.count.setValue(7)      # s1 … f2; left: o1, p1
    dialog.generate()
    untick(dialog, 0)
    dialog.replace_dropped()
    untick(dialog, 0)
    dialog.replace_dropped()
    assert "s1" not in [q["id"] for q in dialog.question_set.questions]


def test_nothing_new_left_is_said_and_the_question_stays_out(qtbot, tmp_path):
    dialog = five_article_dialog(qtbot, tmp_path, first(3))
    dialog.generate()
    untick(dialog, 1)
    assert dialog.replace_dropped() == 0
    assert "出不了更多新题" in dialog.summary.text() and len(dialog.question_set.questions) == 2


def test_shortfall_points_to_the_articles_in_this_dialog():
    text = shortfall_text(30, 28, 3)
    assert "上面多勾选" in text and "文库" not in text


def test_another_set_takes_the_next_number_and_generates(qtbot, tmp_path):
    seeds = []
    dialog = five_article_dialog(qtbot, tmp_path, lambda arts, n, rng: seeds.append(rng.random()) or
                                 mixed_questions()[:n])
    dialog.generate()
    assert dialog.another_set() and dialog.seed.value() == 2 and seeds[0] != seeds[1]


def test_long_article_titles_end_in_dots_instead_of_a_scroll_bar(dialog):
    assert dialog.articles.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff \
        and dialog.articles.item(0).toolTip() == dialog.articles.item(0).text()

"""UX report 8: the projector window never stays over the app on a single screen (P1); the library
gives its titles the width first at large type (P4); 测验记录 names the articles (P5); a 引题 sentence is no 栏目 (P7); 复习 says 完成 only after a review today (P14); the console says the contest went into the 台账 (P15); after 查看原文 the reader offers the way back and
drops the sentence's mark on leaving (P11)."""
from PySide6.QtCore import Qt

from content.library import Library
from content.model import Article, Page, Section
from gui.library_models import Column
from gui.library_page import LibraryPage
from gui.exam_page import ExamPage
from gui.review_page import ReviewPage
from quiz.review_queue import ReviewQueue, schedule_wrong_answer
from quiz.scheduling import Rating
from tests.gui.conftest import PAGE_TEXT, RecordingMessages, analyse_all
from tests.gui.study_fixtures import sample_library, study_store
from tests.quiz.learning_fixtures import question

from tests.gui.test_contest_page import drive_to_end, page  # noqa: F401 -- the shared console fixture


# -- P1: the audience window on a single screen -----------------------------------------------

def test_escape_in_the_audience_window_hands_the_keys_back_to_the_console(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    qtbot.keyClick(page.audience, Qt.Key.Key_Escape)
    assert "投影窗口已关闭" in page.status.text() and page.hasFocus()


def test_leaving_the_console_on_a_single_screen_hides_the_audience_window(qtbot, page):
    page.start()
    page.buttons["projector"].click()
    page.hide()
    assert not page.audience.isVisible() and page.buttons["projector"].text() == "打开投影窗口"


def test_leaving_the_console_keeps_the_audience_window_on_a_projector(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_projector_screen", lambda: page.screen())
    page.start()
    page.hide()
    assert page.audience.isVisible()


def test_another_page_of_the_app_hides_the_audience_window(make_window):
    window = make_window()
    window.show()
    window.show_page("contest")
    console = window.pages["contest"]
    console.projector.show()
    window.show_page("library")
    assert window.current_page_key() == "library" and not console.audience.isVisible()


def test_coming_back_to_the_console_does_not_reopen_the_audience_window(make_window):
    window = make_window()
    window.show()
    window.show_page("contest")
    console = window.pages["contest"]
    console.projector.show()
    window.show_page("library")
    window.show_page("contest")
    assert not console.audience.isVisible()


# -- P4: the library's titles at large type ---------------------------------------------------

LONG_TITLES = ["借智博物馆打造“行走的思政课堂”", "同心同向，凝聚社会协同力", "十六条新措施助力创新药加速跑（政策解读）"]


def library_at_large_type(qtbot, width=1246, px=22):
    """The library page as at A+ ×6 (22 px interface type) beside the navigation on a 1366 screen."""
    lib = Library(":memory:")
    articles = [Article(LONG_TITLES[0], sections=[Section(None, ["正文。"])]),
                Article(LONG_TITLES[1], authors=["吴盛雄", "欧阳宏伟", "庞卡"], column="大家谈·向着教育强国奋进⑤",
                        sections=[Section(None, ["正文。"])]),
                Article(LONG_TITLES[2], authors=["孙秀艳", "徐鹏航", "彭韵佳"], sections=[Section(None, ["正文。"])])]
    lib.import_page(Page("p", articles), "p", "h")
    page = LibraryPage(lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    font = page.font()
    font.setPixelSize(px)
    page.setFont(font)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)      # the columns are fitted once the event loop is idle
    return page


def test_large_type_library_gives_the_titles_their_whole_width(qtbot):
    page = library_at_large_type(qtbot)
    header = page.table.horizontalHeader()
    assert header.sectionSize(Column.TITLE) >= page.table.sizeHintForColumn(Column.TITLE)


def test_large_type_library_keeps_authors_and_column_partly_visible(qtbot):
    page = library_at_large_type(qtbot)
    header = page.table.horizontalHeader()
    four = page.table.fontMetrics().horizontalAdvance("国国国国")
    assert min(header.sectionSize(Column.AUTHORS), header.sectionSize(Column.COLUMN)) >= four


def test_library_columns_fill_the_table_without_a_scroll_bar(qtbot):
    page = library_at_large_type(qtbot)
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width()


def test_narrow_library_squeezes_authors_and_column_before_the_title():
    from gui.library_columns import share_widths
    title, sides = share_widths(600, 500, [300, 300], [80, 80])
    assert title == 440 and sides == [80, 80]


def test_very_narrow_library_keeps_half_for_the_title():
    from gui.library_columns import share_widths
    title, sides = share_widths(120, 500, [300, 300], [80, 80])
    assert title == 60 and sides == [30, 30]


def test_roomy_library_gives_the_slack_to_the_title():
    from gui.library_columns import share_widths
    title, sides = share_widths(1200, 500, [200, 100], [80, 80])
    assert title == 900 and sides == [200, 100]


def test_library_tooltip_names_authors_and_column_in_full(qtbot):
    page = library_at_large_type(qtbot)
    row = next(r for r in range(page.model.rowCount()) if page.model.summaries[r].title == LONG_TITLES[1])
    tip = page.model.data(page.model.index(row, Column.AUTHORS), Qt.ItemDataRole.ToolTipRole)
    assert "吴盛雄、欧阳宏伟、庞卡" in tip and "大家谈·向着教育强国奋进⑤" in tip


# -- P5: 测验记录 names the articles ------------------------------------------------------------

def finished_exam_page(qtbot, titles: list[str]) -> ExamPage:
    lib = sample_library()
    page = ExamPage(study_store(lib), lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    questions = []
    for i, title in enumerate(titles):
        q = question(i, "fill_blank")
        q["source"] = {**q["source"], "article": title}
        questions.append(q)
    page.start_questions(questions, [1])
    page.finish_button.click()
    page.back_to_setup()
    return page


def test_exam_history_line_names_the_articles(qtbot):
    page = finished_exam_page(qtbot, ["十六条新措施", "同心同向，凝聚社会协同力"])
    assert "《十六条新措施》等2篇" in page.history.item(0).text()


def test_exam_history_line_gives_count_and_score_before_the_articles(qtbot):
    page = finished_exam_page(qtbot, ["十六条新措施"])
    first, second = page.history.item(0).text().split("\n")
    assert first.endswith("1 题　0 分") and second == "《十六条新措施》"


# -- P7: a kicker sentence is shown above the title, not in the 栏目 column ------------------------

def column_cell(qtbot, title: str, column: str) -> str:
    lib = Library(":memory:")
    lib.import_page(Page("p", [Article(title, column=column, sections=[Section(None, ["正文。"])])]), "p", "h")
    page = LibraryPage(lib, messages=RecordingMessages())
    qtbot.addWidget(page)
    return page.model.data(page.model.index(0, Column.COLUMN))


def test_library_column_cell_is_empty_for_a_kicker_sentence(qtbot):
    assert column_cell(qtbot, "十六条新措施助力创新药加速跑", "一粒药从实验室到临床应用有多远") == ""


def test_library_column_cell_shows_a_column_name(qtbot):
    assert column_cell(qtbot, "同心同向，凝聚社会协同力", "大家谈·向着教育强国奋进⑤") == "大家谈·向着教育强国奋进⑤"


# -- P14: 复习 before any review today --------------------------------------------------------

def review_page_after_a_quiz(qtbot):
    """Fresh data after a quiz: one wrong answer waits for tomorrow, no article made into cards."""
    lib = sample_library()
    store = study_store(lib)
    pid = store.ensure_profile()
    schedule_wrong_answer(store, pid, question(1, "fill_blank"), store.clock())
    page = ReviewPage(store, lib)
    qtbot.addWidget(page)
    page.refresh()
    return page, store, pid


def test_first_visit_after_a_quiz_does_not_say_the_review_is_done(qtbot):
    page, _, _ = review_page_after_a_quiz(qtbot)
    assert "完成" not in page.front.text() and page.front.text() == "今天没有要复习的卡片"


def test_first_visit_without_article_cards_says_how_to_make_them(qtbot):
    page, _, _ = review_page_after_a_quiz(qtbot)
    assert "把这篇文章做成卡片" in page.back.text() and "明天 1 张" in page.back.text()


def test_review_is_done_after_rating_the_last_card_due(qtbot):
    page, store, pid = review_page_after_a_quiz(qtbot)
    card_id = store.add_card(pid, 1, "core_point", "正面", "背面", {})
    ReviewQueue(store, pid).rate(card_id, Rating.Easy)
    page.refresh()
    assert page.front.text() == "今天的复习已经完成 ✓"


# -- P15: the host hears that the contest was kept ---------------------------------------------

def test_finished_contest_says_it_is_in_the_ledger(qtbot, page):
    page.start()
    drive_to_end(qtbot, page)
    assert "学习台账" in page.status.text()


# -- P11: back from 查看原文 -------------------------------------------------------------------

def source_opened_from(make_window, key: str):
    """A shown window whose study page `key` asked for a sentence of the article."""
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    analyse_all(window.lib)
    window.show()
    article_id = window.lib.list_articles()[0].id
    window.show_page(key)
    text = window.lib.get_article(article_id).sections[1].paragraphs[0]
    window.pages[key].request_source(article_id, {"section": 1, "paragraph": 0, "start": text.index("要坚持")})
    return window


def test_source_from_practice_offers_the_way_back(make_window):
    window = source_opened_from(make_window, "practice")
    button = window.reader_page.return_button
    assert window.current_page_key() == "reader" and button.isVisible() and button.text() == "← 返回练习"


def test_source_from_the_exam_result_offers_the_way_back(make_window):
    window = source_opened_from(make_window, "exam")
    assert window.reader_page.return_button.text() == "← 返回测验成绩"


def test_the_return_button_brings_the_study_page_back(make_window):
    window = source_opened_from(make_window, "practice")
    window.reader_page.return_button.click()
    assert window.current_page_key() == "practice"


def test_leaving_the_reader_drops_the_source_mark(make_window):
    window = source_opened_from(make_window, "practice")
    marked = window.reader_page.view.marked_range()
    window.show_page("practice")
    assert marked is not None and window.reader_page.view.marked_range() is None


def test_the_way_back_goes_once_the_reader_is_left(make_window):
    window = source_opened_from(make_window, "practice")
    window.show_page("library")
    window.show_page("reader")
    assert not window.reader_page.return_button.isVisible()


def test_an_article_opened_from_the_library_offers_no_way_back(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.show()
    window.open_article(window.lib.list_articles()[0].id)
    assert not window.reader_page.return_button.isVisible()


def test_a_key_pressed_after_the_ranking_keeps_the_ledger_note(qtbot, page):
    page.start()
    drive_to_end(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert "学习台账" in page.status.text()


def test_a_long_status_after_the_ranking_does_not_widen_the_console(qtbot, page):
    page.start()
    drive_to_end(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert page.minimumSizeHint().width() <= 1000

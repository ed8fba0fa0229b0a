"""Presenter mode: a screenful at a time, keys of a keyboard and of a presenter remote."""
import pytest
from PySide6.QtCore import Qt

from content.model import Article, KeyTerm, Occurrence, Section, TermKind
from gui.presenter import PresenterWindow, choose_presenter_screen, presenter_body_px


def article(long_section=False):
    body = "要坚持绿色发展理念。" * (400 if long_section else 1)
    return Article(title="以绿色发展理念引领乡村振兴", authors=["王明"], core_points=["坚持绿色发展理念"],
                   sections=[Section(None, ["开头。"]), Section("第一节", [body]), Section("第二节", ["第二节正文。"])],
                   key_terms=[KeyTerm("绿色发展理念", 1.0, TermKind.CONCEPT, 1, "", [Occurrence(1, 0, 3, 9)])])


@pytest.fixture
def presenter(qtbot):
    window = PresenterWindow(article(), body_px=48)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def text(window):
    return window.view.document().toPlainText()


def test_starts_on_title_and_core_points(presenter):
    assert presenter.slide == 0 and "以绿色发展理念引领乡村振兴" in text(presenter) and "核心提示" in text(presenter)


def test_right_arrow_shows_next_section_only(presenter, qtbot):
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert "第一节" in text(presenter) and "第二节" not in text(presenter)


def test_page_down_from_a_remote_advances(presenter, qtbot):
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.slide == 1


def test_page_up_goes_back(presenter, qtbot):
    presenter.show_slide(2)
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.slide == 1


def test_space_advances_and_left_goes_back(presenter, qtbot):
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.slide == 1


def test_last_section_does_not_wrap(presenter, qtbot):
    presenter.show_slide(presenter.slide_total - 1)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.slide == presenter.slide_total - 1


def test_page_down_scrolls_a_long_section_before_moving_on(qtbot):
    window = PresenterWindow(article(long_section=True), body_px=48)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    first_section = next(i for i, slide in enumerate(window.slides) if slide.section == 1)
    window.show_slide(first_section)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.slide == first_section and window.view.verticalScrollBar().value() > 0


def test_key_terms_are_highlighted_on_the_slide(presenter):
    presenter.show_slide(2)
    layout = presenter.view.layout_info
    assert [text(presenter)[s.start:s.end] for s in layout.term_spans] == ["绿色发展理念"]


def test_a_projected_title_stays_plain_while_the_core_points_are_marked(presenter):
    layout = presenter.view.layout_info   # the title says 绿色发展理念 too; the reader marks it there
    assert [(s.section, s.paragraph) for s in layout.term_spans] == [(-1, 0)]
    assert "以绿色发展理念引领乡村振兴" in text(presenter)


def test_escape_closes(presenter, qtbot):
    with qtbot.waitSignal(presenter.closed, timeout=2000):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()


def test_type_is_very_large():
    assert presenter_body_px(1080) >= 44 and presenter_body_px(2160) > presenter_body_px(1080)


class FakeScreen:
    pass


def test_second_screen_is_chosen_when_attached():
    desk, projector = FakeScreen(), FakeScreen()
    assert choose_presenter_screen([desk, projector], desk) is projector


def test_single_screen_is_used_when_alone():
    desk = FakeScreen()
    assert choose_presenter_screen([desk], desk) is desk


def test_f5_opens_presenter_on_the_open_article(make_window, qtbot):
    from tests.gui.conftest import PAGE_TEXT
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    window.present_action.trigger()
    assert window.presenter is not None and window.presenter.isVisible()
    assert window.presenter.article.title == window.reader_page.article.title
    window.presenter.close()


def test_import_warnings_are_not_shown_to_the_audience(qtbot):
    art = article()
    art.warnings = ["本文开头部分缺失"]
    window = PresenterWindow(art, body_px=48)
    qtbot.addWidget(window)
    assert "本文开头部分缺失" not in text(window)


LEAD = "五月十八日是国际博物馆日，各级党组织要充分依托博物馆资源优势，创新打造行走的思政课堂。"


def headless_article(paragraphs=12, core_points=()):
    """An imported article with no section headings: one long body."""
    body = [f"第{i}段：" + LEAD * 3 for i in range(paragraphs)]
    return Article(title="借智博物馆打造行走的思政课堂", authors=["李华"], column="先锋文汇",
                   core_points=list(core_points), sections=[Section(None, body)])


def shown(qtbot, art, width=1600, height=1000):
    window = PresenterWindow(art, body_px=48)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def walk(window, qtbot):
    """Press → through every slide; the text of each."""
    texts = [text(window)]
    for _ in range(window.slide_total - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        texts.append(text(window))
    return texts


def test_a_headless_article_is_cut_into_slides_that_each_fit_the_screen(qtbot):
    window = shown(qtbot, headless_article())
    overflowing = []
    for index in range(window.slide_total):
        window.show_slide(index)
        overflowing.append("下翻继续" in window.footer.text())
    assert window.slide_total > 3 and not any(overflowing)


def test_walking_the_slides_shows_every_paragraph_once_in_order(qtbot):
    window = shown(qtbot, headless_article())
    texts = walk(window, qtbot)
    found = [i for t in texts for i in range(12) if f"第{i}段：" in t]
    assert found == list(range(12)) and len(texts) > 3


def test_the_counter_counts_the_cut_slides(qtbot):
    window = shown(qtbot, headless_article())
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert f"2 / {window.slide_total}" in window.footer.text() and window.slide_total > 3


def test_page_down_and_up_step_through_the_cut_slides(qtbot):
    window = shown(qtbot, headless_article())
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.slide == 2 and window.view.verticalScrollBar().value() == 0


def test_title_slide_without_core_points_opens_with_the_first_paragraph(qtbot):
    window = shown(qtbot, headless_article())
    assert "借智博物馆打造行走的思政课堂" in text(window) and "第0段：" in text(window)
    assert "下翻继续" not in window.footer.text()


def test_a_taller_screen_holds_more_per_slide(qtbot):
    window = shown(qtbot, headless_article(), height=700)
    short_total = window.slide_total
    window.resize(1600, 1400)
    qtbot.waitUntil(lambda: window.slide_total < short_total, timeout=2000)


def test_a_new_screen_size_keeps_the_paragraph_being_shown(qtbot):
    window = shown(qtbot, headless_article(), height=700)
    window.show_slide(window.slide_total - 1)
    last = text(window)
    window.resize(1600, 1400)
    qtbot.waitUntil(lambda: window.slide == window.slide_total - 1, timeout=2000)
    assert "第11段：" in last and "第11段：" in text(window) and "第0段：" not in text(window)


def test_only_the_blank_bottom_margin_below_is_not_more_to_read(qtbot):
    art = Article(title="标题", core_points=["要点"],
                  sections=[Section("第一节", [LEAD * 4]), Section("第二节", ["第二节正文。"])])
    window = shown(qtbot, art)
    window.show_slide(1)
    height = window.view.document().size().height() - 48 + window.footer.height()  # 48: less than the margin
    window.resize(1600, int(height))
    qtbot.waitUntil(lambda: window.view.verticalScrollBar().maximum() > 0, timeout=2000)
    assert "下翻继续" not in window.footer.text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.slide == 2

"""Presenter: a slide taller than the screen is shown a screenful of whole lines at a time (ux5 #8)."""
from PySide6.QtCore import Qt

from content.model import Article, Section
from gui.presenter import PresenterWindow, presenter_body_px
from gui.slide_paging import document_lines

CORE = ("“六张网”兼具传统基建的托底保障功能与数字基建的创新引擎作用，其庞大的投资体量与丰富的应用场景，"
        "成为连接稳增长与育动能、推动规模化落地的关键载体。")
LONG = "近年来，各地积极推动人工智能与实体经济深度融合，围绕科技、产业、消费、民生、治理、开放六个领域部署重点任务。"


def long_article(repeat=6):
    return Article(title="织密六张网 打造智能经济新形态", authors=["郭兰", "杨亮"], column="理政践悟",
                   core_points=[CORE, CORE], sections=[Section(None, ["开头。"]), Section("一、第一节", [LONG * repeat]),
                                                       Section("二、第二节", ["第二节正文。"])])


def shown(qtbot, width=1366, height=768, pinyin=False, repeat=6):
    window = PresenterWindow(long_article(repeat), body_px=presenter_body_px(height))
    window.style_.pinyin_room = pinyin
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def long_slide(window):
    return next(i for i, slide in enumerate(window.slides) if slide.section == 1)


def covered_from(window):
    """Viewport height under which the audience sees nothing."""
    curtain = getattr(window, "curtain", None)
    return curtain.y() if curtain is not None and curtain.isVisibleTo(window) else window.view.viewport().height()


def visible_lines(window):
    """(top, bottom) of the lines the audience sees: in the view and not under the curtain."""
    value = window.view.verticalScrollBar().value()
    edge = covered_from(window)
    return [(line.top, line.bottom) for line in document_lines(window.view.document())
            if line.bottom > value and line.top < value + edge]


def cut_lines(window):
    value = window.view.verticalScrollBar().value()
    edge = covered_from(window)
    return [line for line in visible_lines(window) if line[1] > value + edge or line[0] < value]


def steps_through_long_slide(window, qtbot, key=Qt.Key.Key_Right):
    """Press key (→) from the long slide's start until the slide changes; the lines seen at each step."""
    window.show_slide(long_slide(window))
    seen = [visible_lines(window)]
    cuts = [cut_lines(window)]
    while True:
        qtbot.keyClick(window, key)
        if window.slide != long_slide(window):
            return seen, cuts
        seen.append(visible_lines(window))
        cuts.append(cut_lines(window))


def test_right_arrow_scrolls_the_rest_of_a_long_paragraph_before_the_next_slide(qtbot):
    window = shown(qtbot)
    window.show_slide(long_slide(window))
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.slide == long_slide(window) and window.view.verticalScrollBar().value() > 0


def test_right_arrow_shows_every_line_of_a_long_slide(qtbot):
    window = shown(qtbot)
    seen, _ = steps_through_long_slide(window, qtbot)
    window.show_slide(long_slide(window))
    every = {(line.top, line.bottom) for line in document_lines(window.view.document())}
    assert len(seen) > 1 and set().union(*map(set, seen)) == every


def test_no_line_is_cut_at_the_edges_on_any_screenful(qtbot):
    window = shown(qtbot)
    _, cuts = steps_through_long_slide(window, qtbot)
    assert len(cuts) > 1 and cuts == [[]] * len(cuts)


def test_no_line_is_cut_with_room_for_pinyin_on_a_full_hd_screen(qtbot):
    window = shown(qtbot, 1920, 1080, pinyin=True, repeat=12)
    _, cuts = steps_through_long_slide(window, qtbot)
    assert len(cuts) > 1 and cuts == [[]] * len(cuts)


def test_left_arrow_retraces_the_right_arrow(qtbot):
    window = shown(qtbot)
    window.show_slide(long_slide(window) - 1)
    places = [(window.slide, window.view.verticalScrollBar().value())]
    while window.slide <= long_slide(window):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        places.append((window.slide, window.view.verticalScrollBar().value()))
    back = [places[-1]]
    for _ in range(len(places) - 1):
        qtbot.keyClick(window, Qt.Key.Key_Left)
        back.append((window.slide, window.view.verticalScrollBar().value()))
    assert len(places) > 3 and back == places[::-1]


def test_page_down_also_steps_by_whole_screenfuls(qtbot):
    window = shown(qtbot)
    _, cuts = steps_through_long_slide(window, qtbot, Qt.Key.Key_PageDown)
    assert len(cuts) > 1 and cuts == [[]] * len(cuts)


def test_the_footer_says_more_is_below_while_lines_are_hidden(qtbot):
    window = shown(qtbot)
    window.show_slide(long_slide(window))
    assert "下翻继续" in window.footer.text() and covered_from(window) < window.view.viewport().height()


def test_title_and_long_core_points_each_get_a_whole_slide_at_1366(qtbot):
    window = shown(qtbot)
    texts, more = [], []
    for index in range(2):
        window.show_slide(index)
        texts.append(window.view.document().toPlainText())
        more.append("下翻继续" in window.footer.text())
    assert "织密六张网" in texts[0] and "核心提示" not in texts[0]
    assert "核心提示" in texts[1] and "织密六张网" not in texts[1] and more == [False, False]

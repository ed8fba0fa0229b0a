"""UX report 7: 查看原文 says before the click that it counts as seeing the answer (练习), and marks the source
sentence in the reader (测验's result screen, every study page); a multi-author page shows each piece's
writer under its heading; presentation slides keep clear of the screen's edges; the outline treats every
long heading alike."""
from content.model import Article, Section
from tests.gui.conftest import PAGE_TEXT, analyse_all
from tests.gui.study_fixtures import practice_page
from tests.quiz.learning_fixtures import question


def window_with_article(make_window):
    window = make_window()
    window.import_pasted(PAGE_TEXT, "甲")
    analyse_all(window.lib)
    window.open_article(window.lib.list_articles()[0].id)
    return window


def sentence_source(window, section: int, paragraph: int, sentence: str) -> dict:
    text = window.reader_page.article.sections[section].paragraphs[paragraph]
    start = text.index(sentence)
    return {"section": section, "paragraph": paragraph, "start": start, "end": start + len(sentence),
            "sentence": sentence}


# -- P5: 查看原文 ------------------------------------------------------------

def test_practice_source_button_says_it_counts_as_seeing_the_answer_before_answering(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank")])
    assert "算看过答案" in page.source_button.text()


def test_practice_source_button_drops_the_warning_once_answered(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank")])
    before = page.source_button.text()
    page.form.set_given(["不对的词"])
    page.submit_button.click()
    assert "算看过答案" in before and page.source_button.text() == "查看原文"


def test_practice_source_button_warns_again_on_the_next_question(qtbot):
    page, _ = practice_page(qtbot, [question(1, "fill_blank"), question(2, "fill_blank")])
    page.form.set_given(["不对的词"])
    page.submit_button.click()
    page.next_button.click()
    assert "算看过答案" in page.source_button.text()


def test_exam_result_source_marks_the_whole_sentence_in_the_reader(make_window):
    window = window_with_article(make_window)
    article_id = window.reader_page.article_id
    sentence = "要发展农畜产品精深加工，让绿色发展理念落到实处，做好“三农”工作。"
    source = sentence_source(window, 2, 0, sentence)
    window.show_page("exam")
    window.pages["exam"].request_source(article_id, source)
    reader = window.reader_page
    base = reader.layout_info.paragraph_starts[(2, 0)]
    assert window.current_page_key() == "reader"
    assert reader.view.marked_range() == (base + source["start"], len(sentence))


def test_source_sentence_mark_takes_its_closing_quote(make_window):
    window = window_with_article(make_window)
    reader = window.reader_page
    text = reader.article.sections[0].paragraphs[0]
    start = text.index("实践证明")
    reader.go_to_place(0, 0, start, start)
    base = reader.layout_info.paragraph_starts[(0, 0)]
    assert reader.view.marked_range() == (base + start, len("实践证明，绿水青山就是金山银山。"))



# -- P1: each piece's writer on a multi-author page ---------------------------

def signed_pieces() -> Article:
    return Article("携手共建学习型社会", authors=["张明远", "李华"],
                   author_bio="（作者为某市社区大学校长） （作者为某省开放大学教授）",
                   sections=[Section(None, ["本期围绕终身学习展开讨论。"]),
                             Section("办好社区学堂", ["社区学堂是居民身边的课堂。"], author="张明远",
                                     author_bio="（作者为某市社区大学校长）"),
                             Section("用好数字资源", ["数字资源让学习更加便捷。"], author="李华",
                                     author_bio="（作者为某省开放大学教授）")])


def reader_lines(qtbot, article: Article) -> list[str]:
    from gui.reader_document import ReaderStyle, build_article_document
    return build_article_document(article, ReaderStyle()).document.toPlainText().split("\n")


def test_reader_shows_each_pieces_writer_under_its_heading(qtbot):
    lines = reader_lines(qtbot, signed_pieces())
    assert lines[lines.index("办好社区学堂") + 1] == "张明远" and lines[lines.index("用好数字资源") + 1] == "李华"


def test_reader_shows_each_bio_at_the_end_of_its_own_piece(qtbot):
    lines = reader_lines(qtbot, signed_pieces())
    assert lines[lines.index("用好数字资源") - 1] == "（作者为某市社区大学校长）"
    assert lines[-1] == "（作者为某省开放大学教授）"


def test_reader_does_not_repeat_the_bios_lumped_at_the_end(qtbot):
    text = "\n".join(reader_lines(qtbot, signed_pieces()))
    assert text.count("（作者为某市社区大学校长）") == 1


# -- P11: the outline wraps every long heading ---------------------------------

def cut_entries(outline) -> list[tuple[int, str]]:
    """(width, heading) of entries laid out wider than the outline: Qt draws those on one line cut
    with "…" where the others wrap."""
    room = outline.viewport().width()
    return [(room, outline.item(row).text()) for row in range(outline.count())
            if outline.visualItemRect(outline.item(row)).width() > room]


def test_outline_wraps_a_heading_just_too_long_for_one_line_at_every_width(qtbot):
    from gui.reader_outline import ReaderOutline
    outline = ReaderOutline()
    qtbot.addWidget(outline)
    # the app's look: items padded by the style sheet
    outline.setStyleSheet("QListWidget#Outline { font-size: 16px; border: none; }"
                          "QListWidget#Outline::item { padding: 6px 4px; }")
    outline.fill(Article("题", sections=[Section("纠“四风”一刻不停、寸步不让", ["甲。"]),
                                        Section("让基层干部从形式主义的束缚中解脱出来", ["乙。"])]))
    outline.show()
    cut = []
    for width in range(180, 320):
        outline.resize(width, 300)
        outline.doItemsLayout()
        cut += cut_entries(outline)
    assert cut == []


# -- P9: presentation slides keep clear of the screen's edges --------------------

def presenter_on_a_projector(qtbot):
    from gui.presenter import PresenterWindow, presenter_body_px
    art = Article("保持严的基调 不断加固中央八项规定堤坝", authors=["王明"],
                  sections=[Section(None, ["持之以恒纠治“四风”，锲而不舍落实中央八项规定精神，推动党风政风持续向好。" * 3])])
    window = PresenterWindow(art, body_px=presenter_body_px(768))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def text_box(window):
    """The rectangle the slide's text takes in the view (union of its lines)."""
    from PySide6.QtCore import QRectF
    doc = window.view.document()
    box, block = QRectF(), doc.begin()
    while block.isValid():
        rect = doc.documentLayout().blockBoundingRect(block)
        line_layout = block.layout()
        for i in range(line_layout.lineCount()):
            line = line_layout.lineAt(i)
            box = box.united(QRectF(rect.left() + line.x(), rect.top() + line.y(), line.naturalTextWidth(), line.height()))
        block = block.next()
    return box


def test_slide_text_keeps_a_safe_margin_from_the_side_edges(qtbot):
    window = presenter_on_a_projector(qtbot)
    box, width = text_box(window), window.view.viewport().width()
    assert box.left() >= 0.03 * width and width - box.right() >= 0.03 * width


def test_slide_first_line_leaves_room_for_its_readings_below_the_top_edge(qtbot):
    window = presenter_on_a_projector(qtbot)
    px = window.style_.body_px
    # readings are drawn at 0.6 of the type size over the line: their top must stay clear of the edge too
    assert text_box(window).top() - 0.6 * px >= 0.03 * window.view.viewport().height()

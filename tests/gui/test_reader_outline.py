from content.model import Article, Section
from gui.reader_outline import TOP, ReaderOutline, section_at


def test_a_position_falls_in_the_last_section_started_before_it():
    assert section_at({0: 0, 2: 480, 1: 200}, 500) == 2


def test_a_position_before_every_section_is_the_top():
    assert section_at({1: 200}, 50) == TOP


def test_the_outline_lists_the_top_and_the_headed_sections(qtbot):
    outline = ReaderOutline()
    qtbot.addWidget(outline)
    outline.fill(Article(title="题", sections=[Section(None, ["甲"]), Section("一、学习", ["乙"])]))
    assert [outline.item(r).text() for r in range(outline.count())] == ["标题与核心提示", "一、学习"]


def test_an_untitled_section_is_marked_with_the_heading_before_it(qtbot):
    outline = ReaderOutline()
    qtbot.addWidget(outline)
    outline.fill(Article(title="题", sections=[Section("一", ["甲"]), Section(None, ["乙"]), Section("二", ["丙"])]))
    outline.mark(1)
    assert outline.currentItem().text() == "一"


def test_clicking_an_entry_says_which_section_was_chosen(qtbot):
    outline = ReaderOutline()
    qtbot.addWidget(outline)
    outline.fill(Article(title="题", sections=[Section(None, ["甲"]), Section("二", ["丙"])]))
    with qtbot.waitSignal(outline.section_chosen) as blocker:
        outline.itemClicked.emit(outline.item(1))
    assert blocker.args == [1]

"""The term panel's count and its list of places agree (UX report 8, P13): uses outside the body are said."""
from content.model import Article, KeyTerm, Occurrence, Section, TermKind
from gui.term_panel import TermPanel


def notes(panel):
    return [panel.occurrences.item(i).text() for i in range(panel.occurrences.count())]


def test_uses_in_the_core_points_are_named_under_the_body_uses(qtbot):
    art = Article("标题", core_points=["要精准发力。"], sections=[Section(None, ["坚持精准发力，久久为功。"])])
    term = KeyTerm("精准发力", 1.0, TermKind.OTHER, 2, occurrences=[Occurrence(0, 0, 2, 6)])
    panel = TermPanel()
    qtbot.addWidget(panel)
    panel.show_term(art, term, [])
    assert "本文出现 2 次" in panel.facts.text()
    assert len(notes(panel)) == 2 and "另有 1 次" in notes(panel)[1]


def test_a_term_only_in_the_core_points_says_so(qtbot):
    art = Article("标题", core_points=["要精准发力。"], sections=[Section(None, ["久久为功。"])])
    panel = TermPanel()
    qtbot.addWidget(panel)
    panel.show_term(art, KeyTerm("精准发力", 1.0, TermKind.OTHER, 1), [])
    assert notes(panel) == ["（正文中没有，只出现在标题、核心提示或小标题里）"]


def test_a_term_marked_nowhere_in_the_text_says_where_it_stands():
    from content.model import Article, KeyTerm, Section
    from gui.term_panel import mention_text
    art = Article("科技强区建设", sections=[Section(None, ["“十五五”时期是关键时期。“十五五”时期要开好局。"])],
                  key_terms=[KeyTerm("“十五五”时期", 1.0), KeyTerm("十五五", 0.5), KeyTerm("科技强区", 0.4)])
    same = lambda text: text
    assert mention_text(same, art, "“十五五”时期") == "本文出现 2 次"
    assert mention_text(same, art, "十五五") == "只在更长的重点词里出现"
    assert mention_text(same, art, "科技强区", short=True) == "只在标题中"


def test_a_term_only_in_the_subtitle_says_so():
    from gui.term_panel import mention_text
    art = Article("稳就业，抓好存量、增量、质量", column="评论员观察 ——以高质量发展的确定性应对外部环境急剧变化的不确定性①",
                  sections=[Section(None, ["就业是最基本的民生。"])],
                  key_terms=[KeyTerm("以高质量发展的确定性应对外部环境急剧变化的不确定性", 1.0)])
    assert mention_text(lambda text: text, art, "以高质量发展的确定性应对外部环境急剧变化的不确定性") == "只在副标题中出现"

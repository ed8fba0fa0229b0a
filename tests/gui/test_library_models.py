"""The library's item models, tested without views."""
from PySide6.QtCore import Qt

from content.library import ArticleSummary, SearchHit
from gui.library_models import (HIT_ROLE, ID_ROLE, Column, LibraryFilterModel, LibraryTableModel,
                                SearchResultsModel, imported_label)


def summary(i, title, progress=0.0, seconds=0.0, authors=("王明",), column="理论学习", imported="2026-11-28T10:00:00+08:00"):
    return ArticleSummary(id=i, page_id=1, title=title, authors=list(authors), column=column, source="p.txt",
                          imported_at=imported, chars=100, progress=progress, reading_seconds=seconds)


def table(*summaries):
    model = LibraryTableModel()
    model.set_summaries(list(summaries))
    return model


def test_row_shows_title_authors_column_date_and_progress(qapp):
    model = table(summary(7, "标题甲", progress=0.5, seconds=600, authors=("郭俊兰", "杨亮")))
    row = [model.data(model.index(0, c)) for c in Column]
    assert row == ["标题甲", "郭俊兰、杨亮", "理论学习", "2026-11-28 10:00", "50%，10 分钟"]


def test_the_column_cell_shows_the_kicker_not_the_subtitle(qapp):
    # a ——subtitle is kept with the column so the reader can show it under the title (UX report 7:
    # the library showed it as the 栏目, and its width cut the titles off after A+)
    model = table(summary(1, "甲", column="评论员观察 ——推进新征程纪检监察工作高质量发展之二"),
                  summary(2, "乙", column="——写在某某会议召开之际"))
    assert [model.data(model.index(r, Column.COLUMN)) for r in (0, 1)] == ["评论员观察", ""]


def test_unread_article_says_so(qapp):
    model = table(summary(1, "甲"))
    assert model.data(model.index(0, Column.PROGRESS)) == "未读"


def test_id_role_gives_article_id(qapp):
    model = table(summary(42, "甲"))
    assert model.data(model.index(0, Column.TITLE), ID_ROLE) == 42


def test_filter_matches_author(qapp):
    proxy = LibraryFilterModel()
    proxy.setSourceModel(table(summary(1, "甲", authors=("李中楷",)), summary(2, "乙", authors=("潘欣欣",))))
    proxy.set_filter_text("潘")
    assert proxy.rowCount() == 1 and proxy.data(proxy.index(0, 0), ID_ROLE) == 2


def test_sort_by_progress_uses_the_number_not_the_label(qapp):
    proxy = LibraryFilterModel()
    proxy.setSourceModel(table(summary(1, "甲", progress=0.9), summary(2, "乙", progress=0.1),
                               summary(3, "丙", progress=0.25)))
    proxy.sort(Column.PROGRESS, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(3)] == [2, 3, 1]


def test_imported_label_drops_seconds_and_zone():
    assert imported_label("2026-11-28T21:10:05+08:00") == "2026-11-28 21:10"


def test_search_result_row_shows_title_and_sentence(qapp):
    model = SearchResultsModel()
    hit = SearchHit(3, "标题", 1, 0, 2, 4, "要坚持绿色发展。")
    model.set_hits([hit])
    index = model.index(0)
    assert model.data(index) == "《标题》\n要坚持绿色发展。" and model.data(index, HIT_ROLE) is hit

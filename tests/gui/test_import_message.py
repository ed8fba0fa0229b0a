"""The window's one-line import summary names an article the library already had under another title."""
from content.importer import FileResult
from content.library import KnownArticle
from gui.import_controller import imported_message

ELEVEN_TITLE = "中国特色社会主义是改革开放以来党的全部理论和实践的主题"


def test_a_copy_under_another_title_is_named_by_its_library_title():
    copy = FileResult("/tmp/新时代_GB18030.txt", True, "", [11], added=False,
                      known=[KnownArticle(11, ELEVEN_TITLE, "新时代")])
    assert imported_message([copy]) == (f"“新时代_GB18030.txt”已经在文库里了，文库里的标题是《{ELEVEN_TITLE}》，"
                                        "没有重复导入。")


def test_known_articles_of_an_imported_file_are_not_counted_as_new():
    mixed = FileResult("/tmp/两篇.txt", True, "", [3, 7], added=True, known=[KnownArticle(3, "民生工作", "民生")])
    assert imported_message([mixed]) == "已导入 1 篇文章。另有 1 篇已经在文库里了（《民生工作》），没有重复导入。"

"""The same article is recognised on import whatever title the file gives it or however it is encoded
(review round 16, pattern 6: corpus 11 and its GB18030 copy came in as two articles)."""
import json

import pytest
import sqlite_utils

from content.import_messages import done_message
from content.importer import import_files, import_text
from content.library import KnownArticle, Library
from content.library_schema import MIGRATIONS
from content.model import Article, Page, Section

ELEVEN = "11_xinshidai-tese-shehuizhuyi-dawenzhang.txt"
GB_COPY = "raw/新时代中国特色社会主义_GB18030.txt"
ELEVEN_TITLE = "中国特色社会主义是改革开放以来党的全部理论和实践的主题"

REPORT = ("坚持以人民为中心的发展思想，着力保障和改善民生，扎实推进共同富裕。"
          "全年城镇新增就业一千二百万人以上，居民收入增长和经济增长同步。"
          "深化教育综合改革，推进健康中国建设，完善社会保障体系。")


@pytest.fixture
def lib():
    library = Library(":memory:")
    yield library
    library.close()


def report_text(title: str, body: str = REPORT) -> str:
    return f"{title}\n\n{body}\n"


def test_the_gb18030_copy_of_an_article_is_not_imported_again(lib, corpus_dir):
    first, copy = import_files(lib, [corpus_dir / ELEVEN, corpus_dir / GB_COPY])
    assert first.added and copy.ok and not copy.added
    assert len(lib.list_articles()) == 1


def test_the_refused_copy_points_at_the_article_already_there(lib, corpus_dir):
    first, copy = import_files(lib, [corpus_dir / ELEVEN, corpus_dir / GB_COPY])
    assert copy.article_ids == first.article_ids
    assert [(k.title, k.read_as) for k in copy.known] == [(ELEVEN_TITLE, "新时代中国特色社会主义")]


def test_the_message_names_the_article_by_its_title_in_the_library(lib, corpus_dir):
    copy = import_files(lib, [corpus_dir / ELEVEN, corpus_dir / GB_COPY])[1]
    assert copy.message == (f"“新时代中国特色社会主义_GB18030.txt”已在文库中，"
                            f"文库里的标题是《{ELEVEN_TITLE}》，没有重复导入。")


def test_other_line_breaks_spaces_and_punctuation_widths_are_the_same_article(lib):
    import_text(lib, report_text("民生工作"))
    reflowed = REPORT.replace("，", ",\n").replace("。", "。 \n\n　").replace("“", '"')
    again = import_text(lib, report_text("关于民生", reflowed))
    assert again.ok and not again.added
    assert len(lib.list_articles()) == 1


def test_a_true_duplicate_keeps_its_old_message(lib):
    import_text(lib, report_text("民生工作"), "报告.txt")
    again = import_text(lib, report_text("民生工作"), "报告.txt")
    assert (again.added, again.message) == (False, "“报告.txt”已在文库中，没有重复导入。")


def test_another_article_under_the_same_title_is_kept(lib):
    import_text(lib, report_text("民生工作"))
    other = import_text(lib, report_text("民生工作", REPORT.replace("一千二百万", "一千一百万")))
    assert other.added
    assert [s.title for s in lib.list_articles()] == ["民生工作", "民生工作"]


def test_short_bodies_under_different_titles_stay_two_articles(lib):
    page = Page("p", [Article("甲文", sections=[Section(None, ["正文。"])]),
                      Article("乙文", sections=[Section(None, ["正文。"])])])
    outcome = lib.import_page(page, "p", "h")
    assert outcome.added and len(set(outcome.article_ids)) == 2


def test_a_page_with_one_known_article_adds_only_the_new_one(lib):
    known = import_text(lib, report_text("民生工作"))
    page = Page("两篇.txt", [Article("民生", sections=[Section(None, [REPORT])]),
                           Article("生态", sections=[Section(None, [REPORT.replace("民生", "生态")])])])
    outcome = lib.import_page(page, "两篇.txt", "two")
    assert outcome.added and outcome.article_ids[0] == known.article_ids[0]
    assert outcome.new_ids == [outcome.article_ids[1]] and len(lib.list_articles()) == 2


def test_the_message_for_a_partly_known_page_counts_both_parts():
    message = done_message("两篇.txt", True, 1, [KnownArticle(3, "民生工作", "民生")])
    assert message == "已导入“两篇.txt”：1 篇文章。另有 1 篇已在文库中（《民生工作》），没有重复导入。"


def test_a_renamed_article_is_named_by_its_new_title(lib):
    aid = import_text(lib, report_text("民生工作")).article_ids[0]
    lib.rename_article(aid, "2025年民生工作要点")
    again = import_text(lib, report_text("民生工作"), "报告.docx")
    assert "《2025年民生工作要点》" in again.message


def old_library(path, articles: list[Article]) -> None:
    """A library.db as the code before body keys made it: migrations up to m004, rows as stored then."""
    db = sqlite_utils.Database(str(path))
    MIGRATIONS.apply(db, stop_before="m005_article_body_key")
    for i, art in enumerate(articles):
        page_id = db["pages"].insert({"source": f"{i}.txt", "content_hash": f"old{i}", "imported_at": "x"}).last_pk
        db["articles"].insert({
            "page_id": page_id, "position": 0, "title": art.title, "authors": "[]", "author_bio": art.author_bio,
            "column_name": "", "core_points": json.dumps(art.core_points, ensure_ascii=False),
            "sections": json.dumps([{"heading": s.heading, "paragraphs": s.paragraphs} for s in art.sections],
                                   ensure_ascii=False),
            "warnings": "[]", "chars": art.char_count(), "imported_at": "x", "key_terms": None})
    db.close()


def test_articles_stored_before_body_keys_are_recognised(tmp_path, corpus_dir):
    stored = Article(ELEVEN_TITLE, sections=[Section(None, [p]) for p in
                                             (corpus_dir / ELEVEN).read_text(encoding="utf-8").split("\n") if p])
    old_library(tmp_path / "library.db", [stored])
    with Library.open(tmp_path) as lib:
        copy = import_files(lib, [corpus_dir / GB_COPY])[0]
        assert not copy.added and len(lib.list_articles()) == 1


def test_an_old_library_holding_a_text_twice_still_opens_and_names_the_older(tmp_path):
    twins = [Article(t, sections=[Section(None, [REPORT])]) for t in ("民生工作", "民生工作_GB18030")]
    old_library(tmp_path / "library.db", twins)
    with Library.open(tmp_path) as lib:
        again = import_text(lib, report_text("关于民生"))
        assert [k.title for k in again.known] == ["民生工作"] and len(lib.list_articles()) == 2

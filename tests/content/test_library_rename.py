"""Renaming an article: the title, the search index and nothing else change, in one transaction."""
import sqlite3

import pytest

from content.library import RENAMED_TITLE_MAX, Library
from content.model import Article, BadInput, KeyTerm, Occurrence, Page, Section, TermKind
from content.titles import UNTITLED_NOTE

FIRST_SENTENCE = "现在我代表国务院向大会报告政府工作"
NEW_TITLE = "二〇二五年政府工作报告"


def untitled_page() -> Page:
    art = Article(FIRST_SENTENCE, sections=[Section(None, [FIRST_SENTENCE + "，请予审议。", "推进高质量发展。"])],
                  core_points=["坚持稳中求进工作总基调"], warnings=[UNTITLED_NOTE, "正文分段可能不准"])
    art.key_terms = [KeyTerm("高质量发展", 0.9, TermKind.CONCEPT, 1, "gāo zhì liàng fā zhǎn",
                             [Occurrence(0, 1, 2, 7)])]
    return Page("report.txt", [art])


@pytest.fixture
def lib():
    library = Library(":memory:", clock=lambda: 1_700_000_000.0)
    yield library
    library.close()


@pytest.fixture
def article_id(lib):
    return lib.import_page(untitled_page(), "report.txt", "h1").article_ids[0]


def title_hits(lib, query):
    return [h for h in lib.search(query) if h.section == -1 and h.paragraph == 0]


def snapshot(lib) -> dict:
    """Every table's rows, to compare a library before and after."""
    tables = ["articles", "pages", "paragraphs", "term_corrections", "reading_log", "search_index_state"]
    return {t: [tuple(r) for r in lib.db.execute(f"select * from {t} order by rowid")] for t in tables}


def test_rename_changes_the_stored_title(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)
    assert lib.get_article(article_id).title == NEW_TITLE


def test_rename_shows_in_the_library_list(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)
    assert [s.title for s in lib.list_articles()] == [NEW_TITLE]


def test_rename_strips_and_joins_whitespace(lib, article_id):
    outcome = lib.rename_article(article_id, "  二〇二五年\n政府工作报告\t ")
    assert outcome.title == "二〇二五年 政府工作报告"
    assert lib.get_article(article_id).title == "二〇二五年 政府工作报告"


def test_rename_returns_the_old_and_new_title(lib, article_id):
    outcome = lib.rename_article(article_id, NEW_TITLE)
    assert (outcome.article_id, outcome.old_title, outcome.title) == (article_id, FIRST_SENTENCE, NEW_TITLE)


def test_search_finds_the_new_title_after_the_index_was_built(lib, article_id):
    lib.refresh_search_index()  # the title row is indexed before the rename
    lib.rename_article(article_id, NEW_TITLE)
    hits = title_hits(lib, "政府工作报告")
    assert [(h.article_id, h.snippet) for h in hits] == [(article_id, NEW_TITLE)]


def test_search_no_longer_finds_the_old_title(lib, article_id):
    lib.refresh_search_index()
    lib.rename_article(article_id, NEW_TITLE)
    assert title_hits(lib, "代表国务院") == []


def test_search_finds_the_new_title_when_the_index_was_not_built_yet(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)  # the index catches up lazily at the first search
    assert [h.snippet for h in title_hits(lib, "政府工作报告")] == [NEW_TITLE]
    assert title_hits(lib, "代表国务院") == []


def test_search_finds_a_two_character_word_of_the_new_title(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)
    assert [h.snippet for h in title_hits(lib, "二〇")] == [NEW_TITLE]


def test_search_index_stays_consistent_after_rename(lib, article_id):
    lib.refresh_search_index()
    lib.rename_article(article_id, NEW_TITLE)
    lib.rename_article(article_id, "另一个标题名称")
    # FTS5 raises "database disk image is malformed" when the index disagrees with its content table
    lib.db.execute("insert into paragraphs_fts(paragraphs_fts, rank) values ('integrity-check', 1)")
    assert [h.snippet for h in title_hits(lib, "另一个标题")] == ["另一个标题名称"]


def test_search_hits_in_the_body_carry_the_new_title(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)
    hits = lib.search("高质量发展")
    assert hits and {h.title for h in hits} == {NEW_TITLE}


def test_rename_keeps_the_key_terms(lib, article_id):
    before = [k.to_json() for k in lib.get_article(article_id).key_terms]
    lib.rename_article(article_id, NEW_TITLE)
    assert [k.to_json() for k in lib.get_article(article_id).key_terms] == before
    assert lib.has_analysis(article_id)


def test_rename_keeps_reading_records(lib, article_id):
    lib.record_reading(article_id, 120.0, 0.5)
    lib.rename_article(article_id, NEW_TITLE)
    summary = lib.summary(article_id)
    assert (summary.reading_seconds, summary.progress) == (120.0, 0.5)


def test_rename_keeps_term_corrections(lib, article_id):
    lib.add_term(article_id, "稳中求进")
    lib.rename_article(article_id, NEW_TITLE)
    assert lib.term_corrections(article_id) == (["稳中求进"], [])


def test_rename_keeps_body_and_core_points(lib, article_id):
    before = lib.get_article(article_id)
    lib.rename_article(article_id, NEW_TITLE)
    after = lib.get_article(article_id)
    assert (after.sections, after.core_points, after.authors) == (before.sections, before.core_points, before.authors)


def test_rename_drops_only_the_untitled_note(lib, article_id):
    lib.rename_article(article_id, NEW_TITLE)
    assert lib.get_article(article_id).warnings == ["正文分段可能不准"]


def test_rename_touches_no_other_article(lib, article_id):
    other = lib.import_page(Page("b.txt", [Article("另一篇文章", sections=[Section(None, ["别的正文。"])])]),
                            "b.txt", "h2").article_ids[0]
    lib.rename_article(article_id, NEW_TITLE)
    assert lib.get_article(other).title == "另一篇文章"


@pytest.mark.parametrize("blank", ["", "   ", "\n\t　"])
def test_empty_title_is_rejected_with_a_chinese_message(lib, article_id, blank):
    with pytest.raises(BadInput, match="标题不能为空"):
        lib.rename_article(article_id, blank)


def test_overlong_title_is_rejected(lib, article_id):
    with pytest.raises(BadInput, match="标题太长"):
        lib.rename_article(article_id, "长" * (RENAMED_TITLE_MAX + 1))


def test_unknown_id_is_rejected_with_a_chinese_message(lib, article_id):
    with pytest.raises(BadInput, match=f"没有编号为 {article_id + 99} 的文章"):
        lib.rename_article(article_id + 99, NEW_TITLE)


@pytest.mark.parametrize("bad", [("ok", ""), ("unknown", NEW_TITLE)])
def test_rejected_rename_leaves_the_library_unchanged(lib, article_id, bad):
    lib.refresh_search_index()
    before = snapshot(lib)
    with pytest.raises(BadInput):
        lib.rename_article(article_id if bad[0] == "ok" else article_id + 99, bad[1])
    assert snapshot(lib) == before


def test_a_failure_midway_rolls_the_whole_rename_back(lib, article_id):
    lib.refresh_search_index()
    before = snapshot(lib)
    # the article row is written after the title's search row: failing there must undo that too
    lib.db.execute("""create trigger refuse_title before update of title on articles
                      begin select raise(abort, 'refused'); end""")
    with pytest.raises(sqlite3.IntegrityError):
        lib.rename_article(article_id, NEW_TITLE)
    assert snapshot(lib) == before
    assert [h.snippet for h in title_hits(lib, "代表国务院")] == [FIRST_SENTENCE]


def test_rename_is_kept_after_reopening(tmp_path):
    with Library.open(tmp_path) as first:
        art = first.import_page(untitled_page(), "report.txt", "h1").article_ids[0]
        first.rename_article(art, NEW_TITLE)
    with Library.open(tmp_path) as again:
        assert again.get_article(art).title == NEW_TITLE

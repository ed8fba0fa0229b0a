import sqlite3

import pytest

from content.library import Library
from content.model import Article, KeyTerm, Occurrence, Page, Section, TermKind


def make_page(title="织密网络 打造新形态", body=("正确政绩观是党员干部的重要课题。", "推进六张网建设，算电协同。")):
    art = Article(title, authors=["张三"], core_points=["要点一"], sections=[Section(None, list(body))])
    return Page("p.txt", [art])


@pytest.fixture
def lib():
    library = Library(":memory:", clock=lambda: 1_700_000_000.0)
    yield library
    library.close()


def test_import_stores_articles_with_their_structure(lib):
    outcome = lib.import_page(make_page(), "p.txt", "h1")
    art = lib.get_article(outcome.article_ids[0])
    assert art.title == "织密网络 打造新形态"
    assert art.authors == ["张三"]
    assert art.core_points == ["要点一"]
    assert art.sections[0].paragraphs[1] == "推进六张网建设，算电协同。"


def test_reimporting_the_same_content_adds_nothing(lib):
    first = lib.import_page(make_page(), "p.txt", "same")
    second = lib.import_page(make_page(), "p-copy.txt", "same")
    assert second.added is False
    assert second.article_ids == first.article_ids
    assert len(lib.list_articles()) == 1


def test_search_finds_three_character_words_through_fts(lib):
    lib.import_page(make_page(), "p.txt", "h")
    hits = lib.search("政绩观")
    assert [h.snippet for h in hits] == ["正确政绩观是党员干部的重要课题。"]
    assert (hits[0].start, hits[0].end) == (2, 5)


def test_search_finds_two_character_words(lib):
    lib.import_page(make_page(), "p.txt", "h")
    hits = lib.search("算电")
    assert len(hits) == 1 and hits[0].paragraph == 1 and hits[0].snippet == "推进六张网建设，算电协同。"


def test_search_with_several_words_needs_all_of_them(lib):
    lib.import_page(make_page(), "p.txt", "h")
    assert len(lib.search("六张网 算电")) == 1
    assert lib.search("六张网 政绩观") == []


def test_search_finds_titles(lib):
    lib.import_page(make_page(), "p.txt", "h")
    hits = lib.search("新形态")
    assert hits and hits[0].section == -1


def test_search_quotes_in_query_do_not_break_fts(lib):
    lib.import_page(make_page(), "p.txt", "h")
    assert lib.search('"六张网" OR') == []


def test_key_terms_round_trip(lib):
    art_id = lib.import_page(make_page(), "p.txt", "h").article_ids[0]
    assert not lib.has_analysis(art_id)
    term = KeyTerm("六张网", 0.9, TermKind.SLOGAN, 1, "liù zhāng wǎng", [Occurrence(0, 1, 2, 5)])
    lib.save_key_terms(art_id, [term])
    assert lib.has_analysis(art_id)
    assert lib.get_article(art_id).key_terms == [term]


def test_corrections_persist_and_update_stored_terms(tmp_path):
    lib = Library.open(tmp_path)
    art_id = lib.import_page(make_page(), "p.txt", "h").article_ids[0]
    lib.save_key_terms(art_id, [KeyTerm("政绩观", 0.5)])
    lib.add_term(art_id, "算电协同")
    lib.remove_term(art_id, "政绩观")
    lib.close()
    again = Library.open(tmp_path)
    assert again.term_corrections(art_id) == (["算电协同"], ["政绩观"])
    terms = again.get_article(art_id).key_terms
    assert [t.term for t in terms] == ["算电协同"]
    assert [(o.paragraph, o.start) for o in terms[0].occurrences] == [(1, 8)]


def test_a_later_correction_replaces_an_earlier_one(lib):
    art_id = lib.import_page(make_page(), "p.txt", "h").article_ids[0]
    lib.remove_term(art_id, "六张网")
    lib.add_term(art_id, "六张网")
    assert lib.term_corrections(art_id) == (["六张网"], [])


def test_articles_using_term_lists_other_articles(lib):
    a = lib.import_page(make_page(), "a.txt", "a").article_ids[0]
    b = lib.import_page(make_page("另一篇", ("这里也讲六张网。",)), "b.txt", "b").article_ids[0]
    assert lib.articles_using_term("六张网", exclude=a) == [(b, "另一篇")]


def test_delete_article_removes_it_from_search_and_list(lib):
    art_id = lib.import_page(make_page(), "p.txt", "h").article_ids[0]
    lib.delete_article(art_id)
    assert lib.list_articles() == []
    assert lib.search("政绩观") == []
    assert lib.is_empty()


def test_missing_article_raises_key_error(lib):
    with pytest.raises(KeyError):
        lib.get_article(999)


def test_reading_is_recorded_and_summarised(lib):
    art_id = lib.import_page(make_page(), "p.txt", "h").article_ids[0]
    lib.record_reading(art_id, 30, 0.4)
    lib.record_reading(art_id, 45, 0.9)
    s = lib.summary(art_id)
    assert s.reading_seconds == 75 and s.progress == 0.9


def test_failed_import_leaves_nothing_half_written(lib):
    bad = Page("x", [Article("好的", sections=[Section(None, ["一段。"])]), "不是文章"])
    with pytest.raises(AttributeError):
        lib.import_page(bad, "x.txt", "bad")
    assert lib.list_articles() == []
    assert lib.db["paragraphs"].count == 0
    assert lib.db["pages"].count == 0


def test_database_uses_wal_on_disk(tmp_path):
    Library.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_migrations_apply_once(tmp_path):
    Library.open(tmp_path).close()
    lib = Library.open(tmp_path)
    names = [r["name"] for r in lib.db.query("select name from _sqlite_migrations")]
    assert len(names) == len(set(names)) == 6


def test_search_index_catches_up_after_later_imports_and_deletes(lib):
    a = lib.import_page(make_page(), "a.txt", "a").article_ids[0]
    assert len(lib.search("政绩观")) == 1
    lib.import_page(make_page("第二篇", ("也谈正确政绩观。",)), "b.txt", "b")
    lib.delete_article(a)
    assert [h.snippet for h in lib.search("政绩观")] == ["也谈正确政绩观。"]
    assert lib.refresh_search_index() == 0
    assert lib.db.execute("insert into paragraphs_fts(paragraphs_fts) values ('integrity-check')") is not None


def test_deleting_an_article_never_indexed_keeps_the_index_sound(lib):
    a = lib.import_page(make_page(), "a.txt", "a").article_ids[0]
    lib.delete_article(a)
    lib.import_page(make_page("第二篇", ("也谈正确政绩观。",)), "b.txt", "b")
    assert len(lib.search("政绩观")) == 1
    lib.db.execute("insert into paragraphs_fts(paragraphs_fts) values ('integrity-check')")


def test_a_second_connection_writing_from_another_thread_never_hits_a_locked_database(tmp_path):
    import threading
    main = Library.open(tmp_path)
    ids = [main.import_page(make_page(f"文章{i}"), f"{i}.txt", f"h{i}").article_ids[0] for i in range(3)]
    errors = []

    def analyse_in_background():
        other = Library.open(tmp_path)  # the app's analysis worker has its own connection
        try:
            for n in range(40):
                other.save_key_terms(ids[n % 3], [KeyTerm(f"词{n}", 0.5)])
        except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
            errors.append(exc)
        finally:
            other.close()

    worker = threading.Thread(target=analyse_in_background)
    worker.start()
    for n in range(40):
        main.record_reading(ids[n % 3], 1, 0.1)
        main.add_term(ids[n % 3], f"加{n}")
    worker.join()
    assert errors == []
    assert main.db["reading_log"].count == 40


def test_library_closes_on_leaving_a_with_block(tmp_path):
    with Library.open(tmp_path) as opened:
        opened.db["articles"].count
    with pytest.raises(sqlite3.ProgrammingError):
        opened.db.execute("select 1")


def test_opening_applies_the_schema_and_leaves_no_transaction_open(tmp_path):
    with Library.open(tmp_path) as first:
        assert not first.db.conn.in_transaction
    with Library.open(tmp_path) as again:  # already up to date: nothing to apply
        assert again.is_empty() and not again.db.conn.in_transaction


def test_a_forgotten_removal_leaves_no_correction(tmp_path):
    """The reader's 撤销 of 移出重点词: the removal is gone, not overruled by an added term."""
    lib = Library.open(tmp_path / "lib")
    (aid,) = lib.import_page(Page("p.txt", [Article("标题", sections=[Section(None, ["坚持新质生产力。"])])]),
                             "p.txt", "h").article_ids
    lib.remove_term(aid, "新质生产力")
    lib.forget_term_correction(aid, "新质生产力")
    assert lib.term_corrections(aid) == ([], [])
    lib.close()


def test_a_page_without_articles_is_refused_in_chinese(tmp_path):
    """import_page is public: a page with no article was an IndexError deep inside it."""
    from content.model import BadInput
    lib = Library.open(tmp_path / "lib")
    with pytest.raises(BadInput, match="没有找到文章"):
        lib.import_page(Page("空.txt", []), "空.txt", "h0")
    assert lib.list_articles() == []
    lib.close()


def test_search_finds_an_article_by_its_column(lib):
    art = Article("以法治之力打击山寨食品", column="人民时评", sections=[Section(None, ["整治山寨食品乱象是民生课题。"])])
    lib.import_page(Page("p.txt", [art]), "p.txt", "h")
    hits = lib.search("人民时评")
    assert len(hits) == 1 and hits[0].section == -1 and hits[0].snippet == "人民时评"


def test_deleting_the_newest_article_leaves_its_id_and_the_index_sound(lib):
    lib.import_page(make_page(), "a.txt", "a")
    newest = lib.import_page(make_page("第二篇", ("也谈正确政绩观。",)), "b.txt", "b").article_ids[0]
    assert len(lib.search("政绩观")) == 2   # the index has counted the newest article's paragraphs
    lib.delete_article(newest)
    third = lib.import_page(make_page("第三篇", ("算电协同的新路径。",)), "c.txt", "c").article_ids[0]
    assert third != newest   # cards and records kept for the deleted article never name this one
    assert [h.article_id for h in lib.search("新路径")] == [third]
    lib.db.execute("insert into paragraphs_fts(paragraphs_fts) values ('integrity-check')")


def test_a_deleted_article_comes_back_when_its_page_is_imported_again(lib):
    page = Page("p.txt", [*make_page().articles, *make_page("第二篇", ("也谈正确政绩观。",)).articles])
    first, second = lib.import_page(page, "p.txt", "same").article_ids
    lib.delete_article(second)
    again = lib.import_page(page, "p.txt", "same")
    assert again.added and [k.id for k in again.known] == [first]
    assert {s.title for s in lib.list_articles()} == {"织密网络 打造新形态", "第二篇"}
    assert lib.import_page(page, "p.txt", "same").added is False


def test_a_library_whose_index_missed_reused_ids_is_mended_on_opening(tmp_path):
    import sqlite_utils
    from content.library_schema import MIGRATIONS
    db = sqlite_utils.Database(str(tmp_path / "library.db"))
    MIGRATIONS.apply(db, stop_before="m006_ids_never_reused")
    # as the code before m006 left it: five paragraphs indexed, their article deleted, the next import's
    # paragraph given id 1 again, below the index's mark, so never indexed
    db["pages"].insert({"id": 1, "source": "b.txt", "content_hash": "b", "imported_at": "x"})
    db["articles"].insert({"id": 1, "page_id": 1, "position": 0, "title": "第二篇", "sections": "[]"})
    db["paragraphs"].insert({"id": 1, "article_id": 1, "section": 0, "paragraph": 0, "text": "算电协同的新路径。"})
    db.execute("update search_index_state set last_rowid = 5 where id = 1")
    db["cards"].insert({"id": 1, "article_id": 7, "front": "六张网"})   # a card of a deleted article 7
    db.conn.commit()
    db.close()
    with Library.open(tmp_path) as mended:
        assert [h.article_id for h in mended.search("新路径")] == [1]
        assert mended.import_page(make_page(), "a.txt", "a").article_ids == [8]   # not 2…7: the card keeps 7


def test_a_correction_replaces_one_of_the_same_term_in_another_spelling(lib):
    art_id = lib.import_page(make_page(body=("推进“人工智能+”行动。",)), "p.txt", "h").article_ids[0]
    lib.remove_term(art_id, "人工智能+")
    lib.add_term(art_id, "“人工智能+”")
    assert lib.term_corrections(art_id) == (["“人工智能+”"], [])


def test_a_page_imported_again_names_its_article_that_now_stands_on_another_page(lib):
    second = make_page("第二篇", ("也谈正确政绩观。",)).articles
    page = Page("p.txt", [*make_page().articles, *second])
    first, moved = lib.import_page(page, "p.txt", "same").article_ids
    lib.delete_article(moved)
    elsewhere = lib.import_page(Page("b.txt", second), "b.txt", "b").article_ids[0]
    again = lib.import_page(page, "p.txt", "same")
    assert not again.added and again.article_ids == [first, elsewhere]

import json
import zipfile

import pytest

from content.library import Library
from content.model import Article, BadInput, KeyTerm, Page, Section
from quiz.question_sets import QuestionSet, QuestionSetStore
from quiz.study_pack import export_pack, import_pack
from tests.quiz.paper_fixtures import mixed_questions


def make_article(title: str, body: str) -> Article:
    return Article(title, authors=["王芳"], core_points=[f"{title}的核心提示。"],
                   sections=[Section(None, [body]), Section("一、小标题", [body + "第二段。"])],
                   key_terms=[KeyTerm("新质生产力", 0.9), KeyTerm("科技创新", 0.7)])


@pytest.fixture
def source(tmp_path):
    lib = Library.open(tmp_path / "organiser")
    ids = lib.import_page(Page("p.txt", [make_article("以新质生产力推动发展", "发展新质生产力关键在于科技创新。"),
                                          make_article("坚持问题导向", "坚持问题导向、目标导向相统一。")]),
                          "p.txt", "hash-1").article_ids
    lib.add_term(ids[0], "高质量发展")
    lib.remove_term(ids[0], "科技创新")
    qs = QuestionSet("周五集体学习", ids, mixed_questions())
    qs.drop("t1")
    QuestionSetStore(lib.db).save(qs)
    yield lib, ids
    lib.close()


@pytest.fixture
def pack(source, tmp_path):
    lib, ids = source
    return export_pack(lib, ids, tmp_path / "周五.xuepack")


@pytest.fixture
def fresh(tmp_path):
    lib = Library.open(tmp_path / "member")
    yield lib
    lib.close()


def dump(lib: Library) -> list[str]:
    return [line for line in lib.db.conn.iterdump() if "_sqlite_migrations" not in line]


def test_imported_articles_match_the_originals(source, pack, fresh):
    lib, ids = source
    result = import_pack(fresh, pack)
    for src_id, dst_id in zip(ids, result.article_ids):
        a, b = lib.get_article(src_id), fresh.get_article(dst_id)
        assert (a.title, a.sections, a.core_points, a.authors) == (b.title, b.sections, b.core_points, b.authors)


def test_imported_key_terms_keep_corrections(source, pack, fresh):
    lib, ids = source
    dst = import_pack(fresh, pack).article_ids[0]
    assert {t.term for t in fresh.get_article(dst).key_terms} == {t.term for t in lib.get_article(ids[0]).key_terms}
    assert fresh.term_corrections(dst) == (["高质量发展"], ["科技创新"])


def test_imported_questions_are_the_reviewed_set(pack, fresh):
    import_pack(fresh, pack)
    sets = QuestionSetStore(fresh.db).all()
    assert len(sets) == 1 and [q["id"] for q in sets[0].questions] == [q["id"] for q in mixed_questions()
                                                                       if q["id"] != "t1"]


def test_imported_set_points_at_the_new_article_ids(pack, fresh):
    ids = import_pack(fresh, pack).article_ids
    assert QuestionSetStore(fresh.db).all()[0].article_ids == ids


def test_importing_twice_changes_nothing(pack, fresh):
    import_pack(fresh, pack)
    before = dump(fresh)
    again = import_pack(fresh, pack)
    assert dump(fresh) == before and (again.articles_added, again.sets_added) == (0, 0)


def test_articles_already_in_the_library_are_not_duplicated(source, pack):
    lib, ids = source
    result = import_pack(lib, pack)
    assert result.article_ids == ids and len(lib.article_ids()) == 2


def corrupt(pack, tmp_path):
    bad = tmp_path / "bad.xuepack"
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "articles.json":
                data = data.replace("科技创新".encode(), "科技创兴".encode())
            zout.writestr(info.filename, data)
    return bad


def test_tampered_pack_is_refused_with_nothing_changed(pack, fresh, tmp_path):
    before = dump(fresh)
    with pytest.raises(BadInput, match="损坏"):
        import_pack(fresh, corrupt(pack, tmp_path))
    assert dump(fresh) == before


def test_truncated_pack_is_refused(pack, fresh, tmp_path):
    cut = tmp_path / "cut.xuepack"
    cut.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    with pytest.raises(BadInput):
        import_pack(fresh, cut)
    assert fresh.is_empty()


def test_foreign_zip_is_refused(fresh, tmp_path):
    other = tmp_path / "other.xuepack"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "something-else", "version": 1}))
    with pytest.raises(BadInput, match="不是学而的学习包"):
        import_pack(fresh, other)


def test_plain_text_file_is_refused(fresh, tmp_path):
    txt = tmp_path / "notes.xuepack"
    txt.write_text("这是一段文字", encoding="utf-8")
    with pytest.raises(BadInput, match="不是学而的学习包"):
        import_pack(fresh, txt)


def test_newer_pack_version_asks_for_upgrade(fresh, tmp_path):
    newer = tmp_path / "newer.xuepack"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "xueer-study-pack", "version": 99}))
    with pytest.raises(BadInput, match="升级"):
        import_pack(fresh, newer)


def test_export_without_articles_is_refused(source, tmp_path):
    lib, _ = source
    with pytest.raises(BadInput):
        export_pack(lib, [], tmp_path / "x.xuepack")


def test_real_articles_survive_a_round_trip(corpus_dir, tmp_path):
    from content.importer import import_files
    src = Library.open(tmp_path / "a")
    files = sorted(corpus_dir.glob("*.txt"))[:2]
    ids = [i for r in import_files(src, files) for i in r.article_ids]
    pack = export_pack(src, ids, tmp_path / "real.xuepack")
    dst = Library.open(tmp_path / "b")
    first = import_pack(dst, pack)
    before = dump(dst)
    import_pack(dst, pack)
    assert [src.get_article(i).to_json() for i in ids] == [dst.get_article(i).to_json() for i in first.article_ids]
    assert dump(dst) == before
    src.close()
    dst.close()


def test_an_article_already_here_under_another_title_is_not_counted_as_added(pack, fresh):
    """The member had imported the same article from the newspaper file under another title: the pack
    finds it by its text, links its questions to it, and says nothing new was added."""
    renamed = make_article("以新质生产力推动发展", "发展新质生产力关键在于科技创新。")
    renamed.title = "以新质生产力推动高质量发展（报纸版）"
    known = fresh.import_page(Page("paper.txt", [renamed]), "paper.txt", "hash-paper").article_ids[0]
    result = import_pack(fresh, pack)
    assert result.articles_added == 1 and known in result.article_ids

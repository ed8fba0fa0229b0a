"""A study pack carries a question set only with all its articles, and the set is usable where it lands
(ux report 5, #2: a 3-article paper went into a 1-article pack and could not be found after import)."""
import json
import zipfile

import pytest

from content.library import Library
from content.model import Article, Page, Section
from quiz.pack_contents import PackSets
from quiz.question_sets import QuestionSet, QuestionSetStore
from quiz.study_pack import export_pack, import_pack, pack_contents
from tests.quiz.paper_fixtures import mixed_questions


def article(title: str) -> Article:
    return Article(title, sections=[Section(None, [f"{title}的正文。坚持问题导向。"])])


@pytest.fixture
def organiser(tmp_path):
    """Three articles and a paper on all three, each question tied to one article."""
    lib = Library.open(tmp_path / "organiser")
    ids = lib.import_page(Page("p", [article("甲文"), article("乙文"), article("丙文")]), "p", "h").article_ids
    questions = [dict(q, article_id=ids[i % 3]) for i, q in enumerate(mixed_questions())]
    QuestionSetStore(lib.db).save(QuestionSet("理论学习测试", ids, questions))
    yield lib, ids
    lib.close()


@pytest.fixture
def member(tmp_path):
    """A member's library with an article of its own, so imported articles get other ids."""
    lib = Library.open(tmp_path / "member")
    lib.import_page(Page("own", [article("自己的文章")]), "own", "own-hash")
    yield lib
    lib.close()


def members_of(pack) -> tuple[list, list]:
    with zipfile.ZipFile(pack) as zf:
        return json.loads(zf.read("articles.json")), json.loads(zf.read("question_sets.json"))


def the_paper(lib) -> QuestionSet:
    return QuestionSetStore(lib.db).all()[0]


def test_one_article_alone_does_not_carry_a_paper_on_three(organiser, tmp_path):
    lib, ids = organiser
    articles, sets = members_of(export_pack(lib, ids[:1], tmp_path / "x.xuepack"))
    assert (len(articles), sets) == (1, [])


def test_a_chosen_paper_brings_all_its_articles(organiser, tmp_path):
    lib, ids = organiser
    articles, sets = members_of(export_pack(lib, ids[:1], tmp_path / "x.xuepack", question_sets=[the_paper(lib)]))
    assert [a["article"]["title"] for a in articles] == ["甲文", "乙文", "丙文"] and len(sets[0]["article_keys"]) == 3


def test_pack_contents_names_what_will_be_packed(organiser):
    lib, ids = organiser
    plan = pack_contents(lib, ids[:1], [the_paper(lib)])
    assert (plan.summary(), plan.added_for_sets) == ("3 篇文章、1 套题（9 题）", ids[1:])


def test_all_articles_chosen_carry_their_paper_by_default(organiser):
    lib, ids = organiser
    assert pack_contents(lib, ids).summary() == "3 篇文章、1 套题（9 题）"


def test_imported_questions_point_at_the_members_articles(organiser, member, tmp_path):
    lib, ids = organiser
    result = import_pack(member, export_pack(lib, ids, tmp_path / "x.xuepack"))
    titles = {q["article_id"]: member.get_article(q["article_id"]).title for q in the_paper(member).questions}
    assert set(titles) == set(result.article_ids) and sorted(titles.values()) == ["丙文", "乙文", "甲文"]


def test_imported_set_is_listed_as_from_a_pack(organiser, member, tmp_path):
    lib, ids = organiser
    import_pack(member, export_pack(lib, ids, tmp_path / "周五.xuepack"))
    [(qs, pack_title, _when)] = PackSets(member.db).imported()
    assert (qs.title, len(qs.questions), pack_title) == ("理论学习测试", 9, "学习包：理论学习测试")


def test_import_message_says_what_came_in_and_where(organiser, member, tmp_path):
    lib, ids = organiser
    text = import_pack(member, export_pack(lib, ids, tmp_path / "x.xuepack")).message()
    assert "3 篇文章、1 套题（9 题）" in text and "学习包里的题" in text


def test_second_import_says_the_questions_were_there(organiser, member, tmp_path):
    lib, ids = organiser
    pack = export_pack(lib, ids, tmp_path / "x.xuepack")
    first, again = import_pack(member, pack), import_pack(member, pack)
    assert again.set_ids == first.set_ids and "本来就在本机" in again.message()


def old_style(pack, tmp_path):
    """The same pack as the app wrote before question_articles existed."""
    old = tmp_path / "old.xuepack"
    articles, sets = members_of(pack)
    for s in sets:
        del s["question_articles"]
    blobs = {"articles.json": json.dumps(articles).encode(), "question_sets.json": json.dumps(sets).encode()}
    import hashlib
    manifest = {"format": "xueer-study-pack", "version": 1, "title": "旧包",
                "files": {n: {"sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)} for n, b in blobs.items()}}
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in blobs.items():
            zf.writestr(name, data)
    return old


def test_a_pack_of_before_still_imports(organiser, member, tmp_path):
    lib, ids = organiser
    result = import_pack(member, old_style(export_pack(lib, ids, tmp_path / "x.xuepack"), tmp_path))
    questions = the_paper(member).questions
    assert (result.articles_added, result.sets_added, len(questions)) == (3, 1, 9)
    assert {q["article_id"] for q in questions} == {None}     # the old ids meant nothing here


def test_a_paper_question_finds_its_article_by_the_title_its_source_names(organiser, member, tmp_path):
    """A 试卷's questions carry no article id, only their source's article title."""
    lib, ids = organiser
    paper = the_paper(lib)
    paper.questions = [dict(q, article_id=None, source={**q["source"], "article": "乙文"}) for q in paper.questions]
    QuestionSetStore(lib.db).save(paper)
    result = import_pack(member, export_pack(lib, ids, tmp_path / "x.xuepack"))
    assert {q["article_id"] for q in the_paper(member).questions} == {result.article_ids[1]}


def test_the_organiser_importing_the_pack_gets_no_second_copy_of_the_paper(organiser, tmp_path):
    lib, ids = organiser
    paper = the_paper(lib)
    paper.questions = [dict(q, article_id=None, source={**q["source"], "article": "乙文"}) for q in paper.questions]
    QuestionSetStore(lib.db).save(paper)
    result = import_pack(lib, export_pack(lib, ids, tmp_path / "x.xuepack"))
    assert (result.sets_added, len(QuestionSetStore(lib.db).all())) == (0, 1)


def test_the_organiser_importing_his_own_pack_finds_no_pack_questions(organiser, tmp_path):
    """review: his own paper was recorded as 学习包里的题 and the message said it was imported before."""
    from quiz.pack_contents import PackSets
    lib, ids = organiser
    result = import_pack(lib, export_pack(lib, ids, tmp_path / "x.xuepack"))
    assert PackSets(lib.db).imported() == [] and "学习包里的题" not in result.message()

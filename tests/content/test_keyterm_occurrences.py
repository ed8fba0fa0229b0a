"""Where the reader marks a key term: not where the occurrence cuts another word."""
from content.analysis import Analyzer
from content.model import Article, Section


def test_an_occurrence_that_cuts_another_word_is_not_marked(tmp_path):
    # the reader marked 法典 inside 继民法典之后 (seen on a 2026 report on the 生态环境法典)
    paragraphs = ["这是继民法典之后，我国第二部以“法典”命名的法律。", "法典把分散的法律规范统一起来，法典的编纂是一件大事。"]
    art = Article("从生态环境法典读懂法典", sections=[Section(None, paragraphs)])
    term = next(k for k in Analyzer(tmp_path).key_terms(art) if k.term == "法典")
    assert [(o.paragraph, paragraphs[o.paragraph][max(0, o.start - 1):o.end + 1]) for o in term.occurrences] == [
        (0, "“法典”"), (1, "法典把"), (1, "，法典的")]
    assert term.count == 3


def test_a_term_the_user_adds_is_marked_wherever_it_is_written(tmp_path):
    art = Article("生态环境法典", sections=[Section(None, ["这是继民法典之后，我国第二部以“法典”命名的法律。"])])
    term = next(k for k in Analyzer(tmp_path).key_terms(art, added=["法典"]) if k.term == "法典")
    assert [o.start for o in term.occurrences] == [4, 16]

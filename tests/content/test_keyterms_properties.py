"""Properties of key terms on arbitrary text: never a crash, offsets always exact, weights in [0, 1]."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.analysis import Analyzer
from content.model import Article, Section

CHARS = "的是在和了发展新质生产力两个结合正确政绩观“”《》、，。；：！？（）0123456789.%+亿千瓦 \n\u3000abc"
texts = st.text(alphabet=CHARS, max_size=120)


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, paragraphs=st.lists(texts, max_size=4), added=st.lists(texts, max_size=2))
def test_occurrences_are_exact_and_weights_bounded(analyzer, title, paragraphs, added):
    art = Article(title=title, sections=[Section(None, paragraphs)])
    for key in analyzer.key_terms(art, added=added):
        assert 0.0 <= key.weight <= 1.0
        assert key.count == len(key.occurrences)
        for occ in key.occurrences:
            assert art.sections[occ.section].paragraphs[occ.paragraph][occ.start:occ.end] == key.term


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(texts, min_size=1, max_size=4), removed=st.lists(texts, min_size=1, max_size=3))
def test_removed_terms_never_come_back(analyzer, paragraphs, removed):
    art = Article(title="", sections=[Section(None, paragraphs)])
    gone = {r.strip().strip("“”‘’「」\"'").strip() for r in removed}
    assert not gone & {k.term for k in analyzer.key_terms(art, removed=removed)}

"""Key terms of a made-up article, for tests that state a rule on a sentence or two."""
from content.model import Article, Section


def terms_of(analyzer, paragraphs, title):
    return [k.term for k in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]

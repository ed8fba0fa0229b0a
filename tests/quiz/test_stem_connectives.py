"""A stem does not open on a connective that ties it to a sentence the learner does not see (UX report 8)."""
from quiz.facts import Fact, FactKind
from quiz.generators.common import stem_and_spans
from quiz.sentences import Sentence


def stem_of(text: str, answer: str) -> str:
    a = text.index(answer)
    stem, spans = stem_and_spans(Fact(FactKind.STATISTIC, Sentence(text, 0, len(text)), [(a, a + len(answer))]))
    assert [stem[x:y] for x, y in spans] == [answer]
    return stem


def test_a_leading_but_is_dropped():
    assert stem_of("但与居民医保超过95%的资金使用率相比，商业保险还有差距。", "95%").startswith("与居民医保")


def test_a_leading_therefore_and_its_comma_are_dropped():
    assert stem_of("因此，必须坚持新发展理念。", "新发展理念") == "必须坚持新发展理念。"


def test_a_word_opening_on_the_same_character_stays():
    assert stem_of("而今迈步从头越，建设中国式现代化。", "中国式现代化").startswith("而今")

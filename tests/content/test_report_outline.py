"""The outline of a long text that headings do not show."""
from content.report_outline import numbered_leads, numbered_points, topic_series
from content.term_candidates import Role, TextUnit


def body(*texts):
    return [TextUnit(t, Role.BODY) for t in texts]


def test_a_numbered_paragraph_leads_with_its_first_sentence():
    assert numbered_leads(body("（三）深入推进农村集体产权制度改革。全面开展清产核资。")) == ["深入推进农村集体产权制度改革"]


def test_an_unnumbered_paragraph_has_no_numbered_lead():
    assert numbered_leads(body("深入推进农村集体产权制度改革。全面开展清产核资。")) == []


def test_three_sentences_opening_on_their_topic_make_a_series():
    text = "生态安全屏障方面，治沙完成。安全稳定屏障方面，事故下降。向北开放桥头堡方面，货运增长。"
    assert topic_series(body(text)) == ["生态安全屏障", "安全稳定屏障", "向北开放桥头堡"]


def test_two_topics_are_no_series():
    assert topic_series(body("生态安全屏障方面，治沙完成。安全稳定屏障方面，事故下降。")) == []


def test_a_dash_opens_a_numbered_point():
    assert numbered_points(body("——坚持农民主体地位。充分尊重农民意愿。")) == ["坚持农民主体地位"]

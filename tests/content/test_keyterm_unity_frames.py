"""X和Y相结合 after a verb of doing (促进|有效市场和有为政府相结合): the frame starts after the verb, and a listed
pair it holds together (有效市场和有为政府) stays a term of its own. A fresh People's Daily piece's instructor
listed the pair; it had been cut to a fragment of 促进有效市场和有为政府相结合."""
from __future__ import annotations

import pytest

from content.analysis import Analyzer
from content.model import Article, Section
from content.term_frames import unity_frames


@pytest.mark.parametrize("clause,frame", [
    ("促进有效市场和有为政府相结合", "有效市场和有为政府相结合"),
    ("保持战略定力和稳中求进相结合", "战略定力和稳中求进相结合"),
    ("坚持目标导向和问题导向相统一", "目标导向和问题导向相统一"),
])
def test_the_frame_starts_after_the_verb(clause, frame):
    assert unity_frames(clause) == [frame]


def test_the_listed_pair_stays_beside_its_frame():
    art = Article("深刻认识中国经济长期稳定发展的内在逻辑", sections=[Section(None, [
        "把中国特色社会主义制度与市场经济有机结合起来，促进有效市场和有为政府相结合，是中国经济的独特优势。",
        "理论体系与时俱进、不断创新，为经济社会发展提供科学指南。理论是行动的先导。",
        "超大规模市场和创新驱动发展相互促进，是经济长期稳定发展的强大引擎。"])])
    terms = [t.term for t in Analyzer(None).key_terms(art)]
    assert "有效市场和有为政府" in terms

"""A list of like items running straight into the role it names (发挥把方向、管大局、保落实|作用, with no 的
between): the list is found as when 的 stands there; a fresh People's Daily piece's instructor listed it."""
from __future__ import annotations

import pytest

from content.term_lists import uniform_items


@pytest.mark.parametrize("clause,items", [
    ("有效发挥把方向、管大局、保落实作用", ["把方向", "管大局", "保落实"]),
    ("发挥把方向、管大局、保落实的作用", ["把方向", "管大局", "保落实"]),
    ("履行管党治党、从严治党、监督执纪职责", ["管党治党", "从严治党", "监督执纪"]),
])
def test_a_list_before_the_role_it_names_is_found(clause, items):
    assert uniform_items(clause) == items


def test_a_list_whose_last_item_runs_on_is_still_no_list():
    assert uniform_items("惠民、利民、富民、改善民生作为目标") is None


def test_the_list_is_a_key_term_of_the_piece():
    from content.analysis import Analyzer
    from content.model import Article, Section
    art = Article("加强党的领导", sections=[Section(None, [
        "党组要发挥把方向、管大局、保落实作用，确保党中央决策部署落地见效。",
        "要坚持党的全面领导，确保改革发展稳定各项工作有序推进。"])])
    assert "把方向、管大局、保落实" in [t.term for t in Analyzer(None).key_terms(art)]

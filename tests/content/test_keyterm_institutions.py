"""Institutions a text sets up by name (建立健全|重大决策终身责任追究制度, 构建|沙盒监管模式): the head
(制度, 机制, 体制, 体系, 框架, 模式, 格局, 市场, 清单) ends the name, the verb that sets it up opens it.
Blind instructor lists on unseen commentaries pick such names though the text says them once.
Made-up sentences."""
import pytest

import made_up_articles

from content.analysis import Analyzer
from content.term_programmes import institution_names

GENERIC = frozenset({"长效", "工作", "体制", "发展"})


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def terms_of(analyzer, paragraphs, title="提高决策科学化水平"):
    return made_up_articles.terms_of(analyzer, paragraphs, title)


def test_the_verb_that_sets_it_up_opens_the_name():
    assert institution_names("要建立健全重大决策终身责任追究制度。", GENERIC) == ["重大决策终身责任追究制度"]


def test_a_modifier_joined_by_de_stays_outside_the_name():
    assert institution_names("建立适配新兴产业的新型投融资体制。", GENERIC) == ["新型投融资体制"]


def test_a_later_item_of_a_list_is_set_up_by_the_same_verb():
    assert institution_names("将排污总量双控制度、全国排污权交易市场等纳入法典。", GENERIC) == [
        "排污总量双控制度", "全国排污权交易市场"]


def test_a_two_character_modifier_names_no_institution():
    assert institution_names("完善长效机制，健全工作机制。", GENERIC) == []


def test_no_verb_no_name():
    assert institution_names("体制机制障碍仍然存在，这一制度运行良好。", GENERIC) == []


def test_a_task_is_no_name():
    assert institution_names("要从强化内容创作、技术支撑、发展产业体系等方面发力。", GENERIC) == []


def test_a_name_starts_between_words(analyzer):
    names = institution_names("形成农业对外开放新格局。", analyzer.extractor.lexicon.generic,
                              analyzer.extractor._opens_name)
    assert "外开放新格局" not in names


def test_an_institution_said_once_is_a_key_term(analyzer):
    terms = terms_of(analyzer, ["决策关乎民生福祉。各地把调查研究作为决策的必经程序，并建立健全重大决策终身责任追究制度，"
                                "让权力在阳光下运行。", "决策前要深入基层，听取群众意见，决策后要跟踪评估。"])
    assert "重大决策终身责任追究制度" in terms



def test_a_list_item_that_opens_on_its_own_verb_sets_nothing_up(analyzer):
    """摸透自身情况、熟悉外部格局: 熟悉 is the item's own verb, 熟悉外部格局 no institution's name."""
    terms = terms_of(analyzer, ["取舍之间显格局。要摸透自身情况、熟悉外部格局，才能科学决策。",
                                "各地要构建区域协调发展新格局，完善重大决策终身责任追究制度。"])
    assert "熟悉外部格局" not in terms
    assert "重大决策终身责任追究制度" in terms

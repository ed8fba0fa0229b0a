"""Names the article builds from a term and the modifier, verb or head it always carries."""
from content.term_phrases import de_phrases, name_extensions, verb_phrases
from content.term_scoring import TermStats


def positions_in(text):
    def positions(term):
        found, pos = [], text.find(term)
        while pos != -1:
            found.append(pos)
            pos = text.find(term, pos + len(term))
        return found
    return positions


def test_term_always_after_the_same_modifier_takes_it():
    text = "造就新的文化生命体。这一新的文化生命体，以新的文化生命体，让新的文化生命体。"
    found = de_phrases(["文化生命体"], positions_in(text), text, lambda s: [s[-1]])
    assert list(found) == ["新的文化生命体"]


def test_term_after_varied_modifiers_stays_alone():
    text = "新的文化生命体。旧的文化生命体。好的文化生命体。大的文化生命体。"
    assert de_phrases(["文化生命体"], positions_in(text), text, lambda s: [s[-1]]) == {}


def test_short_name_always_with_one_verb_takes_the_verb():
    text = "建设文化强国。要建设文化强国，加快建设文化强国，全面建设文化强国。"
    assert list(verb_phrases(["文化强国"], positions_in(text), text, {"建设"})) == ["建设文化强国"]


def test_listed_term_at_the_front_of_one_programme_takes_its_head():
    text = "实施全民科学素质提升行动，"
    assert list(name_extensions(["全民科学素质"], positions_in(text), text)) == ["全民科学素质提升行动"]


def test_no_name_head_across_a_conjunction():
    text = "保障国家能源安全和战略资源安全，"
    assert name_extensions(["国家能源安全"], positions_in(text), text) == {}


def test_core_point_copying_the_body_adds_emphasis_not_repetition():
    echoed = TermStats(count=1, title=0, core=1, heading=0, quoted=0, documents=0, echo=1)
    assert echoed.total == 1


def test_short_listed_item_inside_a_list_only_is_no_term():
    from content.analysis import Analyzer
    art_text = ["培育新产业、新模式、新动能。", "发展新质生产力，推动新质生产力。"]
    from content.model import Article, Section
    terms = [k.term for k in Analyzer(None).key_terms(Article("标题", sections=[Section(None, art_text)]))]
    assert "新动能" not in terms


def test_listed_term_always_before_one_line_of_work_takes_it():
    text = "紧扣铸牢中华民族共同体意识工作主线，全面贯彻铸牢中华民族共同体意识工作主线。"
    found = name_extensions(["铸牢中华民族共同体意识"], positions_in(text), text)
    assert list(found) == ["铸牢中华民族共同体意识工作主线"]


def test_no_name_head_across_wei():
    text = "以铸牢中华民族共同体意识为主线，"
    assert name_extensions(["铸牢中华民族共同体意识"], positions_in(text), text) == {}


def test_listed_term_mostly_before_one_head_takes_it():
    text = "统筹山水林田湖草系统治理。把山水林田湖草作为一个生命共同体。统筹山水林田湖草系统治理。"
    found = name_extensions(["山水林田湖草"], positions_in(text), text)
    assert list(found) == ["山水林田湖草系统治理"]


def test_listed_term_before_a_head_only_half_the_time_stays_alone():
    text = "统筹山水林田湖草系统治理。把山水林田湖草作为一个生命共同体。"
    assert name_extensions(["山水林田湖草"], positions_in(text), text) == {}

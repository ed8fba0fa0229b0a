"""A list or a run of like clauses is a term only when it is whole (fresh-article review, tenth session:
带着真情、带着激情|甚至带着痴情, 学得深不深、查得准不准、|改得到不到位, 不是|演出来、装出来|的)."""
from content.term_frames import parallel_clauses
from content.term_parallels import parallel_formulas, parallel_items


def formulas(text):
    found = {}
    parallel_formulas(text, found, None)
    return set(found)


def test_a_list_that_goes_on_after_its_last_item_is_no_formula():
    assert parallel_items("带着真情、带着激情甚至带着痴情") is None
    assert parallel_items("样样有、样样不精") is None  # the last item cut inside 不精
    assert parallel_items("增强政治意识、大局意识、核心意识等") == ["政治意识", "大局意识", "核心意识"]


def test_predicates_and_denied_lists_are_no_formula():
    assert parallel_items("联系就更加密切了、必然密切了") is None
    assert not formulas("群众的认可，不是演出来、装出来的，而是干出来的。")
    assert formulas("坚持立足实际、立足长远，推动工作。") == {"立足实际、立足长远"}


def test_a_run_of_clauses_missing_a_clause_built_alike_is_no_formula():
    assert parallel_clauses("看学得深不深、查得准不准、改得到不到位。") == []
    assert parallel_clauses("中国创新主体能更敏锐地捕捉市场需求，更稳定地完成产品交付，更快速地推动产品迭代。") == []


def test_a_run_that_follows_a_condition_or_opens_on_a_pronoun_is_no_formula():
    assert parallel_clauses("只要我们始终同人民在一起，我们的工作就会越做越好，我们的事业就会兴旺发达。") == []
    assert parallel_clauses("调查研究是谋事之基，这是思想方法，也是工作方法。") == []


def test_whole_runs_stay():
    assert parallel_clauses("干部要做显绩，既要做显功，也要做潜功。") == ["既要做显功，也要做潜功"]
    assert parallel_clauses("干部下基层，问寒问暖、问需问计，深受欢迎。") == ["问寒问暖、问需问计"]


def test_a_denied_list_of_unlike_items_is_no_formula_either():
    """不是|把方向、管大局、作决策|的: a list of unlike items can be denied as well."""
    no_cut = lambda text, offset: True  # every offset between words
    assert not formulas_with_lists("党委的作用不是把方向、管大局、作决策的空话，而是落实。", no_cut)
    assert formulas_with_lists("党委要把方向、管大局、作决策、保落实。", no_cut) == {"把方向、管大局、作决策、保落实"}


def formulas_with_lists(text, between_words):
    found = {}
    parallel_formulas(text, found, None, between_words)
    return set(found)

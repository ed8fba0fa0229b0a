"""Runs of tokens that are cut out of a longer word, a speaker's name and verb, or a dummy verb's
clause are no key terms (review round 22 and the seventh new-user check: 药加速 out of 创新药加速,
黄心宇表示, 王国栋, 药品配备进行完善, 能级科创平台 out of 以高能级科创平台)."""
import pytest

from content.analysis import Analyzer
from content.model import Article, Section


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("xueer"))


def terms_of(analyzer, paragraphs, title="支持创新药高质量发展"):
    return [k.term for k in analyzer.key_terms(Article(title, sections=[Section(None, paragraphs)]))]


def test_a_run_opening_on_the_last_character_of_a_word_is_no_term(analyzer):
    terms = terms_of(analyzer, ["十六条新措施助力创新药加速跑，创新药获批数量达48种。",
                                "如何让创新药加速进医院？今年上半年创新药获批数量已接近40种。"])
    assert not any(t.startswith("药") for t in terms)


def test_a_name_that_mostly_stands_before_a_reporting_verb_is_no_term(analyzer):
    terms = terms_of(analyzer, ["医保中心副主任王国栋说，要引导医疗机构及时召开药事会。",
                                "王国栋说，医疗机构要根据临床需求配备药品。王国栋说：“对合理使用的药品不设限。”"])
    assert "王国栋" not in terms and not any(t.endswith(("说", "表示")) for t in terms)


def test_a_clause_around_a_dummy_verb_is_no_term(analyzer):
    terms = terms_of(analyzer, ["鼓励医疗机构对药品配备进行完善，打通创新药进医院的通道。",
                                "要根据临床需求，对药品配备进行完善。"])
    assert not any("进行" in t for t in terms)


def test_a_name_is_not_cut_after_a_preposition_the_tokenizer_glued_to_it(analyzer):
    terms = terms_of(analyzer, ["在浙江，以高能级科创平台为牵引，融通创新链和产业链。",
                                "以高能级科创平台等为牵引，创新创造活力才能充分激发。"], title="书写产学研大文章")
    assert "能级科创平台" not in terms


def test_a_guessed_word_opening_on_a_locative_is_no_term(analyzer):
    terms = terms_of(analyzer, ["期待更多力量参与到教育强国建设中来。", "从实践中来，到实践中去，培养适应需要的人才。"],
                     title="凝聚社会协同力")
    assert "中来" not in terms


def test_an_adverbial_the_text_always_opens_the_same_way_keeps_its_opener(analyzer):
    """按规律办事, 从实际出发: 规律办事 alone is an object and a verb cut off from their 按."""
    terms = terms_of(analyzer, ["干事创业要从实际出发、按规律办事，不能拍脑袋决策。",
                                "从实际出发，就要摸清实情；按规律办事，就要掌握规律。",
                                "只有从实际出发、按规律办事，政绩才经得起检验。"], title="按规律办事")
    assert {"从实际出发", "按规律办事"} <= set(terms)
    assert not {"实际出发", "规律办事"} & set(terms)


def test_a_run_said_after_different_openers_is_left_as_it_is(analyzer):
    """从基层治理看…、以基层治理…: no one opener is a habit of the phrase, none is added."""
    terms = terms_of(analyzer, ["基层治理现代化是国家治理的基石。", "从基层治理现代化看，重在共建共治共享。",
                                "以基层治理现代化带动社会治理，基层治理现代化要久久为功。"], title="基层治理现代化")
    assert not any(t.startswith(("从基层", "以基层")) for t in terms)


def test_an_opener_inside_a_word_is_no_opener(analyzer):
    """遵从|市场规律办事, 服从|组织安排: the 从 belongs to another word, no 从市场规律办事."""
    terms = terms_of(analyzer, ["要遵从市场规律办事，服从组织安排。", "企业遵从市场规律办事，干部服从组织安排。",
                                "只有遵从市场规律办事，才能行稳致远；服从组织安排是纪律。"], title="遵从市场规律")
    assert not any(t.startswith("从") for t in terms)


def test_a_run_that_always_follows_a_preposition_is_no_term(analyzer):
    """在|中国找到解法: the run opens on the preposition's object and goes on into the verb."""
    terms = terms_of(analyzer, ["越来越多的外国企业在中国找到解法、做出样板。",
                                "它们在中国找到解法，再把解法带向世界。", "创新主体在中国找到解法，靠的是完整的产业链。"],
                     title="到中国出差的新变化")
    assert "中国找到解法" not in terms


def test_a_complement_cut_loose_from_its_verb_is_no_term(analyzer):
    """“谋”得准、“干”得实: 得准 is the end of 谋得准, no word of its own."""
    terms = terms_of(analyzer, ["“谋”得准、“干”得实，是对干部的要求。", "“谋”得准，才能“干”得实；“谋”得准，事业才兴。",
                                "要做到“谋”得准、“干”得实。"], title="把谋事和干事有机统一起来")
    assert not {"得准", "得实"} & set(terms)


def test_the_speakers_of_a_dialogue_and_their_titles_are_no_terms(analyzer):
    """孟繁哲：… opens each turn of a 连线评论员 dialogue; 本报评论员 is the speaker's title."""
    terms = terms_of(analyzer, ["对话人：", "孟繁哲  本报评论员", "姜照雯  四川日报评论员",
                                "孟繁哲：科技创新是推动高质量发展的引擎，绵阳如何推动科技成果转化？",
                                "姜照雯：推动院地资源互通互补，培育壮大新质生产力，发展新质生产力要因地制宜。",
                                "孟繁哲：各地都在推进四链融合，绵阳怎么看待自己的比较优势？",
                                "姜照雯：在主动融入发展大局中找机遇，坚持科技自立自强，发展新质生产力。"],
                     title="念好创新“融”字诀")
    assert not {"孟繁哲", "姜照雯", "评论员", "本报评论员"} & set(terms)
    assert "新质生产力" in terms


def test_a_run_stopping_one_character_short_of_its_clause_takes_that_character(analyzer):
    # jieba does not know 基本盘: 经济|基本|盘, and the run of words had left the 盘 out
    terms = terms_of(analyzer, ["要多措并举，有效稳住经济基本盘。各地出台稳岗政策，帮助企业渡过难关。",
                                "探讨如何更好有效稳住经济基本盘，为增强高质量发展的确定性凝心聚力。"], "稳就业")
    assert "有效稳住经济基本" not in terms
    assert "有效稳住经济基本盘" in terms


def test_a_run_before_a_word_of_doing_that_ends_the_clause_is_no_term(analyzer):
    terms = terms_of(analyzer, ["要把惠民政策落实好。各地出台稳岗政策，帮助企业渡过难关。",
                                "基层干部要把惠民政策落实好，让群众得实惠。"], "稳就业")
    assert not any(t.startswith("惠民政策落") for t in terms)


def test_a_time_word_after_a_run_is_not_taken_into_it(analyzer):
    terms = terms_of(analyzer, ["城乡居民医保整合前，群众报销要跑多个窗口。城乡居民医保整合前，标准也不统一。",
                                "城乡居民医保整合前，待遇差距较大。如今一站式结算让群众更方便。"], "深化医保改革")
    assert not any(t.endswith("整合前") for t in terms)

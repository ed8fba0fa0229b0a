"""Faults the eleventh fresh check (eight People's Daily pieces of July 2025) and the fragments of the
earlier checks showed: a listed name of a thing said each time after one word narrowing it to a kind
(国产|工业母机, 强制性|国家标准) is learned with that word; a name of the general vocabulary before a
programme's head is named with it (and a head that is a verb or opens a longer word names nothing); a quoted
remark closing on 的 or 了 is no name."""
import pytest

from made_up_articles import FILLER, terms_of
from content.analysis import Analyzer
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Source
from content.term_phrases import name_extensions, narrowed_names


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    return Analyzer(tmp_path_factory.mktemp("data"))


def test_a_name_said_each_time_after_a_kind_word_is_learned_with_it(analyzer):
    found = terms_of(analyzer, ["近年来，国产工业母机加快突破，一批企业成长起来。" + FILLER,
                                "要把创新链和产业链贯通起来。" + FILLER], "以科技创新引领产业升级")
    assert "国产工业母机" in found and "工业母机" not in found  # said once: the name had come out alone


def test_a_verb_or_a_scope_before_a_name_narrows_nothing(analyzer):
    found = terms_of(analyzer, ["加快培育工业母机，不断壮大产业规模。" + FILLER,
                                "全国充电桩数量持续增长，覆盖城乡。" + FILLER], "推动制造业高质量发展")
    assert "培育工业母机" not in found and "全国充电桩" not in found


def test_a_verb_of_the_register_that_jieba_calls_a_noun_narrows_nothing(analyzer):
    # jieba's dictionary tags 弘扬 as a name and 规范 as a noun; they open slogans, they name no kind
    found = terms_of(analyzer, ["要大力弘扬科学家精神，激励科技工作者勇攀高峰。" + FILLER,
                                "要规范涉企执法，持续优化营商环境。" + FILLER], "营造良好创新生态")
    assert "弘扬科学家精神" not in found and not any(t.startswith("规范") for t in found)


def test_a_vocabulary_name_said_before_a_programme_head_is_named_with_it(analyzer):
    found = terms_of(analyzer, ["各地加快建设数字技术公共服务平台，让中小企业用得上、用得起。" + FILLER,
                                "要把创新链和产业链贯通起来。" + FILLER], "推动中小企业数字化转型")
    assert "数字技术公共服务平台" in found and "数字技术" not in found  # (only the curated terms had their heads)


def test_the_segmenter_tells_words_of_doing_from_kind_words(tmp_path):
    seg = Segmenter(tmp_path)
    assert seg.acts("培育") and seg.acts("发展") and seg.acts("推进") and seg.acts("紧紧抓住")
    assert not seg.acts("国产") and not seg.acts("强制性") and not seg.acts("新兴")


def narrowed(text, term, words, nouns=("母机", "中心", "标准", "平台", "集群", "模型", "芯片", "规模", "用户")):
    """narrowed_names over one text, with a cut that knows the given words (longest first) and takes 国产,
    高端 and 能级 for kind words."""
    def cut(s):
        out, i = [], 0
        while i < len(s):
            w = next((w for w in sorted(words, key=len, reverse=True) if s.startswith(w, i)), s[i])
            out.append(w)
            i += len(w)
        return out

    def positions(t):
        found, p = [], text.find(t)
        while p >= 0:
            found.append(p)
            p = text.find(t, p + 1)
        return found

    cand = Candidate(term, {Source.VOCABULARY})
    kinds = {"国产", "高端", "能级"}.__contains__
    return set(narrowed_names([cand], positions, text, cut, kinds, nouns.__contains__))


WORDS = ["国产", "工业母机", "一批", "高端", "能级", "数据中心", "监督", "集成电路", "培育", "支持", "建成", "推动",
         "平台", "上线", "产业集群", "集群化", "发展", "芯片", "操作系统", "大模型", "用户", "规模", "增长", "和", "、"]


def test_the_narrowing_word_names_a_kind_and_stands_alone():
    assert narrowed("支持国产工业母机。", "工业母机", WORDS) == {"国产工业母机"}
    assert narrowed("培育工业母机。", "工业母机", WORDS) == set()  # no kind word
    assert narrowed("建成一批高能级数据中心。", "数据中心", WORDS) == set()  # 高能级: the cut left 高 alone
    assert narrowed("推动集成电路、高端工业母机发展。", "工业母机", WORDS) == set()  # no list's last item …
    assert narrowed("支持集成电路及国产工业母机。", "工业母机", WORDS) == set()  # … joined or set out
    # 和 after a verb is no list: 加强和|国产大模型企业的合作
    assert narrowed("要加强和国产大模型企业合作，国产大模型加快突破。", "大模型", WORDS + ["加强", "企业", "加快"]) == {
        "国产大模型"}
    assert narrowed("加快培育高端新动能。", "新动能", WORDS + ["新动能", "加快"]) == set()  # a field's new thing
    assert narrowed("国产芯片、国产操作系统和国产大模型加快突破。", "大模型", WORDS) == {"国产大模型"}  # each item has it
    assert narrowed("国产工业母机，国产工业母机。", "工业母机", WORDS) == {"国产工业母机"}
    assert narrowed("国产工业母机，高端工业母机。", "工业母机", WORDS) == set()  # two kinds: the name stays


def test_a_name_cut_out_of_a_word_or_naming_a_deed_or_always_going_on_is_not_narrowed():
    words = WORDS + ["数字化转型", "制造业"]
    assert narrowed("国产数据中心平台上线。", "数据中心", words) == set()  # 数据中心|平台: the noun goes on
    cut_apart = [w for w in words if w != "产业集群"] + ["产业"]  # the cut reads 产业|集群化|发展
    assert narrowed("推动高端产业集群化发展。", "产业集群", cut_apart) == set()  # 产业集群|化: inside a word
    assert narrowed("推动高端产业集群化发展。", "产业集群", words + ["化发展"]) == set()  # … or a suffix cut off
    assert narrowed("推动高端产业集群发展。", "产业集群", words) == {"高端产业集群"}
    assert narrowed("制造业数字化转型加快。", "数字化转型", words) == set()  # 转型: a deed, no thing
    # the phrase goes on at one use only (用户规模): the kind is still said as a name of its own
    assert narrowed("国产大模型加快突破，国产大模型用户规模增长。", "大模型", words) == {"国产大模型"}


def test_the_gatherer_takes_kind_words_by_tag_ending_or_lexicon_and_no_verb(tmp_path):
    from content.term_gathering import CandidateGatherer
    kind = CandidateGatherer(Segmenter(tmp_path))._kind_word
    assert all(map(kind, ["国产", "强制性", "新兴", "世界级", "长三角", "新能源汽车"]))
    # jieba tags 净化, 助力, 谋划 as nouns; 首场, 上述, 唯一 say which one; 全国 is a scope; 典型 and 资产
    # end like kinds (…型, …产) but are nouns; 以案促改, a listed slogan, names what is done
    assert not any(map(kind, ["净化", "助力", "谋划", "首场", "上述", "唯一", "全国", "弘扬", "培育", "典型", "资产",
                              "以案促改"]))


def test_a_programme_head_that_is_a_verb_or_opens_a_longer_word_names_nothing():
    found = name_extensions(["民营企业", "大数据", "基层党组织", "智慧城市", "全民科学素质"], lambda t: [
        p for p in range(len(TEXT)) if TEXT.startswith(t, p)], TEXT)
    assert set(found) == {"全民科学素质提升行动"}


def test_a_regulation_named_after_a_listed_name_is_one_name():
    text = "加快出台网络直播营销管理办法。"
    found = name_extensions(["网络直播"], lambda t: [text.find(t)] if t in text else [], text)
    assert set(found) == {"网络直播营销管理办法"}


TEXT = ("多数民营企业计划今年扩大投资规模。大数据工程师缺口较大。基层党组织迅速行动起来。"
        "推动智慧城市平台化运营。实施全民科学素质提升行动。")


def test_a_quoted_clause_closing_on_de_or_le_is_said_not_named(analyzer):
    found = terms_of(analyzer, ["有的干部甘当“传话筒的”，只转发文件不落实；有的地方“牌子挂上了”，事情却没人管。" + FILLER,
                                "要当好“领头雁”，把群众的“急难愁盼”放在心上。" + FILLER], "干部要当实干家")
    assert "传话筒的" not in found and "牌子挂上了" not in found
    assert "领头雁" in found  # a quoted name said once stays
    found = terms_of(analyzer, ["坚持“房子是用来住的”定位，促进房地产市场平稳健康发展。" + FILLER,
                                "毛泽东同志庄严宣告“中国人民从此站起来了”。" + FILLER], "住房制度")
    assert "房子是用来住的" in found and "中国人民从此站起来了" in found  # a definition, a declaration


def test_a_listed_pair_said_in_both_orders_is_one_term(analyzer):
    found = terms_of(analyzer, ["要推动有效市场和有为政府更好结合。" + FILLER,
                                "有为政府与有效市场相得益彰，经济才有活力。" + FILLER], "构建高水平社会主义市场经济体制")
    pairs = [t for t in found if "有为政府" in t and "有效市场" in t]
    assert len(pairs) == 1, pairs


def test_an_everyday_image_of_three_characters_quoted_once_is_no_term(analyzer):
    found = terms_of(analyzer, ["有的干部把文件当“挡箭牌”，把会议当“敲门砖”，群众的难题成了“拦路虎”。" + FILLER,
                                "制造业是国民经济的“压舱石”，要守住这块“压舱石”。" + FILLER], "干部要敢于担当")
    assert not {"挡箭牌", "敲门砖", "拦路虎"} & set(found)
    assert "压舱石" in found  # an image the field has made its own is listed

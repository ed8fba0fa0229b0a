"""A listed name of a thing that an article says each time after one word narrowing it to a kind
(国产|工业母机, 强制性|国家标准) is learned with that word, and a name of the general vocabulary before a
programme's head with that head: the eleventh fresh check's instructors listed the longer names, and the
names alone counted as fragments of them."""
import pytest

from made_up_articles import FILLER, terms_of
from content.analysis import Analyzer
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Source
from content.term_phrases import narrowed_names


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


def narrowed(text, term, words, nouns=("母机", "中心", "标准", "平台")):
    """narrowed_names over one text, with a cut that knows the given words (longest first)."""
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
    return set(narrowed_names([cand], positions, text, cut, lambda w: w not in ("培育",), nouns.__contains__))


def test_the_narrowing_word_names_a_kind_and_stands_alone():
    words = ["国产", "工业母机", "一批", "高端", "能级", "首台", "数据中心", "监督", "集成电路", "培育", "支持",
             "建成", "推动"]
    assert narrowed("支持国产工业母机。", "工业母机", words) == {"国产工业母机"}
    assert narrowed("培育工业母机。", "工业母机", words) == set()  # no kind word
    assert narrowed("首台工业母机下线。", "工业母机", words) == set()  # which one, no kind
    assert narrowed("建成一批高能级数据中心。", "数据中心", words) == set()  # 高能级: the cut left 高 alone
    assert narrowed("推动集成电路、高端工业母机发展。", "工业母机", words) == set()  # no list's last item …
    assert narrowed("支持集成电路和国产工业母机。", "工业母机", words) == set()  # … joined or set out
    assert narrowed("国产工业母机，国产工业母机。", "工业母机", words) == {"国产工业母机"}
    assert narrowed("国产工业母机，高端工业母机。", "工业母机", words) == set()  # two kinds: the name stays


def test_a_name_whose_noun_phrase_goes_on_or_that_names_a_deed_is_not_narrowed():
    words = ["国产", "工业母机", "数据中心", "平台", "监督", "数字化转型", "制造业"]
    assert narrowed("国产数据中心平台上线。", "数据中心", words) == set()  # 数据中心|平台: the noun goes on
    assert narrowed("制造业数字化转型加快。", "数字化转型", words) == set()  # 转型: a deed, no thing

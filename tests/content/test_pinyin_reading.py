import pytest

from content.pinyin_reading import PinyinReader


@pytest.mark.parametrize("term, reading", [
    ("退耕还林", "tuì gēng huán lín"),
    ("重塑", "chóng sù"),
    ("为人民服务", "wèi rén mín fú wù"),
    ("以人民为中心", "yǐ rén mín wéi zhōng xīn"),
    ("长三角", "cháng sān jiǎo"),
    ("农畜产品", "nóng xù chǎn pǐn"),
    ("绿色种养", "lǜ sè zhòng yǎng"),
    ("长效机制", "cháng xiào jī zhì"),
    ("重构产业体系", "chóng gòu chǎn yè tǐ xì"),
    ("以人为本", "yǐ rén wéi běn"),
    ("以我为主、为我所用", "yǐ wǒ wéi zhǔ wéi wǒ suǒ yòng"),
    ("久久为功", "jiǔ jiǔ wéi gōng"),
    ("德艺双馨德为先", "dé yì shuāng xīn dé wéi xiān"),
    ("青山常在、绿水长流", "qīng shān cháng zài lǜ shuǐ cháng liú"),
    ("行业大模型", "háng yè dà mó xíng"),
    ("载入史册", "zài rù shǐ cè"),
    ("放得活", "fàng de huó"),
])
def test_polyphones_of_political_vocabulary(term, reading):
    assert PinyinReader().reading(term) == reading


def test_ordinary_words_use_pypinyin():
    assert PinyinReader().reading("新质生产力") == "xīn zhì shēng chǎn lì"


def test_digits_stay_and_quotes_drop():
    assert PinyinReader().reading("“1571”工作部署") == "1571 gōng zuò bù shǔ"


def test_percent_figure():
    assert PinyinReader().reading("90%以上") == "90% yǐ shàng"


def test_book_title_marks_drop():
    assert PinyinReader().reading("《民法典》") == "mín fǎ diǎn"


def test_one_syllable_per_chinese_character():
    sylls = PinyinReader().syllables("两个结合")
    assert len(sylls) == 4 and all(sylls)


def test_custom_override_table():
    assert PinyinReader({"行长": "háng zhǎng"}).reading("行长") == "háng zhǎng"


def test_reading_word_by_word_does_not_read_across_word_bounds():
    words = {"尊重创造": ["尊重", "创造"]}
    reader = PinyinReader(cut=lambda text: words.get(text, [text]))
    assert reader.reading("尊重创造") == "zūn zhòng chuàng zào"


def test_the_analyzer_reads_terms_with_its_segmenter(tmp_path):
    from content.analysis import Analyzer
    assert Analyzer(tmp_path).reading("尊重劳动、尊重创造").endswith("chuàng zào")


def test_the_segmenters_cut_does_not_undo_a_fix(tmp_path):
    """担当|作为 read word by word gave zuò wèi (作为 = as a deed: wéi); 管得好 gave dé."""
    from content.analysis import Analyzer
    analyzer = Analyzer(tmp_path)
    assert analyzer.reading("担当作为") == "dān dāng zuò wéi"
    assert analyzer.reading("管得好") == "guǎn de hǎo"


@pytest.mark.parametrize("term, reading", [
    ("“看不见的手”和“看得见的手”", "kàn bú jiàn de shǒu hé kàn de jiàn de shǒu"),
    ("经得起实践检验", "jīng de qǐ shí jiàn jiǎn yàn"),
    ("打得稳、捉得准、拍得狠", "dǎ de wěn zhuō de zhǔn pāi de hěn"),
    ("取得实效", "qǔ dé shí xiào"),  # 得 closing a word of its own keeps dé
    ("获得感", "huò dé gǎn"),
    ("不得不", "bù dé bù"),
    ("相得益彰", "xiāng dé yì zhāng"),  # 得 of an idiom, 得 before a word: the verb dé
    ("群众得实惠、干部得锻炼", "qún zhòng dé shí huì gàn bù dé duàn liàn"),
    ("得民心者得天下", "dé mín xīn zhě dé tiān xià"),
])
def test_de_between_a_verb_and_its_result(tmp_path, term, reading):
    from content.analysis import Analyzer
    analyzer = Analyzer(tmp_path)
    analyzer.load()
    assert analyzer.reading(term) == reading


@pytest.mark.parametrize("term, reading", [
    ("以改革为动力", "yǐ gǎi gé wéi dòng lì"),            # 以…为: 为 is "as", whatever follows it
    ("以文物史料为根基、以场景复原为脉络", "yǐ wén wù shǐ liào wéi gēn jī yǐ chǎng jǐng fù yuán wéi mài luò"),
    ("以史为鉴", "yǐ shǐ wéi jiàn"),
    ("以就业为民生之本", "yǐ jiù yè wéi mín shēng zhī běn"),
    ("为人民服务", "wèi rén mín fú wù"),                  # no 以 before it: "for"
    # 为 "for" a deed after 以 and its means, and no 以 of this frame at all (a review's cases)
    ("以实际行动为群众办实事", "yǐ shí jì xíng dòng wèi qún zhòng bàn shí shì"),
    ("以数字化为基层减负", "yǐ shù zì huà wèi jī céng jiǎn fù"),
    ("以优异成绩为党的二十大献礼", "yǐ yōu yì chéng jì wèi dǎng de èr shí dà xiàn lǐ"),
    ("所以要为企业松绑", "suǒ yǐ yào wèi qǐ yè sōng bǎng"),
    ("以及为企业提供服务", "yǐ jí wèi qǐ yè tí gōng fú wù"),
    ("长春电影制片厂", "cháng chūn diàn yǐng zhì piàn chǎng"),
    ("重走长征路", "chóng zǒu cháng zhēng lù"),
])
def test_readings_a_new_user_found_wrong(term, reading):
    assert PinyinReader().reading(term) == reading


def test_brackets_hold_their_syllables_without_inner_spaces():
    assert PinyinReader().reading("实施方案（试行）") == "shí shī fāng àn （shì xíng）"

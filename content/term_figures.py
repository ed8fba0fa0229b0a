"""Statistics with their units as key-term candidates (1.75亿千瓦, 9000多万名党员), and the figures that are
evidence rather than terms: a reported tally, an example, quoted speech, a count of the list beside it.

    >>> figure_terms("全区新能源装机规模达到1.75亿千瓦。数据显示，处理26.9万人。", lambda s: [s], lambda w: "")
    ['1.75亿千瓦']
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import CLAUSE_SPLIT, LOCATIVES, SENTENCE_END, han_only

NUMBER = r"\d+(?:\.\d+)?(?:多|余)?(?:万亿|亿|万|千)?"
# units of sums and measures, which name nothing they count (39公里, 500元以上), and of heads and things
MEASURE_UNITS = "个百分点|%|％|亿千瓦|万千瓦|千瓦时|千瓦|万吨二氧化碳当量|吨二氧化碳当量|万吨|吨|亿元|万元|美元|元|公里|平方公里|万亩|亩|公顷|倍|立方米|标准煤"
HEAD_AND_COUNT_UNITS = "万人次|人次|万人|人|名|家|所|户|辆|件|项|条|座|套|个月|个|支"
BOUND_WORDS = "(?:以上|以下|左右)?"
FIGURE = re.compile(f"(?<![\\d.第]){NUMBER}(?:{MEASURE_UNITS}|{HEAD_AND_COUNT_UNITS}){BOUND_WORDS}")
DIGIT = re.compile(r"\d")  # as FIGURE's \d: any decimal digit
# Units that count things; the noun after them belongs to the figure (9000多万名党员). No article of a
# law (第14条规定) is a figure.
# a sentence that reports a tally or tells an example: 数据显示，… / 一组数据… / 例如，… / 2024年1至11月，共查处…
TALLY_OPEN = re.compile(r"(?:[^，。；]{0,12}?(?:有?数据显示|一组数据|据统计|统计显示)|例如|比如|[^，。；]{0,20}?\d{1,2}至\d{1,2}月)")
BACK_REFERENCES = ("这", "那", "这样", "上述", "以上", "以下", "如下", "前述")
AFTER_LIST = re.compile(r"等(?:全国|共计?|在内的)?\s*$")  # 中国消费者协会等(全国)7家协会: the count of a list
BOUNDS = ("以上", "以下", "左右")
ALL_OF = frozenset("全部 全都 所有 全体 共计 合计 总计".split())  # 832个贫困县|全部: how many of them, no noun
NOUN_SUFFIXES = frozenset("县市区村镇乡省国人者员家师户业型化性点站所院校厂港场园馆队")  # they end a noun: 脱贫|县
COUNT_UNITS = ("名", "家", "所", "户", "项", "条", "座", "套", "个", "个月", "支", "件", "辆")
# the rest of a clause this short after a count is the thing counted, whole: 8.6万个|老年助餐点，
# 740万个|可再生能源工作岗位，(not 740万个|可再生能源|…: the noun went on)
COUNTED_WHOLE = 10
NOUN_TAGS = ("", "n", "nz", "vn")  # the segmenter's tags of words a longer counted phrase may hold ("": a noun)
DISTINGUISHING = "b"  # jieba's tag of a kind word (县级, 国家级, 新兴, 民营)
SHORT_COUNTED = 5  # characters of a counted noun phrase read without cutting it
NOT_COUNTED = re.compile(r"[的地得了着是在和与及或从到对把被将以于为就都也又还]")
NOT_A_NOUN = ("v", "a", "d", "u", "p", "c", "m", "q", "f")
LOCATIVE_ENDS = "上下中内外里间前后"
MAX_MODIFIED_NOUN = 6  # 较大的市, 设区的市, 重点的企业: a modifier, 的 and the noun a count counts (not 国家级的科研院所)
# A sum of money or a measure names nothing it counts (39公里, 500元以上, 30%以上): the thing measured
# stands elsewhere in the sentence. Not heads counted (8400万人) nor things counted (832个脱贫县).
BARE_MEASURE = re.compile(f"{NUMBER}(?:{MEASURE_UNITS}){BOUND_WORDS}")
COMMENTARY_LENGTH = (800, 1700)  # characters
NUMBER_CHARACTERS = "0123456789.０１２３４５６７８９．"
EXAMPLE_SHARE = 1 / 3  # of its sentences: a text whose figures are this rare states none as its news
LARGE = re.compile("[万亿]")
NATIONAL = re.compile("我国|全国")  # a sentence about the whole country
TIME_WORDS = ("时间", "一次", "以来", "之内", "以内", "期间", "左右", "内", "后", "前", "里")


def figure_terms(text: str, cut: Callable[[str], list[str]], tag: Callable[[str], str],
                 between_words: Callable[[str, int], bool] | None = None,
                 runs_across: Callable[[str, int], bool] | None = None) -> list[str]:
    """Statistics with their units worth learning, in reading order (9000多万名党员, 1.75亿千瓦).
    With `between_words(text, offset)` (whether the tokenizer's cut has a word end there, see
    term_lists.word_boundary) and `runs_across(text, offset)` (whether a dictionary word runs across it,
    see Segmenter.runs_across), no figure ends inside a word both say is there (14亿人|口; not 干部|下沉,
    which the cut keeps apart, nor 脱贫县|均, which no common word joins)."""
    found = []
    if not DIGIT.search(text):
        return found  # most paragraphs: no figure to look for
    for m in FIGURE.finditer(text):
        figure = m.group(0)
        if text[:m.start()].endswith(BACK_REFERENCES) or AFTER_LIST.search(text, max(0, m.start() - 8), m.start()):
            continue  # 这4个方面, 中国消费者协会等7家协会: a count of what was just listed, not a figure to learn
        start = _sentence_start(text, m.start())
        if TALLY_OPEN.match(text, start) and not NATIONAL.search(text, start, m.start()) or _in_quoted_speech(text, m.start()):
            continue  # 数据显示，…处理26.9万人 / 例如，…达到9.19万亿元 / “这辆车只开了200公里，…”: evidence (a tally
            # for the whole country is news: 数据显示，我国农作物秸秆产生量为8.67亿吨)
        if figure.endswith("个月") and text.startswith(TIME_WORDS, m.end()):
            continue  # 用3个月时间完成, 每3个月一次: a span of time, nothing counted
        if figure.endswith(COUNT_UNITS) and _counts_a_list(text, m.start(), figure):
            continue  # 文脉筑基、生态扩圈、算法破局，提供了3个观察视角: the list is the point, not its count
        if figure.endswith(COUNT_UNITS) or figure.endswith(BOUNDS) and figure[:-2].endswith(COUNT_UNITS):
            # 1000名以上|党员干部 counts what follows; 招生名额500个以上, nothing: no figure to learn
            whole = _counted_whole(text[m.end():m.end() + COUNTED_WHOLE + 1], tag, cut)
            if whole:
                figure += whole
            else:
                tokens = [t for t in cut(CLAUSE_SPLIT.split(text[m.end():m.end() + 8], 1)[0]) if t.strip()]
                if not tokens or len(tokens[0]) < 2:
                    if LARGE.search(figure) and not tokens:
                        found.append(figure)  # 经营主体1.89亿户，: a large count closing its clause counts what precedes it
                    continue  # “400家” alone says nothing
                after_de = _words_after_de(text, m.end(), tokens[0], cut) if len(tokens) > 1 and tokens[1] == "的" else []
                if after_de and not _counts_before_de(tokens[0], after_de, tag):
                    # 49个|较大|的|市, 289个|设区|的|市: 较大 and 设区 say which, 市 is counted
                    counted = _noun_after_de(tokens[0], after_de, tag)
                    if counted:
                        found.append(figure + counted)
                    continue
                # 9000多万名|党员, 460多万个|基层党组织, 20家|国家级|科研院所; not 190多个|城市的 or 21个|国家签署
                noun_next = len(tokens) > 1 and len(tokens[1]) >= 2 and tokens[1] not in ALL_OF \
                    and not tag(tokens[1]).startswith(("v", "u", "p", "c", "d", "a", "m"))  # 4个方面|紧密相连, 居民|一起
                if noun_next and len(tokens[0] + tokens[1]) > 7 or len(tokens) > 1 and _piece_of_word(tokens[1], tag):
                    continue  # 39名|工程|硕|博士: the noun goes on past what a figure may take
                suffix = len(tokens) > 1 and tokens[1] in NOUN_SUFFIXES  # 832个|脱贫|县
                figure += tokens[0] + (tokens[1] if noun_next or suffix else "")
        end = m.start() + len(figure)
        if len(figure) > len(m.group(0)) and _place_after(text[end:end + 4], cut):
            continue  # 5个点位基础|上: where something is done, no count to learn (not 干部|下沉, 中心)
        if between_words and runs_across and not between_words(text, end) and runs_across(text, end):
            continue  # 14亿人|口, 9个受降国代|表: the figure ends inside a word
        found.append(figure)
    return found


def told_by_example(text: str) -> bool:
    """Whether a text is a commentary that tells its point by examples: a thousand-odd characters (a
    brief's figure is its news) with figures in fewer than a third of its sentences (a statistical
    release states one in most). Such a text's sums and measures are its examples' details.

        >>> told_by_example("过紧日子是一种作风。" * 80 + "去年压减一般性支出54亿元。")
        True
        >>> told_by_example("国内生产总值1349084亿元，增长5%。全年粮食总产量70650万吨。" * 30)
        False
    """
    if not COMMENTARY_LENGTH[0] <= len(text) < COMMENTARY_LENGTH[1]:
        return False
    sentences = [s for s in SENTENCE_END.findall(text) if s.strip()]
    with_figures = sum(1 for s in sentences if FIGURE.search(s))
    return with_figures < len(sentences) * EXAMPLE_SHARE


def national_total(figure: str, text: str) -> bool:
    """Whether a sentence of the text gives the figure as a total for the whole country (我国…年利用量
    1.73亿吨, 全国碳排放权交易市场全年成交额181.14亿元): a statistic to learn, where a commentary's
    other sums and measures are its examples' details (浙江…挽回经济损失2.25亿元).

        >>> national_total("1.73亿吨", "近年来，我国秸秆饲料化利用发展迅猛，年利用量1.73亿吨。")
        True
        >>> national_total("2.25亿元", "浙江建设监督平台，挽回经济损失2.25亿元。全国上下齐心。")
        False
    """
    start = text.find(figure)
    while start >= 0:
        if not part_of_number(text, start, start + len(figure)) and NATIONAL.search(text, _sentence_start(text, start), start):
            return True
        start = text.find(figure, start + 1)
    return False


def figure_in(figure: str, text: str) -> bool:
    """Whether a text says a figure, not as part of a longer number (54亿元 in 154亿元).

        >>> figure_in("54亿元", "从压减154亿元说起"), figure_in("54亿元", "压减54亿元")
        (False, True)
    """
    start = text.find(figure)
    while start >= 0:
        if not part_of_number(text, start, start + len(figure)):
            return True
        start = text.find(figure, start + 1)
    return False


def part_of_number(text: str, start: int, end: int) -> bool:
    """Whether a span that opens or closes on a digit is part of a longer number there.

        >>> part_of_number("失业率5.5%左右", 5, 9), part_of_number("增长5%左右", 2, 6), part_of_number("21.75亿千瓦", 1, 8)
        (True, False, True)
    """
    return (start > 0 and text[start] in NUMBER_CHARACTERS and text[start - 1] in NUMBER_CHARACTERS
            or 0 < end < len(text) and text[end - 1] in NUMBER_CHARACTERS and text[end] in NUMBER_CHARACTERS)


def bare_measure(term: str) -> bool:
    """Whether a figure is a sum or a measure alone, with nothing it counts.

        >>> bare_measure("39公里"), bare_measure("1.75亿千瓦"), bare_measure("832个脱贫县"), bare_measure("8400万人")
        (True, True, False, False)
    """
    return BARE_MEASURE.fullmatch(term) is not None


def _place_after(after: str, cut: Callable[[str], list[str]]) -> bool:
    """Whether a locative of place (not …后, a time) stands as a word of its own right after the figure."""
    words = cut(after) if after[:1] in LOCATIVES else []
    return bool(words) and words[0] in LOCATIVES


def _words_after_de(text: str, end: int, word: str, cut: Callable[[str], list[str]]) -> list[str]:
    """The first words after figure|word|的 in its clause."""
    rest = text[end + len(word) + 1:end + len(word) + 9]
    return cut(CLAUSE_SPLIT.split(rest, 1)[0])


def _counts_before_de(word: str, after: list[str], tag: Callable[[str], str]) -> bool:
    """190多个|城市|的|影院: a noun before 的 is what is counted, what follows is theirs (the cities'
    cinemas); not an adjective (较大的市) or a noun before a head that ends a noun (设区的市).
    after: the words after 的."""
    if tag(word).startswith(("a", "v", "b")):
        return False
    return after[0] not in NOUN_SUFFIXES  # 市 of 设区的市; not 事 of 12个部门的事


def _noun_after_de(modifier: str, after: list[str], tag: Callable[[str], str]) -> str:
    """较大的市 of 49个|较大|的|市: a short noun after 的 that ends the noun phrase, with its modifier
    (after: the words after 的); "" when the noun goes on (5个方面的|特色|能力) or is no noun."""
    if not after or not han_only(after[0]) or tag(after[0]).startswith(NOT_A_NOUN):
        return ""
    goes_on = len(after) > 1 and han_only(after[1]) and not tag(after[1]).startswith(NOT_A_NOUN)
    phrase = modifier + "的" + after[0]
    return "" if goes_on or len(phrase) > MAX_MODIFIED_NOUN else phrase


def _piece_of_word(token: str, tag: Callable[[str], str]) -> bool:
    """A single character that no grammar explains (硕 of 硕博士, no verb or adverb as 已, 均, 赴): the
    tokenizer cut a word here."""
    return len(token) == 1 and "\u4e00" <= token <= "\u9fff" and not NOT_COUNTED.match(token) \
        and token not in LOCATIVE_ENDS and token not in "等多余" and token not in NOUN_SUFFIXES \
        and not tag(token).startswith(NOT_A_NOUN)


def _counted_whole(after: str, tag: Callable[[str], str], cut: Callable[[str], list[str]]) -> str:
    """What a count counts when a short noun phrase ends the clause (8.6万个|老年助餐点，, 14条|具体措施，),
    else "": no grammar inside, no verb, adjective or locative last (3个|优势特色突出 says something of
    them, 5个点位|基础上 is where), only nouns in a longer one (not 17个|旗县开展试点, 9家|企业成功上市)."""
    whole = CLAUSE_SPLIT.split(after, 1)[0]
    ends_clause = len(whole) < len(after) or len(after) <= COUNTED_WHOLE  # a break, or the text's end
    if not ends_clause or not 2 <= len(whole) <= COUNTED_WHOLE or NOT_COUNTED.search(whole):
        return ""
    if whole[-1] in LOCATIVE_ENDS:
        return ""
    if tag(whole[-2:]).startswith(NOT_A_NOUN) or tag(whole[-1]).startswith(("v", "a")):
        return ""
    if len(whole) > SHORT_COUNTED:
        words = _words(whole, cut)  # a kind word may open it (县级|融媒体中心), not stand after a verb (企业荣获|国家级|称号)
        if tag(words[0]) not in NOUN_TAGS + (DISTINGUISHING,) or any(tag(w) not in NOUN_TAGS for w in words[1:]):
            return ""
    return whole


def _words(text: str, cut: Callable[[str], list[str]]) -> list[str]:
    """All the words of a short text by the cheap cut of its first words."""
    words = []
    while text:
        word = (cut(text) or [text])[0]
        words.append(word)
        text = text[len(word):]
    return words


def _counts_a_list(text: str, pos: int, figure: str) -> bool:
    """Whether the figure counts a 、-list of its own sentence (A、B、C，提供了3个视角)."""
    start = _sentence_start(text, pos)
    ends = [k for k in (text.find(mark, pos) for mark in "。！？；\n") if k >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    count = int(re.match(r"\d+", figure).group(0))
    return any(clause.count("、") + 1 == count for clause in re.split("[，,：:]", sentence) if "、" in clause)


def _in_quoted_speech(text: str, pos: int) -> bool:
    opening = text.rfind("“", 0, pos)
    if opening < 0 or text.rfind("”", 0, pos) > opening:
        return False
    closing = text.find("”", pos)
    return bool(re.search("[，。？！]", text[opening:closing if closing > 0 else len(text)]))


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(mark, 0, pos) for mark in "。！？；\n") + 1

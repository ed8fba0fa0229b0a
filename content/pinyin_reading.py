"""Readings of key terms in pinyin with tone marks, with fixes for polyphones pypinyin misreads.

    >>> PinyinReader().reading("退耕还林")
    'tuì gēng huán lín'
    >>> PinyinReader().reading("1.75亿千瓦")
    '1.75 yì qiān wǎ'

pypinyin picks the common reading of a polyphone; political vocabulary often needs the other one
(还林 huán, 重塑 chóng, 以人民为中心 wéi). OVERRIDES maps a word to its reading, one syllable per
character; the longest word wins where entries overlap.
"""
from __future__ import annotations

import re
from typing import Callable

OVERRIDES: dict[str, str] = {
    # 还 = return (huán)
    "还林": "huán lín", "还草": "huán cǎo", "还湖": "huán hú", "还湿": "huán shī", "还田": "huán tián",
    "还权": "huán quán", "还利": "huán lì", "归还": "guī huán",
    # 重 = again (chóng)
    "重塑": "chóng sù", "重构": "chóng gòu", "重振": "chóng zhèn", "重启": "chóng qǐ", "重现": "chóng xiàn",
    "重温": "chóng wēn", "重整": "chóng zhěng", "重组": "chóng zǔ", "重建": "chóng jiàn", "重申": "chóng shēn",
    "重走": "chóng zǒu", "重回": "chóng huí", "重返": "chóng fǎn", "重来": "chóng lái",
    # 为 = for (wèi) / as (wéi)
    "为人民服务": "wèi rén mín fú wù", "为人民谋幸福": "wèi rén mín móu xìng fú",
    "为民": "wèi mín", "为了": "wèi le", "为中心": "wéi zhōng xīn", "为核心": "wéi hé xīn",
    "为导向": "wéi dǎo xiàng", "为主线": "wéi zhǔ xiàn", "为主体": "wéi zhǔ tǐ", "为抓手": "wéi zhuā shǒu",
    "为引领": "wéi yǐn lǐng", "为根本": "wéi gēn běn", "为重点": "wéi zhòng diǎn", "为主题": "wéi zhǔ tí",
    "为基础": "wéi jī chǔ", "为支撑": "wéi zhī chēng", "为统领": "wéi tǒng lǐng", "为牵引": "wéi qiān yǐn",
    "为骨干": "wéi gǔ gàn", "为方向": "wéi fāng xiàng", "为目标": "wéi mù biāo", "为主导": "wéi zhǔ dǎo",
    "为考量": "wéi kǎo liáng", "为遵循": "wéi zūn xún", "为指导": "wéi zhǐ dǎo", "为依托": "wéi yī tuō",
    "为本": "wéi běn", "为主": "wéi zhǔ", "作为": "zuò wéi", "为官": "wéi guān", "久久为功": "jiǔ jiǔ wéi gōng",
    "德为先": "dé wéi xiān", "为我所用": "wéi wǒ suǒ yòng",
    # 长 = long (cháng)
    "长三角": "cháng sān jiǎo", "长效": "cháng xiào", "长治久安": "cháng zhì jiǔ ān", "长板": "cháng bǎn",
    "长期": "cháng qī", "长远": "cháng yuǎn", "长江": "cháng jiāng", "长征": "cháng zhēng", "长流": "cháng liú",
    "长春": "cháng chūn", "长城": "cháng chéng", "长沙": "cháng shā", "长河": "cháng hé", "长廊": "cháng láng",
    # 畜 = livestock raising (xù), 种 = to plant (zhòng)
    "农畜": "nóng xù", "畜产品": "xù chǎn pǐn", "畜牧": "xù mù",
    "种养": "zhòng yǎng", "种粮": "zhòng liáng", "种地": "zhòng dì", "种田": "zhòng tián", "种树": "zhòng shù",
    "种草": "zhòng cǎo", "种植": "zhòng zhí", "耕种": "gēng zhòng",
    # others this vocabulary meets
    "兴则": "xīng zé", "同兴": "tóng xīng", "兴边富民": "xīng biān fù mín", "振兴": "zhèn xīng",
    "供给": "gōng jǐ", "保供": "bǎo gōng", "处于": "chǔ yú", "处理": "chǔ lǐ",
    "关键少数": "guān jiàn shǎo shù", "少数民族": "shǎo shù mín zú",
    "干事": "gàn shì", "实干": "shí gàn", "干部": "gàn bù", "苦干": "kǔ gàn",
    "调度": "diào dù", "调研": "diào yán", "调配": "diào pèi", "调控": "tiáo kòng", "协调": "xié tiáo",
    "率先": "shuài xiān", "参与": "cān yù", "模式": "mó shì", "模型": "mó xíng",
    "着力": "zhuó lì", "着眼": "zhuó yǎn", "着手": "zhuó shǒu", "着重": "zhuó zhòng",
    "血脉": "xuè mài", "载体": "zài tǐ", "载入": "zài rù", "落地": "luò dì", "落实": "luò shí",
    "行业": "háng yè",
    # 得 after a verb, before its result, is the particle de: 放得活、管得好
    "得好": "de hǎo", "得活": "de huó", "得住": "de zhù", "得稳": "de wěn", "得牢": "de láo",
}
# 以…为…: 以改革为动力, 以文物史料为根基、, 以就业为民生之本 — 为 is "as" (wéi) when what it makes the
# object into is a short name closing the clause (or before 的); 以行动为群众办实事 and 以数字化为基层减负
# go on to a deed (为 "for", wèi); 可以, 所以, 以及 … are no 以 of this frame
HAN_CHAR = "\u3400-\u9fff"
SET_PHRASE = 4  # characters of an override that reads its 为 whatever frame it stands in (为人民服务)
TAKE_AS = re.compile(
    rf"(?<![可所加予难足得借用据藉何是])以(?![及便免后来上下外内致至为])[^以为，、；。：！？“”]{{1,10}}(为)"
    rf"(?=[{HAN_CHAR}]{{1,3}}(?:$|[^{HAN_CHAR}])|[{HAN_CHAR}]{{2,4}}的|[{HAN_CHAR}]{{2}}之[{HAN_CHAR}](?:$|[^{HAN_CHAR}]))")
HAN = re.compile(r"[\u3400-\u9fff]")
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
TIGHT_MARKS = re.compile(r"([（(《])\s+|\s+([）)》])")
DROPPED = set("“”‘’「」《》\"'")


class PinyinReader:
    def __init__(self, overrides: dict[str, str] | None = None,
                 cut: Callable[[str], list[str]] | None = None, knows: Callable[[str], bool] = lambda word: True):
        """cut: a word segmenter. pypinyin's own phrase matching reads across word bounds
        (尊重创造 → 尊|重创|造, zhòng chuāng); reading word by word avoids that."""
        self._cut = cut
        self._knows = knows  # whether the dictionary holds a word (取得; not 经得 of 经得起)
        table = OVERRIDES if overrides is None else overrides
        self._overrides = sorted(((w, r.split()) for w, r in table.items()), key=lambda wr: -len(wr[0]))
        self._readings: dict[str, str] = {}

    def load(self) -> None:
        """Import pypinyin's dictionaries now (e.g. in a background thread)."""
        self.syllables("学")

    def syllables(self, term: str) -> list[str | None]:
        """One reading per character of term; None for characters that are not Chinese."""
        readings: list[str | None] = [None] * len(term)
        han_positions = [i for i, ch in enumerate(term) if HAN.match(ch)]
        han = "".join(term[i] for i in han_positions)
        from pypinyin import Style, lazy_pinyin  # half a second of dictionaries: load on first use
        # each run of Chinese cut apart: no word across a mark (打得稳、捉得准 is not 稳捉)
        words = [w for run in HAN_RUN.findall(term) for w in self._cut(run)] if self._cut and han else han
        for i, syl in zip(han_positions, lazy_pinyin(words, style=Style.TONE, errors="default")):
            readings[i] = syl
        if self._cut and "得" in han:
            for k in _complement_de(words, lambda pair: self._knows(pair) and len(self._cut(pair)) == 1):
                readings[han_positions[k]] = "de"
        fixed = [0] * len(term)  # the length of the override that read each character
        for word, sylls in self._overrides:
            start = term.find(word)
            while start != -1:
                span = range(start, start + len(word))
                if not any(fixed[i] for i in span):
                    for i, syl in zip(span, sylls):
                        readings[i], fixed[i] = syl, len(word)
                start = term.find(word, start + 1)
        for m in TAKE_AS.finditer(term):
            if fixed[m.start(1)] < SET_PHRASE:  # 以就业为民生之本 over 为民; not 为人民服务
                readings[m.start(1)] = "wéi"
        return readings

    def reading(self, term: str) -> str:
        """The term's reading as spaced syllables; digits and Latin letters kept as written."""
        if term not in self._readings:
            self._readings[term] = self._read(term)
        return self._readings[term]

    def _read(self, term: str) -> str:
        parts: list[str] = []
        run = ""
        for ch, syl in zip(term, self.syllables(term)):
            if syl is not None:
                if run:
                    parts.append(run)
                    run = ""
                parts.append(syl)
            elif ch not in DROPPED and not ch.isspace():
                run += ch
        if run:
            parts.append(run)
        spaced = " ".join(p for p in parts if p.strip("、，,"))
        return TIGHT_MARKS.sub(lambda m: m.group(1) or m.group(2), spaced)  # （shì xíng）, not （ shì xíng ）


def _complement_de(words: list[str], is_word: Callable[[str], bool]) -> list[int]:
    """Where 得 joins a verb to its result (看得见, 捉|得|准, 经得起实践检验): the particle de, not dé; the
    result is one character. 得 of a word of its own (取得, 获得感, 不得不, 相得益彰) and 得 before a word
    (群众|得|实惠, 得民心者|得|天下) keep their reading; `words` is the term's cut, in order.

        >>> is_word = {"取得", "获得", "不得"}.__contains__
        >>> _complement_de(["看得见", "的", "手"], is_word), _complement_de(["捉", "得", "准"], is_word)
        ([1], [1])
        >>> _complement_de(["群众", "得", "实惠"], is_word), _complement_de(["获得感"], is_word)
        ([], [])
    """
    found, pos = [], 0
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if len(word) == 3 and word[1] == "得" and not is_word(word[:2]):
            found.append(pos + 1)  # 看得见, 经得起
        elif word == "得" and k > 0 and len(words[k - 1]) == 1 and len(after) == 1:
            found.append(pos)  # 捉|得|准
        elif len(word) == 2 and word[1] == "得" and not is_word(word) and len(after) == 1:
            found.append(pos + 1)  # 抓得|紧
        pos += len(word)
    return found

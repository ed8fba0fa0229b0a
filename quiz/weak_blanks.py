"""Blanks that test nothing or admit many answers, read from the sentence's grammar (review round 18).

A blank must ask for a point of the article: not a reporting word found only by frequency, not a
noun glued to a degree adverb, not who published a report, not one member of an open run, not the
object of a tribute, and not an image whose meaning the sentence already says in plain words.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from quiz.vocabulary import listed_term

# degree and manner adverbs that end a predicate, not a term: 增速（明显）高于…, 收入（持续）增长
DEGREE_ENDS = ("明显", "显著", "大幅", "持续", "稳步", "不断", "进一步", "较快", "较大", "逐步", "普遍", "大大",
               "有所", "继续", "快速", "迅速")
# sentence adverbs that open a verdict: （生态环境问题归根到底）是… — the blank cuts the subject from its adverb
SENTENCE_ADVERBS = ("归根到底", "归根结底", "说到底", "从根本上", "根本上", "本质上", "总的来看", "总的来说",
                    "总体来看", "究其根本")
# verbs that report rather than state: their subject is the publisher, not a point to learn
REPORTING_RE = re.compile(r"^(?:公布|发布|通报|印发|表示|介绍|宣布|披露|透露|发出|召开)了?"
                          # （国家医保局）副司长张慧星说 / （国家发展改革委）固定资产投资司负责人说: the speaker's
                          # office, before a department, a title and a name
                          r"|^[\u4e00-\u9fff]{0,12}?(?:负责人|司长|局长|处长|科长|主任|部长|厅长|书记|院长|所长|校长|馆长"
                          r"|会长|理事长|秘书长|董事长|总经理|经理|发言人|研究员|教授|专家|院士)"
                          r"[\u4e00-\u9fff·]{0,5}?(?:说|表示|介绍|指出|认为|坦言|谈到)")
# a reporting lead closed by a comma or colon: （文章指出）， / （报告强调）：
REPORTING_LEADS = ("指出", "强调", "认为", "表示", "提出", "写道", "说")
# the object of a tribute: 为…提供了（方法论指引） / 指明了（前进方向）, whose head is a guidance noun
TRIBUTE_VERB_RE = re.compile(r"(?:提供了|提供|指明了|指明|给出了|作出了|带来了)$")
GUIDANCE_HEADS = ("指引", "遵循", "指南", "指导", "依据", "借鉴", "启示", "方向", "引领", "支撑", "保障", "动力",
                  "方法论", "路径", "思路", "钥匙")
# a list said to be open: 之一 after the blank, or a run of quoted items closed by ……/等
OPEN_MEMBER_RE = re.compile(r"^[^，。；！？“]{0,8}”?[，,]?(?:是|为|成为|列为|作为)[^。；！？]*之一")
# a named programme or system (助企行动, 产学研用协同机制) is a name, however seldom said
PROGRAMME_HEADS = ("行动", "工程", "计划", "战略", "机制", "体系", "制度", "体制", "模式", "格局", "布局", "规划",
                   "方案", "改革", "政策", "平台", "中心", "基地")
QUOTED_ITEM = r"“[^“”]{1,8}”"
CLAUSE_END = "，。；：！？"
# a quoted image restated by the plain words beside it
IMAGE_MAX = 4
IMAGE_FRAME_RE = re.compile(r"(?:是|成为|体现了|彰显了|作为|当好|起到)[^，。；：“”]{0,16}的$")


def weak_term(term: str, sentence: str, text: str, sections: int, listed: Collection[str]) -> bool:
    """城乡居民, 经济运行, 增速明显: a phrase found only by frequency, said at most twice, in one section,
    neither quoted nor defined, is a reporting word (its neighbours fit the blank as well)."""
    if listed_term(term, listed) or len(term) >= 4 and term.endswith(PROGRAMME_HEADS) or f"“{term}”" in text or text.count(term) > 2 or sections > 1:
        return False
    k = sentence.find(term)
    return k >= 0 and not re.match(r"(?:就是|是指|即|是)", sentence[k + len(term):])


def ends_on_degree(answer: str) -> bool:
    """我国经济（增速明显）高于… / （生态环境问题归根到底）是…: a noun with its degree adverb or its
    sentence adverb is no term."""
    return answer.endswith(DEGREE_ENDS + SENTENCE_ADVERBS) and len(answer) > 2


def reporting_subject(sentence: str, a: int, b: int) -> bool:
    """2024年12月25日，（中央纪委国家监委）公布了… / （文章指出），…: asking who published or who said
    tests nothing."""
    return bool(REPORTING_RE.match(sentence[b:])) or \
        sentence[a:b].endswith(REPORTING_LEADS) and not sentence[a:b].endswith(("学说", "小说", "传说")) and sentence[b:b + 1] in ("，", "：", ":", ",")


def tribute_object(sentence: str, a: int, b: int) -> bool:
    """为…提供了（方法论指引）: 根本遵循, 行动指南, 科学指引 fit the praise as well."""
    return bool(TRIBUTE_VERB_RE.search(sentence[:a])) and sentence[a:b].endswith(GUIDANCE_HEADS) \
        and sentence[b:b + 1] in set(CLAUSE_END) | {""}


def open_member(sentence: str, a: int, b: int) -> bool:
    """（国家治理效能得到新提升），是…主要目标之一 / “吃公函”“（吃老板）”“吃下级”……: one of many."""
    if OPEN_MEMBER_RE.match(sentence[b:]) and not re.search(r"[一二两三四五六七八九十\d]+[个大项条种]", sentence[:a]):
        return True
    if sentence[a - 1:a] != "“" or sentence[b:b + 1] != "”":
        return False
    run = re.compile(f"^”(?:{QUOTED_ITEM})*(?:……|等)")
    after = run.match(sentence[b:])
    before = re.search(f"(?:{QUOTED_ITEM})+“$", sentence[:a])
    if after and (before or re.match(f"^”{QUOTED_ITEM}", sentence[b:])):
        return True  # at least two juxtaposed quoted items, the run left open
    return False


def restated_image(sentence: str, a: int, b: int, text: str, listed: Collection[str]) -> bool:
    """A short quoted image, not a listed term, said once, whose meaning the sentence carries in plain
    words: 抓住关键环节和“（牛鼻子）” (an unquoted partner joined by 和), 不是…，不是“（齐步走）” (a
    negation repeated), 是判断改革成效的“（试金石）” / 体现了…的“（货真价实）” (a figure of praise
    closing a clause after its own paraphrase)."""
    answer = sentence[a:b]
    if sentence[a - 1:a] != "“" or sentence[b:b + 1] != "”" or len(answer) > IMAGE_MAX \
            or listed_term(answer, listed) or text.count(answer) > 1 or re.search(r"[一二两三四五六七八九十百千万\d]", answer):
        return False
    before = sentence[:a - 1]
    if before.endswith(("和", "与")) and before[-2:-1] not in "”’":
        return True
    if before.endswith("不是") and before[:-2].count("不是") >= 1:
        return True
    closes = sentence[b + 1:b + 2] in set(CLAUSE_END) | {""}
    return closes and bool(IMAGE_FRAME_RE.search(before[max(before.rfind(c) for c in CLAUSE_END) + 1:]))


LONE_IMAGE_MAX = 6
# verbs that make the quoted word at the end of their clause a figure of what the subject becomes or gives
# (成为“X”, 有了“X”, 提供重要“X”, 谱写出…的“X”, 是…的“X”): the frame of an image, not of a name
IMAGE_VERB_RE = re.compile(r"(?:成为|成长为|变成|变为|化为|变|当好|打造成?|建成|建设成|提供|有了|谱写出?|架起|搭起|"
                           r"铸就|形成|注入|插上|吃上|是)[^，。；！？“”]*$")


def lone_image(sentence: str, a: int, b: int, text: str, listed: Collection[str]) -> bool:
    """A short quoted image said once, which the shipped vocabulary does not know and which holds no number,
    closing a clause whose verb makes it a figure (农田有了“智慧脑”，谱写出…的“蓝色篇章”，无人机变“空中卫士”):
    many words fit its blank (review round 20, pattern 1). A quoted name with a head after it (“内卷式”竞争),
    a turn (转为“适度宽松”) or a saying (坚持“发展是硬道理”) is no such image.

        >>> s = "农田有了“智慧脑”，种田更加科学高效。"
        >>> lone_image(s, s.index("智慧脑"), s.index("智慧脑") + 3, s, frozenset())
        True
        >>> s = "通过作风建设打造“护身符”“安全带”，这是对党员干部的真正爱护。"
        >>> lone_image(s, s.index("安全带"), s.index("安全带") + 3, s, frozenset())
        True
        >>> s = "货币政策从“稳健”转为“适度宽松”。"
        >>> lone_image(s, s.index("适度宽松"), s.index("适度宽松") + 4, s, frozenset())
        False
    """
    answer = sentence[a:b]
    if sentence[a - 1:a] != "“" or sentence[b:b + 1] != "”" or len(answer) > LONE_IMAGE_MAX \
            or text.count(answer) > 1 or listed_term(answer, listed) or re.search(r"[一二两三四五六七八九十百千万\d]", answer):
        return False
    run = next((m for m in QUOTED_RUN_RE.finditer(sentence) if m.start() < a < m.end()), None)
    start, end = (run.start(), run.end()) if run else (a - 1, b + 1)  # 打造“护身符”“安全带”: a run of images
    if sentence[end:end + 1] not in set(CLAUSE_END) | {""}:
        return False
    before = sentence[:start]
    clause = before[max(before.rfind(c) for c in CLAUSE_END) + 1:]
    return bool(IMAGE_VERB_RE.search(clause))


QUOTED_RUN_RE = re.compile(r"(?:“[^“”，。；！？]{1,6}”)+")



COPULA_AFTER_RE = re.compile(r"^”?(?:是|就是|仍是|始终是)")
UPHOLD_VERBS = ("坚持", "秉持", "秉承", "践行", "坚守", "遵循", "注重", "贯彻")
CLAUSE_STARTS = set("，。；：！？")
RESULT_OPENERS = set("让使")


def neighbour_rival(sentence: str, a: int, b: int, paragraph: str, terms, text: str) -> str:
    """A term of the same sentence or paragraph, or a principle the article upholds elsewhere, that stands in
    the blank's slot as well (review round 23, pattern 3), or "":
    （贫困治理）是全球性难题，…，减贫是重大挑战 — another subject of a copula in the sentence;
    “（生态化）”，既要… in a paragraph led by 生态扩圈 — a term of one root heading the paragraph's point;
    坚持（共建共治共享），让… where the article says 注重以人为本 — another principle upheld.
    `terms`: the article's key terms and quoted phrases, or a function giving them (read only for a loose slot).

        >>> s = "贫困治理是全球性难题，对许多国家而言，减贫是重大挑战。"
        >>> neighbour_rival(s, 0, 4, s, ["贫困治理", "减贫"], s)
        '减贫'
    """
    answer = sentence[a:b]
    same_subject = predicate_rival(sentence, a, b, paragraph)
    if same_subject:
        return same_subject
    start = a - (sentence[a - 1:a] == "“")
    opens = start == 0 or sentence[start - 1] in CLAUSE_STARTS
    subject = opens and COPULA_AFTER_RE.match(sentence[b:]) is not None
    topic = opens and sentence[a - 1:a] == "“" and sentence[b:b + 2] == "”，"
    after = sentence[b:].lstrip("”")
    # …，让城市成为人民幸福的载体: a result any principle brings (an act of its own, 构筑…高地, pins the blank)
    upheld = sentence[:start].endswith(UPHOLD_VERBS) and after[:1] in CLAUSE_STARTS and after[1:2] in RESULT_OPENERS
    if not (subject or topic or upheld):
        return ""  # most blanks: no loose slot, no need to look at the terms
    others = [t for t in (terms() if callable(terms) else terms)
              if len(t) >= 2 and t != answer and t not in answer and answer not in t]
    if subject:
        rest = sentence[:start] + "\u0000" + sentence[b:]
        for t in (t for t in others if t in rest):
            for m in re.finditer(re.escape(t), rest):
                if (m.start() == 0 or rest[m.start() - 1] in CLAUSE_STARTS) and COPULA_AFTER_RE.match(rest[m.end():]):
                    return t
    if subject or topic:  # a quoted topic is looser than a subject: half its characters make a rival's root
        share = len(answer) / 2 if topic else len(answer) / 2 + 0.5
        root = next((t for t in others if _common_start(t, answer) >= share and t in paragraph
                     and t not in sentence), "")
        if root:
            return root
    if upheld:
        return next((t for t in others if len(t) >= 4 and t not in sentence
                     and any(v + t in text for v in UPHOLD_VERBS)), "")
    return ""


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# the sentence's subject and its copula before a blank: 因地制宜，是（  ） / 稳预期的关键是（  ）
SUBJECT_COPULA_RE = re.compile(r"^([\u4e00-\u9fff]{2,12}?)，?(本质上|实质上|本质|实质|归根到底|说到底)?(?:就|也|更)?是“?$")
PREDICATE_RE = r"，?(本质上|实质上|本质|实质|归根到底|说到底)?(?:就|也|更)?是“?([^，。；：！？“”]{2,12})"


def predicate_rival(sentence: str, a: int, b: int, paragraph: str) -> str:
    """What the paragraph says its subject is elsewhere, when the blank is what the sentence's subject is:
    “因地制宜，本质是实事求是。”因地制宜，是（正确政绩观）… — 实事求是 fills the slot as well (review round
    24, pattern 3). A predicate of the essence (本质是…) rivals only a blank asked as the essence too.

        >>> p = "因地制宜，本质是实事求是。因地制宜，是正确政绩观，是科学方法论。"
        >>> s = "因地制宜，是正确政绩观，是科学方法论。"
        >>> predicate_rival(s, s.index("正确"), s.index("正确") + 5, p)
        '实事求是'
    """
    m = SUBJECT_COPULA_RE.match(sentence[:a])
    if not m:
        return ""
    subject, essence = m.group(1), m.group(2) or ""
    answer = sentence[a:b]
    elsewhere = paragraph.replace(sentence, "\u0000")
    for r in re.finditer(re.escape(subject) + PREDICATE_RE, elsewhere):
        if (r.group(1) or "") == essence or not essence and r.group(1):
            rival = r.group(2)
            if rival != answer and answer not in rival and rival not in answer:
                return rival
    return ""

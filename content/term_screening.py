"""The first screen of candidate key terms: numbers, function words and generic words go, as do the
candidates the text does not stress (a word said once, a speaker's name, a verb in scare quotes, a
piece of a word the tokenizer guessed).
"""
from __future__ import annotations

import re
from typing import Callable

from content.cjk_text import CJK, LOCATIVES  # a word of the tokenizer's guessing opening on one is a cut
from content.lexicon_files import Lexicon
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Role, Source
from content.term_phrases import EDGE_TAGS, FUNCTION_WORDS, PERSON_TITLES, REPORTING_VERBS
from content.term_scoring import STRONG_SOURCES
from content.term_text import ArticleText

PURE_NUMBER = re.compile(r"^[\d.年月日号第]+$")
# “1+1＞2”: an image of working together, no name (“10+3”合作机制, “2+26”城市 name a set: no sign of a result)
SUM = re.compile(r"^[\d.+\-×÷＋－]*[=<>＝＞＜≥≤][\d.+\-×÷=<>＋－＝＞＜≥≤]*$")
SPEAKING = tuple(sorted(REPORTING_VERBS))  # what follows a speaker's name (王国栋说, 黄心宇表示)
TURN_MARKS = ("：", ":", "  ", "\u3000")  # 孟繁哲：… opens a turn; 孟繁哲  本报评论员 lists a speaker
STRONG = frozenset(STRONG_SOURCES)
COUNTED = frozenset({Source.FIGURE, Source.VOCABULARY})
LISTED = frozenset({Source.LEXICON, Source.VOCABULARY})
ONE_QUOTED = re.compile(r"“[\u4e00-\u9fff]”")  # a single character in quotes
PLACED_OR_VOICED = frozenset({Source.POINT, Source.CITED})
WORD_ONLY, QUOTE_ONLY = frozenset({Source.WORD}), frozenset({Source.QUOTE})
DOUBLED = 2  # characters: one said twice (融融)
RARE_RUN = 2  # uses: a verb and its stock object said this often or less is no name
SCENE = "现场"
RUNS = frozenset({Source.PHRASE, Source.WORD, Source.HEADLINE})  # runs of the tokenizer's words, no other signal
# Two phrases built alike and set side by side once (实际需求、实际感受, 管根本、管长远, 纸面上、口头上): of 23 such
# pairs in the development sets' top forties one was an instructor's term; a listed or quoted pair, a pair said
# again, and lists of three or more stay.
PAIRED = frozenset({Source.PARALLEL, Source.FRAME, Source.PHRASE, Source.WORD})
CLAUSE_BREAK = re.compile("[，、；]")
# how two things stand together or one turns into another: a formulation of theory, said once or more
FORMULATION = re.compile("(?:相统一|相结合|相促进|相协调|相适应|有机统一|并重|并举|转变|转向|转型)$")
PARTICLES = frozenset("的地得了着")
COMPLEMENTS = frozenset("出到起")  # directional complements of a verb (折射出, 提到, 建起)
PREPOSITIONS = tuple("在为对向给把将被让使")
ANONYMOUS = "某"
NAMED_SOURCES = frozenset({Source.LEXICON, Source.BOOK})
GLUED_OPENERS = frozenset("从在对为向把将被让给使于以而更越最很再都也还就才又此该")  # no word of the tokenizer's guessing opens on one
GLUED_CLOSERS = frozenset("在于了着过同到")
# a question (“党靠什么立身”, “短轴距好还是长轴距好”, “有没有…”) or a sound (“咣当咣当”)
QUOTED_WORDS = re.compile(r"[吗呢啊]|什么|怎么|怎样|如何|还是|多大|多少|(.)[不没]\1|^(..)\2$")
DEGREE_COMPLEMENT = re.compile("[^的]得[更也很最太还都越]")  # 卖得更多, 赚得也多
REMARK_OPENERS = ("不", "没", "每", "很", "都", "也", "有点")
SAID_ENDS = "的了"
EVERYDAY_THREE = 5  # jieba's count of a three-character word of everyday speech (组合拳 7, 话匣子 37)
SHORT_REMARK = 6  # characters: “中国人民从此站起来了” is a declaration to learn, “玻璃该擦擦了” a remark
ACHIEVEMENT = 3  # 新篇章, 新局面, 新台阶: generic words that close a slogan's object
LOCAL_UNITS = frozenset("村乡镇县")  # 郭巴村, 萨勒乡: where a report takes place
# the commonest family names: a three-character word the dictionary lacks that opens on one is a person
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                     "沈姚卢姜崔钟谭陆汪范廖石贾韦夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔汤"
                     "殷")


def _remark(quoted: str) -> bool:
    """“刷白墙的”, “玻璃该擦擦了”, “领跑的”: a short quoted clause closing on 的 or 了 (the ones who do
    something, a thing done) is words said, no name; a definition (“房子是用来住的”) and a longer
    declaration (“中国人民从此站起来了”) are formulas.

        >>> _remark("刷白墙的"), _remark("玻璃该擦擦了"), _remark("房子是用来住的"), _remark("中国人民从此站起来了")
        (True, True, False, False)
    """
    return quoted[-1] in SAID_ENDS and "是" not in quoted and len(quoted) <= SHORT_REMARK


QUALITY_END = "性"  # 统一性, 标识性: a word of three or more characters naming a quality
QUALITY_WORD = 3
# what a quality is said of in the abstract (重要|标识性|概念): the run is a quality too; alone, such a word
# (贡献, 作用) is what is left of a longer run, no term
ABSTRACT_HEADS = frozenset("作用 贡献 价值 概念 意义 地位 工作 特征 特点 优势 成果 成就 影响".split())
DESCRIBING_TAGS = frozenset("a ad b d".split())  # 内在, 重要, 重大: words that describe, naming nothing


def _describes_a_quality(tokens: tuple[str, ...], tag: Callable[[str], str]) -> bool:
    """A run of describing words before a quality, with or without an abstract word after it (内在|统一性,
    重要|标识|性|概念): how a thing is, not a thing to learn. A quality alone (人民性, 真理性), one of a thing
    (系统性|风险, 公共服务|可及性) or a stock pair (历史性|成就, 决定性|作用) stays.

        >>> tags = {"内在": "b", "重要": "a"}.get
        >>> [_describes_a_quality(t, lambda w: tags(w, "")) for t in (("内在", "统一性"), ("重要", "标识", "性", "概念"),
        ...  ("人民性",), ("系统性", "风险"), ("公共服务", "可及性"), ("历史性", "成就"))]
        [True, True, False, False, False, False]
    """
    words: list[str] = []
    for token in tokens:  # the tokenizer cuts some qualities before their suffix: 适配|性, 标识|性
        if token == QUALITY_END and words:
            words[-1] += token
        else:
            words.append(token)
    if len(words) >= 2 and words[-1] in ABSTRACT_HEADS:
        words.pop()
    if len(words) < 2:
        return False
    *before, last = words
    return len(last) >= QUALITY_WORD and last.endswith(QUALITY_END) and all(tag(w) in DESCRIBING_TAGS for w in before)


class CandidateScreen:
    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon

    def drop_weak(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        return {t: c for t, c in self._mended(cands, text).items() if self._acceptable(c, text)}

    def _mended(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        """A run that stops one character before its clause ends each time is a word cut (有效稳住经济基本|盘”): when
        that character is always the same and no word of doing, the run takes it (经济基本盘: the tokenizer did not
        know 基本盘), else it goes (not 落实|好)."""
        for term in [t for t, c in cands.items() if c.sources <= RUNS and _one_short(t, text)]:
            cand = cands.pop(term)
            tails = {text.joined[p + len(term)] for p in text.positions(term)}
            tail = tails.pop()
            if not tails and not self.segmenter.acts(tail) and term + tail not in cands:
                cands[term + tail] = Candidate(term + tail, set(cand.sources), cand.tokens + (tail,))
        return cands

    def drop_descriptions(self, cands: dict[str, Candidate]) -> dict[str, Candidate]:
        """After the fragment filter, so that the quality inside (统一性 of 内在|统一性) has gone with it."""
        tag = self.segmenter.tag
        return {t: c for t, c in cands.items() if not (c.sources <= RUNS and _describes_a_quality(c.tokens, tag))}

    def _acceptable(self, cand: Candidate, text: ArticleText) -> bool:
        term = cand.term
        if PURE_NUMBER.match(term) or SUM.match(term) or term in FUNCTION_WORDS:
            return False
        if ANONYMOUS in term and not cand.sources & NAMED_SOURCES:
            return False  # 吉某车企, 张某, 某地: a case's party left unnamed, a setting
        if term in self.lexicon.generic and term not in self.lexicon.terms():
            return False
        sources = cand.sources
        if term.startswith("《") and any(u.role is Role.TITLE and term[1:-1] == u.text.strip() for u in text.units):
            return False  # 署名文章《风雨同舟七十载，…》: the article names itself
        if sources <= LISTED and self._only_inside_words(term, text):
            return False  # 创|新模式: a listed term the text only says as the end of a longer word
        strong = not STRONG.isdisjoint(sources)
        if Source.QUOTE_HEAD in sources and not strong:
            return self._head_belongs(term, text)
        if sources == QUOTE_ONLY and self._scare_quoted(cand, text):  # (only a quote can be a scare quote)
            return False
        if (sources <= PAIRED and self._own_wording(term, sources) and len(text.positions(term)) < 2
                and not text.leads_or_titles(term)):
            return False  # 大处着眼、小处着手, 既要看政策供给，也要看政策落实 said once: no formula to learn
        if strong or not COUNTED.isdisjoint(sources):
            return True
        if not PLACED_OR_VOICED.isdisjoint(sources):
            return True  # the noun phrase of a numbered point, a quoted sentence: emphasis by place or voice
        # From here on every test only rejects: the ones that need no search of the text come first (a
        # verb found by the tokenizer, 推进, is dropped before its uses are looked for)
        if sources <= RUNS and (term in PERSON_TITLES or term[0] == "副" and term[1:] in PERSON_TITLES):
            return False  # 董事长, 本报评论员: a person's title, in a line of text or a list of speakers
        if sources <= RUNS and term.endswith(SCENE) and len(term) > len(SCENE):
            return False  # 招聘会现场: where a report's story is told, a setting
        if self._misread(cand):
            return False
        if sources <= RUNS and term in ABSTRACT_HEADS:
            return False  # 贡献, 作用 alone: what is left of a longer run
        if sources == WORD_ONLY and self._no_name_word(term):
            return False
        if len(text.positions(term)) < 2 or self._speaker(term, text):
            return False
        if sources <= RUNS and _rest_of_a_pun(term, text, self.segmenter.knows):
            return False  # 尽其用 of “秸”尽其用: an idiom with one character swapped and quoted, no word of its own
        if sources <= RUNS and len(cand.tokens) >= 2 and self._after_preposition(term, text):
            return False  # 在|中国找到解法: a preposition's object glued to the verb after it
        if sources <= RUNS and self._verb_and_stock_word(cand.tokens) and len(text.positions(term)) <= RARE_RUN:
            return False  # 变成|干部 (of 变成干部“上心事”) said twice: a verb and its stock object, no name
        if sources == WORD_ONLY:  # (_no_name_word said no above)
            if self._inside_generic(term, text):
                return False  # 之义 of 题中应有之义: a piece of a stop-list phrase
            if not self.segmenter.knows(term) and self._mostly_inside_words(term, text):
                return False  # 强党 of 理论|强党, counted in 加强党 four times more
        return True

    def _own_wording(self, term: str, sources: set[Source]) -> bool:
        """Two phrases built alike (实际需求、实际感受) or a sentence on a rhetorical frame (既要…，也要…,
        从愿景走向实景, 优良作风和科学方法相结合), not quoted and no list of three or more: said once, the
        article's way of putting it. Of 11 such frames in the development sets' top forties none was an
        instructor's term (a quoted one, “看不见的手”和“看得见的手”, was); three were the part a thing plays
        in a plan (以提升组织力为重点), which our lists of 01 and 03 and the measure-only set T are better
        without. A pair of listed concepts (实事求是、守正创新) gives way to them, each learned on its own; a
        pair of listed sayings or formulas is one saying (抓早抓小、防微杜渐, 两个大局、两件大事). A frame of
        listed sayings (功成不必在我，功成必定有我) and one that states how two things stand together or change
        (目标导向和问题导向相统一, 从要素驱动向创新驱动转变, 发展和安全并重: a formulation of theory) stay; so
        does any frame in the title (the caller asks)."""
        if "“" in term or term.count("、") >= 2:
            return False
        if term.count("、") == 1:
            lex = self.lexicon
            parts = term.split("、")
            said_together = all(p in lex.formulas or p in lex.sayings or p in lex.vocabulary for p in parts)
            return not said_together or any(p in lex.concepts for p in parts)
        if Source.FRAME not in sources or FORMULATION.search(term):
            return False
        listed = self.lexicon.formulas
        return not any(part in listed or part in self.lexicon.sayings for part in CLAUSE_BREAK.split(term))

    def _no_name_word(self, term: str) -> bool:
        """A word found only by the tokenizer that names nothing, whatever the text: a doubled character
        (融融 of 暖意融融, 常常), a guess glued to a locative (建设|中来), a verb with its complement (折射|出), a
        verb, adjective or word of grammar alone (推进, 内在, 新型)."""
        seg = self.segmenter
        if len(term) == DOUBLED and term[0] == term[1]:
            return True
        if term[0] in LOCATIVES and not seg.knows(term):
            return True
        if len(term) == 3 and term[-1] in COMPLEMENTS and seg.tag(term[:2]).startswith("v"):
            return True
        tag = seg.tag(term)
        return tag in EDGE_TAGS or tag.startswith(("v", "a", "b"))

    def _misread(self, cand: Candidate) -> bool:
        """A word of the tokenizer's guessing that reads wrong: a complement cut loose from its verb
        (“谋”|得准), a preposition, adverb or particle glued to a word, a person of a report (刘嘉乐), a
        village or township (郭巴村: the setting of a report, no term), a place word glued to a word's
        end (安置|点外); and a slogan's object (能源强国建设新篇章)."""
        term, knows = cand.term, self.segmenter.knows
        if term[0] in PARTICLES and not knows(term):
            return True
        if not cand.sources <= RUNS:
            return False
        tokens = cand.tokens or (term,)
        if any(self._glued(t, k == 0 and len(term) > 3) for k, t in enumerate(tokens)):
            return True
        if cand.sources == WORD_ONLY and len(term) == 3 and term[0] in SURNAMES and not knows(term):
            return True  # 刘嘉乐, 殷玉珍: the people of a report, named again and again
        if (term[-1] in LOCAL_UNITS and len(term) <= 3 and not knows(term) and term not in self.lexicon.places
                and term not in self.lexicon.vocabulary):  # 梁家河村, 十八洞村, 余村 stay
            return True
        if len(term) > ACHIEVEMENT and term[-ACHIEVEMENT] == "新" and term[-ACHIEVEMENT:] in self.lexicon.generic:
            return True  # (谱写)能源强国建设|新篇章: what a task is to achieve, said in a slogan
        return len(tokens[-1]) >= 2 and tokens[-1][-1] in LOCATIVES and not knows(tokens[-1])

    def _verb_and_stock_word(self, tokens: tuple[str, ...]) -> bool:
        """Two words, a verb and a word of the stop list: of 19 such runs in the articles with instructors'
        lists (变成|干部, 规范|地方, 超大|城市), none was an instructor's term. The tokenizer calls the first
        word of some names a verb too (挂职|干部, 援藏|干部, 共建|国家): said again and again, such a run
        is the article's subject, so only runs said at most twice are dropped."""
        return len(tokens) == 2 and self.segmenter.tag(tokens[0]) == "v" and tokens[1] in self.lexicon.generic

    def _glued(self, token: str, opens_a_slogan: bool) -> bool:
        """从党|的, 政绩|越会, 更能, 重在: a guessed word opening on a preposition or an adverb, or closing on
        a particle; the first word of a longer term may open on its own 以 (以房|养老, 以赛|促学)."""
        if len(token) > 3:
            return False
        glued = (not opens_a_slogan and token[0] in GLUED_OPENERS) or token[-1] in GLUED_CLOSERS
        return glued and not self.segmenter.knows(token)  # the dictionary asked last: few words are glued

    @staticmethod
    def _after_preposition(term: str, text: ArticleText) -> bool:
        """Whether every use of a run of words follows a preposition (在|中国找到解法, 为|基层减负): the
        run starts with the preposition's object and goes on into the verb, no name of its own."""
        return all(text.joined[p - 1:p] in PREPOSITIONS for p in text.positions(term))

    def _inside_generic(self, term: str, text: ArticleText) -> bool:
        wrappers = self.lexicon.generic_wrappers().get(term)
        if not wrappers:
            return False
        covered = {p + term_at for w in wrappers for p in text.positions(w)
                   for term_at in range(len(w)) if w.startswith(term, term_at)}
        return all(p in covered for p in text.positions(term))

    def _only_inside_words(self, term: str, text: ArticleText) -> bool:
        """Whether every place the text says the term opens inside a common word whose rest is a word
        too: 跑通的创|新模式 reads 创新|模式 (推进|城市更新 does not read 进城|市更新)."""
        seg, joined = self.segmenter, text.joined
        if len(term) < 3 or not seg.knows(term[1:]):
            return False
        return all(pos > 0 and seg.common(joined[pos - 1:pos + 1]) for pos in text.positions(term))

    def _mostly_inside_words(self, term: str, text: ArticleText) -> bool:
        """Whether three in four places or more where the text says a guessed word start or end inside a
        common word (加|强党); not 康养, said alone three times of seven (健康养老 the rest)."""
        common, joined, uses = self.segmenter.common, text.joined, text.positions(term)
        inside = sum(p > 0 and common(joined[p - 1:p + 1]) or common(joined[p + len(term) - 1:p + len(term) + 1])
                     for p in uses)
        return 4 * inside >= 3 * len(uses)

    @staticmethod
    def _speaker(term: str, text: ArticleText) -> bool:
        """王国栋说, 黄心宇表示: a name found by frequency that mostly stands before a reporting verb is
        the person the article quotes, not a term to learn; so is a name that opens the turns of a
        dialogue (孟繁哲：…, at a paragraph's start)."""
        uses = text.positions(term)
        joined, size = text.joined, len(term)
        said = sum(joined.startswith(SPEAKING, p + size) for p in uses)
        turns = sum(joined.startswith(TURN_MARKS, p + size) for p in uses if joined[p - 1:p] in ("", "\n"))
        return 2 * (said + turns) >= len(uses)

    def _scare_quoted(self, cand: Candidate, text: ArticleText) -> bool:
        """让历史开口“说话”, 让褪色的记忆重新“着色”, “看得见”的投资: quote marks that stress a verb
        once, not a name; nor do they make a concept of an everyday word (一声“姐姐”, 数据“漂亮”)."""
        if cand.sources != QUOTE_ONLY:
            return False
        if len(cand.term) > 3:  # “为什么出不了BAT”, “咣当咣当”: a question or a sound quoted once, no name
            # “卖得更多”: how well something is done, said once
            # (“什么是社会主义、怎样建设社会主义”, a list of questions, is the theory's own question)
            return len(text.positions(cand.term)) == 1 and "、" not in cand.term and bool(
                QUOTED_WORDS.search(cand.term) or DEGREE_COMPLEMENT.match(cand.term) or _remark(cand.term))
        if self.segmenter.common(cand.term):
            return not self._in_quoted_series(cand.term, text)  # 搞“圈子”“山头”“码头”: a quoted set
        if len(text.positions(cand.term)) != 1:
            return False
        # “不慌”, “每朵花”, “有点蒙”: a negation, a determiner or an adverb opens a remark, not a name;
        # “话匣子”, “大手笔”, “组合拳”: an everyday image said once (the field's own, 压舱石, are listed)
        return (self.segmenter.tag(cand.term).startswith("v") or cand.term.startswith(REMARK_OPENERS)
                or _remark(cand.term) or len(cand.term) == 3 and self.segmenter.common(cand.term, EVERYDAY_THREE))

    @staticmethod
    def _in_quoted_series(term: str, text: ArticleText) -> bool:
        joined, size = text.joined, len(term)
        return any(joined[p - 2:p] == "”“" or joined[p + size:p + size + 2] == "”“" for p in text.positions(term))

    def _head_belongs(self, term: str, text: ArticleText) -> bool:
        """“1571”工作部署 is one term when the quoted part (nearly) always comes with that head."""
        inner = term[1:term.index(term[0] == "“" and "”" or "’", 1)]
        if self.segmenter.tag(inner).startswith("v"):
            return False  # “押注”绿色低碳: a verb stressed in quotes, then its object; no name
        if term.endswith(DOCUMENT_HEADS):
            return True  # “十五五”规划建议 names a document, however often the plan is said with other heads
        return len(text.positions(term)) >= 0.7 * len(text.positions(inner))


# heads that make a quoted plan's name the name of a document (“十五五”规划建议, “十四五”规划纲要)
DOCUMENT_HEADS = ("规划", "规划纲要", "规划建议", "行动计划", "行动方案", "实施方案")
PARTICLES_AFTER = "的了地得着过等们中上下里外内间者前后时"  # a word of grammar or a locative after a run ends no word of it (调水工程|的“大手笔”)


def _one_short(term: str, text: ArticleText) -> bool:
    """Whether every use of the term is followed by one Chinese character that ends its clause: the tokenizer cut a
    word it does not know (基本|盘 of 经济基本盘) and the run kept the first part.

    >>> from content.term_candidates import Role, TextUnit
    >>> t = ArticleText([TextUnit("要有效稳住经济基本盘。要有效稳住经济基本盘，增强信心。", Role.BODY)])
    >>> _one_short("有效稳住经济基本", t), _one_short("经济基本盘", t)
    (True, False)
    >>> _one_short("调水工程", ArticleText([TextUnit("既离不开调水工程的“大手笔”，也离不开调水工程的支撑。", Role.BODY)]))
    False
    """
    joined, size = text.joined, len(term)
    uses = text.positions(term)
    return bool(uses) and all(CJK.match(joined[p + size:p + size + 1]) and joined[p + size] not in PARTICLES_AFTER
                              and not CJK.match(joined[p + size + 1:p + size + 2]) for p in uses)


def _rest_of_a_pun(term: str, text: ArticleText, knows: Callable[[str], bool]) -> bool:
    """Whether a run of words follows a quoted single character (“秸”尽其用 plays on 物尽其用, “智”造 on
    制造) and is otherwise said only inside the word it plays on: a piece of an idiom, no term.

        >>> from content.term_candidates import Role, TextUnit
        >>> text = ArticleText([TextUnit("“秸”尽其用折射现代农业密码", Role.TITLE), TextUnit("秸秆都物尽其用。", Role.BODY)])
        >>> _rest_of_a_pun("尽其用", text, lambda word: word == "物尽其用")
        True
        >>> _rest_of_a_pun("尽其用", text, lambda word: False)
        False
    """
    joined, punned = text.joined, False
    for p in text.positions(term):
        if p >= 3 and ONE_QUOTED.fullmatch(joined, p - 3, p):
            punned = True
        elif not (p >= 1 and knows(joined[p - 1:p + len(term)])):
            return False
    return punned

"""All candidate key terms of an article: the text's signals (term_signals), the names and formulas
found clause by clause (targets, pairs, frames, maxims, institutions, programmes), jieba's phrases
(term_phrases) and the noun phrases of headings, numbered points and topics (report_outline).
"""
from __future__ import annotations

from content.cjk_text import han_only
from content.lexicon_files import Lexicon
from content.report_outline import heading_labels, numbered_leads, numbered_points, topic_series
from content.segmenter import Segmenter
from content.term_candidates import Candidate, Cutter, Role, Source, TextUnit
from content.term_bodies import body_names
from content.term_coinages import coined_pairs
from content.term_figures import DISTINGUISHING
from content.term_frames import balanced_sentences, cited_sentences, framed_formulations
from content.term_lists import word_boundary
from content.term_pairs import extended_formulas, mirrored_pairs, stock_pairs
from content.term_adverbials import adverbial_phrases
from content.term_phrases import (de_phrases, ends_on_noun, formula_de_names, heading_phrases, modified_names,
                                  name_extensions, narrowed_names, phrase_candidates, verb_phrases)
from content.term_programmes import from_quote, institution_body, institution_names, learned_name, programme_names
from content.term_scoring import STRONG_SOURCES
from content.term_signals import power_goals, signal_candidates
from content.term_text import ArticleText

STRONG = frozenset(STRONG_SOURCES)
LISTED = frozenset({Source.LEXICON, Source.VOCABULARY})  # the curated lists and the general vocabulary
RUNS = frozenset({Source.PHRASE, Source.WORD, Source.HEADLINE})  # runs of the tokenizer's words, no other signal
# a listed formula or a run of like items (共建共治共享, 自治、法治、德治相结合) may qualify a name with 的
FORMULA_SOURCES = frozenset({Source.LEXICON, Source.PARALLEL, Source.LIST, Source.SERIES})
MIN_FORMULA = 4
# The fields and levels a general name is said of (城市|治理体系和治理能力现代化, 乡村|治理体系): common
# nouns on the stop list as terms of their own, but no verbs.
FIELD_WORDS = frozenset("国家 城市 乡村 农村 城乡 社会 基层 政府 全球 区域 地方 行业 产业 企业 市场 文化 生态 经济 政治 "
                        "数字 网络 教育 科技 金融 能源 交通 医疗 党内 国际 民族 军队 国防 海洋 边疆".split())

# fields named by a word jieba tags as a verb: before a quoted programme they name it (就业“护航”行动, 安全生产“治本攻坚”行动)
FIELD_VERBS = frozenset("就业 治理 创新 生产 消费 教育 服务 改革 发展 开放 建设 管理 养老 监管 执法 司法 保护 减排 学习 "
                        "育人 招商 投资 出口 外贸 交通 旅游 医疗 健康 安全".split())
# stop-list words that open names of bodies (最高人民法院, 中国消费者协会, 国家市场监督管理总局)
BODY_OPENERS = frozenset("中国 中央 国家 全国 最高 国际 世界".split())
KIND_ENDINGS = ("性", "级", "型", "式")  # 强制性, 世界级, 外向型, 中国式
KIND_WORDS = frozenset("国产 进口 外资 合资".split())  # kinds of two characters the dictionary calls nouns
SCOPE_WORDS = frozenset("全县 全民 当地 本地 我们".split())  # beside the generic words (全国, 全球, 我国)
# words that point at things named elsewhere, which jieba tags as distinguishing words (上述, 有关)
POINTERS = frozenset("上述 前述 下列 以上 以下 有关 相关 其他 其余 所有 一切 全部 各类 各种 此类 这类 该类 "
                     "唯一 首要 主要 次要 上级 下级".split())


class CandidateGatherer:
    """The candidates of one article's units, by the segmenter's words and lexicon."""

    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter
        self.lexicon: Lexicon = segmenter.lexicon

    def gather(self, units: list[TextUnit], uses: dict[str, list[int]] | None = None) -> dict[str, Candidate]:
        """uses: receives where the lexicon's entries the units hold start in their joined text (see
        ArticleText.uses_found)."""
        cut = self.segmenter.cut
        cache: dict[str, list[str]] = {}

        def tokens_of(s: str) -> list[str]:
            if s not in cache:
                cache[s] = cut(s)
            return cache[s]

        cands = signal_candidates(units, self.lexicon, self.segmenter.head_words, self.segmenter.tag,
                                  self.segmenter.runs_across, word_boundary(tokens_of), uses)
        self._add_clause_names(units, cands)
        for term, cand in self._phrases(units, tokens_of).items():
            if term in cands:
                cands[term].sources |= cand.sources
                cands[term].tokens = cand.tokens
                cands[term].siblings = cands[term].siblings or cand.siblings
            else:
                cands[term] = cand
        return _outer_quotes(cands, "\n".join(u.text for u in units))

    def _add_clause_names(self, units: list[TextUnit], cands: dict[str, Candidate]) -> None:
        seg = self.segmenter
        listed = [t for t, c in cands.items() if "、" in t and Source.LEXICON in c.sources]
        full = "\n".join(u.text for u in units)
        for unit in units:
            for goal in power_goals(unit.text, lambda w: seg.knows(w) and not seg.tag(w)):
                cands.setdefault(goal, Candidate(goal)).sources.add(Source.TARGET)
            for pair in stock_pairs(unit.text, seg.knows, full) + mirrored_pairs(unit.text):
                cands.setdefault(pair, Candidate(pair)).sources.add(Source.PARALLEL)
            for formula in extended_formulas(unit.text, listed):
                cands.setdefault(formula, Candidate(formula)).sources.add(Source.LEXICON)
            for frame in framed_formulations(unit.text):
                cands.setdefault(frame, Candidate(frame)).sources.add(Source.FRAME)
            if unit.role not in (Role.TITLE, Role.HEADING):  # a title of two clauses is a headline
                for maxim in balanced_sentences(unit.text):
                    cands.setdefault(maxim, Candidate(maxim)).sources.add(Source.MAXIM)
                for said in cited_sentences(unit.text):
                    cands.setdefault(said, Candidate(said)).sources.add(Source.CITED)
            for name in institution_names(unit.text, self.lexicon.generic, self.opens_name, self._verb):
                body = institution_body(name)
                if body in self.lexicon.terms() or body in self.lexicon.vocabulary:
                    continue  # 社会治安综合治理|体制机制: the listed term's own institutions, no new name
                cands.setdefault(name, Candidate(name)).sources.add(Source.INSTITUTION)
            for name in body_names(unit.text, seg.cut, self._naming, BODY_OPENERS):
                cands.setdefault(name, Candidate(name)).sources.add(Source.INSTITUTION)
            for name in programme_names(unit.text, self.lexicon.generic):
                name = learned_name(from_quote(name, self._does), self.lexicon.terms())
                cands.setdefault(name, Candidate(name)).sources.add(Source.PROGRAMME)

    def _phrases(self, units: list[TextUnit], tokens_of: Cutter) -> dict[str, Candidate]:
        generic = set(self.lexicon.generic)
        phrases = phrase_candidates([u.text for u in units], tokens_of, self.segmenter.tag, generic)
        headings = [u.text for u in units if u.role in (Role.TITLE, Role.HEADING)]
        for texts, source in ((headings + numbered_leads(units), Source.HEADLINE), (numbered_points(units), Source.POINT)):
            for term, cand in heading_phrases(texts, tokens_of, self.segmenter.tag, generic, source).items():
                phrases.setdefault(term, cand).sources.add(source)
        topics = topic_series(units) or heading_labels(units)
        for term in topics:  # a series of topics names a set's members, like a quoted list
            cand = phrases.setdefault(term, Candidate(term, set(), tuple(tokens_of(term))))
            cand.sources |= {Source.POINT, Source.MEMBER, Source.TOPIC}
            cand.siblings = tuple(t for t in topics if t != term)
        return phrases

    def _naming(self, word: str) -> bool:
        """A word that may stand in a body's name: a noun or a name of two or more characters, no verb, no
        stop-list word but the few that open names of bodies (中央, 国家, 全国 …) or name a field (市场, 经济)."""
        seg = self.segmenter
        if word in BODY_OPENERS or word in FIELD_WORDS:
            return True  # 国家|市场|监督管理总局, 中央|经济|工作会议: stop-list nouns that name a field
        return len(word) >= 2 and not seg.tag(word) and not seg.acts(word) and word not in self.lexicon.generic

    def _does(self, words: str) -> bool:
        """Words that say what is done to a programme (正确处理, which the dictionary holds untagged: its 处理;
        统筹|谋划): a word tagged as a verb among them, not a field that is also one (就业, 安全生产, 消费, 科技)."""
        tag = self.segmenter.tag
        pieces = self.segmenter.cut(words) + ([words[-2:]] if len(words) > 2 else [])
        return any(tag(w) == "v" and w not in FIELD_VERBS and w[-2:] not in FIELD_VERBS for w in pieces)

    def _verb(self, word: str) -> bool:
        return self.segmenter.tag(word) == "v"

    def opens_name(self, clause: str, start: int) -> bool:
        """A name starts between words: not 对|外开放新格局 out of 农业对外开放新格局."""
        return not self.segmenter.runs_across(clause, start)

    def _field_word(self, word: str) -> bool:
        """城市, 国家: a noun of the dictionary that can name whose something is (not 推进, 发展)."""
        seg = self.segmenter
        if word in FIELD_WORDS:
            return True
        return han_only(word) and seg.knows(word) and not seg.tag(word) and word not in self.lexicon.generic

    def _kind_word(self, word: str) -> bool:
        """新兴, 强制性, 世界级, 国产, 长三角: a word that says which kind of thing, by its tag (a distinguishing
        word), its ending or the lexicon (a listed name); not a verb (培育, 弘扬; jieba tags many verbs as
        nouns, so no noun is taken on its tag alone), a generic or a scope word (全国)."""
        seg, lexicon = self.segmenter, self.lexicon
        listed = (word in lexicon.terms() or word in lexicon.vocabulary) and ends_on_noun(word, self._noun)
        kind = (seg.tag(word) == DISTINGUISHING or word in KIND_WORDS or listed
                or len(word) > 2 and word.endswith(KIND_ENDINGS))  # not 典型, 形式, 资产
        return (kind and han_only(word) and not seg.acts(word) and word not in lexicon.generic
                and word not in SCOPE_WORDS and word not in POINTERS)

    def _noun(self, word: str) -> bool:
        """模型, 辩证法: a word of the dictionary with no tag of doing (not 发展, 开放)."""
        seg = self.segmenter
        return han_only(word, shortest=2) and seg.knows(word) and not seg.tag(word) and not seg.acts(word)

    def with_coinages(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        """魂脉 and 根脉: words the article coins as a pair are its concepts (term_coinages)."""
        for term in coined_pairs(cands, text.joined, self.segmenter.knows):
            cands[term].sources.add(Source.COINED)
        return cands

    def with_named_phrases(self, cands: dict[str, Candidate], text: ArticleText) -> dict[str, Candidate]:
        """Adds the terms the article never says without the same modifier (新的|文化生命体), word naming a
        kind (国产|大模型), verb (建设|文化强国), programme head (全民科学素质|提升行动) or adverbial opener
        (从|实际出发), as one name with it."""
        loose = [t for t, c in cands.items() if len(t) >= 3 and STRONG.isdisjoint(c.sources)]
        named = de_phrases(loose, text.positions, text.joined, self.segmenter.cut, self.segmenter.tag)
        listed = [t for t, c in cands.items() if Source.LEXICON in c.sources]
        named.update(verb_phrases(listed, text.positions, text.joined, self.lexicon.stock_verbs))
        vocabulary = [t for t, c in cands.items() if not LISTED.isdisjoint(c.sources)]
        named.update(name_extensions(vocabulary, text.positions, text.joined))
        named.update(modified_names(vocabulary, text.positions, text.joined, self._field_word))
        named.update(narrowed_names([cands[t] for t in vocabulary], text.positions, text.joined, self.segmenter.cut,
                                    self._kind_word, self._noun))
        formulas = {t for t, c in cands.items() if len(t) >= MIN_FORMULA and not FORMULA_SOURCES.isdisjoint(c.sources)
                    and (t in self.lexicon.formulas or _set_out_alike(t))}
        named.update(formula_de_names(formulas, [t for t, c in cands.items() if len(t) >= MIN_FORMULA
                                                 and Source.NUMERIC not in c.sources], text.positions, text.joined))
        runs = [c for c in cands.values() if c.sources <= RUNS]
        named.update(adverbial_phrases(runs, text.positions, text.joined, self.segmenter.runs_across))
        for term, cand in named.items():
            if term in cands:  # a run of tokens that is also a name: the name's source counts
                cands[term].sources.add(Source.NAMED)
                cands[term].tokens = cand.tokens
            else:
                cands[term] = cand
        return cands


INNER_TO_OUTER = str.maketrans("‘’", "“”")


def _outer_quotes(cands: dict[str, Candidate], full: str) -> dict[str, Candidate]:
    """A term found inside a quotation keeps the quotation's inner marks (提出“开展‘人工智能+’行动”); the
    reader learns it as the text says it elsewhere, with the outer ones (“人工智能+”行动), when it does."""
    for term in [t for t in cands if "‘" in t or "’" in t]:
        outer = term.translate(INNER_TO_OUTER)
        if outer == term or outer not in full:
            continue
        cand = cands.pop(term)
        if outer in cands:
            cands[outer].sources |= cand.sources
        else:
            cands[outer] = Candidate(outer, cand.sources, tuple(t.translate(INNER_TO_OUTER) for t in cand.tokens),
                                     cand.siblings)
    return cands


def _set_out_alike(term: str) -> bool:
    """A formula of parts set out alike: a list (自治、法治、德治相结合) or pairs opening on one character
    (共建共治共享), not a concept of words (文化强国, 历史唯物主义).

        >>> _set_out_alike("共建共治共享"), _set_out_alike("自治、法治、德治相结合"), _set_out_alike("文化强国")
        (True, True, False)
    """
    if "、" in term:
        return True
    return len(term) in (6, 8) and len(set(term[::2])) == 1

"""Which version of the key-term extractor made an article's stored terms.

Bump KEY_TERMS_VERSION whenever a change to content/ alters which terms an article gets. Articles
analysed by an older version (or before versions were kept: NULL in the library) keep showing their
stored terms and are analysed again in the background; the user's corrections live apart
(term_corrections) and are applied again, so none is lost.
"""
KEY_TERMS_VERSION = 38  # 38: 2026-12-02, a long listed name keeps its uses inside tasks done to it
# 37: 2026-12-02, tokenizer-only two-character words pad no list from a heading
# 36: 2026-12-02, “人工智能+”行动, volumes, title lists, subtitles read, cut words mended
# 34: 2026-12-01, readings: 以…为 read wéi (以改革为动力), 长春, 重走, brackets
# 33: 2026-12-01, the general vocabulary weighs as the curated concepts do; the
# article's own wording said once (pairs, frames), sentences cited as titles, bodies named in passing
# 32: 2026-12-01, the eleventh fresh check: names narrowed to a kind (国产|大模型)
# 31: 2026-12-01, the tenth fresh check: inner quote marks, counts of quoted
# words, sums, halves never said apart, owners before names, tasks done well, titles ending on 可及
# 30: 2026-11-30, the ninth fresh check: a commentary's sums said once, lists of
# common words said again (和平、发展、公平…), doubled characters, settings (story titles, 现场, 在…层面)
# 29: 2026-11-30, the eighth fresh check: counts with 的 and after 等, quoted deeds, poem lines,
# numbered series, sayings in a range, spirits with their head, echoed titles, clauses in programme names
# 28: 2026-11-30, a second blind vocabulary; its long names said once count in long texts;
# lists with grammar characters inside words (接地气); quoted lists without their verb and head
# 27: 2026-11-30, ties longest first; quoted wholes take their items' places; sayings without 的
# 26: 2026-11-30, pairs of parallel items weigh half; headings' labels; lists of quoted shifts; grammar inside words
# 25: 2026-11-30, words with no signal but repetition only fill short lists; quoted predicates, verse lines, cut counts
# 21: 2026-11-30, no speakers of a dialogue (孟繁哲：…) or their titles (评论员) as terms
# 20: 2026-11-30, a denied list of unlike items is no formula either
# 19: 2026-11-30, no run after a preposition (在|中国找到解法), no complement cut loose (得准)
# 18: 2026-11-30, a list item opening on its own verb is no institution (熟悉外部格局)
# 17: 2026-11-30, lists and runs of like clauses only whole (not 带着真情、带着激情|甚至…, not 不是|演出来、装出来|的), no 得准 as a coinage
# 16: 2026-11-30, after review: no 第14条规定 or 3个月时间 as figures, no opener inside a word (遵从), no halves of one expression as coined pairs
# 15: 2026-11-30, pairs of coined words (魂脉 and 根脉) are concepts
# 14: 2026-11-30, an adverbial keeps its habitual opener (从实际出发, 按规律办事)
# 13: 2026-11-30, counts keep what they count (8.6万个老年助餐点, 14条具体措施)
# 12: 2026-11-30, lists of unlike items and maxims said once; 11: known sayings
# 5: 2026-11-29, no runs cut out of a word (药加速), no speakers (王国栋说), no dummy-verb
# clauses; the same terms in every run (no choice hangs on the order of a set)
# 4: 2026-11-29, the general vocabulary said once counts in short texts;
# parallel formulas of two-character items and of items sharing 的
# 3: 2026-11-29, the general vocabulary; pairs of set phrases and run-on formulas whole;
# quoted codes with their names; a listed 建设 concept keeps its 建设
# 2: 2026-11-29, short texts end their lists where their names end; series cut between words

"""Regression tests for review round 16 (/work/notes/review_round16.md), fault patterns 1, 2 and the
flourish 对 of pattern 3: side figures, 判断 substitutes the sentence refutes, figures of speech."""
import re

from quiz.facts import FactKind, extract_facts
from quiz.figures import find_figures, reported_done, secondary_figure
from quiz.generators.true_false import differing_parts, flourish, refuted_in_place
from quiz.questions import QuestionType
from tests.quiz.question_fixtures import SAMPLE, analysed, corpus_file, every_question

MUSEUM_PDF = "raw/借智博物馆打造行走的思政课堂_先锋文汇_共产党员网.pdf"


def _figure_facts(path: str) -> set[str]:
    return {f.answers[0] for art in analysed(path) for f in extract_facts(art) if f.kind == FactKind.STATISTIC}


def _sentence_with(path: str, fragment: str) -> str:
    text = "".join(art.full_text() for art in analysed(path))
    return next(s for s in re.split(r"(?<=[。！？])", text) if fragment in s)


def _figure_span(sentence: str, figure: str) -> tuple[int, int]:
    return next((a, b) for a, b in find_figures(sentence) if sentence[a:b] == figure)


def test_a_total_named_in_its_own_clause_stays_after_a_rate(corpus_dir):
    """赤字率拟按4%左右…，赤字规模（5.66万亿元）: the second figure, but its clause names it a total
    (the case for which e5722eb was reverted)."""
    assert "5.66万亿元" in _figure_facts(corpus_file(corpus_dir, "02_"))


def test_a_figure_after_another_is_a_side_figure(corpus_dir):
    """trivial (#26; pool 02#8, 09#7, 10#8, 10#9): 科研院所超400家，国家级创新平台（195个）and the like."""
    side = {"02_": ["3.7亿千瓦"], "09_": ["195个"], "10_": ["16.2亿", "4倍", "5万"]}
    for prefix, figures in side.items():
        facts = _figure_facts(corpus_file(corpus_dir, prefix))
        assert not facts & set(figures), (prefix, facts & set(figures))


def test_a_side_figure_reaches_no_type_of_question(corpus_dir):
    """The rule sits in the fact, not the type: no 单选, 填空 or 判断 asks 是日本市场的（4倍）."""
    for q in every_question(corpus_file(corpus_dir, "10_"), seeds=[0, 1]):
        assert "4倍" not in q.answer and "16.2亿" not in q.answer, (q.type, q.stem)


def test_a_year_after_a_figure_is_no_side_figure():
    """比2012年增长227.48%；（2017年）城市影院…: the rank counts figures, a year is when, not how much."""
    sentence = "2017年全国电影总票房达到559.11亿元，比2012年增长227.48%；2017年城市影院观影人次为16.2亿。"
    second_year = sentence.index("2017年", 5)
    assert not secondary_figure(sentence, second_year, second_year + 5)


def test_a_figure_in_a_list_opened_as_targets_is_no_side_figure(corpus_dir):
    """今年发展主要预期目标是：…；粮食产量1.4万亿斤左右: every figure after the colon is a target."""
    sentence = _sentence_with(corpus_file(corpus_dir, "02_"), "主要预期目标是")
    assert not secondary_figure(sentence, *_figure_span(sentence, "1.4万亿"))


def test_differing_parts_of_two_terms():
    assert differing_parts("冰雪经济", "低空经济") == ("冰雪", "低空")
    assert differing_parts("助企行动", "巾帼行动") == ("助企", "巾帼")


def test_a_substitute_the_sentence_echoes_against_is_refused(corpus_dir):
    """bad_distractors (#29, pool 01#8): 巾帼行动 beside 企业家、企业事; 实体经济 beside 冰雪运动、冰雪文化."""
    path = corpus_file(corpus_dir, "01_")
    for answer, substitutes in (("助企行动", ["巾帼行动", "节水行动"]), ("冰雪经济", ["实体经济", "低空经济"])):
        sentence = _sentence_with(path, answer)
        a = sentence.index(answer)
        for substitute in substitutes:
            assert refuted_in_place(sentence, (a, a + len(answer)), substitute), substitute


def test_a_substitute_the_sentence_echoes_too_is_kept(corpus_dir):
    """冰雪产业 for 冰雪经济: the echoed 冰雪 is common to both, so the sentence does not decide."""
    sentence = _sentence_with(corpus_file(corpus_dir, "01_"), "冰雪经济")
    assert not refuted_in_place(sentence, (0, 4), "冰雪产业")


def _substitute(statement: str, sentence: str) -> tuple[tuple[int, int], str]:
    """Where a false statement departs from its sentence, and what it puts there."""
    head = 0
    while head < min(len(statement), len(sentence)) and statement[head] == sentence[head]:
        head += 1
    tail = 0
    while tail < min(len(statement), len(sentence)) - head and statement[-1 - tail] == sentence[-1 - tail]:
        tail += 1
    return (head, len(sentence) - tail), statement[head:len(statement) - tail]


def test_no_false_statement_is_refuted_by_its_own_sentence(corpus_dir):
    """Over a report and the sample page: every 判断 term swap fits its sentence (pattern 2a)."""
    for path in (corpus_file(corpus_dir, "01_"), str(SAMPLE)):
        for q in every_question(path, seeds=[0, 1, 2]):
            if q.type != QuestionType.TRUE_FALSE or q.answer[0] or q.stem.endswith("……"):
                continue
            span, put = _substitute(q.stem, q.source.sentence)
            if put and not re.fullmatch(r"[\d.]+\D{0,3}", put):
                assert not refuted_in_place(q.source.sentence, span, put), q.stem


def test_no_judgement_on_a_sentence_every_substitute_would_give_away(corpus_dir):
    """With no fitting substitute neither form is asked (#29): 助企行动就是要把企业家当家人."""
    for q in every_question(corpus_file(corpus_dir, "01_"), seeds=[0, 1, 2]):
        assert not (q.type == QuestionType.TRUE_FALSE and "把企业家当家人" in q.source.sentence), q.stem


def test_a_year_of_something_done_is_not_swapped_for_a_later_one():
    """s3#3: 至2027年首次明确 in an article of 2026; the plan span 2026—2028年 raised the old ceiling."""
    for q in every_question(str(SAMPLE), seeds=range(4)):
        if q.type == QuestionType.TRUE_FALSE and "首次明确" in q.source.sentence and not q.answer[0]:
            assert not re.search(r"至202[7-9]年", q.stem), q.stem


def test_a_done_year_gets_no_later_wrong_option():
    """单选 and 判断 draw on the same wrong years: for 至（2026年）首次明确 none after 2026, though the
    article names a plan of 2026—2028年 (its span raised the old ceiling to 2028)."""
    import random
    from quiz.distractors import TermIndex
    from quiz.generators.choice import wrong_options
    from quiz.quiz_builder import make_context
    art = next(a for a in analysed(str(SAMPLE)) if "首次明确" in a.full_text())
    facts = extract_facts(art)
    fact = next(f for f in facts if f.kind == FactKind.STATISTIC and "首次明确" in f.sentence.text
                and f.answers == ["2026年"])
    for seed in range(5):
        ctx = make_context(art, TermIndex(), random.Random(seed), facts)
        assert all(int(w[:4]) <= 2026 for w in wrong_options(fact, ctx, 5)), seed


def test_a_clause_reports_a_deed_or_a_plan():
    text = "我国自2024年首次提出“人工智能+”行动以来，至2026年首次明确“打造智能经济新形态”。到2035年基本实现现代化。"
    assert reported_done(text, text.index("2026"), text.index("2026") + 5)
    assert not reported_done(text, text.index("2035"), text.index("2035") + 5)


def test_a_figure_of_speech_is_no_judgement(corpus_dir):
    """trivial (#20): 历史文物…更是开展党员教育的“智慧宝库”: a verbatim 对 nobody could call false."""
    path = str(corpus_dir / MUSEUM_PDF)
    for q in every_question(path, seeds=[0, 1, 2]):
        assert not (q.type == QuestionType.TRUE_FALSE and "智慧宝库" in q.source.sentence), q.stem


def test_a_quoted_image_closing_a_claim_is_a_flourish():
    sentence = "考核是政绩观的“指挥棒”，用人导向是干事创业的“风向标”。"
    assert flourish(sentence, (0, 2), sentence)


def test_a_quoted_formula_closing_a_claim_is_no_flourish():
    """A count (“两个确立”) or a phrase the article keeps saying is the article's formula, not an image."""
    formula = "这一重大成果是党的“两个确立”。"
    assert not flourish(formula, (0, 4), formula)
    repeated = "新质生产力是发展的“关键变量”。要抓住“关键变量”。"
    assert not flourish(repeated, (0, 5), repeated)


def test_a_false_statement_swaps_in_a_thing_of_the_same_kind(corpus_dir):
    """bad_distractors (round 17, pool 01#9): “主旋律是每一名政府工作人员必须坚守的底线” (text 廉洁自律):
    a word of another field that shares one character, false for the wrong reason."""
    from quiz.generators.true_false import same_head
    assert not same_head("廉洁自律", "主旋律")
    assert same_head("冰雪经济", "低空经济") and same_head("获得感", "幸福感")
    import random
    from quiz.quiz_builder import all_questions
    library = [a for n in range(2, 12) for a in analysed(corpus_file(corpus_dir, f"{n:02d}_"))]
    for art in analysed(corpus_file(corpus_dir, "01_")):
        for q in all_questions(art, library, rng=random.Random(0)):
            if q.type == QuestionType.TRUE_FALSE and q.answer == [False]:
                assert not q.stem.startswith("主旋律是每一名"), q.stem

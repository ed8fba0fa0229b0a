"""One test per kind of fault found while reviewing generated quizzes, each on the real article."""
import random

from quiz.questions import BLANK, QuestionType
from quiz.quiz_builder import all_questions
from tests.quiz.question_fixtures import SAMPLE, analysed, article_titled, corpus_file, parsed


def questions(articles, fragment="", seed=1):
    art = article_titled(articles, fragment) if fragment else articles[0]
    pool = [a for a in articles if a is not art]
    return all_questions(art, pool, rng=random.Random(seed))


def test_no_option_of_a_named_list_is_offered_as_a_non_member():
    """bad_distractors: 六张网 members must never appear as the wrong options."""
    six = {"水网", "新型电网", "算力网", "新一代通信网", "城市地下管网", "物流网"}
    for seed in range(5):
        for q in questions(analysed(str(SAMPLE)), "六张网", seed):
            if q.type == QuestionType.MULTIPLE_CHOICE and "六张网" in q.stem:
                assert set(q.options) - set(q.answer) <= set(q.options) - six


def test_a_quoted_phrase_is_not_a_non_member_of_a_list():
    """bad_distractors: 要我保护 (a quoted phrase) offered among 防治 / 保护 items of a list."""
    for seed in range(5):
        for q in questions(analysed(str(SAMPLE)), "勇担科技强区", seed):
            if q.type == QuestionType.MULTIPLE_CHOICE:
                assert "要我保护" not in q.options and "好空气" not in q.options


def test_adjacent_key_terms_do_not_make_adjacent_blanks():
    """broken_text: 抢抓（  ）（  ）, two blanks side by side, or a blank inside a cut key term."""
    for q in questions(analysed(str(SAMPLE)), "六张网"):
        assert "）（" not in q.stem


def test_a_figure_is_not_cut_out_of_a_word(corpus_dir):
    """broken_text: 14亿人 cut from 14亿人口."""
    for q in questions(parsed(corpus_file(corpus_dir, "08_"))):
        assert "人口" not in "".join(map(str, q.answer)) and BLANK + "口" not in q.stem


def test_adverbs_glued_to_shi_do_not_become_blanks(corpus_dir):
    """wrong_answer: 特别 / 之所以说 / 经济学虽然 / 科技创新已 taken as the subject of 是."""
    bad = {"特别", "之所以说", "经济学虽然", "科技创新已"}
    for prefix in ("06_", "07_", "09_"):
        for q in questions(parsed(corpus_file(corpus_dir, prefix))):
            assert not bad & set(map(str, q.answer)), q.stem


def test_plan_names_are_not_blanks(corpus_dir):
    """trivial: “十五五” right after “十三五”“十四五” tests nothing."""
    for q in questions(analysed(corpus_file(corpus_dir, "04_"))):
        if q.type == QuestionType.FILL_BLANK:
            assert not {"十三五", "十四五", "十五五"} & set(q.answer)


def test_a_verb_phrase_is_not_a_defined_term(corpus_dir):
    """unanswerable: （  ）就是确立了总目标 — answer 明确了总任务."""
    for q in questions(analysed(corpus_file(corpus_dir, "11_"))):
        assert "明确了总任务" not in q.answer


def test_no_hundred_percent_among_figure_options(corpus_dir):
    """bad_distractors: 保持在100%以上."""
    for seed in range(6):
        for q in questions(analysed(corpus_file(corpus_dir, "10_")), seed=seed):
            assert "100%" not in q.options


def test_list_distractors_share_more_than_a_last_character(corpus_dir):
    """bad_distractors: 投资兴业 offered among 畜禽 / 水产 / 林木种业."""
    for seed in range(4):
        for q in questions(analysed(corpus_file(corpus_dir, "03_")), seed=seed):
            if q.type == QuestionType.MULTIPLE_CHOICE and "林木种业" in q.answer:
                assert "投资兴业" not in q.options


def test_key_term_fragments_are_never_blanks(sample_page_path):
    """broken_text: analyser fragments such as 成效转化为谋创新 or 传统基建的托底."""
    fragments = {"成效转化为谋创新", "教育成效转化为谋", "传统基建的托底", "投资体量与丰富", "建设不是追求单一"}
    for art in analysed(str(sample_page_path)):
        for q in all_questions(art):
            assert not fragments & set(map(str, q.answer))


def test_ordering_of_headings_keeps_offsets_into_numbered_headings(corpus_dir):
    """broken source: headings stripped of 一、 pointed at the wrong characters."""
    (art,) = parsed(corpus_file(corpus_dir, "02_"))
    for q in all_questions(art):
        src = q.source
        if src.paragraph == -1:
            assert art.sections[src.section].heading[src.start:src.end] == src.sentence


def test_conjunctions_before_shi_are_not_defined_terms(corpus_dir):
    """broken_text: （  ）是国有企业还是民营企业 — answer 无论."""
    for q in questions(analysed(corpus_file(corpus_dir, "01_"))):
        assert "无论" not in q.answer


def test_a_two_character_subject_is_defined_only_when_it_is_a_term(corpus_dir):
    """trivial: （  ）是育才的根本途径 — answer 教育."""
    for q in questions(analysed(corpus_file(corpus_dir, "01_"))):
        assert not (q.type == QuestionType.FILL_BLANK and q.answer == ["教育"])


def test_ordinals_are_not_blanks(corpus_dir):
    """trivial: 中央政治局进行（  ） — answer 第二十八次集体学习."""
    for q in questions(analysed(corpus_file(corpus_dir, "07_"))):
        assert not any(str(a).startswith("第二十八次") for a in q.answer)


def test_long_quotations_are_not_single_blanks(corpus_dir):
    """unanswerable: a whole quoted clause (自然史和人类史就彼此相互制约) as one blank."""
    for q in questions(analysed(corpus_file(corpus_dir, "07_"))):
        if q.type in (QuestionType.FILL_BLANK, QuestionType.SINGLE_CHOICE) and len(q.answer) == 1:
            assert len(q.answer[0]) <= 12 or q.source.sentence.count("《") > 0, q.answer


def test_lead_verbs_are_cut_from_list_items(corpus_dir):
    """broken_text: 狠抓矿山 / 推进中石化煤制烯烃 marked as list members."""
    for q in questions(analysed(corpus_file(corpus_dir, "01_"))):
        assert "【狠抓" not in q.explanation and "【推进" not in q.explanation


def test_time_phrases_are_not_terms(corpus_dir):
    """trivial: （  ），我们又面临一个“重大时代课题” — answer 十八大以来."""
    for q in questions(analysed(corpus_file(corpus_dir, "11_"))):
        assert "十八大以来" not in q.answer


def test_a_quoted_slogan_is_not_blanked_inside_a_longer_word(corpus_dir):
    """broken_text: 新的文化（  ）体 — 生命 blanked inside 文化生命体."""
    for seed in range(3):
        for q in questions(analysed(corpus_file(corpus_dir, "05_")), seed=seed):
            assert BLANK + "体" not in q.stem or q.answer != ["生命"]


def test_a_near_twin_of_a_member_is_not_a_non_member(corpus_dir):
    """ambiguous: 促消费 offered as wrong beside the member 扩消费."""
    for seed in range(4):
        for q in questions(analysed(corpus_file(corpus_dir, "02_")), seed=seed):
            if q.type == QuestionType.MULTIPLE_CHOICE and "扩消费" in q.answer:
                assert "促消费" not in q.options


def test_a_four_character_near_twin_is_not_a_non_member(corpus_dir):
    """ambiguous: 淳化民风 offered as wrong beside 淳朴民风."""
    for seed in range(4):
        for q in questions(analysed(corpus_file(corpus_dir, "03_")), seed=seed):
            if q.type == QuestionType.MULTIPLE_CHOICE and "淳朴民风" in q.options:
                assert "淳化民风" not in q.options


def test_shi_with_a_colon_introduces_a_list_not_a_definition(corpus_dir):
    """unanswerable: （  ）是：国内生产总值增长5%左右…"""
    for q in questions(analysed(corpus_file(corpus_dir, "02_"))):
        assert not q.stem.startswith(BLANK + "是：")


def test_ideology_names_alone_are_not_blanks(corpus_dir):
    """trivial: 和中国（  ）实践相结合 — answer 社会主义."""
    for q in questions(analysed(corpus_file(corpus_dir, "07_"))):
        if q.type == QuestionType.FILL_BLANK:
            assert q.answer != ["社会主义"]


def test_list_non_members_of_long_items_share_two_characters(corpus_dir):
    """bad_distractors: 少数民族文化 offered among 生产清洁化 / 废弃物资源化 (only 化 shared)."""
    for seed in range(4):
        for q in questions(analysed(corpus_file(corpus_dir, "03_")), seed=seed):
            if q.type == QuestionType.MULTIPLE_CHOICE and "生产清洁化" in q.options:
                assert "少数民族文化" not in q.options


def test_lists_of_named_projects_are_not_asked(corpus_dir):
    """trivial: 国能煤制油、宝丰煤制烯烃、久泰新材料等项目."""
    for q in questions(analysed(corpus_file(corpus_dir, "01_"))):
        assert "宝丰煤制烯烃" not in q.answer


def test_a_licence_footer_is_not_defined(corpus_dir):
    """other: 本作品是中华人民共和国的法律… (a licence footer) asked as a fact."""
    for q in questions(analysed(corpus_file(corpus_dir, "02_"))):
        assert "本作品" not in q.answer and "【本作品】" not in q.explanation


def test_adverbs_and_key_frames_end_no_defined_term(corpus_dir):
    """broken_text: 边疆民族地区一直 / 农业领域关键 as the subject of 是."""
    for q in questions(analysed(corpus_file(corpus_dir, "01_"))):
        assert "【边疆民族地区一直】" not in q.explanation and "【农业领域关键】" not in q.explanation


def test_a_clause_opening_with_a_verb_is_not_a_defined_term(corpus_dir):
    """unanswerable: （  ），是为了更好指导… — answer 学习马克思主义政治经济学."""
    for q in questions(analysed(corpus_file(corpus_dir, "07_"))):
        assert "学习马克思主义政治经济学" not in q.answer


def test_lists_of_bare_two_character_words_are_not_blanked(corpus_dir):
    """trivial: 蕴藏着理论创造的巨大（  ）、（  ）、（  ） — 动力、活力、潜力."""
    for q in questions(analysed(corpus_file(corpus_dir, "07_"))):
        if q.type == QuestionType.FILL_BLANK:
            assert q.answer != ["动力", "活力", "潜力"]


def test_a_term_is_not_blanked_where_its_edge_makes_a_word(sample_page_path):
    """broken_text: 尚未形成高效互联的（  ）络 — 物流网 cut out of 物流网络."""
    for art in analysed(str(sample_page_path)):
        for q in all_questions(art):
            assert BLANK + "络" not in q.stem

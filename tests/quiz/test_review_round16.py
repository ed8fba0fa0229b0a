"""Regression tests for this session's question fixes and for the faults of review round 16
(/work/notes/review_round16.md)."""
from quiz.questions import QuestionType
from tests.quiz.question_fixtures import corpus_file, every_question


def _blank_answers(path) -> list[list[str]]:
    return [q.answer for q in every_question(path) if q.type == QuestionType.FILL_BLANK]


def test_a_quoted_name_beside_a_plain_concept_is_no_rival_for_its_blank(corpus_dir):
    """05 gave 5–6 of 10: 文化主体性 (plain, five characters) and “西方中心论” (always quoted, five
    characters) stand in one sentence once, and each took the other for a rival answer. A quoted name is
    another sort of thing than a plain concept: neither fits the other's blank."""
    assert ["西方中心论"] in _blank_answers(corpus_file(corpus_dir, "05_"))


def test_two_plain_concepts_said_together_stay_rivals(corpus_dir):
    """以（  ）的精神开展批评和自我批评: 刀刃向内 and 自我革命 are both plain, and 自我革命 fits as well."""
    assert ["刀刃向内"] not in _blank_answers(corpus_file(corpus_dir, "08_"))


def _museum_article(corpus_dir) -> str:
    return str(next((corpus_dir / "raw").glob("*.pdf")))


def test_a_key_term_with_de_said_again_and_again_is_asked(corpus_dir):
    """新的文化生命体, the article's 标识性概念 said eleven times, was refused for the 的 inside it (a
    run across words, like 成效转化为谋创新, is said once)."""
    assert ["新的文化生命体"] in _blank_answers(corpus_file(corpus_dir, "05_"))


def test_a_congress_by_its_number_is_no_blank(corpus_dir):
    """党的十九大, 党的二十届四中全会: which meeting said it is trivia, like 第二十八次集体学习."""
    for prefix in ("03_", "04_"):
        for answers in _blank_answers(corpus_file(corpus_dir, prefix)):
            assert not any(a.startswith("党的") and a[2:3] in "十二" for a in answers), answers


def test_an_example_is_not_blanked(corpus_dir):
    """trivial (#27, rpdf#6): 例如，制作以红色文物为主题的（虚拟现实）体验课程 — any technology fits an
    illustration."""
    for q in every_question(_museum_article(corpus_dir)):
        if q.type == QuestionType.FILL_BLANK:
            assert not q.stem.startswith(("例如", "比如")), q.stem


def test_a_list_member_behind_a_short_modifier_is_an_open_slot(corpus_dir):
    """trivial (#27): 文化讲座、文物鉴赏会、历史文化（主题党日）等活动 — the modifier between the 顿号
    and the blank hid that it is one of a list of examples."""
    assert ["主题党日"] not in _blank_answers(_museum_article(corpus_dir))


def test_kinds_of_a_concrete_thing_are_no_formula_to_recite(corpus_dir):
    """ambiguous (rdocx#8): 规划建设一批（产业路）、（旅游路）、（园区路）、（便民路） — any other road fits;
    问题导向、目标导向、结果导向 or 市场化、法治化、国际化 are formulas."""
    from quiz.enumerations import is_formula
    assert not is_formula(["产业路", "旅游路", "园区路", "便民路"])
    assert not is_formula(["生态农业", "设施农业", "体验农业", "定制农业"])
    assert is_formula(["问题导向", "目标导向", "结果导向"]) and is_formula(["市场化", "法治化", "国际化"])
    assert ["产业路", "旅游路", "园区路", "便民路"] not in _blank_answers(corpus_file(corpus_dir, "01_"))


def test_the_news_peg_an_article_opens_on_is_not_asked(corpus_dir):
    """trivial (rpdf#5): （5月18日）是第49个“国际博物馆日” — the occasion, not the article's point."""
    for q in every_question(_museum_article(corpus_dir)):
        assert "国际博物馆日" not in q.source.sentence, q.stem


def test_the_articles_own_region_with_a_stock_head_is_no_blank(sample_page_path):
    """trivial (#36): 努力为全国探索可复制、可推广的“（内蒙古经验）” — every reader writes it unread."""
    assert ["内蒙古经验"] not in _blank_answers(str(sample_page_path))


def test_a_named_experience_stays_a_blank():
    """枫桥经验 is a name: 枫桥 is hardly said without it."""
    from quiz.facts import _own_subject
    text = "坚持和发展新时代“枫桥经验”。" * 3 + "浙江诸暨枫桥镇。"
    assert not _own_subject("枫桥经验", text)
    assert _own_subject("内蒙古经验", "内蒙古" * 6 + "“内蒙古经验”")


def test_a_blank_after_a_pointer_in_the_opening_words_is_not_asked(corpus_dir):
    """unanswerable (ux6 #3): 只有彻底破除这种错误认知，跳出“（  ）”的窠臼 — 这种 points at the sentence
    before, which the stem does not show."""
    for q in every_question(corpus_file(corpus_dir, "05_")):
        if q.type == QuestionType.FILL_BLANK:
            assert "这种错误认知" not in q.stem, q.stem


def test_a_short_article_does_not_lose_questions_to_an_unlucky_order_of_choosing(corpus_dir):
    """ux6 #4: 测验 on 05 gave 6 questions one time and 9 the next: its questions give each other away,
    and the first order of choosing decided how many fit. Other orders are tried when a quiz is short."""
    import random
    from quiz.quiz_builder import build_quiz
    from tests.quiz.question_fixtures import analysed
    articles = list(analysed(corpus_file(corpus_dir, "05_")))
    counts = [len(build_quiz(articles, 10, random.Random(seed))) for seed in range(10)]
    assert min(counts) >= 8, counts


def test_half_of_a_quoted_twin_is_no_blank(sample_page_path):
    """trivial (round 17 #25): 让“好空气”卖出“（  ）” — the twin of the same shape predicts 好价钱; joined
    by a mere 和 (“六个倍增计划”和“四项行动”) two names stay two facts."""
    from quiz.generators.fill_blank import quoted_twin
    assert ["好价钱"] not in _blank_answers(str(sample_page_path))
    text = "持续开展“六个倍增计划”和“四项行动”。"
    k = text.find("四项行动")
    assert not quoted_twin(text, k, k + 4)


def test_the_nations_own_with_a_stock_head_stays_a_term():
    """中国方案, 中国故事: established names, however often the article says 中国 (review session 7)."""
    from quiz.facts import _own_subject
    text = "中国" * 8 + "讲好“中国故事”，贡献“中国方案”。"
    assert not _own_subject("中国故事", text) and not _own_subject("中国方案", text)

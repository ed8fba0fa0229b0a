from quiz.vocabulary import is_generic, looks_like_term, stands_alone


def test_generic_words_and_their_compounds_are_generic():
    for word in ("推进", "建设", "创新发展", "推进建设", "新任务", "十四五"):
        assert is_generic(word), word


def test_real_terms_are_not_generic():
    for word in ("六张网", "政绩观", "新质生产力", "问题导向", "国之大者"):
        assert not is_generic(word), word


def test_a_term_does_not_begin_or_end_with_a_function_word():
    assert not looks_like_term("的政治责任") and not looks_like_term("四川视察时") and looks_like_term("算力网")


def test_fragments_cut_out_of_a_sentence_do_not_stand_alone():
    text = "把学习教育成效转化为谋创新、抓创新的实际行动。传统基建的托底保障功能。"
    assert not stands_alone("教育成效转化为谋", text)
    assert not stands_alone("传统基建的托底", text)


def test_a_quoted_term_stands_alone():
    assert stands_alone("六张网", "织密“六张网”，推进“六张网”建设。")


def test_a_long_term_said_once_stands_alone_where_the_text_sets_it_apart():
    """处于|百年未有之大变局，/ 贯彻|总体国家安全观，: a name said once is still a name to blank."""
    assert stands_alone("百年未有之大变局", "当今世界正处于百年未有之大变局，我们要保持战略定力。")
    assert stands_alone("总体国家安全观", "必须贯彻总体国家安全观，以改革思维加快推进。")


def test_a_long_term_said_once_after_a_name_is_the_tail_of_that_name():
    """以和林格尔|数据中心集群为基础: blanking the tail would cut the name of a place's project."""
    assert not stands_alone("数据中心集群", "要以和林格尔数据中心集群为基础，提升调度能力。")
    assert stands_alone("数据中心集群", "要以数据中心集群为基础，提升调度能力。")

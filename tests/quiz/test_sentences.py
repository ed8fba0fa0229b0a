from quiz.sentences import split_sentences


def test_offsets_point_back_into_the_paragraph():
    text = "科技创新是“源头活水”。产业创新是“转化桥梁”！要两者融合？"
    for s in split_sentences(text, 2, 3):
        assert text[s.start:s.end] == s.text and (s.section, s.paragraph) == (2, 3)


def test_a_quoted_sentence_ends_after_its_closing_quote():
    sents = split_sentences("总书记指出：“科技创新是发展新质生产力的基本路径。”我们要落实。")
    assert [s.text for s in sents] == ["总书记指出：“科技创新是发展新质生产力的基本路径。”", "我们要落实。"]


def test_a_full_stop_inside_a_quote_does_not_split():
    sents = split_sentences("他说“甲。乙”是对的。")
    assert len(sents) == 1


def test_semicolon_clauses_stay_with_their_lead_in():
    sents = split_sentences("挑战是：机制尚未健全；布局稍显失衡。")
    assert len(sents) == 1


def test_unterminated_tail_is_kept():
    assert split_sentences("第一句。没有句号")[-1].text == "没有句号"

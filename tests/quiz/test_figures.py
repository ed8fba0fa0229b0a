import random

from quiz.figures import find_figures, wrong_figures


def figures(text):
    return [text[a:b] for a, b in find_figures(text)]


def test_figures_with_units_are_found():
    assert figures("装机规模达到1.75亿千瓦，部署了17项重点任务，利用率保持在90%以上。") == ["1.75亿千瓦", "17项", "90%"]


def test_ordinals_dates_ranges_and_titles_are_not_figures():
    assert figures("第17版，2026年03月06日，《行动方案（2026—2028年）》，5G基站") == []


def test_a_unit_that_begins_a_word_is_not_taken():
    assert figures("是一个在14亿人口的大国") == ["14亿"]


def test_wrong_figures_keep_unit_and_precision_and_avoid_forbidden():
    wrong = wrong_figures("1.75亿千瓦", 3, random.Random(1), {"2.00亿千瓦"})
    assert len(wrong) == 3 and all(w.endswith("亿千瓦") and len(w.split("亿")[0]) == 4 for w in wrong)
    assert "2.00亿千瓦" not in wrong and "1.75亿千瓦" not in wrong


def test_wrong_percentages_stay_at_or_below_a_hundred():
    for seed in range(20):
        assert all(float(w[:-1]) <= 100 for w in wrong_figures("90%", 3, random.Random(seed), set()))


def test_wrong_figures_are_deterministic_for_a_seed():
    assert wrong_figures("46个", 3, random.Random(5), set()) == wrong_figures("46个", 3, random.Random(5), set())


def test_years_move_by_a_few_years():
    assert all(abs(int(w[:4]) - 2024) <= 3 for w in wrong_figures("2024年", 3, random.Random(2), set()))


def test_counted_slogans_get_other_counts_the_article_does_not_use():
    from quiz.figures import wrong_counts
    found = wrong_counts("四个自信", 3, random.Random(1), "坚定“四个自信”，增强“三个自信”", frozenset())
    assert len(found) == 3 and "三个自信" not in found and all(f.endswith("个自信") for f in found)


def test_words_that_merely_start_with_a_numeral_are_not_counted_slogans():
    from quiz.figures import wrong_counts
    assert wrong_counts("一带一路", 3, random.Random(1), "", frozenset()) == []


def test_below_a_ceiling_only_smaller_figures_are_wrong_options():
    from quiz.figures import magnitude, safe_wrong_figures
    text = "贫困发生率降至不足3%。"
    k = text.find("3%")
    for seed in range(5):
        wrong = safe_wrong_figures(text, (k, k + 2), 3, random.Random(seed), set())
        assert wrong and all(magnitude(w)[0] < 3 for w in wrong)


def test_a_count_is_given_away_by_the_things_it_counts_named_after_it():
    from quiz.figures import count_given_away
    text = "完善农村承包地“三权分置”制度，在依法保护集体土地所有权和农户承包权前提下，平等保护土地经营权。"
    k = text.find("三权分置")
    assert count_given_away(text, (k, k + 4))


def test_a_count_stands_when_the_sentence_names_none_of_its_things():
    from quiz.figures import count_given_away
    text = "深化农村土地制度改革，完善承包地“三权分置”制度，发展多种形式适度规模经营。"
    k = text.find("三权分置")
    assert not count_given_away(text, (k, k + 4))

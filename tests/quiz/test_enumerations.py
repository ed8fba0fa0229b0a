from quiz.enumerations import inline_lists, is_formula, numbered_points


def items(text):
    return [e.items for e in inline_lists(text)]


def test_lead_verb_is_cut_from_the_first_item():
    assert items("聚焦荒漠化防治、森林草原保护、流域生态修复、污染防治等关键领域")[0] == \
        ["荒漠化防治", "森林草原保护", "流域生态修复", "污染防治"]


def test_a_count_after_the_list_labels_it_and_a_place_name_with_he_is_not_cut():
    (e,) = inline_lists("随着获批，呼和浩特、满洲里、二连浩特三大片区将作为核心驱动力")
    assert e.items == ["呼和浩特", "满洲里", "二连浩特"] and e.count_label == "三大片区"


def test_the_last_pair_joined_by_ji_is_split_when_the_count_says_so():
    (e,) = inline_lists("全面推进供热、燃气、排水及供水四大领域的管网更新改造")
    assert e.items == ["供热", "燃气", "排水", "供水"] and e.count_label == "四大领域"


def test_a_named_list_takes_its_name_from_hecheng():
    text = "中央提出“水网、新型电网、算力网、新一代通信网、城市地下管网、物流网”（合称“六张网”）的统筹建设"
    (e,) = inline_lists(text)
    assert e.count_label == "六张网" and len(e.items) == 6


def test_items_of_one_form_are_cut_to_that_form():
    text = "政绩观是党员干部世界观、人生观、价值观和权力观、地位观、利益观、事业观在干事创业中的集中体现。"
    assert items(text)[0] == ["世界观", "人生观", "价值观", "权力观", "地位观", "利益观", "事业观"]


def test_a_quantifier_is_not_part_of_the_first_item():
    assert items("布局建设一批重点实验室、技术创新中心、新型研发机构、科技园区。")[0][0] == "重点实验室"


def test_four_character_items_cut_the_first_to_four_characters():
    assert items("推动各种所有制取长补短、相互促进、共同发展。")[0] == ["取长补短", "相互促进", "共同发展"]


def test_a_first_part_longer_than_its_peers_is_left_out_rather_than_cut_wrong():
    assert items("推动人工智能在能源生产、调度、交易等全链条的应用") == []


def test_items_with_de_are_phrases_not_a_list():
    text = "习近平总书记以马克思主义政治家、思想家、战略家的深刻洞察力、敏锐判断力和理论创造力，提出新思想"
    assert all("的" not in item for found in items(text) for item in found)


def test_spans_locate_every_item():
    text = "坚持问题导向、目标导向、结果导向相统一。"
    (e,) = inline_lists(text)
    assert [text[a:b] for a, b in e.spans] == e.items


def test_formula_needs_a_shared_form_or_a_count():
    assert is_formula(["问题导向", "目标导向", "结果导向"])
    assert not is_formula(["荒漠化防治", "森林草原保护", "流域生态修复"])
    assert is_formula(["呼和浩特", "满洲里", "二连浩特"], label="三大片区")


def test_numbered_points_inside_one_paragraph():
    text = "一是加强领导，把牢方向；二是强化支撑，打造高地；三是深化改革，激发活力。"
    assert [t for t, _, _ in numbered_points(text)] == ["加强领导", "强化支撑", "深化改革"]


def test_three_character_items_are_not_cut_out_of_the_lead_word():
    # 依托|旅游、食用菌、高山林果: not 依|托旅游 (found in a quiz on a May 2026 commentary)
    assert [e.items for e in inline_lists("依托旅游、食用菌、高山林果三大产业，户均增收。")] == [["旅游", "食用菌", "高山林果"]]
    assert [e.items for e in inline_lists("发挥法治固根本、稳预期、利长远的作用。")] == [["固根本", "稳预期", "利长远"]]


# -- the segmenter's word ends (inline_lists(text, between_words)) -------------------------------------

def hand_cut(cut_text):
    """A boundary function from a hand-made cut ("大力发展/文化/旅游"), as content.term_lists.word_boundary
    makes one from the segmenter's: these tests need no jieba."""
    text = cut_text.replace("/", "")
    ends = {0, len(text)}
    pos = 0
    for token in cut_text.split("/"):
        pos += len(token)
        ends.add(pos)

    def between_words(t, offset):
        assert t == text  # asked about the sentence it was given
        return offset in ends
    return text, between_words


def test_a_three_character_cut_inside_a_word_starts_at_the_word():
    # 发展文|化旅游: 文化 is not a lead word, but it is one word; the item is 文化旅游, not 化旅游
    text, between_words = hand_cut("大力发展/文化/旅游/、/食用菌/、/高山/林果")
    assert [e.items for e in inline_lists(text, between_words)] == [["文化旅游", "食用菌", "高山林果"]]


def test_the_lead_word_case_holds_with_the_segmenter():
    text, between_words = hand_cut("依托/旅游/、/食用菌/、/高山/林果/三大/产业/，/户均/增收/。")
    assert [e.items for e in inline_lists(text, between_words)] == [["旅游", "食用菌", "高山林果"]]


def test_a_sized_cut_inside_a_word_takes_the_whole_word():
    text, between_words = hand_cut("推动/新型工业化/、/信息化/、/城镇化/、/农业/现代化/同步/发展")
    assert [e.items for e in inline_lists(text, between_words)] == [["新型工业化", "信息化", "城镇化", "农业现代化"]]
    text, between_words = hand_cut("综合/采取/补充/资本金/、/兼并/重组/、/市场/退出/等/方式")
    assert [e.items for e in inline_lists(text, between_words)] == [["补充资本金", "兼并重组", "市场退出"]]


def test_a_four_character_cut_inside_a_word_starts_at_the_word():
    # 人|工智能+: the items' size cut the name in two
    text, between_words = hand_cut("今年/在/人工智能/+/、/低空/经济/、/生物/技术/等/领域")
    assert inline_lists(text, between_words)[0].items == ["人工智能+", "低空经济", "生物技术"]


def test_word_ends_leave_a_list_cut_at_words_unchanged():
    cases = ["坚持/问题/导向/、/目标/导向/、/结果/导向/相/统一/，/精准/发力/。",
             "发挥/法治/固/根本/、/稳预期/、/利/长远/的/作用/。",
             "聚焦/荒漠化/防治/、/森林/草原/保护/、/流域/生态/修复/、/污染/防治/等/关键/领域",
             "政绩观/是/党员干部/世界观/、/人生观/、/价值观/和/权力观/、/地位观/、/利益观/、/事业观/在/干事/创业/中/的/集中/体现/。"]
    for cut_text in cases:
        text, between_words = hand_cut(cut_text)
        assert [(e.items, e.spans) for e in inline_lists(text, between_words)] == \
            [(e.items, e.spans) for e in inline_lists(text)], text


def test_a_first_part_of_two_words_longer_than_its_peers_is_still_left_out():
    text, between_words = hand_cut("推动/人工智能/在/能源/生产/、/调度/、/交易/等/全/链条/的/应用")
    assert inline_lists(text, between_words) == []


def test_with_the_real_segmenter():
    from content.term_lists import word_boundary
    from question_fixtures import analyzer
    between_words = word_boundary(analyzer().segmenter.cut)
    found = inline_lists("大力发展文化旅游、食用菌、高山林果。", between_words)
    assert [e.items for e in found] == [["文化旅游", "食用菌", "高山林果"]]
    found = inline_lists("依托旅游、食用菌、高山林果三大产业，户均增收。", between_words)
    assert [e.items for e in found] == [["旅游", "食用菌", "高山林果"]]
    found = inline_lists("坚持问题导向、目标导向、结果导向相统一。", between_words)
    assert [e.items for e in found] == [["问题导向", "目标导向", "结果导向"]]


def test_facts_pass_the_word_ends_to_their_lists():
    from content.model import Article, Section
    from quiz.facts import FactKind, extract_facts
    text, between_words = hand_cut("大力发展/文化/旅游/、/食用菌/、/高山/林果/，/户均/增收/。")
    art = Article("题", sections=[Section(None, [text])])
    lists = [f.items for f in extract_facts(art, between_words) if f.kind is FactKind.ENUMERATION]
    assert lists == [["文化旅游", "食用菌", "高山林果"]]

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

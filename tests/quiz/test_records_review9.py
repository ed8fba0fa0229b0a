"""Record and speech tests the review of the fifth session's change found too wide."""
from quiz.generators.true_false import in_reported_speech
from quiz.records import record, sourced
from quiz.weak_blanks import reporting_subject


def test_a_pointer_opening_the_second_clause_after_a_claim_is_no_record():
    assert not record("新质生产力是创新起主导作用的先进生产力质态，这是马克思主义生产力理论的创新发展。")
    assert not record("高质量发展是新时代的硬道理，其核心要义是推动经济实现质的有效提升。")
    assert record("近年来，其市场规模持续扩大。")


def test_other_countries_are_no_bare_pointer():
    assert not record("其他国家也纷纷借鉴中国的扶贫经验，减贫成效举世瞩目。")


def test_according_to_inside_a_directive_is_no_source():
    assert not sourced("各级党组织要根据党员实际了解思想动态，做好教育工作。")
    assert sourced("据介绍，今年上半年已有40种新药获批。")


def test_the_writers_own_voice_is_no_reported_speech():
    t = "坦率地说，全面从严治党永远在路上。"
    assert not in_reported_speech(t, (t.index("全面"), t.index("全面") + 6))


def test_a_doctrine_ending_in_shuo_is_no_reporting_subject():
    s = "马克思主义学说，是关于无产阶级解放的学说。"
    assert not reporting_subject(s, 0, s.index("，"))

from gui.reader_notices import pinyin_notice


def same(text: str) -> str:
    return text


def test_the_pinyin_notice_counts_every_mark_and_names_each_character_once():
    notice = pinyin_notice(same, True, article_open=True, annotator_ready=True, marked=["还", "畜", "还"])
    assert "本文 3 个字注了音（还、畜）" in notice


def test_the_pinyin_notice_cuts_a_long_list_of_characters():
    notice = pinyin_notice(same, True, article_open=True, annotator_ready=True, marked=list("一二三四五六七八九"))
    assert "（一、二、三、四、五、六、七、八……）" in notice


def test_the_pinyin_notice_says_when_readings_are_still_being_prepared():
    notice = pinyin_notice(same, True, article_open=True, annotator_ready=False, marked=[])
    assert "正在准备读音" in notice

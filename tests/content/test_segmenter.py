import subprocess
import sys

from content.segmenter import CACHE_NAME, Segmenter


def test_lexicon_words_stay_whole(data_dir):
    seg = Segmenter(data_dir)
    assert "正确政绩观" in seg.cut("树立和践行正确政绩观")


def test_cache_file_is_written_in_the_given_dir(data_dir):
    Segmenter(data_dir).load()
    assert (data_dir / CACHE_NAME).is_file()


def test_second_segmenter_reads_the_cache_and_cuts_the_same(data_dir):
    text = "山水林田湖草沙一体化保护和系统治理，东数西算"
    first = Segmenter(data_dir).cut(text)
    assert Segmenter(data_dir).cut(text) == first


def test_corrupt_cache_is_rebuilt(data_dir):
    (data_dir / CACHE_NAME).write_bytes(b"not marshal data")
    seg = Segmenter(data_dir)
    assert "新质生产力" in seg.cut("培育新质生产力")


def test_no_cache_dir_writes_nothing(tmp_path):
    Segmenter(None).load()
    assert not list(tmp_path.iterdir())


def test_loads_lazily():
    seg = Segmenter(None)
    assert not seg.loaded
    seg.cut("加强")
    assert seg.loaded


def test_idf_knows_generic_words_are_common(data_dir):
    seg = Segmenter(data_dir)
    assert seg.idf("推进") < seg.idf_median


def test_tag_marks_verbs(data_dir):
    assert Segmenter(data_dir).tag("推进") == "v"


def test_two_segmenters_do_not_share_words(data_dir):
    a, b = Segmenter(data_dir), Segmenter(data_dir)
    a.tokenizer.add_word("算电协同", freq=100000)
    assert "算电协同" in a.cut("深化算电协同")
    assert "算电协同" not in b.cut("深化算电协同")


def test_jieba_default_tokenizer_is_left_alone(data_dir):
    code = ("import sys; sys.path.insert(0, '.'); import jieba; from content.segmenter import Segmenter;"
            f"Segmenter({str(data_dir)!r}).load(); print(jieba.dt.initialized)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_importing_the_analyzer_loads_no_dictionary():
    code = ("import sys; sys.path.insert(0, '.'); import content.analysis;"
            "print('jieba' in sys.modules, 'pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_loading_skips_pkg_resources_and_still_cuts_and_tags(data_dir):
    """jieba imports pkg_resources only to open its own files; the segmenter never lets it, so that slow
    import is skipped, and afterwards pkg_resources can still be imported by anyone who wants it."""
    code = ("import sys; sys.path.insert(0, '.'); from content.segmenter import Segmenter;"
            f"s = Segmenter({str(data_dir)!r}); print('|'.join(s.cut('坚持正确政绩观')), s.tag('推进'),"
            "'pkg_resources' in sys.modules, sys.modules.get('pkg_resources', 0) is None)")
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["坚持|正确政绩观", "v", "False", "False"]

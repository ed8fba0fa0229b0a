import pytest

from content.model import BadInput
from quiz.file_output import OPEN_IN_OFFICE, write_export


def test_export_makes_the_missing_folder(tmp_path):
    out = write_export(tmp_path / "新建" / "a.txt", lambda p: open(p, "w").write("甲"), OPEN_IN_OFFICE)
    assert out.read_text() == "甲"


def test_a_path_that_cannot_be_written_is_bad_input_with_the_hint(tmp_path):
    (tmp_path / "a_file").write_text("")
    with pytest.raises(BadInput, match="Word/WPS"):
        write_export(tmp_path / "a_file" / "b.docx", lambda p: None, OPEN_IN_OFFICE)

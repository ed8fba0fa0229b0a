import os
import pathlib
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = pathlib.Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLE = ROOT / "content" / "data" / "sample_page.txt"


@pytest.fixture
def corpus_dir():
    """The real-article corpus beside the project; tests needing it skip only when it is absent."""
    path = CORPUS / "articles"
    if not path.is_dir():
        pytest.skip("../shared/corpus is absent")
    return path


@pytest.fixture
def sample_page_path():
    return SAMPLE


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "xueer-home"
    d.mkdir()
    return d

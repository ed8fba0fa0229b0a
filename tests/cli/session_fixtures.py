"""A data folder with two articles, and the CLI run on it, for the 集体学习 command tests."""
import pytest

from cli.runner import run_cli
from content.library import Library
from content.model import Article, Page, Section

TOPIC = "学习贯彻党的二十届四中全会精神"


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    lib = Library.open(home)
    lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文一。"])]),
                               Article("坚持问题导向", sections=[Section(None, ["正文二。"])])]), "p", "h")
    lib.close()
    return home


def cli(home, *argv) -> int:
    return run_cli(["--data-dir", str(home), *argv])

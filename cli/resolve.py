"""Turn a command-line target (a file path or a library article id) into analysed articles."""
from __future__ import annotations

from pathlib import Path

from content.library import Library
from content.model import Article, BadInput
from content.paths import data_dir_from


def open_library(data_dir) -> Library:
    return Library.open(data_dir_from(data_dir))


def make_analyzer(data_dir):
    from content.analysis import Analyzer
    return Analyzer(data_dir_from(data_dir))


def parse_file(path: Path) -> list[Article]:
    from content.importer import parse_text
    from content.reading import read_document
    return parse_text(read_document(path), path.name).articles


def analysed_file_articles(path: Path, data_dir) -> list[Article]:
    """Parse a file (writing nothing to the library) and fill each article's key terms."""
    articles = parse_file(path)
    analyzer = make_analyzer(data_dir)
    for art in articles:
        art.key_terms = analyzer.key_terms(art, corpus=[a for a in articles if a is not art])
    return articles


def library_article(lib: Library, article_id: int, data_dir) -> Article:
    return library_articles(lib, [article_id], data_dir)[0]


def library_articles(lib: Library, article_ids: list[int], data_dir) -> list[Article]:
    """Stored articles with current key terms: those with none yet, or an older extractor's, are
    analysed first, with one analyzer and one read of the library for them all."""
    from content.importer import analyse_article
    try:
        todo = [i for i in article_ids if not lib.analysis_current(i)]
        if todo:
            analyzer, corpus = make_analyzer(data_dir), [a for _, a in lib.all_articles()]
            for article_id in todo:
                analyse_article(lib, analyzer, article_id, corpus)
        return [lib.get_article(i) for i in article_ids]
    except KeyError as exc:
        raise BadInput(f"文库里没有编号为 {exc.args[0]} 的文章（用 list 命令查看编号）。") from None
    except OverflowError:  # a number too long for the database's integers: no article has it
        raise BadInput(f"文库里没有编号为 {', '.join(map(str, article_ids))} 的文章（用 list 命令查看编号）。") from None


def articles_for(target: str, data_dir) -> list[Article]:
    """A file path → its parsed, analysed articles; an article id → that stored article."""
    path = Path(target)
    if path.exists() or not target.isdigit():
        if not path.exists():
            raise BadInput(f"找不到文件，也不是文章编号：{target}")
        return analysed_file_articles(path, data_dir)
    with open_library(data_dir) as lib:
        return [library_article(lib, int(target), data_dir)]

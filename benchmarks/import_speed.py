"""Import speed: the whole import (read, parse, repair, store with search index) in chars/s,
next to bare jieba segmentation of the same text measured in the same run.

    python benchmarks/import_speed.py

Target: import at least 5x faster than bare segmentation.
"""
from __future__ import annotations

import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"

import jieba  # noqa: E402

from content.importer import import_files  # noqa: E402
from content.library import Library  # noqa: E402


def corpus_texts() -> list[pathlib.Path]:
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        sys.exit("需要 ../shared/corpus/articles")
    return files


def big_page(files, target_chars=2_000_000) -> str:
    """A 2 MB page: corpus articles one after another, each under its own title and byline."""
    parts, size, n = [], 0, 0
    while size < target_chars:
        for f in files:
            body = f.read_text(encoding="utf-8")
            n += 1
            block = f"## 第{n}篇 {f.stem}\n\n□作者{n}\n\n{body}\n\n（作者系某单位研究员）\n\n"
            parts.append(block)
            size += len(block)
    return "".join(parts)


def time_import(paths) -> tuple[float, float]:
    """Seconds for the import (read, parse, repair, store) and for bringing the search index up to date."""
    with tempfile.TemporaryDirectory() as d:
        lib = Library.open(pathlib.Path(d))
        t0 = time.perf_counter()
        results = import_files(lib, paths)
        t1 = time.perf_counter()
        lib.refresh_search_index()
        t2 = time.perf_counter()
        lib.close()
    assert all(r.ok for r in results), [r.message for r in results if not r.ok]
    return t1 - t0, t2 - t1


def time_segmentation(tok, texts) -> float:
    t0 = time.perf_counter()
    for t in texts:
        tok.lcut(t)
    return time.perf_counter() - t0


def main():
    files = corpus_texts()
    tok = jieba.Tokenizer()
    tok.initialize()
    with tempfile.TemporaryDirectory() as d:
        page = pathlib.Path(d) / "big_page.txt"
        page.write_text(big_page(files), encoding="utf-8")
        for label, paths in (("corpus articles", files), ("2 MB page", [page])):
            texts = [p.read_text(encoding="utf-8") for p in paths]
            chars = sum(len(t) for t in texts)
            runs_import, runs_seg = [], []
            for _ in range(3):  # interleaved, best of three each: the machine is noisy
                runs_import.append(time_import(paths))
                runs_seg.append(time_segmentation(tok, texts))
            t_import, t_index = min(runs_import)
            t_seg = min(runs_seg)
            print(f"{label:16} {chars:>9,} chars  import {chars / t_import:>10,.0f} chars/s "
                  f"(+ search index {chars / (t_import + t_index):>9,.0f})   jieba.lcut {chars / t_seg:>9,.0f} chars/s   "
                  f"ratio {t_seg / t_import:5.1f}x (target >= 5x; with index {t_seg / (t_import + t_index):4.1f}x)")


if __name__ == "__main__":
    main()

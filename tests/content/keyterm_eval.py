"""Measures of key-term quality, exactly as ../shared/eval/score_keyterms.py computes them.

Run as a script for a report on the development set and the hand lists in data/keyterms_hand.json:
    python tests/content/keyterm_eval.py
"""
from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles"
HAND_LISTS = Path(__file__).resolve().parent / "data" / "keyterms_hand.json"
# a second instructor's lists for five of the same articles, made without seeing the app or the first lists
SECOND_LISTS = Path(__file__).resolve().parent / "data" / "keyterms_second.json"
# lists for articles the extractor was never tuned on, made by an instructor who saw neither the app nor other lists
BLIND_LISTS = Path(__file__).resolve().parent / "data" / "keyterms_blind.json"
SAMPLE = ROOT / "content" / "data" / "sample_page.txt"
K = 40


def official_scorer():
    spec = importlib.util.spec_from_file_location("score_keyterms", SHARED / "eval" / "score_keyterms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class GoldArticle:
    name: str
    path: Path
    title: str | None
    terms: list[str]


def gold_articles() -> list[GoldArticle]:
    dev = json.loads((SHARED / "eval" / "keyterms_dev.json").read_text(encoding="utf-8"))
    found = [GoldArticle("dev:" + g["file"][:2], CORPUS / g["file"], None, g["key_terms"]) for g in dev["articles"]]
    hand = json.loads(HAND_LISTS.read_text(encoding="utf-8"))
    for g in hand["articles"]:
        path = SAMPLE if g.get("sample") else CORPUS / g["file"]
        name = ("sample:" if g.get("sample") else "hand:" + g["file"][:2] + ":") + g["title"]
        found.append(GoldArticle(name, path, g["title"], g["key_terms"]))
    second = json.loads(SECOND_LISTS.read_text(encoding="utf-8"))
    found += [GoldArticle("second:" + g["file"][:2], CORPUS / g["file"], None, g["key_terms"])
              for g in second["articles"]]
    blind = json.loads(BLIND_LISTS.read_text(encoding="utf-8"))
    found += [GoldArticle("blind:" + g["title"], CORPUS / g["file"], None, g["key_terms"]) for g in blind["articles"]]
    return found


def source_text(path: Path) -> str:
    """The file's text as the scorer reads it; a .pdf or .docx as the app reads it."""
    from content.reading import read_document
    return path.read_text(encoding="utf-8") if path.suffix == ".txt" else read_document(path)


def load_article(gold: GoldArticle):
    from content.page_parser import parse_page
    page = parse_page(source_text(gold.path), gold.path.name)
    if gold.title:
        return next(a for a in page.articles if gold.title in a.title), page.articles
    return max(page.articles, key=lambda a: a.char_count()), page.articles


def measure(analyzer, gold: GoldArticle) -> dict:
    scorer = official_scorer()
    article, page_articles = load_article(gold)
    terms = [t.term for t in analyzer.key_terms(article)]
    r, j, f, missing, junk, frag = scorer.score(gold.terms, terms, source_text(gold.path), K)
    return {"name": gold.name, "recall": r, "junk": j, "fragments": f, "missing": missing, "junk_terms": junk,
            "fragment_terms": frag, "terms": terms}


def agreement() -> list[tuple[str, float, float]]:
    """How far two instructors agree: each one's list scored as if the other's were the app's top terms."""
    scorer = official_scorer()
    golds = gold_articles()
    rows = []
    for second in (g for g in golds if g.name.startswith("second:")):
        first = next(g for g in golds if g.name.startswith("hand:" + second.name[7:9]))
        text = first.path.read_text(encoding="utf-8")
        rows.append((second.name[7:9], scorer.score(first.terms, second.terms, text, K)[0],
                     scorer.score(second.terms, first.terms, text, K)[0]))
    return rows


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from content.analysis import Analyzer
    analyzer = Analyzer(None)
    rows = [measure(analyzer, g) for g in gold_articles()]
    for row in rows:
        print(f"{row['name'][:28]:<28} recall@{K}={row['recall']:.2f} junk={row['junk']:.2f} "
              f"fragments={row['fragments']:.2f}")
        print("   missing:", " ".join(row["missing"]))
        if row["junk_terms"]:
            print("   junk:", " ".join(row["junk_terms"]))
        if row["fragment_terms"]:
            print("   fragments:", " ".join(row["fragment_terms"]))
        if "-v" in sys.argv:
            print("   terms:", " | ".join(row["terms"]))
    for name, ours, theirs in agreement():
        print(f"agreement {name}: first list found by the second {ours:.2f}, second by the first {theirs:.2f}")
    n = len(rows)
    print(f"overall recall@{K}={sum(r['recall'] for r in rows) / n:.2f} junk={sum(r['junk'] for r in rows) / n:.2f} "
          f"fragments={sum(r['fragments'] for r in rows) / n:.2f}")


if __name__ == "__main__":
    main()

"""One jieba tokenizer with the political lexicon, its dictionary cached in the data dir.

    >>> seg = Segmenter(cache_dir=None)
    >>> "新质生产力" in seg.cut("发展新质生产力")
    True

jieba's own cache load (`marshal.load` on an open file) takes over a second; reading the bytes and
unmarshalling them in one call is about three times faster, so the cache is ours: one file holding
the prefix dictionary and the IDF table together, rebuilt whenever jieba's files change.
"""
from __future__ import annotations

import gc
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path

from typing import TYPE_CHECKING

from content.fast_cut import FastCut
from content.lexicon_files import Lexicon

if TYPE_CHECKING:
    import jieba

CACHE_NAME = "jieba-xueer.cache"
COMMON_WORD = 100  # a dictionary count from which a two-character word is no accident of the dictionary (育新: 20)
CACHE_FORMAT = 4
# Lexicon words must win over jieba's splits (正确|政绩观); a frequency well above common
# words does that without making them swallow their neighbours.
LEXICON_FREQ = 20000
MAX_HEAD_WORD = 6
DOING_TAGS = frozenset({"vn", "i", "l"})  # verbs serving as nouns, idioms, set phrases
NOUNISH_TAGS = DOING_TAGS | {"j", "x", "eng"}


def _jieba():
    """jieba itself, imported on first load: importing this module stays cheap for the first window.

    jieba imports pkg_resources (0.15–0.3 s, a deprecated API) only to open its own files, and falls
    back to plain paths when that import fails; we never let jieba open them (the tables come from our
    cache or from the paths in _jieba_files), so the import is skipped for a faster first analysis."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # makes `import pkg_resources` raise ImportError
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba
    return jieba


def _jieba_files() -> tuple[Path, Path]:
    root = Path(_jieba().__file__).resolve().parent
    return root / "dict.txt", root / "analyse" / "idf.txt"


def _source_stamp() -> tuple:
    """Changes whenever jieba (and so its dictionary or IDF table) changes."""
    stamp = [CACHE_FORMAT, _jieba().__version__]
    for path in _jieba_files():
        st = path.stat()
        stamp += [st.st_size, int(st.st_mtime)]
    return tuple(stamp)


def _read_tags(path: Path) -> tuple[dict[str, str], list[str]]:
    """Part-of-speech tags of the words that are not nouns (nouns are the default), and the words tagged
    as nouns here that say what is done or how: verbs serving as nouns (培育, 发展), idioms and set
    phrases (紧紧抓住, 一以贯之)."""
    tags, doings = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        if parts[2] in DOING_TAGS:
            doings.append(parts[0])
        if not parts[2].startswith("n") and parts[2] not in NOUNISH_TAGS:
            tags[parts[0]] = parts[2]
    return tags, doings


def _read_idf(path: Path) -> tuple[dict[str, float], float]:
    idf: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, value = line.strip().partition(" ")
        if value:
            idf[word] = float(value)
    values = sorted(idf.values())
    median = values[len(values) // 2]
    # Only words more common than the median change a score (rarer ones are capped at the median's
    # weight anyway), so only they are kept: half the table, a tenth of a second less at start.
    return {w: v for w, v in idf.items() if v < median}, median


class Segmenter:
    """Owns a jieba.Tokenizer; loads lazily (or on `load()`, e.g. in a background thread)."""

    def __init__(self, cache_dir: Path | None = None, lexicon: Lexicon | None = None):
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()
        self._lock = threading.Lock()
        self._tokenizer: "jieba.Tokenizer | None" = None
        self._postokenizer = None
        self._fast_cut: FastCut | None = None
        self._idf: dict[str, float] = {}
        self._tags: dict[str, str] = {}
        self._doings: frozenset[str] = frozenset()
        self._idf_median = 0.0

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        with self._lock:
            if self._tokenizer is None:
                tokenizer = self._build()
                self._fast_cut = FastCut(tokenizer)
                self._tokenizer = tokenizer

    @property
    def tokenizer(self) -> "jieba.Tokenizer":
        if self._tokenizer is None:
            self.load()
        return self._tokenizer

    def cut(self, text: str) -> list[str]:
        """jieba's accurate mode with HMM, through FastCut (the same tokens, about twice as fast)."""
        if self._tokenizer is None:
            self.load()
        return self._fast_cut.cut(text)

    def head_words(self, text: str, limit: int = 2) -> list[str]:
        """The first words of a short text by longest dictionary match: a cheap cut for the few
        characters after a number or a closing quote (多万名|党员, “三权”|分置)."""
        freq = self.tokenizer.FREQ
        words, i = [], 0
        while i < len(text) and len(words) < limit:
            size = next((n for n in range(min(MAX_HEAD_WORD, len(text) - i), 1, -1) if freq.get(text[i:i + n])), 1)
            words.append(text[i:i + size])
            i += size
        return words

    def runs_across(self, text: str, offset: int) -> bool:
        """Whether a word runs across `offset` of the text (时代 across 新时|代西部, 发展 across
        经济带发|展): a common dictionary word, or a long one, that starts one or two characters before."""
        n = len(text)
        if offset < 1 or offset >= n:
            return False
        freq = self.tokenizer.FREQ.get
        for start in (offset - 1, offset - 2):
            if start < 0:
                break
            # jieba keeps every word's prefixes (at count 0): past a fragment it lacks no word goes on
            for end in range(start + 2, min(start + MAX_HEAD_WORD, n) + 1):
                count = freq(text[start:end])
                if count is None:
                    break
                if end > offset and count and (count >= COMMON_WORD or end - start >= 3):
                    return True
        return False

    def posseg(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs; the POS table loads on first call only."""
        tokenizer = self.tokenizer
        with self._lock:
            if self._postokenizer is None:
                import jieba.posseg
                self._postokenizer = jieba.posseg.POSTokenizer(tokenizer)
        return [(p.word, p.flag) for p in self._postokenizer.cut(text)]

    def idf(self, word: str) -> float:
        """jieba's inverse document frequency for a word, capped at the median (also for unknown words)."""
        if self._tokenizer is None:
            self.load()
        return self._idf.get(word, self._idf_median)

    @property
    def idf_median(self) -> float:
        """The median IDF, given to words jieba's table does not know."""
        if self._tokenizer is None:
            self.load()
        return self._idf_median

    def tag(self, word: str) -> str:
        """jieba's part of speech for non-noun words ("v", "p", "d", …); "" for nouns and unknown words."""
        if self._tokenizer is None:
            self.load()
        return self._tags.get(word, "")

    def acts(self, word: str) -> bool:
        """Whether jieba's dictionary has the word as one that says what is done or how: a verb, an
        adjective or an adverb, a verb serving as a noun (培育, 发展), an idiom or a set phrase (紧紧抓住);
        not 国产, 强制性, 新兴."""
        if self._tokenizer is None:
            self.load()
        return word in self._doings or self._tags.get(word, "")[:1] in ("v", "a", "d")

    def knows(self, word: str) -> bool:
        """True when the word is in jieba's dictionary or the lexicon (a count above 0: jieba keeps every
        word's prefixes at 0). Called for most candidates, so it reads the table without the property."""
        if self._tokenizer is None:
            self.load()
        return self._tokenizer.FREQ.get(word, 0) > 0

    def common(self, word: str, at_least: int = COMMON_WORD) -> bool:
        """A word of everyday text, no accident of the dictionary (创新, 进城; not 育新); `at_least`: the
        dictionary count that makes one (a word of three characters is rarer: 话匣子 37, 大手笔 75)."""
        if self._tokenizer is None:
            self.load()
        return self._tokenizer.FREQ.get(word, 0) >= at_least

    def _build(self) -> "jieba.Tokenizer":
        freq, total, idf, median, tags, doings = self._load_tables()
        tokenizer = _jieba().Tokenizer()
        tokenizer.FREQ, tokenizer.total = freq, total
        tokenizer.initialized = True
        for word in self.lexicon.jieba_words():
            tokenizer.add_word(word, freq=LEXICON_FREQ)
        self._idf, self._idf_median, self._tags = idf, median, tags
        self._doings = frozenset(doings)
        return tokenizer

    def _load_tables(self):
        cached = self._read_cache()
        if cached is not None:
            return cached
        dict_path, idf_path = _jieba_files()
        probe = _jieba().Tokenizer()
        with open(dict_path, "rb") as f:
            freq, total = probe.gen_pfdict(f)
        idf, median = _read_idf(idf_path)
        tags, doings = _read_tags(dict_path)
        self._write_cache((freq, total, idf, median, tags, doings))
        return freq, total, idf, median, tags, doings

    def _cache_path(self) -> Path | None:
        return self._cache_dir / CACHE_NAME if self._cache_dir is not None else None

    def _read_cache(self):
        path = self._cache_path()
        if path is None or not path.is_file():
            return None
        gc_was_on = gc.isenabled()
        gc.disable()  # unmarshalling half a million strings; collection passes only slow it down
        try:
            stamp, tables = marshal.loads(path.read_bytes())
        except (ValueError, EOFError, TypeError, OSError):
            return None
        finally:
            if gc_was_on:
                gc.enable()
        return tables if stamp == _source_stamp() else None

    def _write_cache(self, tables) -> None:
        path = self._cache_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-")
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps((_source_stamp(), tables)))
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only data dir only costs speed: the next start rebuilds

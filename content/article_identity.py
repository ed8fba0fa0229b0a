"""Which stored article a newly read one is: the same body text is the same article.

The title is left out on purpose: an untitled text gets its title from the file name or from its
first sentence, so the same report saved as two files may come in under two titles. Line breaks,
spaces, full- and half-width forms and curly or straight quotes do not count either.

    >>> from content.model import Article, Section
    >>> body = "新时代中国特色社会主义是在改革开放四十年的基础上形成的，是全党全国各族人民团结奋斗的旗帜，" * 2
    >>> a = Article("新时代中国特色社会主义", sections=[Section(None, [body])])
    >>> b = Article("新时代是什么时代", sections=[Section(None, [body[:20], " " + body[20:].replace("，", ",")])])
    >>> body_key(a) == body_key(b)
    True
"""
from __future__ import annotations

import hashlib
import json
import unicodedata

from content.model import Article

# Below this many normalised characters a body is too short to tell articles apart ("正文。"
# under two headings is two articles), so the title counts as well.
SHORT_BODY = 50

# NFKC already folds full-width ，：；（）＂ into their half-width forms; curly quotes it leaves alone.
_SAME_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def normalized(text: str) -> str:
    """Text as compared: NFKC, one kind of quote, no whitespace or invisible characters.

    >>> normalized("“六张网”　建设，\\n全面 推进")
    '"六张网"建设,全面推进'
    """
    text = unicodedata.normalize("NFKC", text or "").translate(_SAME_MARKS).translate(_INVISIBLE)
    return "".join(text.split())


def _key(title: str, parts: list[str]) -> str:
    body = "".join(normalized(p) for p in parts)
    if len(body) < SHORT_BODY:
        body = normalized(title) + "\x00" + body
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def body_parts(core_points: list[str], sections: list[tuple[str | None, list[str]]], author_bio: str) -> list[str]:
    """Everything a reader reads below the title, in order. Headings and core points are joined
    with the paragraphs, so a parse that takes a line for a heading and one that does not agree."""
    parts = list(core_points)
    for heading, paragraphs in sections:
        parts.extend([heading or "", *paragraphs])
    return parts + [author_bio or ""]


def body_key(article: Article) -> str:
    """The identity of an article's text (a hex digest)."""
    sections = [(s.heading, s.paragraphs) for s in article.sections]
    return _key(article.title, body_parts(article.core_points, sections, article.author_bio))


def stored_body_key(row: dict) -> str:
    """body_key of an article as the library stores it (a row of the articles table)."""
    sections = [(s["heading"], s["paragraphs"]) for s in json.loads(row["sections"])]
    parts = body_parts(json.loads(row["core_points"] or "[]"), sections, row["author_bio"] or "")
    return _key(row["title"], parts)

"""Character-level clean-up shared by file reading and page parsing.

    >>> clean_text("⼈民\\r\\n⺠族\\x00")
    '人民\\n民族'
"""
from __future__ import annotations

import re
import unicodedata

# PDF text layers often emit Kangxi radicals (U+2F00–U+2FD5) and CJK radical
# supplement forms (U+2E80–U+2EFF) instead of the ordinary ideographs. Kangxi
# radicals have NFKC mappings; most supplement forms have none, so the common
# simplified forms that stand for whole characters are mapped here by hand.
_RADICAL_SUPPLEMENT = {
    "⺠": "民", "⻓": "长", "⻘": "青", "⻛": "风", "⻣": "骨", "⻔": "门", "⻢": "马",
    "⻋": "车", "⻜": "飞", "⻝": "食", "⻅": "见", "⻉": "贝", "⻚": "页", "⻩": "黄",
    "⻬": "齐", "⻮": "齿", "⻳": "龟", "⻰": "龙", "⻥": "鱼", "⻦": "鸟", "⻆": "角",
    "⻄": "西", "⻤": "鬼", "⻨": "麦", "⺟": "母", "⻙": "韦", "⻧": "卤", "⻪": "黾",
    "⺩": "王", "⻁": "虎", "⺮": "竹", "⻗": "雨", "⻑": "長", "⺼": "肉", "⺽": "臼",
    "⺻": "聿", "⺜": "日", "⺝": "月", "⺗": "心", "⺌": "小", "⺁": "厂", "⺇": "几",
}

# Control characters other than newline and tab carry no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
_RADICALS = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")


def _fix_radical(match: re.Match) -> str:
    ch = match.group(0)
    if ch in _RADICAL_SUPPLEMENT:
        return _RADICAL_SUPPLEMENT[ch]
    return unicodedata.normalize("NFKC", ch)


def clean_text(text: str) -> str:
    """Normalise line ends to \\n, drop control characters, repair radical look-alikes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    text = text.replace("\u00a0", " ")
    if _RADICALS.search(text):
        text = _RADICALS.sub(_fix_radical, text)
    return text


# Web copies end with licence and reprint notices (wiki licence boxes, 版权声明, 免责声明). They are
# never article text; a notice line in the last part of the page cuts the page there.
_NOTICE = re.compile(r"^\s*(?:本作品(?:是|属于|在|采用|根据)|Public domain|版权(?:所有|声明)|免责声明|"
                     r"转载请注明|未经.{0,8}授权|本网站?(?:所有|刊载))", re.M)
_NOTICE_TAIL_SHARE = 0.6


def strip_notice_tail(text: str) -> str:
    r"""Cut a trailing licence/reprint notice.

    >>> strip_notice_tail("正文。" * 10 + "\n本作品属于公有领域。") == "正文。" * 10
    True
    """
    for match in _NOTICE.finditer(text):
        if match.start() >= len(text) * _NOTICE_TAIL_SHARE:
            return text[:match.start()].rstrip()
    return text

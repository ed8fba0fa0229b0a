"""Bodies and meetings named in passing: 市场监管总局, 中国消费者协会, 最高人民法院知识产权法庭,
河南省纪委监委, 中央政法工作会议. No verb sets them up (term_programmes finds those); the head word names
the kind of body or meeting and the nouns before it say which one.

    >>> words = {"河南省", "纪委", "监委", "市场监管", "总局", "发布", "中央", "政法", "工作", "会议", "召开", "了"}
    >>> def cut(text):
    ...     out, i = [], 0
    ...     while i < len(text):
    ...         w = next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w, i)), text[i])
    ...         out.append(w)
    ...         i += len(w)
    ...     return out
    >>> body_names("河南省纪委监委、市场监管总局发布通知。召开了中央政法工作会议。", cut, lambda w: w not in {"发布", "召开", "了"})
    ['河南省纪委监委', '市场监管总局', '中央政法工作会议']
"""
from __future__ import annotations

import re
from typing import Callable

# the kinds of bodies and meetings the field names (总局, 协会, 法庭 …; 工作会议, 全会, 对话会 …)
BODY_HEADS = ("总局", "协会", "法院", "法庭", "检察院", "纪委", "监委", "委员会", "联合会", "研究院", "科学院",
              "领导小组", "党组织", "工作会议", "全会", "对话会", "峰会", "博览会")
HEAD = re.compile("(?:" + "|".join(sorted(BODY_HEADS, key=len, reverse=True)) + ")$")
ANY_HEAD = re.compile("|".join(BODY_HEADS))
CLAUSES = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9—]+")  # 中国—东盟博览会 keeps its dash
DASH = "—"
# a word before the name that leaves it unfinished: a number (二|十国集团, 第二十届|中央委员会) or the 和 of an
# official name (中央网络安全和|信息化委员会, 国家发展和|改革委员会); 与 joins two bodies (管理所与|个私协会)
UNFINISHED = re.compile(r"[〇一二两三四五六七八九十百千0-9第届次和]$")
# levels of administration only name a kind of body (省委全会, 乡镇纪委, 村级党组织), no one body
LEVELS = frozenset("省委 市委 县委 区委 乡镇 村级 市县 省级 市级 县级 基层 各级 地方 年度".split())
MIN_BODY, MAX_BODY = 4, 16  # characters: 个私协会 … 最高人民法院知识产权法庭
MAX_WORDS = 6  # words before the head


def body_names(text: str, cut: Callable[[str], list[str]], naming: Callable[[str], bool],
               openers: frozenset[str] = frozenset()) -> list[str]:
    """naming: whether a word may stand in a body's name before its head (a noun or a name; no verb, no word
    of grammar); openers: the only words that may stand before a name the dictionary knows whole (not
    报告|中国科学院). A head the tokenizer cuts in two (工作|会议) is read whole; a name of one word needs more than a
    head's few characters (最高人民法院, not 委员会)."""
    found: list[str] = []
    if not ANY_HEAD.search(text):
        return found
    for clause in CLAUSES.split(text):
        if not ANY_HEAD.search(clause):
            continue
        words = cut(clause)
        for i, word in enumerate(words):
            head = HEAD.search("".join(words[max(0, i - 1):i + 1]))
            if not head or i + 1 < len(words) and HEAD.search(words[i + 1]):
                continue  # 河南省纪委|监委: the name goes on to a second head
            last = i - 1 if len(head.group()) > len(word) else i  # the head's first word
            first = last
            whole = len(words[last]) > MIN_BODY  # 中国科学院, 中国国际贸易促进委员会: the dictionary's own name
            while first > 0 and last - first < MAX_WORDS:
                if whole and words[first - 1] not in openers:
                    break  # 报告|中国科学院, 主办方|中国国际贸易促进委员会: no word of the sentence joins it
                if naming(words[first - 1]):
                    first -= 1
                elif words[first - 1] == DASH and first > 1 and naming(words[first - 2]):
                    first -= 2
                else:
                    break
            unfinished = first > 0 and UNFINISHED.search(words[first - 1])
            a_level_only = first < last and all(w in LEVELS for w in words[first:last])
            if unfinished or a_level_only:
                continue
            name = "".join(words[first:i + 1])
            if MIN_BODY <= len(name) <= MAX_BODY and (first < last or len(name) > MIN_BODY):
                found.append(name)
    return found

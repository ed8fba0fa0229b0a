"""What an import did, in the user's words (kept apart from the importer, which loads the page parser,
so the window can word its own summaries without loading it)."""
from __future__ import annotations

from content.library import KnownArticle


def done_message(name: str, added: bool, new_count: int, known: list[KnownArticle]) -> str:
    """What one import did, for the user: the articles already in the library are named by their
    library titles, so the user can find them there (the file may have called them otherwise).

    >>> done_message("报告.txt", False, 0, [KnownArticle(4, "政府工作报告", "报告")])
    '“报告.txt”已在文库中，文库里的标题是《政府工作报告》，没有重复导入。'
    """
    if not known:
        return f"已导入“{name}”：{new_count} 篇文章。"
    if added:
        return f"已导入“{name}”：{new_count} 篇文章。另有 {len(known)} 篇已在文库中（{known_titles(known)}），没有重复导入。"
    if all(k.title == k.read_as for k in known):
        return f"“{name}”已在文库中，没有重复导入。"
    if len(known) == 1:
        return f"“{name}”已在文库中，文库里的标题是{known_titles(known)}，没有重复导入。"
    return f"“{name}”里的 {len(known)} 篇文章已在文库中（{known_titles(known)}），没有重复导入。"


def known_titles(known: list[KnownArticle], most: int = 3) -> str:
    """《甲》《乙》《丙》等 5 篇: library titles, each once."""
    titles = list(dict.fromkeys(k.title for k in known))
    text = "".join(f"《{t}》" for t in titles[:most])
    return text + (f"等 {len(titles)} 篇" if len(titles) > most else "")

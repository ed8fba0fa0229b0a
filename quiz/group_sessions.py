"""Recording a group session (集体学习, 中心组学习, 主题党日) from what a person types or ticks.

    >>> from content.library import Library
    >>> from content.model import Article, Page, Section
    >>> lib = Library(":memory:")
    >>> _ = lib.import_page(Page("p", [Article("织密六张网", sections=[Section(None, ["正文。"])])]), "p", "h")
    >>> s = new_session(lib, "", "集体学习", "2026-11-27", lib.article_ids(), "王芳、李强")
    >>> (s.topic, s.kind.value, s.participants)
    ('学习《织密六张网》', 'group_study', ['王芳', '李强'])

The screens and the CLI both come here, so a session typed at either reaches the 学习台账 the same way.
"""
from __future__ import annotations

from datetime import date

from content.model import BadInput
from quiz.contest_store import SESSION_KIND_NAMES, GroupSession, GroupStore, SessionKind, suggested_topic

NAME_SEPARATORS = "，,、；; \t\n"


def split_names(text: str) -> list[str]:
    """“王芳、李强，赵敏” → the names, in order, each once (a sign-in list, typed as people do)."""
    for sep in NAME_SEPARATORS:
        text = text.replace(sep, "、")
    return list(dict.fromkeys(n for n in (part.strip() for part in text.split("、")) if n))


def parse_kind(text: str) -> SessionKind:
    """The form of a session by its code (group_study) or its Chinese name (集体学习, 主题党日, …)."""
    wanted = text.strip()
    for kind, name in SESSION_KIND_NAMES.items():
        if wanted in (kind.value, name):
            return kind
    partly = [kind for kind, name in SESSION_KIND_NAMES.items() if wanted and wanted in name]
    if len(partly) == 1:        # 中心组, 党日: what people call them
        return partly[0]
    names = "、".join(SESSION_KIND_NAMES.values())
    raise BadInput(f"学习形式“{text}”看不懂，可以写：{names}。")


def parse_day(text: str | date) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"日期“{text}”看不懂，请写成 2026-10-01 这样的格式。") from None


def new_session(lib, topic: str, kind: str | SessionKind, day: str | date, article_ids: list[int],
                participants: str | list[str], notes: str = "") -> GroupSession:
    """A checked session, not yet stored; the topic defaults to one made from the articles' titles."""
    titles = {s.id: s.title for s in lib.list_articles()}
    missing = [str(i) for i in article_ids if i not in titles]
    if missing:
        raise BadInput(f"文库里没有编号为 {'、'.join(missing)} 的文章（用 list 命令查看编号）。")
    ids = list(dict.fromkeys(article_ids))
    chosen = [titles[i] for i in ids]
    topic = topic.strip() or suggested_topic(chosen)
    if not topic:
        raise BadInput("请填写这次学习的主题，或选择学习的文章。")
    people = split_names(participants) if isinstance(participants, str) else split_names("、".join(participants))
    kind = kind if isinstance(kind, SessionKind) else parse_kind(kind)
    return GroupSession(parse_day(day).isoformat(), topic, ids, chosen, people, kind, notes.strip())


def session_json(store: GroupStore, session: GroupSession) -> dict:
    """The CLI's JSON for one session, with its contests' standings."""
    return {"id": session.id, "date": session.date, "topic": session.topic, "kind": session.kind.value,
            "kind_name": SESSION_KIND_NAMES[session.kind], "article_ids": session.article_ids,
            "article_titles": session.article_titles, "participants": session.participants,
            "notes": session.notes,
            "contests": [{"id": c.id, "title": c.title, "status": c.status.value,
                          "results": [{"rank": r.rank, "team": r.team, "colour": r.colour,
                                       "members": r.members, "score": r.score} for r in c.results]}
                         for c in store.contests(session.id)]}

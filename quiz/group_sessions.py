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

import re
import unicodedata
from datetime import date

from content.model import BadInput
from quiz.contest_store import (MAX_SESSION_MINUTES, SESSION_KIND_NAMES, GroupSession, GroupStore, SessionKind,
                                check_minutes, suggested_topic)

NAME_SEPARATORS = "，,、；; \t\n"
DETAIL_CHARS = 40          # a place or a name longer than this is a paste gone wrong
# “90”, “90分钟”, “1.5小时”, “2 个小时”: as people write a meeting's length
MINUTES_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*(分钟|分|min|小时|个小时|h)?", re.IGNORECASE)
HOUR_UNITS = ("小时", "个小时", "h")
EDITABLE = {"topic", "kind", "day", "article_ids", "participants", "notes", "minutes", "place", "host", "recorder"}


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


def parse_minutes(text: str | int | None) -> int | None:
    """The 时长 in whole minutes from what was typed (“90”, “90分钟”, “1.5小时”); None when left empty.

    >>> parse_minutes("90分钟"), parse_minutes("1.5小时"), parse_minutes(" ")
    (90, 90, None)
    """
    if text is None or isinstance(text, int):
        check_minutes(text)
        return text
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return None
    if typed[0] in "-−":
        raise BadInput(f"学习时长“{text}”不能是负数：请填 1 到 {MAX_SESSION_MINUTES} 之间的分钟数（如 90）。")
    match = MINUTES_TEXT.fullmatch(typed)
    if not match:
        raise BadInput(f"学习时长“{text}”看不懂：请填分钟数，例如 90（或写“1.5小时”），不知道可以不填。")
    number = float(match.group(1))
    minutes = round(number * 60) if (match.group(2) or "").lower() in HOUR_UNITS else number
    if minutes != int(minutes) or not 1 <= minutes <= MAX_SESSION_MINUTES:
        raise BadInput(f"学习时长“{text}”不对：请填 1 到 {MAX_SESSION_MINUTES} 之间的整数分钟（如 90），"
                       "不知道可以不填。")
    return int(minutes)


def clean_detail(text: str, what: str) -> str:
    """A 地点, 主持人 or 记录人 as typed, on one line; refused when far too long for a 台账 cell."""
    cleaned = " ".join((text or "").split())
    if len(cleaned) > DETAIL_CHARS:
        raise BadInput(f"{what}“{cleaned[:12]}…”太长了：请不超过 {DETAIL_CHARS} 个字。")
    return cleaned


def new_session(lib, topic: str, kind: str | SessionKind, day: str | date, article_ids: list[int],
                participants: str | list[str], notes: str = "", *, minutes: str | int | None = None,
                place: str = "", host: str = "", recorder: str = "") -> GroupSession:
    """A checked session, not yet stored; the topic defaults to one made from the articles' titles.
    The details a 台账 asks for (时长 in minutes, 地点, 主持人, 记录人) may all be left empty."""
    details = {"minutes": parse_minutes(minutes), "place": clean_detail(place, "地点"),
               "host": clean_detail(host, "主持人"), "recorder": clean_detail(recorder, "记录人")}
    ids, chosen = _articles(lib, article_ids)
    topic = topic.strip() or suggested_topic(chosen)
    if not topic:
        raise BadInput("请填写这次学习的主题，或选择学习的文章。")
    people = split_names(participants) if isinstance(participants, str) else split_names("、".join(participants))
    kind = kind if isinstance(kind, SessionKind) else parse_kind(kind)
    return GroupSession(parse_day(day).isoformat(), topic, ids, chosen, people, kind, notes.strip(), **details)


def _articles(lib, article_ids: list[int], kept: dict[int, str] | None = None) -> tuple[list[int], list[str]]:
    """The ids, each once, and their titles. `kept` are the articles a session already had, with the
    titles it recorded: they may stay after being removed from the library (the meeting still studied them)."""
    titles = {**(kept or {}), **{s.id: s.title for s in lib.list_articles()}}
    missing = [str(i) for i in article_ids if i not in titles]
    if missing:
        raise BadInput(f"文库里没有编号为 {'、'.join(missing)} 的文章（用 list 命令查看编号）。")
    ids = list(dict.fromkeys(article_ids))
    return ids, [titles[i] for i in ids]


def edited_session(lib, old: GroupSession, **changes) -> GroupSession:
    """`old` with the fields given changed, checked as `new_session` checks them; the fields not given
    stay as recorded (articles removed from the library since included). The names are those of
    `new_session`: topic, kind, day, article_ids, participants, notes, minutes, place, host, recorder.
    An emptied topic is made again from the articles, as when the session was added.

        >>> old = GroupSession("2026-11-27", "学习六张网", [], [], ["王芳"], minutes=90)
        >>> s = edited_session(None, old, minutes="", host="张书记")
        >>> (s.topic, s.minutes, s.host, s.participants)
        ('学习六张网', None, '张书记', ['王芳'])
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise TypeError(f"not a session field: {', '.join(sorted(unknown))}")
    ids, titles = old.article_ids, old.article_titles
    if "article_ids" in changes:
        ids, titles = _articles(lib, changes["article_ids"], dict(zip(old.article_ids, old.article_titles)))
    topic = (changes["topic"].strip() or suggested_topic(titles)) if "topic" in changes else old.topic
    if not topic:
        raise BadInput("请填写这次学习的主题，或选择学习的文章。")
    people = changes.get("participants", old.participants)
    kind = changes.get("kind", old.kind)
    return GroupSession(
        parse_day(changes.get("day", old.date)).isoformat(), topic, ids, titles,
        split_names(people) if isinstance(people, str) else split_names("、".join(people)),
        kind if isinstance(kind, SessionKind) else parse_kind(kind), changes.get("notes", old.notes).strip(),
        parse_minutes(changes.get("minutes", old.minutes)),
        clean_detail(changes.get("place", old.place), "地点"), clean_detail(changes.get("host", old.host), "主持人"),
        clean_detail(changes.get("recorder", old.recorder), "记录人"), old.id)


def session_json(store: GroupStore, session: GroupSession) -> dict:
    """The CLI's JSON for one session, with its contests' standings."""
    return {"id": session.id, "date": session.date, "topic": session.topic, "kind": session.kind.value,
            "kind_name": SESSION_KIND_NAMES[session.kind], "article_ids": session.article_ids,
            "article_titles": session.article_titles, "participants": session.participants,
            "notes": session.notes, "minutes": session.minutes, "place": session.place, "host": session.host,
            "recorder": session.recorder,
            "contests": [{"id": c.id, "title": c.title, "status": c.status.value,
                          "results": [{"rank": r.rank, "team": r.team, "colour": r.colour,
                                       "members": r.members, "score": r.score} for r in c.results]}
                         for c in store.contests(session.id)]}


def session_details(session: GroupSession) -> str:
    """“90 分钟，党员活动室，主持人 张书记，记录人 李强”: what was given of them, "" when none."""
    parts = [f"{session.minutes} 分钟" if session.minutes else "", session.place,
             f"主持人 {session.host}" if session.host else "", f"记录人 {session.recorder}" if session.recorder else ""]
    return "，".join(p for p in parts if p)


def session_line(session: GroupSession) -> str:
    """“2026-11-27 集体学习：学习六张网（2 人参加）”: a session named for a question about it."""
    return (f"{session.date} {SESSION_KIND_NAMES[session.kind]}：{session.topic}"
            f"（{len(session.participants)} 人参加）")


def contests_kept_note(count: int) -> str:
    """What becomes of a deleted session's 知识竞赛 (GroupStore.delete_session detaches them), "" when none."""
    if not count:
        return ""
    return (f"这次学习的 {count} 场知识竞赛记录保留下来（没赛完的仍可接着进行），"
            "但不再属于任何一次学习，学习台账里不再列出它们的成绩。")

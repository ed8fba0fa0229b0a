"""CLI subcommands for self-study: profiles, review-due, wrong-book, progress, exams."""
from __future__ import annotations

from cli.resolve import open_library
from cli.runner import EXIT_OK, print_json, record_id
from content.model import BadInput


def register(sub) -> None:
    """Add this module's subcommands to the CLI's subparsers."""
    p = sub.add_parser("profiles", help="列出、添加或切换学习者")
    p.add_argument("--add", metavar="姓名", help="添加一位学习者")
    p.add_argument("--unit", default="", metavar="单位", help="与 --add 一起用：所在单位或支部")
    p.add_argument("--switch", type=record_id, metavar="编号", help="切换当前学习者")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_profiles)
    for name, handler, text in (("review-due", cmd_review_due, "今天要复习的卡片"),
                                ("wrong-book", cmd_wrong_book, "错题本（可导出 Excel）"),
                                ("progress", cmd_progress, "学习进度"),
                                ("exams", cmd_exams, "测验记录")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--profile", type=record_id, metavar="编号", help="学习者编号（默认：当前学习者）")
        p.add_argument("--json", action="store_true")
        if name == "wrong-book":
            p.add_argument("--out", metavar="文件.xlsx", help="导出到 Excel 文件")
        p.set_defaults(handler=handler)


class _Study:
    """The library and the learning store for one command, closed on leaving."""

    def __init__(self, args):
        from quiz.learning_store import LearningStore
        from quiz.profiles import Profiles
        self.lib = open_library(args.data_dir)
        self.store = LearningStore(self.lib.db)
        self.profiles = Profiles(self.store)
        chosen = getattr(args, "profile", None)
        self.profile_id = self.profiles.get(chosen).id if chosen else self.store.ensure_profile()

    def titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.lib.list_articles()}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.lib.close()


def cmd_profiles(args) -> int:
    with _Study(args) as study:
        if args.add:
            created = study.profiles.create(args.add, args.unit)
            print(f"已添加学习者：{created.label}（编号 {created.id}）")
        if args.switch is not None:
            print(f"当前学习者：{study.profiles.switch(args.switch).label}")
        current = study.store.ensure_profile()
        rows = [{"id": p.id, "name": p.name, "unit": p.unit, "current": p.id == current,
                 "desired_retention": p.desired_retention, "new_per_day": p.new_per_day,
                 "exam_date": p.exam_date.isoformat() if p.exam_date else None}
                for p in study.profiles.all()]
        if args.json:
            print_json({"profiles": rows})
        elif not (args.add or args.switch is not None):
            for r in rows:
                print(f"{'*' if r['current'] else ' '} {r['id']}. {r['name']}  {r['unit']}")
    return EXIT_OK


def cmd_review_due(args) -> int:
    from quiz.review_queue import ReviewQueue
    with _Study(args) as study:
        queue = ReviewQueue(study.store, study.profile_id)
        counts = queue.counts()
        due = [{"id": c.id, "article_id": c.article_id, "kind": c.kind, "front": c.front, "due": c.due}
               for c in queue.due_cards()]
        if args.json:
            print_json({"profile": study.profile_id, "new": counts.new, "learning": counts.learning,
                        "review": counts.review, "due": due})
        else:
            print(f"今天：新卡 {counts.new} 张，学习中 {counts.learning} 张，待复习 {counts.review} 张")
            for card in due:
                print(f"  {card['front']}")
    return EXIT_OK


def cmd_wrong_book(args) -> int:
    from quiz.wrong_book import OTHER_ARTICLE, WrongBook
    with _Study(args) as study:
        book = WrongBook(study.store, study.profile_id)
        titles = study.titles()
        if args.out:
            if not args.out.lower().endswith(".xlsx"):
                raise BadInput("错题本只能导出为 .xlsx 文件，例如：--out 错题本.xlsx")
            path = book.export_xlsx(args.out, titles)
            print(f"已导出 {book.count()} 道错题到 {path}")
        groups = [{"article_id": aid, "title": titles.get(aid, OTHER_ARTICLE),
                   "items": [{"question": i.question, "wrong_count": i.wrong_count, "streak": i.streak,
                              "last_given": i.last_given} for i in items]}
                  for aid, items in book.grouped()]
        if args.json:
            print_json({"profile": study.profile_id, "articles": groups})
        elif not args.out:
            for group in groups:
                print(f"{group['title']}：{len(group['items'])} 道")
                for item in group["items"]:
                    print(f"  {item['question']['stem']}（错 {item['wrong_count']} 次）")
    return EXIT_OK


def cmd_progress(args) -> int:
    from quiz.progress import article_mastery, due_forecast, study_calendar, study_streak
    with _Study(args) as study:
        titles = study.titles()
        mastery = [{"article_id": m.article_id, "title": titles.get(m.article_id, ""),
                    "mastery": round(m.mastery, 3), "cards": m.cards, "answers": m.answers}
                   for m in article_mastery(study.store, study.profile_id)]
        calendar = {d.isoformat(): n for d, n in study_calendar(study.store, study.profile_id).items()}
        forecast = [{"date": d, "due": n} for d, n in due_forecast(study.store, study.profile_id)]
        streak = study_streak(study.store, study.profile_id)
        if args.json:
            print_json({"profile": study.profile_id, "streak_days": streak, "articles": mastery,
                        "calendar": calendar, "due_forecast": forecast})
        else:
            print(f"连续学习 {streak} 天；共学习 {len(calendar)} 天")
            for m in mastery:
                print(f"  {m['title'] or m['article_id']}：掌握 {m['mastery']:.0%}")
    return EXIT_OK


def cmd_exams(args) -> int:
    from quiz.exam import exam_history
    with _Study(args) as study:
        rows = [{"id": h.exam_id, "created_at": h.created_at.isoformat(), "questions": h.total,
                 "score": h.score, "status": h.status.value}
                for h in exam_history(study.store, study.profile_id)]
        if args.json:
            print_json({"profile": study.profile_id, "exams": rows})
        else:
            for r in rows:
                score = "未完成" if r["score"] is None else f"{r['score']:.0f} 分"
                print(f"  {r['created_at'][:16]}  {r['questions']} 题  {score}")
    return EXIT_OK

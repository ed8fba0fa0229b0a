"""CLI subcommands for group study: printed papers, the study ledger, study packs.

    python main.py paper 文件或文章编号... --count 30 --seed 1 --out 试卷.docx [--variants A,B] [--title 标题]
    python main.py paper --set 3 --out 试卷.pdf          (a saved, reviewed question set)
    python main.py ledger --out 台账.xlsx [--from 2026-10-01 --to 2026-12-31] [--unit 第一党支部]
    python main.py pack export 1 2 3 --out 周五学习.xuepack [--count 30 --seed 1] [--set 3 …]
    python main.py pack import 周五学习.xuepack
    python main.py pack sets [--json]                  (saved question sets, their numbers for --set)
    python main.py session add --topic 学习贯彻党的二十届四中全会精神 --kind 集体学习 --date 2026-11-27
                               --articles 1 2 --people 王芳、李强 [--minutes 90] [--place 党员活动室]
                               [--host 张书记] [--recorder 李强] [--notes …] [--json]
    python main.py session list [--from 2026-10-01 --to 2026-12-31] [--json]
    python main.py session edit 3 --minutes 90 --host 张书记 [--json]   (only the options given change)
    python main.py session delete 3 [--json]           (its 知识竞赛 are kept, detached from it)
    python main.py paper-scores add --title 学习贯彻二十届四中全会精神测试（A卷） [--date 2026-11-27] [--full 100]
                                    [--topic …] [--articles 1,2] [--skip-bad] [--json] 成绩.txt   (or - for stdin)
    python main.py paper-scores list [--from 2026-10-01 --to 2026-12-31] [--json]
    python main.py paper-scores delete 3              (a sitting entered by mistake, by its number from list)

`paper-scores list --json` prints {"sittings": [{"id", "date", "title", "topic", "article_ids", "full_marks",
"scores": [{"name", "unit", "score", "percent"}]}]} (percent: the score on a 100 scale); `add --json` prints
{"sitting": {…}} in the same shape. `session list --json` prints {"sessions": [{"id", "date", "topic", "kind",
"kind_name", "article_ids", "article_titles", "participants", "notes", "minutes" (int or null), "place", "host",
"recorder", "contests"}]}; `pack sets --json` prints {"sets": [{"id", "title", "questions" (count),
"article_ids", "from_pack" (the pack it came in, or null)}]}; `session add --json` and `session edit --json` print {"session": {…}};
`session delete --json` prints {"deleted": {…the session as it was…}, "contests_kept": N} (N contests detached).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cli.resolve import articles_for, library_articles, open_library
from cli.runner import EXIT_OK, print_json, record_id
from content.model import BadInput
from content.reading import decode_text
from quiz.contest_store import SESSION_KIND_NAMES, GroupStore
from quiz.group_sessions import (contests_kept_note, edited_session, new_session, session_details, session_json,
                                 session_line)
from quiz.ledger import write_ledger
from quiz.ledger_period import Period
from quiz.ledger_source import LedgerSource, saved_unit
from quiz.paper_export import export_paper, parse_variants
from quiz.paper_scores import BadLine, new_sitting, parse_scores, sitting_json
from quiz.question_sets import QuestionSetStore, generate_set
from quiz.pack_contents import PackSets, complete_sets, incomplete_sets
from quiz.study_pack import export_pack, import_pack, pack_contents

DEFAULT_TITLE = "理论学习测试"
# `session edit`: option → (new_session's name, help); an option left out keeps what was recorded
EDIT_OPTIONS = {"--topic": ("topic", "学习主题（写空字符串则按文章标题重拟）"),
                "--kind": ("kind", "学习形式：集体学习、理论学习中心组学习、主题党日、知识竞赛"),
                "--date": ("day", "日期，例如 2026-11-27"),
                "--people": ("participants", "参加人员，用顿号分开：王芳、李强（替换原来的名单）"),
                "--minutes": ("minutes", "学习时长（分钟），例如 90；写空字符串则清空"),
                "--place": ("place", "地点；写空字符串则清空"),
                "--host": ("host", "主持人；写空字符串则清空"),
                "--recorder": ("recorder", "记录人；写空字符串则清空"),
                "--notes": ("notes", "备注；写空字符串则清空")}


def register(sub) -> None:
    """Add this module's subcommands to the CLI's subparsers."""
    p = sub.add_parser("paper", help="出一份试卷（Word 或 PDF），答案另存一个文件")
    p.add_argument("targets", nargs="*", metavar="文件或文章编号")
    p.add_argument("--count", type=int, default=30, help="题目数量（默认 30）")
    p.add_argument("--seed", type=int, default=1, help="题目组合编号：同一编号出同一套题（默认 1）")
    p.add_argument("--out", required=True, help="输出文件：试卷.docx 或 试卷.pdf")
    p.add_argument("--variants", default="", help="卷别，例如 A,B（每卷选项顺序不同）")
    p.add_argument("--title", default=DEFAULT_TITLE, help=f"试卷标题（默认“{DEFAULT_TITLE}”）")
    p.add_argument("--set", type=record_id, default=None, dest="set_id", help="用已保存并审阅过的题目集（编号）")
    p.set_defaults(handler=cmd_paper)

    p = sub.add_parser("ledger", help="导出学习台账（Excel）")
    p.add_argument("--out", required=True, help="输出文件：台账.xlsx")
    p.add_argument("--from", dest="date_from", default=None, help="起始日期，例如 2026-10-01（默认不限）")
    p.add_argument("--to", dest="date_to", default=None, help="截止日期，例如 2026-12-31（默认不限）")
    p.add_argument("--unit", default=None, help="单位/支部：填给没有登记单位的人员，并写在表头（默认用上次导出时的）")
    p.set_defaults(handler=cmd_ledger)

    p = sub.add_parser("pack", help="学习包：导出文章与题目，或在另一台电脑导入")
    pack_sub = p.add_subparsers(dest="pack_command", parser_class=type(p))
    e = pack_sub.add_parser("export", help="把文库文章（含关键词修订和审阅过的题目）导出为学习包")
    e.add_argument("ids", nargs="*", type=record_id, metavar="文章编号")
    e.add_argument("--out", required=True, help="输出文件：名称.xuepack")
    e.add_argument("--count", type=int, default=0, help="另外生成这么多道题放进学习包（默认只放已保存的题目集）")
    e.add_argument("--seed", type=int, default=1)
    e.add_argument("--set", type=record_id, action="append", default=[], dest="set_ids", metavar="编号",
                   help="放进这套已保存的题目（pack sets 查看编号），它出自的文章一并放入；可写多次")
    e.set_defaults(handler=cmd_pack_export)
    i = pack_sub.add_parser("import", help="导入学习包（重复导入不会重复添加）")
    i.add_argument("file", metavar="学习包文件")
    i.set_defaults(handler=cmd_pack_import)
    s = pack_sub.add_parser("sets", help="列出已保存的题目集（出试卷保存的、学习包带来的）及其编号")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_pack_sets)
    p.set_defaults(handler=lambda args: _usage(p))
    _register_session(sub)
    _register_paper_scores(sub)


def _register_session(sub) -> None:
    p = sub.add_parser("session", help="集体学习记录：登记一次集体学习（进入学习台账），或列出已有的记录")
    session_sub = p.add_subparsers(dest="session_command", parser_class=type(p))
    a = session_sub.add_parser("add", help="登记一次集体学习、中心组学习或主题党日")
    a.add_argument("--topic", default="", help="学习主题，例如“学习贯彻党的二十届四中全会精神”（默认用文章标题）")
    a.add_argument("--kind", default="集体学习", help="学习形式：集体学习、理论学习中心组学习、主题党日、知识竞赛")
    a.add_argument("--date", default=None, help="日期，例如 2026-11-27（默认今天）")
    a.add_argument("--articles", nargs="*", type=record_id, default=[], metavar="文章编号", help="学习的文章编号")
    a.add_argument("--people", default="", help="参加人员，用顿号分开：王芳、李强")
    a.add_argument("--minutes", default="", help="学习时长（分钟），例如 90（可不填）")
    a.add_argument("--place", default="", help="地点，例如“党员活动室”（可不填）")
    a.add_argument("--host", default="", help="主持人（可不填）")
    a.add_argument("--recorder", default="", help="记录人（可不填）")
    a.add_argument("--notes", default="", help="备注")
    a.add_argument("--json", action="store_true", help="以 JSON 输出登记的记录")
    a.set_defaults(handler=cmd_session_add)
    _period_list(session_sub, "列出集体学习记录（含知识竞赛）", cmd_session_list)
    e = session_sub.add_parser("edit", help="修改登记错了的一次集体学习（编号见 session list）：只改给出的项")
    e.add_argument("session_id", type=record_id, metavar="编号")
    for option, (dest, help_text) in EDIT_OPTIONS.items():
        e.add_argument(option, dest=dest, default=None, help=help_text)
    e.add_argument("--articles", nargs="*", type=record_id, default=None, metavar="文章编号",
                   help="学习的文章编号（替换原来的；只写 --articles 不写编号则清空）")
    e.add_argument("--json", action="store_true", help="以 JSON 输出修改后的记录")
    e.set_defaults(handler=cmd_session_edit)
    d = session_sub.add_parser("delete", help="删除登记错了的一次集体学习（编号见 session list）")
    d.add_argument("session_id", type=record_id, metavar="编号")
    d.add_argument("--json", action="store_true", help="以 JSON 输出删除的记录")
    d.set_defaults(handler=cmd_session_delete)
    p.set_defaults(handler=lambda args: _usage(p))


def _period_list(sub, help_text: str, handler) -> None:
    """A `list` subcommand over a period: --from/--to dates (open-ended by default) and --json."""
    ls = sub.add_parser("list", help=help_text)
    ls.add_argument("--from", dest="date_from", default=None, help="起始日期（默认不限）")
    ls.add_argument("--to", dest="date_to", default=None, help="截止日期（默认不限）")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handler)


def _register_paper_scores(sub) -> None:
    p = sub.add_parser("paper-scores", help="纸质试卷成绩：录入手工批改的试卷得分（进入学习台账），或列出已录入的")
    scores_sub = p.add_subparsers(dest="paper_scores_command", parser_class=type(p))
    a = scores_sub.add_parser("add", help="录入一份试卷的成绩：文件里每行一人，例如“王芳 92”或“王芳，92”")
    a.add_argument("file", metavar="成绩文件", help="文本文件（UTF-8 或 GBK）；写 - 则从标准输入读")
    a.add_argument("--title", required=True, help="试卷名称，例如“学习贯彻二十届四中全会精神测试（A卷）”")
    a.add_argument("--date", default=None, help="考试日期，例如 2026-11-27（默认今天）")
    a.add_argument("--full", default="100", help="满分（默认 100）")
    a.add_argument("--topic", default="", help="学习主题（可不填）")
    a.add_argument("--articles", default="", metavar="文章编号", help="试卷考的文章编号，用逗号分开：1,2（可不填）")
    a.add_argument("--skip-bad", action="store_true", help="有看不懂的行时仍录入其余的行（默认整份不录入）")
    a.add_argument("--json", action="store_true", help="以 JSON 输出录入的成绩")
    a.set_defaults(handler=cmd_paper_scores_add)
    _period_list(scores_sub, "列出已录入的纸质试卷成绩", cmd_paper_scores_list)
    d = scores_sub.add_parser("delete", help="删除录错的一份试卷成绩（编号见 paper-scores list）")
    d.add_argument("sitting_id", type=record_id, metavar="编号")
    d.set_defaults(handler=cmd_paper_scores_delete)
    p.set_defaults(handler=lambda args: _usage(p))


def _usage(parser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def cmd_paper(args) -> int:
    if not 1 <= args.count <= 500:
        raise BadInput("题目数量应在 1 到 500 之间。")
    variants = parse_variants(args.variants)
    questions = _saved_set(args) if args.set_id is not None else _generated(args)
    written = export_paper(questions, args.title, Path(args.out), seed=args.seed, variants=variants)
    if args.set_id is None and len(questions) < args.count:
        sys.stderr.write(f"提示：要求 {args.count} 题，这些文章只出得了 {len(questions)} 道合格的题目。\n")
    _say(f"已生成试卷（{len(questions)} 题）：")
    for path in written:
        _say(f"  {path}")
    return EXIT_OK


def _saved_set(args) -> list[dict]:
    with open_library(args.data_dir) as lib:
        return QuestionSetStore(lib.db).get(args.set_id).questions


def _generated(args) -> list[dict]:
    if not args.targets:
        raise BadInput("请给出文件或文章编号，或用 --set 指定已保存的题目集。")
    articles = [a for target in args.targets for a in articles_for(target, args.data_dir)]
    return generate_set(articles, args.count, args.seed).questions


def cmd_ledger(args) -> int:
    period = Period.parse(args.date_from, args.date_to)
    with open_library(args.data_dir) as lib:
        unit = args.unit.strip() if args.unit is not None else saved_unit(lib.db)
        out = write_ledger(LedgerSource(lib, period, unit), Path(args.out))
    _say(f"已导出学习台账：{out}")
    return EXIT_OK


def cmd_pack_export(args) -> int:
    """The articles given, plus every saved set they cover and the sets asked for with --set (with their
    articles); a set that also needs other articles is left out and named, never packed half."""
    if not args.ids and not args.set_ids:
        raise BadInput("请给出文章编号，或用 --set 指定一套题目。")
    with open_library(args.data_dir) as lib:
        store = QuestionSetStore(lib.db)
        asked = [store.get(i) for i in dict.fromkeys(args.set_ids)]
        saved = store.all()
        sets = asked + [qs for qs in complete_sets(saved, args.ids) if qs.id not in set(args.set_ids)]
        if args.count:
            articles = library_articles(lib, args.ids, args.data_dir)
            sets.append(generate_set(articles, args.count, args.seed, article_ids=args.ids))
        contents = pack_contents(lib, args.ids, sets)
        left_out = [qs for qs in incomplete_sets(saved, contents.article_ids) if qs.id not in set(args.set_ids)]
        out = export_pack(lib, args.ids, Path(args.out), question_sets=sets)
    _say(f"已导出学习包：{out}（{contents.summary()}）")
    if contents.added_for_sets:
        _say(f"题目出自的文章 {'、'.join(map(str, contents.added_for_sets))} 也一并放入了。")
    for qs in left_out:
        _say(f"题目集 {qs.id}“{qs.title}”还出自其他文章，没有放入；要放入请加 --set {qs.id}。")
    return EXIT_OK


def cmd_pack_sets(args) -> int:
    with open_library(args.data_dir) as lib:
        sets = QuestionSetStore(lib.db).all()
        packs = {qs.id: title for qs, title, _when in PackSets(lib.db).imported()}
    rows = [{"id": qs.id, "title": qs.title, "questions": len(qs.questions), "article_ids": qs.article_ids,
             "from_pack": packs.get(qs.id)} for qs in sets]
    if args.json:
        print_json({"sets": rows})
        return EXIT_OK
    if not rows:
        _say("还没有保存的题目集：在学而窗口里用“集体学习 → 出试卷”出一份试卷（导出时保存这套题），或导入带题目的学习包。")
    for r in rows:
        source = f"，{r['from_pack']}" if r["from_pack"] else ""
        _say(f"{r['id']}. {r['title']}（{r['questions']} 题，文章 {'、'.join(map(str, r['article_ids']))}{source}）")
    return EXIT_OK


def cmd_pack_import(args) -> int:
    with open_library(args.data_dir) as lib:
        result = import_pack(lib, Path(args.file))
    _say(result.message())
    return EXIT_OK


def cmd_session_add(args) -> int:
    with open_library(args.data_dir) as lib:
        store = GroupStore(lib.db)
        session = new_session(lib, args.topic, args.kind, args.date or date.today(), args.articles, args.people,
                              args.notes, minutes=args.minutes, place=args.place, host=args.host,
                              recorder=args.recorder)
        session = store.session(store.add_session(session))
        if args.json:
            print_json({"session": session_json(store, session)})
        else:
            details = session_details(session)
            _say(f"已登记：{session.date} {session.topic}（{len(session.participants)} 人参加"
                 + (f"；{details}）" if details else "）"))
    return EXIT_OK


def cmd_session_list(args) -> int:
    period = Period.parse(args.date_from, args.date_to)
    with open_library(args.data_dir) as lib:
        store = GroupStore(lib.db)
        sessions = [s for s in store.sessions() if period.contains_stamp(s.date)]
        if args.json:
            print_json({"sessions": [session_json(store, s) for s in sessions]})
            return EXIT_OK
        for s in sessions:
            _say(f"{s.id}\t{s.date}\t{SESSION_KIND_NAMES[s.kind]}\t{s.topic}\t{len(s.participants)} 人"
                 + (f"\t{details}" if (details := session_details(s)) else ""))
        if not sessions:
            _say("还没有集体学习记录。")
    return EXIT_OK


def cmd_session_edit(args) -> int:
    changes = {dest: getattr(args, dest) for dest, _help in EDIT_OPTIONS.values() if getattr(args, dest) is not None}
    if args.articles is not None:
        changes["article_ids"] = args.articles
    if not changes:
        raise BadInput("没有要修改的内容：请给出要改的项，例如 --minutes 90 或 --host 张书记。")
    with open_library(args.data_dir) as lib:
        store = GroupStore(lib.db)
        store.update_session(args.session_id, edited_session(lib, store.session(args.session_id), **changes))
        session = store.session(args.session_id)
        if args.json:
            print_json({"session": session_json(store, session)})
            return EXIT_OK
    details = session_details(session)
    _say(f"已修改：{session.id}\t{session.date} {SESSION_KIND_NAMES[session.kind]} {session.topic}"
         f"（{len(session.participants)} 人参加" + (f"；{details}）" if details else "）"))
    return EXIT_OK


def cmd_session_delete(args) -> int:
    with open_library(args.data_dir) as lib:
        store = GroupStore(lib.db)
        session = store.session(args.session_id)
        shown = session_json(store, session)
        detached = store.delete_session(args.session_id)
    if args.json:
        print_json({"deleted": shown, "contests_kept": detached})
        return EXIT_OK
    _say(f"已删除：{session_line(session)}")
    if detached:
        _say(contests_kept_note(detached))
    return EXIT_OK


def _score_text(name: str) -> str:
    if name == "-":
        return decode_text(sys.stdin.buffer.read(), "标准输入")
    path = Path(name)
    if not path.is_file():
        raise BadInput(f"找不到成绩文件“{name}”。")
    return decode_text(path.read_bytes(), path.name)


def _bad_lines(bad: list[BadLine]) -> str:
    return "以下几行看不懂：\n" + "\n".join("  " + b.message() for b in bad)


def _article_ids(text: str) -> list[int]:
    parts = [p for p in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if p.strip()]
    if not all(p.strip().isdigit() for p in parts):
        raise BadInput(f"文章编号“{text}”看不懂，请写成 1,2 这样。")
    return [int(p) for p in parts]


def cmd_paper_scores_add(args) -> int:
    parsed = parse_scores(_score_text(args.file))
    if parsed.bad and not args.skip_bad:
        raise BadInput(_bad_lines(parsed.bad) + "\n请改好这几行再录入（或加 --skip-bad 只录入看得懂的行）。这次没有录入任何成绩。")
    with open_library(args.data_dir) as lib:
        ids = _article_ids(args.articles)
        missing = [str(i) for i in ids if i not in set(lib.article_ids())]
        if missing:
            raise BadInput(f"文库里没有编号为 {'、'.join(missing)} 的文章（用 list 命令查看编号）。")
        sitting = new_sitting(args.date or date.today(), args.title, parsed.rows, args.full, args.topic, ids)
        store = GroupStore(lib.db)
        sitting = store.paper_sitting(store.add_paper_sitting(sitting))
    if parsed.bad:
        sys.stderr.write(_bad_lines(parsed.bad) + "\n这几行没有录入。\n")
    if args.json:
        print_json({"sitting": sitting_json(sitting)})
    else:
        _say(f"已录入：{sitting.date} {sitting.title}，{len(sitting.scores)} 人（满分 {sitting.full_marks:g} 分）")
    return EXIT_OK


def cmd_paper_scores_list(args) -> int:
    period = Period.parse(args.date_from, args.date_to)
    with open_library(args.data_dir) as lib:
        sittings = [s for s in GroupStore(lib.db).paper_sittings() if period.contains_stamp(s.date)]
    if args.json:
        print_json({"sittings": [sitting_json(s) for s in sittings]})
        return EXIT_OK
    for s in sittings:
        average = sum(x.percent(s.full_marks) for x in s.scores) / len(s.scores)
        _say(f"{s.id}\t{s.date}\t{s.title}\t{len(s.scores)} 人\t满分 {s.full_marks:g}\t平均 {average:.1f}（百分制）")
    if not sittings:
        _say("还没有录入纸质试卷成绩。")
    return EXIT_OK


def cmd_paper_scores_delete(args) -> int:
    with open_library(args.data_dir) as lib:
        store = GroupStore(lib.db)
        sitting = store.paper_sitting(args.sitting_id)
        store.delete_paper_sitting(args.sitting_id)
    _say(f"已删除：{sitting.date} {sitting.title}（{len(sitting.scores)} 人的成绩）")
    return EXIT_OK

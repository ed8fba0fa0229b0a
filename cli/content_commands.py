"""CLI subcommands of content/: inspect, import, list, show, search, terms, rename, delete."""
from __future__ import annotations

import sys
from pathlib import Path

from cli.resolve import analysed_file_articles, library_article, make_analyzer, open_library
from cli.runner import EXIT_BAD_INPUT, EXIT_OK, print_json, record_id
from content.model import BadInput
from content.title_block import column_name
from quiz.article_retitle import follow_rename
from quiz.learning_store import LearningStore


def register(sub) -> None:
    p = sub.add_parser("inspect", help="解析文件并显示文章结构（不写入文库）")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inspect)
    p = sub.add_parser("import", help="导入文件到文库")
    p.add_argument("files", nargs="+")
    p.add_argument("--no-analyse", action="store_true", help="只导入，暂不提取关键词")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("list", help="列出文库中的文章")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = sub.add_parser("show", help="显示一篇文章")
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    p = sub.add_parser("search", help="全文搜索（两个字的词也能搜）")
    p.add_argument("words", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)
    p = sub.add_parser("terms", help="查看或更正一篇文章的关键词")
    p.add_argument("id", type=record_id)
    p.add_argument("--add", action="append", default=[], metavar="词语",
                   help="把文中的一个词语加为关键词（可多次使用）；重新分析后仍然保留")
    p.add_argument("--remove", action="append", default=[], metavar="词语",
                   help="把一个关键词移出（可多次使用）；重新分析后也不再出现")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_terms)
    p = sub.add_parser("rename", help="给一篇文章改标题")
    p.add_argument("id", type=record_id)
    p.add_argument("title", nargs="+", metavar="新标题", help="新标题（含空格时可加引号，也可直接连写）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rename)
    p = sub.add_parser("delete", help="从文库删除一篇文章")
    p.add_argument("id", type=record_id)
    p.set_defaults(handler=cmd_delete)


def cmd_inspect(args) -> int:
    path = Path(args.file)
    articles = analysed_file_articles(path, args.data_dir)
    if args.json:
        print_json({"source": path.name, "articles": [a.to_json() for a in articles]})
        return EXIT_OK
    for i, art in enumerate(articles, 1):
        print(f"{i}. {art.title}（{'、'.join(art.authors) or '作者不详'}）")
        for w in art.warnings:
            print(f"   注意：{w}")
        print(f"   {len(art.sections)} 节，{art.paragraph_count()} 段，{art.char_count()} 字；"
              f"关键词：{'、'.join(k.term for k in art.key_terms[:12])}")
    return EXIT_OK


def cmd_import(args) -> int:
    from content.importer import analyse_missing, import_files
    with open_library(args.data_dir) as lib:
        results = import_files(lib, [Path(f) for f in args.files])
        for r in results:
            (sys.stdout if r.ok else sys.stderr).write(("" if r.ok else "错误：") + r.message + "\n")
        new_ids = [i for r in results if r.ok and r.added for i in r.article_ids]
        if new_ids and not args.no_analyse:
            analyse_missing(lib, make_analyzer(args.data_dir), new_ids)
    return EXIT_OK if all(r.ok for r in results) else EXIT_BAD_INPUT


def cmd_list(args) -> int:
    with open_library(args.data_dir) as lib:
        rows = lib.list_articles()
    if args.json:
        print_json({"articles": [_summary_json(s) for s in rows]})
        return EXIT_OK
    if not rows:
        print("文库是空的。用 import 命令导入文章。")
    for s in rows:
        print(f"[{s.id}] {s.title}  {'、'.join(s.authors)}  {column_name(s.column)}  {s.imported_at[:10]}  已读{s.progress:.0%}")
    return EXIT_OK


def _summary_json(s) -> dict:
    return {"id": s.id, "title": s.title, "authors": s.authors, "column": s.column, "source": s.source,
            "imported_at": s.imported_at, "chars": s.chars, "progress": s.progress,
            "reading_seconds": s.reading_seconds, "warnings": s.warnings}


def cmd_show(args) -> int:
    with open_library(args.data_dir) as lib:
        art = library_article(lib, args.id, args.data_dir)
    if args.json:
        print_json({"id": args.id, **art.to_json()})
        return EXIT_OK
    print(art.title)
    print("作者：" + "、".join(art.authors) if art.authors else "")
    if art.core_points:
        print("核心提示：")
        for cp in art.core_points:
            print("  · " + cp)
    for sec in art.sections:
        if sec.heading:
            print("\n【" + sec.heading + "】")
        for para in sec.paragraphs:
            print("  " + para)
    if art.author_bio:
        print(art.author_bio)
    return EXIT_OK


def cmd_search(args) -> int:
    query = " ".join(args.words)
    with open_library(args.data_dir) as lib:
        hits = lib.search(query)
    if args.json:
        print_json({"query": query, "hits": [vars(h) for h in hits]})
        return EXIT_OK
    if not hits:
        print(f"没有找到“{query}”。")
    for h in hits:
        print(f"[{h.article_id}] {h.title}：{h.snippet}")
    return EXIT_OK


def cmd_terms(args) -> int:
    from content.importer import analyse_article
    from content.term_corrections import in_quotes, term_to_add, term_to_remove
    from content.term_occurrences import bare_term
    from quiz.term_cloze import TERM_KIND_LABELS
    both = {bare_term(t) for t in args.add} & {bare_term(t) for t in args.remove}
    if both:
        raise BadInput(f"同一个词不能既添加又移出：{'、'.join(sorted(both))}。")
    done = []
    with open_library(args.data_dir) as lib:
        article = library_article(lib, args.id, args.data_dir)
        # every correction checked before any is stored: one bad word leaves the article as it was
        adds = [term_to_add(article, t) for t in args.add]
        removes = [term_to_remove(article, t) for t in args.remove]
        for t in adds:
            lib.add_term(args.id, t)
            done.append(f"已添加关键词{in_quotes(t)}。")
        for t in removes:
            lib.remove_term(args.id, t)
            done.append(f"已移出关键词{in_quotes(t)}，重新分析后也不再出现。")
        if adds or removes:
            analyse_article(lib, make_analyzer(args.data_dir), args.id)
        terms = lib.get_article(args.id).key_terms
    if args.json:
        print_json({"id": args.id, "key_terms": [k.to_json() for k in terms]})
    else:
        for line in done:
            print(line)
        if done:
            print(f"这篇文章现在有 {len(terms)} 个关键词：")
        for k in terms:
            print(f"{k.term}\t{k.pinyin}\t{TERM_KIND_LABELS.get(k.kind, k.kind.value)}\t{k.count}次\t{k.weight:.2f}")
    return EXIT_OK


def cmd_rename(args) -> int:
    with open_library(args.data_dir) as lib:
        renamed = lib.rename_article(args.id, " ".join(args.title))
        follow_rename(LearningStore(lib.db), renamed.article_id, renamed.old_title, renamed.title)
    if args.json:
        print_json({"id": renamed.article_id, "title": renamed.title, "old_title": renamed.old_title})
    else:
        print(f"已把文章 {renamed.article_id} 改名为《{renamed.title}》（原标题：{renamed.old_title}）。")
    return EXIT_OK


def cmd_delete(args) -> int:
    with open_library(args.data_dir) as lib:
        try:
            lib.delete_article(args.id)
        except KeyError:
            raise BadInput(f"文库里没有编号为 {args.id} 的文章。") from None
    print(f"已删除文章 {args.id}。")
    return EXIT_OK

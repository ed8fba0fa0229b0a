"""CLI subcommands of quiz/: quiz, cards (and later paper, ledger).

    python main.py quiz 文件或文章编号 --count 10 --seed 1 [--types fill_blank,single_choice] [--json]
    python main.py cards 文件或文章编号 [--json]
"""
from __future__ import annotations

import random
import sys

from cli.resolve import articles_for, open_library
from cli.runner import EXIT_OK, print_json
from content.model import BadInput
from quiz.cards import build_cards
from quiz.question_data import LETTERS_FOR_OPTIONS, answer_text, lettered
from quiz.questions import QuestionType
from quiz.quiz_builder import POOL_LIMIT, build_quiz
from quiz.vocabulary import shipped_vocabulary

TF_TEXT = {True: "对", False: "错"}


def register(sub) -> None:
    """Add this module's subcommands to the CLI's subparsers."""
    p = sub.add_parser("quiz", help="从文件或文库文章出一套题")
    p.add_argument("target", metavar="文件或文章编号")
    p.add_argument("--count", type=int, default=10, help="题目数量（默认 10）")
    p.add_argument("--seed", type=int, default=None, help="题目组合编号：同一编号出同一套题")
    p.add_argument("--types", default="", help="题型，用逗号分隔：" + ",".join(t.value for t in QuestionType))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_quiz)
    p = sub.add_parser("cards", help="从文件或文库文章生成学习卡片")
    p.add_argument("target", metavar="文件或文章编号")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_cards)


def parse_types(text: str) -> set[QuestionType] | None:
    """'fill_blank,true_false' → the types; '' → None (all types). Unknown names are bad input."""
    names = [n.strip() for n in text.replace("，", ",").split(",") if n.strip()]
    if not names:
        return None
    known = {t.value: t for t in QuestionType} | {t.label: t for t in QuestionType}
    bad = [n for n in names if n not in known]
    if bad:
        raise BadInput(f"不认识的题型：{'、'.join(bad)}。可用的题型：" + "，".join(
            f"{t.value}（{t.label}）" for t in QuestionType))
    return {known[n] for n in names}


def cmd_quiz(args) -> int:
    if args.count < 1 or args.count > 500:
        raise BadInput("题目数量应在 1 到 500 之间。")
    types = parse_types(args.types)
    articles = articles_for(args.target, args.data_dir)
    if not articles:
        raise BadInput("没有找到可出题的文章。")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    pool = library_pool(args.data_dir, {a.title for a in articles})
    questions = build_quiz(articles, args.count, random.Random(seed), types, pool)
    if 0 < len(questions) < args.count:  # on stderr, so the JSON on stdout stays as DESIGN.md has it
        print(f"只生成了 {len(questions)} 题：文章里值得出题、又不重复考同一内容的材料只有这么多。", file=sys.stderr)
    if not questions:  # said with --json too (on stderr): an empty list alone reads like a fault
        print("这篇文章里没有找到适合出题的内容（文章太短，或只有事例和数据）。", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print_json({"questions": [q.to_json() for q in questions]})
        return EXIT_OK
    for i, q in enumerate(questions, 1):
        print(format_question(i, q.to_json()))
    if args.seed is None:
        print(f"（本套题的题目组合编号是 {seed}，用 --seed {seed} 可以再出同一套题）")
    return EXIT_OK


def library_pool(data_dir, exclude_titles: set[str], limit: int = POOL_LIMIT) -> list:
    """Articles already in the library, as a source of wrong options; none when there is no library yet
    (the quiz command must not create one)."""
    from content.paths import data_dir_from
    from content.library import DB_NAME
    if not (data_dir_from(data_dir) / DB_NAME).exists():
        return []
    with open_library(data_dir) as lib:
        ids = lib.article_ids()[-limit:]
        return [a for a in (lib.get_article(i) for i in ids) if a.title not in exclude_titles]


def format_question(number: int, q: dict) -> str:
    """A question as readable Chinese text: stem, lettered options, answer, source sentence."""
    label = QuestionType(q["type"]).label
    lines = [f"{number}.【{label}】{q['stem']}"]
    lines.extend(f"   {option}" for option in lettered(q["options"]))
    lines.append(f"   答案：{format_answer(q)}")
    lines.append(f"   出处：{q['explanation']}")
    return "\n".join(lines) + "\n"


def format_answer(q: dict) -> str:
    qtype = QuestionType(q["type"])
    answer = q["answer"]
    if qtype == QuestionType.TRUE_FALSE:
        return TF_TEXT[bool(answer[0])]
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return "".join(LETTERS_FOR_OPTIONS[q["options"].index(a)] for a in answer) + f"（{answer_text(q)}）"
    return answer_text(q)


def cmd_cards(args) -> int:
    articles = articles_for(args.target, args.data_dir)
    listed = shipped_vocabulary()
    cards = [c for art in articles for c in build_cards(art, listed)]
    if args.json:
        print_json({"cards": [c.to_json() for c in cards]})
        return EXIT_OK
    kinds = {"term": "术语", "core_point": "核心提示", "enumeration": "列举"}
    for i, c in enumerate(cards, 1):
        print(f"{i}.【{kinds[c.kind.value]}】{c.front}\n   背面：{c.back}\n")
    if not cards:
        print("这篇文章里没有找到适合做卡片的内容。")
    return EXIT_OK

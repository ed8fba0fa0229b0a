"""The CLI: a thin shell over content/ and quiz/. Each command module registers its subcommands.

Exit codes: 0 done, 2 bad input or usage (Chinese message on stderr), 1 internal error.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import traceback

from content.model import BadInput

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


# argparse's own messages, said in Chinese (the usage line above them stays as argparse writes it)
ARGPARSE_MESSAGES = (
    (re.compile(r"^argument ([^:]+): "), r"参数 \1："),
    (re.compile(r"invalid int value: '([^']*)'"), r"“\1”不是整数"),
    (re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)"), r"没有“\1”这一项（可选：\2）"),
    (re.compile(r"expected one argument"), "后面要写一个值"),
    (re.compile(r"expected at least one argument"), "后面至少要写一个值"),
    (re.compile(r"unrecognized arguments: "), "多余的参数："),
    (re.compile(r"the following arguments are required: "), "缺少参数："),
)
MAX_RECORD_ID = 2 ** 63 - 1  # the database's largest integer


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 with a Chinese lead
        self.print_usage(sys.stderr)
        for pattern, chinese in ARGPARSE_MESSAGES:
            message = pattern.sub(chinese, message)
        sys.stderr.write(f"用法错误：{message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def record_id(text: str) -> int:
    """The number of an article, a session, a set or a learner as typed: a whole number the database can
    hold (99999999999999999999 is no record, not an internal error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是编号：编号是整数（用 list 等命令查看）") from None
    if abs(value) > MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"没有编号为 {text} 的记录（这个数太大了）")
    return value


def build_parser() -> argparse.ArgumentParser:
    from cli import content_commands, group_commands, quiz_commands, study_commands
    parser = ChineseArgumentParser(prog="xueer", description="学而：政治理论文章的学习与测验（离线）")
    parser.add_argument("--data-dir", help="数据目录（默认：环境变量 XUEER_HOME 或系统用户数据目录）")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)
    for module in (content_commands, quiz_commands, study_commands, group_commands):
        module.register(sub)
    return parser


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.handler(args) or EXIT_OK)
    except BadInput as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # the reader of our output went away (`search … | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except Exception:  # an internal error: say so plainly, keep the trace for bug reports
        sys.stderr.write("内部错误（请把下面的信息报告给维护者）：\n")
        traceback.print_exc()
        return EXIT_INTERNAL

"""学而 entry point: no subcommand opens the app; a subcommand runs the CLI (`python main.py --help`)."""
from __future__ import annotations

import sys


def _wants_app(argv: list[str]) -> bool:
    """True when argv holds only app options (--data-dir DIR), no subcommand."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--data-dir" and rest:
            rest.pop(0)
        elif not head.startswith("--data-dir="):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _wants_app(argv):
        from gui.app import run_app
        return run_app(argv)
    from cli.runner import run_cli
    return run_cli(argv)


if __name__ == "__main__":
    sys.exit(main())

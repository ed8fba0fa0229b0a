"""CLI subcommands for group features."""
from __future__ import annotations


def register(sub) -> None:
    """Add this module's subcommands to the CLI's subparsers."""

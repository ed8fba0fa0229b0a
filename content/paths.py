"""Where the app keeps its data: --data-dir, else $XUEER_HOME, else the platform's user data dir.

    >>> data_dir_from(explicit="/tmp/x", environ={})
    PosixPath('/tmp/x')
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "xueer"
ENV_VAR = "XUEER_HOME"
SAMPLE_PAGE = Path(__file__).resolve().parent / "data" / "sample_page.txt"


def named_data_dir(explicit: str | os.PathLike | None = None, environ: dict | None = None) -> Path | None:
    """The data folder the user named (--data-dir, else XUEER_HOME), or None for the default one."""
    environ = os.environ if environ is None else environ
    if explicit:
        return Path(explicit)
    return Path(environ[ENV_VAR]) if environ.get(ENV_VAR) else None


def data_dir_from(explicit: str | os.PathLike | None = None, environ: dict | None = None) -> Path:
    return named_data_dir(explicit, environ) or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path

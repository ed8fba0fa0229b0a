"""Writing an export (试卷, 台账, 错题本) to the user's chosen path.

A file the user still has open in Word or Excel cannot be replaced on Windows; that is a
situation to explain, not a crash.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "新建文件夹" / "a.txt"
    >>> write_export(out, lambda p: pathlib.Path(p).write_text("甲"), OPEN_IN_OFFICE).name
    'a.txt'
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from content.model import BadInput

OPEN_IN_OFFICE = "文件是否正在 Word/WPS 中打开？"
OPEN_IN_SPREADSHEET = "文件是否正在 Excel/WPS 中打开？"
OPEN_ELSEWHERE = "文件是否正在被其他程序打开？"


def write_export(path: str | Path, write: Callable[[str], object], hint: str) -> Path:
    """Make the folder and call ``write(str(path))``; an OS error becomes BadInput ending in ``hint``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(str(path))
    except OSError as exc:
        raise BadInput(f"无法写入“{path}”：{exc.strerror or exc}。{hint}") from None
    return path

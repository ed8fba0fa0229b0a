"""A guard against a reference-counting fault of some PySide6 builds.

PySide6 6.12.0 on Python 3.11 returns None from every void method without taking a
reference to it: each call like `font.setBold(True)` drops one reference to None; each
signal emit drops one to True, a failed disconnect one to False. A reading session makes
tens of thousands of such calls, the count reaches zero and Python aborts
("none_dealloc: deallocating None", "bool_dealloc"). Python 3.12+ is immune (these are
immortal) and 6.11 is correct. The real fix is to keep 6.12.0 out of the install; until
then the app gives None, True and False enough references to outlive any session.

    >>> none_refcount_is_dropped() in (True, False)
    True
"""
from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40


def none_refcount_is_dropped() -> bool:
    """True when calling a void PySide method loses a reference to None."""
    from PySide6.QtCore import QPoint
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1)
    return sys.getrefcount(None) < before


def _add_references(obj, count: int) -> None:
    # ob_refcnt is the first field of every CPython object
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def guard_none_refcount() -> bool:
    """Make None, True and False effectively immortal when this PySide build needs it; True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not none_refcount_is_dropped():
        return False
    for singleton in (None, True, False):
        _add_references(singleton, _SPARE_REFERENCES)
    return True

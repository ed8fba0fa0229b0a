"""The guard keeps None alive under PySide builds that drop references to it."""
import sys

from PySide6.QtCore import QPoint

from gui.pyside_guard import guard_none_refcount, none_refcount_is_dropped


def test_many_void_calls_leave_none_alive_after_the_guard():
    guard_none_refcount()
    point = QPoint()
    for _ in range(200_000):
        point.setX(1)
    assert sys.getrefcount(None) > 0


def test_many_signal_emits_leave_true_alive_after_the_guard():
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        ping = Signal()

    guard_none_refcount()
    sender = Sender()
    for _ in range(200_000):
        sender.ping.emit()
    assert sys.getrefcount(True) > 0


def test_guard_is_only_applied_when_references_are_dropped():
    dropped = none_refcount_is_dropped()
    assert guard_none_refcount() == (dropped and sys.version_info < (3, 12))

"""One 学而 window per data folder: two copies on one library overwrite each other's records (a 测验
shown as 50 分 was stored as 20 by the other copy's stale timer).

    guard = InstanceGuard(data_dir)
    if not guard.acquire():          # another copy has this folder open: it was asked to come to the front
        tell_already_running(guard)  # and the second start stops here, before the library is opened
    guard.watch(window)              # later requests bring `window` to the front
    guard.release()                  # after the library is closed

The lock is Qt's QLockFile in the data folder. It holds the process id, the host and the boot, so a
lock left by a crash, kill -9 or power cut is recognised as stale and taken over at the next start.
A local socket named after the folder lets the second start ask the first to show its window.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

LOCK_NAME = "xueer.lock"
RAISE_REQUEST = b"raise\n"
CONNECT_MS = 500
MESSAGE_PX = 22
ALREADY_OPEN = ("学而已经打开了。\n\n请在屏幕下方的任务栏找到已打开的学而窗口，点一下就能回到它。\n\n"
                "（同时开两个学而，做过的题和成绩会互相覆盖，所以只开一个。）")
OTHER_COMPUTER = ("学而的资料文件夹正在另一台电脑（%1）上使用。\n\n请先在那台电脑上关闭学而，再在这里打开。")
# no copy answered: the lock may be left by another computer that crashed, or by a power cut on Windows
NOBODY_ANSWERS = ("学而的资料文件夹上次可能没有正常关闭%1。\n\n如果确实没有别的学而开着这个文件夹，"
                  "可以在这台电脑上继续打开；如果另一台电脑正开着它，请先在那里关闭学而。")
OPEN_HERE = "在这台电脑打开"
DO_NOT_OPEN = "不打开"


def server_name(data_dir: Path) -> str:
    """A local socket name per data folder, so different folders may run side by side."""
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"xueer-{digest}"


class InstanceGuard(QObject):
    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # 0: stale only when its process is gone (the default 30 s would let a second copy steal the
        # lock of a window that has simply been open for a minute)
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self.window: QWidget | None = None
        self.owner_host = ""   # the host holding the lock when acquire() failed
        self.answered = False  # whether a running copy answered when acquire() failed

    def acquire(self) -> bool:
        """True when this start may open the library. False: another copy has it (and was asked to
        come to the front). A lock that cannot be written at all (a read-only folder) does not block."""
        if self.lock.tryLock(100):
            self._listen()
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return True
        info = self.lock.getLockInfo()   # (pid, host, app name) when the file could be read
        self.owner_host = info[1] if isinstance(info, tuple) and len(info) == 3 else ""
        self.answered = self.ask_running_copy_to_show()
        return False

    def take_over(self) -> bool:
        """The user says no copy has the folder open (a lock left by another computer's crash, or a
        Windows power cut whose process id was reused): remove the lock and take it."""
        self.lock.removeStaleLockFile()
        if not self.lock.tryLock(100):
            return False
        self._listen()
        return True

    def held_elsewhere(self) -> bool:
        """Whether the copy holding the folder runs on another computer (a shared or carried folder)."""
        return bool(self.owner_host) and self.owner_host != QSysInfo.machineHostName()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def watch(self, window: QWidget) -> None:
        self.window = window

    # -- the running copy's side --------------------------------------------
    def _listen(self) -> None:
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)   # a socket file left by a crash; we hold the lock, so it is not live
        self.server = QLocalServer(self)
        if self.server.listen(name):
            self.server.newConnection.connect(self._connected)
        else:
            self.server = None   # bringing to front is a nicety: the lock alone keeps the data safe

    def _connected(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_REQUEST.strip()):
            self.bring_to_front()

    def bring_to_front(self) -> None:
        if self.window is None:
            return
        state = self.window.windowState() & ~Qt.WindowState.WindowMinimized
        self.window.setWindowState(state | Qt.WindowState.WindowActive)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # -- the second start's side --------------------------------------------
    def ask_running_copy_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE_REQUEST)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent


def already_running_message(guard: InstanceGuard) -> str:
    if guard.held_elsewhere():
        return OTHER_COMPUTER.replace("%1", guard.owner_host)
    return ALREADY_OPEN


def nobody_answers_message(guard: InstanceGuard) -> str:
    where = f"（另一台电脑 {guard.owner_host} 上次打开过它）" if guard.held_elsewhere() else ""
    return NOBODY_ANSWERS.replace("%1", where)


def _box(text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "学而", text)
    box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)   # above the running window just brought forward
    # large whatever the folder's type size: this start reads no preferences (it must not touch the folder)
    box.setStyleSheet(f"QLabel {{ font-size: {MESSAGE_PX}px; }} QPushButton {{ font-size: {MESSAGE_PX}px; padding: 6px 24px; }}")
    return box


def tell_already_running(guard: InstanceGuard) -> None:
    box = _box(already_running_message(guard))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_to_open_here(guard: InstanceGuard) -> bool:
    """No copy answered: the user decides whether the lock is a leftover (True: open here)."""
    box = _box(nobody_answers_message(guard))
    here = box.addButton(OPEN_HERE, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(DO_NOT_OPEN, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is here

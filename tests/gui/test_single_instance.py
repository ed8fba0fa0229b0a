"""One 学而 per data folder: a second start is told and stops; a crashed copy does not lock the user out."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from gui import app as app_module
from gui.settings import AppSettings
from gui.single_instance import LOCK_NAME, already_running_message

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def told(monkeypatch):
    """The messages a refused start shows, instead of a modal box."""
    shown = []
    monkeypatch.setattr(app_module, "tell_already_running",
                        lambda guard: shown.append(already_running_message(guard)))
    return shown


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch):
    """start(folder) -> the window start_app made (None when refused); every window is closed at the end.
    No background analysis: these tests are about who may open the folder."""
    monkeypatch.setattr(app_module, "BACKGROUND_DELAY_MS", 10_000_000)
    windows = []

    def make(folder: Path):
        settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        _app, window = app_module.start_app(["--data-dir", str(folder)], settings)
        if window is not None:
            windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        app_module.close_app(window)


def test_a_second_start_on_the_same_folder_is_refused_with_a_plain_message(start, told, data_dir):
    first = start(data_dir)
    assert start(data_dir) is None
    assert first.isVisible() and len(told) == 1
    assert "学而已经打开了" in told[0] and "任务栏" in told[0]


def test_the_refused_start_brings_the_open_window_back_from_the_taskbar(start, told, data_dir, qtbot):
    first = start(data_dir)
    first.setWindowState(Qt.WindowState.WindowMinimized)
    start(data_dir)
    qtbot.waitUntil(lambda: not first.windowState() & Qt.WindowState.WindowMinimized)


def test_another_data_folder_opens_beside_a_refused_one(start, told, tmp_path):
    assert start(tmp_path / "一支部") is not None
    assert start(tmp_path / "二支部") is not None
    assert start(tmp_path / "一支部") is None and len(told) == 1


def test_after_the_window_is_closed_the_folder_opens_again(start, told, data_dir):
    first = start(data_dir)
    assert start(data_dir) is None
    first.close()
    app_module.close_app(first)
    assert start(data_dir) is not None and len(told) == 1


def _run_app_process(folder: Path, tmp_path: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               HOME=str(tmp_path / "home"))
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (folder / LOCK_NAME).exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    return process


@pytest.fixture
def other_process(tmp_path, data_dir):
    """学而 running in another process on data_dir (killed at the end if still alive)."""
    process = _run_app_process(data_dir, tmp_path)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_a_copy_running_in_another_process_keeps_the_folder(start, told, data_dir, other_process):
    assert other_process.poll() is None
    assert start(data_dir) is None and len(told) == 1


def test_a_copy_killed_outright_does_not_lock_the_user_out(start, told, data_dir, other_process):
    """kill -9 (or a power cut) leaves the lock file behind: the next start takes it over, and holds it."""
    os.kill(other_process.pid, signal.SIGKILL)
    other_process.wait()
    assert (data_dir / LOCK_NAME).exists()
    assert start(data_dir) is not None
    assert start(data_dir) is None and len(told) == 1


def _foreign_lock(folder: Path) -> None:
    """The lock a copy on another computer left when that computer crashed (a carried or shared folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LOCK_NAME).write_text(f"{os.getpid()}\nxueer\nanother-pc\n", encoding="utf-8")


def test_a_lock_left_by_another_computer_can_be_taken_over_here(start, told, data_dir, monkeypatch):
    """review: a USB folder pulled out while 学而 ran on another PC refused every later start for good."""
    _foreign_lock(data_dir)
    asked = []
    monkeypatch.setattr(app_module, "ask_to_open_here", lambda guard: asked.append(guard.owner_host) or True)
    assert start(data_dir) is not None and asked == ["another-pc"] and told == []
    assert start(data_dir) is None and len(told) == 1   # and now this copy holds the folder


def test_a_lock_left_by_another_computer_is_kept_when_the_user_says_no(start, told, data_dir, monkeypatch):
    _foreign_lock(data_dir)
    monkeypatch.setattr(app_module, "ask_to_open_here", lambda guard: False)
    assert start(data_dir) is None and (data_dir / LOCK_NAME).read_text(encoding="utf-8").count("another-pc")

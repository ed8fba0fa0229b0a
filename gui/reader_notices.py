"""What the reader says after a click on A+/A− or 拼音: a note for that moment, not one that stays.

    show_for_a_while(status_label, "拼音已隐藏。")   # cleared after NOTICE_MS unless replaced
    pinyin_notice(page.tr, True, article_open=True, annotator_ready=True, marked=["还", "畜", "还"])
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

NOTICE_MS = 12_000      # how long the 拼音 button's explanation stays


def show_for_a_while(label: QLabel, notice: str) -> None:
    label.setText(notice)
    QTimer.singleShot(NOTICE_MS, label, lambda: label.text() == notice and label.setText(""))


def pinyin_notice(tr: Callable[[str], str], shown: bool, article_open: bool, annotator_ready: bool,
                  marked: list[str]) -> str:
    """What the 拼音 button did: pinyin goes only over rare characters and key-term polyphones.
    `marked` is every character drawn with a reading, in reading order (repeats included)."""
    if not shown:
        return tr("拼音已隐藏。")
    if not article_open:
        return tr("拼音已打开：只给生僻字和重点词里的多音字注音。")
    if not annotator_ready:
        return tr("拼音已打开：正在准备读音，稍后标出。")
    chars = list(dict.fromkeys(marked))
    if not chars:
        return tr("拼音已打开。这篇文章没有生僻字，重点词里也没有读音特殊的多音字，所以没有要注音的字。")
    shown_chars = "、".join(chars[:8]) + ("……" if len(chars) > 8 else "")
    return (tr("拼音：本文 %1 个字注了音（%2）。只注生僻字和重点词里的多音字。")
            .replace("%1", str(len(marked))).replace("%2", shown_chars))

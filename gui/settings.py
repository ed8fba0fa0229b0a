"""The user's view preferences, kept in QSettings (type size, pinyin, window layout).

    >>> s = AppSettings(QSettings("/tmp/xueer-doc.ini", QSettings.Format.IniFormat))
    >>> s.body_px = 22; s.body_px
    22
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.theme import DEFAULT_BODY_PX, clamp_body_px

ORGANISATION = "xueer"
APPLICATION = "xueer"


SETTINGS_FILE = "settings.ini"


def default_qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def qsettings_for(data_dir: Path | None) -> QSettings:
    """A data folder named by the user (--data-dir, XUEER_HOME: a copy carried between intranet
    machines, a second library) keeps its own preferences in it; otherwise the user's own."""
    if data_dir is None:
        return default_qsettings()
    path = Path(data_dir) / SETTINGS_FILE
    own = QSettings(str(path), QSettings.Format.IniFormat)
    if not path.exists():  # first start with its own file: carry over what the user had set so far
        user = default_qsettings()
        for key in user.allKeys():
            own.setValue(key, user.value(key))
        own.sync()
    return own


class AppSettings:
    """Typed access to the few preferences the screens remember; the QSettings is handed in."""

    def __init__(self, store: QSettings):
        self._store = store

    @property
    def body_px(self) -> int:
        return clamp_body_px(self._int("reader/body_px", DEFAULT_BODY_PX))

    @body_px.setter
    def body_px(self, px: int) -> None:
        self._store.setValue("reader/body_px", clamp_body_px(px))
        self._store.sync()

    @property
    def pinyin_shown(self) -> bool:
        return self._bool("reader/pinyin", True)

    @pinyin_shown.setter
    def pinyin_shown(self, shown: bool) -> None:
        self._store.setValue("reader/pinyin", bool(shown))
        self._store.sync()

    @property
    def last_article_id(self) -> int | None:
        value = self._int("reader/last_article", -1)
        return value if value >= 0 else None

    @last_article_id.setter
    def last_article_id(self, article_id: int) -> None:
        self._store.setValue("reader/last_article", int(article_id))

    @property
    def import_folder(self) -> str | None:
        """The folder the last imported files came from: the next 导入文件 opens there."""
        return self._text("files/import_folder")

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self._put("files/import_folder", str(folder))

    @property
    def save_folder(self) -> str | None:
        """The folder the last paper, ledger or export was saved in: the next save dialog opens there."""
        return self._text("files/save_folder")

    @save_folder.setter
    def save_folder(self, folder: str) -> None:
        self._put("files/save_folder", str(folder))

    def window_state(self, key: str) -> QByteArray | None:
        value = self._store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{key}", value)
        self._store.sync()

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return str(value) if value else None

    def _put(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

"""Checks that a font able to draw Chinese is installed, before anything shows boxes."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

# Shown when no Chinese font exists: the English half stays readable even
# when the Chinese half would be drawn as boxes.
MISSING_FONT_MESSAGE = (
    "本机没有可以显示中文的字体，文字会显示成方框。\n"
    "请安装中文字体后重新打开学而：\n"
    "  Windows 自带“微软雅黑”；统信 UOS、麒麟系统请安装 fonts-wqy-microhei 或 fonts-noto-cjk。\n\n"
    "No Chinese font is installed, so Chinese text would show as boxes.\n"
    "Install one (Debian/Ubuntu: sudo apt install fonts-wqy-microhei) and start 学而 again."
)

# Preferred faces, best first; the first installed one becomes the UI font.
PREFERRED_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑",
    "WenQuanYi Micro Hei", "文泉驿微米黑", "PingFang SC", "SimSun", "宋体",
    "Droid Sans Fallback",
)


def chinese_families() -> list[str]:
    """Installed font families that declare the Simplified Chinese writing system."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def has_chinese_font() -> bool:
    return bool(chinese_families())


def preferred_chinese_family() -> str | None:
    installed = chinese_families()
    for name in PREFERRED_FAMILIES:
        if name in installed:
            return name
    return installed[0] if installed else None


# Faces with every pinyin tone letter (ǎ ǐ ǒ ǔ ǚ); some Chinese faces, WenQuanYi Micro Hei
# among them, lack ǎ, and Qt does not always fall back for a single missing letter.
PINYIN_FAMILIES = ("Segoe UI", "Microsoft YaHei", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial")


def pinyin_families() -> list[str]:
    return [name for name in PINYIN_FAMILIES if QFontDatabase.hasFamily(name)]


def pinyin_font(base: QFont) -> QFont:
    """base with a face that has all the tone letters put first."""
    font = QFont(base)
    font.setFamilies([*pinyin_families(), *base.families()])
    return font


def pinyin_css_families() -> str:
    return ", ".join(f"'{name}'" for name in pinyin_families()) or "sans-serif"


# Qt draws glyphs this large as outlines, and then drops the emboldening it fakes for faces without a
# bold style (文泉驿微米黑): a 1.6× title at large type came out thin.
SYNTHETIC_BOLD_LIMIT_PX = 60


def needs_drawn_bold(font: QFont) -> bool:
    """Whether bold text in this font must be thickened by hand (no bold face, size past the limit)."""
    if not font.bold() or font.pixelSize() < SYNTHETIC_BOLD_LIMIT_PX:
        return False
    styles = QFontDatabase.styles(QFontInfo(font).family())
    return not any("bold" in style.lower() or "heavy" in style.lower() for style in styles)

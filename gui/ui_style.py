"""The whole interface's type size: one app style sheet built from a base pixel size, so A+/A− can
enlarge menus, lists, tables and check boxes along with the article.

    apply_ui_size(QApplication.instance(), 18)   # what the window does after A+
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from gui.theme import INK, PAPER

UI_PX = 16                # the smallest interface text: older readers, office screens
INDICATOR_GROWTH = 4      # check boxes and radio buttons a little larger than the text beside them

# Widgets whose text follows the interface size (the article and painted charts have their own).
_SIZED = ("QMenuBar, QMenu, QListView, QListWidget, QTreeView, QTreeWidget, QTableView, QHeaderView, QLabel, "
          "QPushButton, QToolButton, QCheckBox, QRadioButton, QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox, "
          "QDateEdit, QStatusBar, QTabBar, QGroupBox, QPlainTextEdit")


def app_stylesheet(ui_px: int = UI_PX) -> str:
    box = ui_px + INDICATOR_GROWTH
    return f"""
    {_SIZED} {{ font-size: {ui_px}px; }}
    QCheckBox::indicator, QRadioButton::indicator, QListView::indicator, QTreeView::indicator,
    QTableView::indicator {{ width: {box}px; height: {box}px; }}
    QMenuBar::item {{ padding: 6px 12px; }}
    QMenu::item {{ padding: 6px 28px 6px 20px; }}
    QListWidget#Navigation {{ font-size: {ui_px + 2}px; background: #efece3; border: none; }}
    QListWidget#Navigation::item:selected {{ background: #c8102e; color: white; }}
    QListWidget#Outline {{ background: #f5f3ec; border: none; }}
    QListWidget#Outline::item {{ padding: 6px 4px; }}
    QTextBrowser {{ background: {PAPER}; color: {INK}; border: none; }}
    QLabel#TermTitle {{ font-size: {ui_px + 8}px; font-weight: bold; }}
    QLabel#ReaderStatus {{ color: #6b6b6b; padding: 2px 8px; }}
    QTableView {{ gridline-color: #e4e0d4; }}
    QTableView::item {{ padding: 6px; }}
    QPushButton, QToolButton {{ padding: 6px 12px; }}
    QToolTip {{ font-size: {ui_px + 1}px; padding: 6px; background: #fffdf5; color: {INK}; border: 1px solid #c9b98f; }}
    QListWidget#Occurrences::item {{ padding: 6px 2px; border-bottom: 1px solid #e4e0d4; }}
    """


def apply_ui_size(app: QApplication, ui_px: int, family: str = "") -> None:
    """Set the app font and style sheet for a base size (the style sheet re-polishes every widget)."""
    font = QFont(family) if family else app.font()
    font.setPixelSize(ui_px)
    app.setFont(font)
    app.setStyleSheet(app_stylesheet(ui_px))

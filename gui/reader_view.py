"""The page the article is read on: a QTextBrowser that paints pinyin above
characters, explains a key term on hover and reports clicks on one."""
from __future__ import annotations

import bisect
from typing import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from gui import theme
from gui.fonts import pinyin_font
from gui.reader_document import TERM_SCHEME, ReaderLayout


MAX_LINE_CHARS = 40


def side_margin(px: int) -> int:
    """The least margin beside the text: a third of a character (a whole one at 40 px cost a
    character a line where the largest type has few to spare)."""
    return max(12, px // 3)


def term_index_from_href(href: str) -> int | None:
    if href.startswith(TERM_SCHEME):
        try:
            return int(href[len(TERM_SCHEME):])
        except ValueError:
            return None
    return None


class ReaderView(QTextBrowser):
    term_clicked = Signal(int)            # index into the article's key_terms
    term_clicked_at = Signal(int, int)    # the same, with the document position clicked
    zoom_requested = Signal(int)          # +1 / -1 from Ctrl+wheel
    add_term_requested = Signal(str)      # the selected text, to become a key term

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        self.anchorClicked.connect(self._on_anchor)
        self.layout_info: ReaderLayout | None = None
        self.term_tooltip: Callable[[int], str] | None = None
        self._ruby_positions: list[int] = []
        self._ruby_readings: list[str] = []
        self.pinyin_shown = True
        self.pinyin_colour = theme.PINYIN_INK
        self._release_position: int | None = None

    # -- content -------------------------------------------------------
    def show_layout(self, layout: ReaderLayout) -> None:
        self.layout_info = layout
        layout.document.setParent(self)  # Qt then deletes the previous document, also our child
        self.setDocument(layout.document)
        self.setExtraSelections([])
        self._fit_margin()
        self.set_rubies({})

    def set_rubies(self, rubies: dict[int, str]) -> None:
        """Document position -> reading; painted over the text, so no relayout is needed."""
        ordered = sorted(rubies.items())
        self._ruby_positions = [p for p, _ in ordered]
        self._ruby_readings = [r for _, r in ordered]
        self.viewport().update()

    def ruby_characters(self) -> list[str]:
        """The characters that have a reading drawn over them, in reading order."""
        text = self.document().toPlainText()
        return [text[p] for p in self._ruby_positions if p < len(text)]

    def set_pinyin_shown(self, shown: bool) -> None:
        self.pinyin_shown = shown
        self.viewport().update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # QTextEdit copies its widget font (from a style sheet, say) into the document;
        # the reader's type size is the document's own, so put it back.
        if event.type() == QEvent.Type.FontChange and self.layout_info is not None:
            font = self.layout_info.document_font
            if font is not None and self.document().defaultFont() != font:
                self.document().setDefaultFont(font)

    def resizeEvent(self, event) -> None:
        # a narrower or wider column re-wraps the text: keep the line being read on the reading line
        keep = None
        if event.oldSize().width() > 0 and event.oldSize().width() != event.size().width() \
                and self.layout_info is not None and self.verticalScrollBar().value() > 0:
            old_height = self.viewport().height() - (event.size().height() - event.oldSize().height())
            keep = self._position_at_height(old_height // 4)
        super().resizeEvent(event)
        self._fit_margin()
        if keep is not None:
            self.scroll_to_position(keep)

    def _fit_margin(self) -> None:
        """Keep lines about MAX_LINE_CHARS characters long and centred, however wide the window."""
        doc = self.document()
        px = doc.defaultFont().pixelSize()
        if px <= 0:
            return
        side = max(side_margin(px), (self.viewport().width() - MAX_LINE_CHARS * px) / 2)
        root = doc.rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1 or fmt.topMargin() != px:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(px)
            fmt.setBottomMargin(2 * px)
            root.setFrameFormat(fmt)

    def line_chars(self) -> int:
        """How many characters of the body type fit on a line now."""
        px = self.document().defaultFont().pixelSize()
        fmt = self.document().rootFrame().frameFormat()
        return int((self.viewport().width() - fmt.leftMargin() - fmt.rightMargin()) // px) if px > 0 else 0

    def width_for_chars(self, chars: int, px: int) -> int:
        """The view's width that holds `chars` characters of px type a line (margins and scroll bar too)."""
        return chars * px + 2 * side_margin(px) + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    # -- navigation ----------------------------------------------------
    def scroll_to_position(self, position: int, length: int = 0) -> None:
        """Bring a document position to the reading line (a quarter down the view); mark [position, position+length)."""
        top, _ = self.line_span(position)
        bar = self.verticalScrollBar()
        wanted = bar.value() + top - self.viewport().height() // 4
        if wanted > bar.maximum():
            self._lay_out_fully()
        bar.setValue(wanted)
        if length > 0:
            self.mark_range(position, length)

    def _lay_out_fully(self) -> None:
        """Qt lays a new or re-wrapped text out a piece at a time, and the scroll range covers only the
        pieces done so far; finish the layout and tell the scroll bars, so a place further down can be reached."""
        doc = self.document()
        doc_layout = doc.documentLayout()
        doc_layout.blockBoundingRect(doc.lastBlock())
        doc_layout.documentSizeChanged.emit(doc_layout.documentSize())

    def reading_place(self) -> tuple[int | None, tuple[int, int] | None]:
        """What is on the reading line (None at the very top) and the marked place, for restore_place
        after the text is built again. A re-render changes formats, never the text, so document
        positions stay valid while pixel offsets do not (type size and wrapping change)."""
        at_top = self.verticalScrollBar().value() == 0
        return (None if at_top else self.reading_position()), self.marked_range()

    def restore_place(self, place: tuple[int | None, tuple[int, int] | None]) -> None:
        position, mark = place
        if position is None:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to_position(position)
        if mark is not None:
            self.mark_range(*mark)

    def mark_range(self, position: int, length: int) -> None:
        """Mark [position, position+length) as a found place, without scrolling."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._clamped(position))
        cursor.setPosition(self._clamped(position + length), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format.setBackground(QBrush(QColor(theme.SEARCH_HIT)))
        self.setExtraSelections([mark])

    def marked_range(self) -> tuple[int, int] | None:
        """(position, length) of the place marked by scroll_to_position or mark_range, if any."""
        marks = self.extraSelections()
        if not marks:
            return None
        cursor = marks[0].cursor
        return cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()

    def _clamped(self, position: int) -> int:
        return max(0, min(position, self.document().characterCount() - 1))

    def reading_position(self) -> int:
        """The text on the reading line, where scroll_to_position puts what it brings into view."""
        return self._position_at_height(self.viewport().height() // 4)

    def _position_at_height(self, y: int) -> int:
        # the middle of the column, not its left edge: a hit in the side margin can land on the line below
        return self.cursorForPosition(QPoint(self.viewport().width() // 2, y)).position()

    def is_position_visible(self, position: int) -> bool:
        """Whether the line holding a document position is wholly inside the view."""
        top, bottom = self.line_span(position)
        return top >= 0 and bottom <= self.viewport().height()

    def line_span(self, position: int) -> tuple[int, int]:
        """Viewport top and bottom of the line holding the character at position. Not cursorRect: a
        position where a line wraps is drawn at the end of one line or the start of the next."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._clamped(position))
        rect = self.cursorRect(cursor)   # also lays the text out up to there
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.positionInBlock()) if block.layout() else None
        if line is None or not line.isValid():
            return rect.top(), rect.bottom()
        origin = self.document().documentLayout().blockBoundingRect(block).top()
        top = round(origin + line.y()) - self.verticalScrollBar().value()
        return top, top + round(line.height())

    def progress(self) -> float:
        bar = self.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0
        return min(1.0, (bar.value() + bar.pageStep()) / (bar.maximum() + bar.pageStep()))

    # -- keys and wheel: type size belongs to the window's actions, not QTextEdit's own zoom --
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.ZoomIn) or event.matches(QKeySequence.StandardKey.ZoomOut)):
            event.ignore()
            return False
        return super().event(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse ---------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        # QTextBrowser reports a link click from inside its release handler; remember where it was
        self._release_position = self.cursorForPosition(event.position().toPoint()).position()
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._release_position = None

    def _on_anchor(self, url: QUrl) -> None:
        index = term_index_from_href(url.toString())
        if index is not None:
            # from the keyboard (Tab to a link, Enter) the cursor holds the link itself
            position = self._release_position
            if position is None:
                position = self.textCursor().selectionStart()
            self.term_clicked.emit(index)
            self.term_clicked_at.emit(index, position)

    def term_at(self, pos: QPoint) -> int | None:
        return term_index_from_href(self.anchorAt(pos))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.term_at(event.pos())
            if index is not None and self.term_tooltip is not None:
                QToolTip.showText(event.globalPos(), self.term_tooltip(index), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        selected = self.textCursor().selectedText().strip()
        if selected:
            menu.addSeparator()
            action = menu.addAction(self.tr("把“%1”加为重点词").replace("%1", selected[:20]))
            action.triggered.connect(lambda: self.add_term_requested.emit(selected))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- pinyin painting -----------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.pinyin_shown and self._ruby_positions:
            painter = QPainter(self.viewport())
            try:
                self._paint_rubies(painter)
            finally:
                painter.end()

    def _visible_range(self) -> tuple[int, int]:
        doc_layout = self.document().documentLayout()
        top = self.verticalScrollBar().value()
        first = doc_layout.hitTest(QPointF(0, max(0, top - 40)), Qt.HitTestAccuracy.FuzzyHit)
        last = doc_layout.hitTest(QPointF(self.viewport().width(), top + self.viewport().height() + 40),
                                  Qt.HitTestAccuracy.FuzzyHit)
        return max(0, first - 200), (last if last >= 0 else self.document().characterCount()) + 200

    def _paint_rubies(self, painter: QPainter) -> None:
        body = self.document().defaultFont()
        font = pinyin_font(body)
        font.setPixelSize(max(11, round(body.pixelSize() * 0.6)))
        painter.setFont(font)
        painter.setPen(QColor(self.pinyin_colour))
        metrics = QFontMetricsF(font)
        start, end = self._visible_range()
        lo = bisect.bisect_left(self._ruby_positions, start)
        hi = bisect.bisect_right(self._ruby_positions, end)
        dx = self.horizontalScrollBar().value()
        dy = self.verticalScrollBar().value()
        for position, reading in zip(self._ruby_positions[lo:hi], self._ruby_readings[lo:hi]):
            spot = self._char_box(position)
            if spot is None:
                continue
            left, top, width = spot
            text_w = metrics.horizontalAdvance(reading)
            x = left + (width - text_w) / 2 - dx
            painter.drawText(QPointF(x, top - metrics.descent() - 1 - dy), reading)

    def _char_box(self, position: int) -> tuple[float, float, float] | None:
        """Document-coordinate left, top and width of the character at position."""
        block = self.document().findBlock(position)
        if not block.isValid() or block.layout() is None:
            return None
        rel = position - block.position()
        line = block.layout().lineForTextPosition(rel)
        if not line.isValid():
            return None
        origin = self.document().documentLayout().blockBoundingRect(block).topLeft()
        x0 = _as_x(line.cursorToX(rel))
        x1 = _as_x(line.cursorToX(rel + 1))
        width = x1 - x0 if x1 > x0 else float(self.document().defaultFont().pixelSize())
        return origin.x() + x0, origin.y() + line.y(), width


def _as_x(value) -> float:
    # PySide returns (x, position) for the overload that may move the cursor
    return float(value[0] if isinstance(value, tuple) else value)

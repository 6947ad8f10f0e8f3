"""Free text with "never share" marks.

A caseworker writes a summary or a note and knows that some words in it must never reach a
company ("Kandahar", a cousin's name, the camp's name). She selects them and marks them *never
share*; the disclosure pipeline then removes every occurrence of a marked text from every
profile. Marks are texts, not positions: they match wherever they occur, whatever the case, so
a name typed again later is covered too, and the widget shows every occurrence it covers.

The widget keeps the marks it was given even while their text is absent (undo may bring the text
back); :meth:`MarkedTextEdit.marks` returns only those still present.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QMimeData, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

#: The shortcut that marks the selection (or, in a marked passage, shares it again).
MARK_SHORTCUT = "Ctrl+Shift+N"
#: Paragraph and line separators as Qt's selections spell them.
_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def clean_marks(marks: Iterable[str]) -> list[str]:
    """Trimmed, without empties, deduplicated case-insensitively; first spelling and order kept."""
    out: list[str] = []
    seen: set[str] = set()
    for mark in marks:
        mark = (mark or "").translate(_SEPARATORS).strip()
        if mark and mark.casefold() not in seen:
            seen.add(mark.casefold())
            out.append(mark)
    return out


def _utf16_index(text: str) -> list[int] | None:
    """Code point index → UTF-16 offset (Qt's document positions), or None when they agree."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    offsets, at = [], 0
    for c in text:
        offsets.append(at)
        at += 2 if ord(c) > 0xFFFF else 1
    offsets.append(at)
    return offsets


def find_spans(text: str, marks: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of every mark in ``text``, case-insensitive: (start, end, mark) in
    code points, sorted."""
    spans = []
    for mark in marks:
        for found in re.finditer(re.escape(mark), text, re.IGNORECASE):
            if found.end() > found.start():
                spans.append((found.start(), found.end(), mark))
    return sorted(spans)


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening its parent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)


class MarkedTextEdit(QPlainTextEdit):
    """Plain free text in which passages can be marked "never share"."""

    #: The text or the marks changed, by the caseworker (never by :meth:`set_content`).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[str] = []
        self._spans: list[tuple[int, int, str]] = []  # in document positions (UTF-16)
        self._loading = False
        self._menu_position: int | None = None
        self.setTabChangesFocus(True)  # forms are walked with Tab; a tab is rare in notes
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.mark_action = QAction(self)
        self.mark_action.setShortcut(QKeySequence(MARK_SHORTCUT))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.mark_action.triggered.connect(self.toggle_mark)
        self.addAction(self.mark_action)
        self.unmark_action = QAction(self)
        self.unmark_action.triggered.connect(self.share_again)

        # a small strip under the text: how many passages are marked, and a button to mark
        self.footer = QWidget(self)
        self.footer.setAutoFillBackground(True)
        self.footer.setBackgroundRole(QPalette.ColorRole.Window)
        self.status = _ElidedLabel(self.footer)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.status.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.status.setFont(font)
        self.mark_button = QToolButton(self.footer)
        self.mark_button.setAutoRaise(True)
        self.mark_button.setFont(font)
        # the shortcut is the keyboard's way; the button would only add a stop to every Tab walk
        self.mark_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mark_button.clicked.connect(self.toggle_mark)
        row = QHBoxLayout(self.footer)
        row.setContentsMargins(6, 0, 2, 0)
        row.setSpacing(4)
        row.addWidget(self.status, 1)
        row.addWidget(self.mark_button)

        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._update_controls)
        self.selectionChanged.connect(self._update_controls)
        self._retranslate()
        self._refresh()

    # -- public API ------------------------------------------------------------------------

    def set_content(self, text: str, marks: list[str]) -> None:
        """Show ``text`` with ``marks``; forgets the undo history; does not emit :attr:`edited`."""
        self._loading = True
        try:
            self._marks = clean_marks(marks)
            self.setPlainText(text or "")  # also clears the undo/redo history
        finally:
            self._loading = False
        self._refresh()

    def content(self) -> str:
        return self.toPlainText()

    def marks(self) -> list[str]:
        """The marks whose text occurs in the content (any case), deduplicated, as spelled."""
        present = {mark.casefold() for _, _, mark in self._spans}
        return [mark for mark in self._marks if mark.casefold() in present]

    def held_marks(self) -> list[str]:
        """Every mark held, including those whose text is not in the content (any more)."""
        return list(self._marks)

    def mark_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, mark) of every marked occurrence, in document positions."""
        return list(self._spans)

    def clear(self) -> None:  # noqa: D102 - on lock: text, marks and undo history go
        self.set_content("", [])

    def mark_selection(self) -> bool:
        """Mark the selected text "never share". False if nothing (but spaces) is selected."""
        text = self.textCursor().selectedText().translate(_SEPARATORS).strip()
        if not text:
            return False
        if text.casefold() not in {mark.casefold() for mark in self._marks}:
            self._marks.append(text)
            self._marks_changed()
        return True

    def share_again(self) -> bool:
        """Remove the marks covering the selection, the cursor, or where the context menu was
        opened. False if none covers it."""
        start, end = self._target()
        covering = {mark.casefold() for s, e, mark in self._spans if s <= end and start <= e}
        self._menu_position = None
        if not covering:
            return False
        self._marks = [mark for mark in self._marks if mark.casefold() not in covering]
        self._marks_changed()
        return True

    def toggle_mark(self) -> None:
        """What Ctrl+Shift+N and the strip's button do: mark an unmarked selection, else share
        the marked passage under the cursor again."""
        if self._can_mark():
            self.mark_selection()
        elif self._covering_marks():
            self.share_again()
        else:
            QToolTip.showText(
                self.viewport().mapToGlobal(self.cursorRect().bottomRight()),
                self.tr("First select the words that must never be shared."),
                self.viewport(),
            )

    # -- marks and their display -----------------------------------------------------------

    def _target(self) -> tuple[int, int]:
        cursor = self.textCursor()
        if not cursor.hasSelection() and self._menu_position is not None:
            return self._menu_position, self._menu_position
        return cursor.selectionStart(), cursor.selectionEnd()

    def _covering_marks(self) -> set[str]:
        start, end = self._target()
        return {mark.casefold() for s, e, mark in self._spans if s <= end and start <= e}

    def _can_mark(self) -> bool:
        """A selection with text that is not already one marked passage."""
        cursor = self.textCursor()
        text = cursor.selectedText().translate(_SEPARATORS).strip()
        if not text:
            return False
        if text.casefold() in {mark.casefold() for mark in self._marks}:
            return False
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return not any(s <= start and end <= e for s, e, _ in self._spans)

    def _marks_changed(self) -> None:
        self._refresh()
        if not self._loading:
            self.edited.emit()

    def _on_text_changed(self) -> None:
        self._refresh()
        if not self._loading:
            self.edited.emit()

    def _refresh(self) -> None:
        """Find the marked passages again and show them."""
        text = self.toPlainText()
        offsets = _utf16_index(text)
        spans = find_spans(text, self._marks)
        if offsets is not None:
            spans = [(offsets[s], offsets[e], mark) for s, e, mark in spans]
        self._spans = spans
        highlight = self._mark_format()
        selections = []
        for start, end, _ in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = highlight
            selections.append(selection)
        self.setExtraSelections(selections)
        count = len(self.marks())
        self.setAccessibleDescription(
            self.tr("%n passage(s) marked never share", "", count)
            if count
            else self.tr("No passage is marked never share")
        )
        self._update_controls()

    def _mark_format(self) -> QTextCharFormat:
        """A warm background and a dotted underline, from the palette: readable light or dark."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        tint = QColor(255, 176, 32) if not dark else QColor(255, 150, 0)
        weight = 0.35 if not dark else 0.30
        blended = QColor(
            round(base.red() + (tint.red() - base.red()) * weight),
            round(base.green() + (tint.green() - base.green()) * weight),
            round(base.blue() + (tint.blue() - base.blue()) * weight),
        )
        fmt = QTextCharFormat()
        fmt.setBackground(blended)
        fmt.setForeground(palette.color(QPalette.ColorRole.Text))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(176, 64, 0) if not dark else QColor(255, 170, 90))
        return fmt

    def _update_controls(self) -> None:
        can_mark = self._can_mark()
        covering = bool(self._covering_marks())
        self.mark_action.setEnabled(True)  # the shortcut explains itself when there is nothing
        self.unmark_action.setEnabled(covering)
        if covering and not can_mark:
            self.mark_button.setText(self.tr("Share again"))
            self.mark_button.setEnabled(True)
        else:
            self.mark_button.setText(self.tr("Never share"))
            self.mark_button.setEnabled(can_mark)
        count = len(self.marks())
        if count:
            self.status.set_full_text(self.tr("%n passage(s) never shared", "", count))
        else:
            self.status.set_full_text(
                self.tr("Select words, then %1: never share them").replace("%1", self._shortcut())
            )
        self._place_footer()

    # -- look and feel ---------------------------------------------------------------------

    def _shortcut(self) -> str:
        return QKeySequence(MARK_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)

    def _retranslate(self) -> None:
        self.mark_action.setText(self.tr("Never share"))
        self.mark_action.setToolTip(self.tr("Remove the selected words from every profile"))
        self.unmark_action.setText(self.tr("Share again"))
        self.mark_button.setToolTip(
            self.tr(
                "%1 marks the selected words: they are never shared, removed from every "
                "profile. In a marked passage, %1 shares it again."
            ).replace("%1", self._shortcut())
        )
        self.mark_button.setAccessibleName(self.tr("Never share or share again"))
        self.status.setToolTip(self.mark_button.toolTip())
        if hasattr(self, "_spans"):
            self._refresh()

    def _footer_height(self) -> int:
        return max(self.mark_button.sizeHint().height(), self.status.sizeHint().height()) + 2

    def _place_footer(self) -> None:
        height = self._footer_height()
        if self.viewportMargins().bottom() != height:
            self.setViewportMargins(0, 0, 0, height)
        area = self.contentsRect()
        self.footer.setGeometry(
            QRect(area.left(), area.bottom() - height + 1, self.viewport().width(), height)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_footer()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._refresh()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            if any(s <= position <= e for s, e, _ in self._spans):
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("Never shared: removed from every profile"),
                    self.viewport(),
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self._menu_position = self.cursorForPosition(event.pos()).position()
        else:
            self._menu_position = None
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        self.mark_action.setEnabled(self._can_mark())
        self.unmark_action.setEnabled(bool(self._covering_marks()))
        menu.insertAction(first, self.mark_action)
        menu.insertAction(first, self.unmark_action)
        menu.insertSeparator(first)
        try:
            menu.exec(event.globalPos())
        finally:
            menu.deleteLater()
            self._menu_position = None
            self._update_controls()

    # -- plain text only -------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if source.hasText():
            self.insertPlainText(source.text().translate(_SEPARATORS))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        return source.hasText()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        data.setText(self.textCursor().selectedText().translate(_SEPARATORS))
        return data


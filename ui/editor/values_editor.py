"""A short list of short strings (skills, phones, emails, aliases, desired roles…), one per line.

One value per line in a small plain-text box is the quickest thing to type during an interview
and to fix later: no add/remove buttons to reach for, copy and paste work, Tab leaves the box.
The box grows with its lines up to a limit, then scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

#: The box shows at least / at most this many lines before it scrolls.
MIN_LINES = 2
MAX_LINES = 6


def split_values(text: str) -> list[str]:
    """One value per line: trimmed, empty lines dropped, order kept."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class _LinesEdit(QPlainTextEdit):
    """The box itself: plain text only, no wrapping (a line is a value), Tab leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if source.hasText():
            self.insertPlainText(source.text().replace("\u2029", "\n").replace("\u2028", "\n"))

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        data.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        return data


class ValuesEditor(QWidget):
    """Edits ``list[str]``: one value per line, with a hint under the box."""

    #: The values changed, by the caseworker (never by :meth:`set_values`).
    edited = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._last: list[str] = []
        self.edit = _LinesEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.hint = QLabel(self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.hint.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        # a label's buddy, a click on the widget and Tab all land in the box
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.textChanged.connect(self._on_text_changed)
        self._retranslate()
        self._fit_height()

    def set_values(self, values: list[str]) -> None:
        """Show ``values``; forgets the undo history; does not emit :attr:`edited`."""
        self._loading = True
        try:
            cleaned = [str(value).strip() for value in values or () if str(value).strip()]
            self.edit.setPlainText("\n".join(cleaned))
            self._last = cleaned
        finally:
            self._loading = False
        self._fit_height()

    def values(self) -> list[str]:
        return split_values(self.edit.toPlainText())

    def clear(self) -> None:
        """On lock: the values and the undo history go."""
        self.set_values([])

    def set_hint_visible(self, visible: bool) -> None:
        """Hide the "one per line" line where a form says it once for several boxes."""
        self.hint.setVisible(visible)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """The name belongs to the box screen readers land in, too."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.edit.setPlaceholderText(text)

    def _on_text_changed(self) -> None:
        self._fit_height()
        if self._loading:
            return
        values = self.values()
        if values != self._last:
            self._last = values
            self.edited.emit()

    def _fit_height(self) -> None:
        """As tall as its lines, between MIN_LINES and MAX_LINES."""
        lines = max(MIN_LINES, min(MAX_LINES, self.edit.document().blockCount()))
        metrics = self.edit.fontMetrics()
        margins = self.edit.contentsMargins()
        frame = 2 * self.edit.frameWidth() + margins.top() + margins.bottom()
        padding = 2 * int(self.edit.document().documentMargin())
        self.edit.setFixedHeight(lines * metrics.lineSpacing() + padding + frame)

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("One per line"))
        self.edit.setAccessibleDescription(self.tr("One value per line"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_height()

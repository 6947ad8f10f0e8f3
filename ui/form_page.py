"""What the create and unlock pages share: an inline error line and a busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


def heading(text: str) -> QLabel:
    """A page title: bold, a size larger than the body text."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.35)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str) -> QLabel:
    """Body text that wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ErrorLabel(QLabel):
    """A red, word-wrapped line; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("FormPage", "Error"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        if text and QAccessible.isActive():
            # Screen readers announce an alert; the focus stays in the field to correct.
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self.show_message("")


class BusyIndicator(QWidget):
    """An indeterminate progress bar and what is being done; hidden while idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(QCoreApplication.translate("FormPage", "Working"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()
        self.label.clear()


class FormPage(QWidget):
    """A page with inputs, an error line and a busy indicator.

    Subclasses lay out ``error_label`` and ``busy`` with their own widgets and list their inputs
    and buttons in ``interactive_widgets``: ``set_busy`` disables those while a job runs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = ErrorLabel()
        self.busy = BusyIndicator()
        self.busy_state = False

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    def clear_error(self) -> None:
        self.error_label.clear_message()

    def interactive_widgets(self) -> list[QWidget]:
        """The widgets disabled while busy (subclasses list their inputs and buttons)."""
        return []

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_state = busy
        for widget in self.interactive_widgets():
            widget.setEnabled(not busy)
        if busy:
            self.clear_error()
            self.busy.start(text)
        else:
            self.busy.stop()

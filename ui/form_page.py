"""What the dialog pages share: headings, paragraphs, buttons, fields, their layout, an inline
error line and a busy indicator."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.folder_field import FolderField

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


def button(text: str, accessible_name: str = "", *, default: bool = False) -> QPushButton:
    """A push button. Only a ``default`` one may become the button Enter presses in a dialog;
    the others never do (their auto-default is off)."""
    widget = QPushButton(text)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    if not default:
        widget.setAutoDefault(False)
    return widget


def button_row(
    leading: Iterable[QWidget] = (), trailing: Iterable[QWidget] = ()
) -> QHBoxLayout:
    """A row of buttons: ``leading`` on the left, a stretch, ``trailing`` on the right."""
    row = QHBoxLayout()
    for widget in leading:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in trailing:
        row.addWidget(widget)
    return row


def password_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def add_labelled_row(
    form: QFormLayout, text: str, buddy: QWidget, field: QWidget | None = None
) -> QLabel:
    """A form row whose label (``text``, with its ``&`` shortcut) focuses ``buddy``; the row
    shows ``field`` (a widget holding ``buddy``), or ``buddy`` itself."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field if field is not None else buddy)
    return label


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


#: A layout item: a widget, a layout, or a fixed spacing (in pixels).
Item = QWidget | QLayout | int


def page_layout(page: QWidget, top: Iterable[Item], bottom: Iterable[Item]) -> QVBoxLayout:
    """``page``'s layout: the ``top`` items, a stretch, then the ``bottom`` items."""
    layout = QVBoxLayout(page)

    def add(items: Iterable[Item]) -> None:
        for item in items:
            if isinstance(item, int):
                layout.addSpacing(item)
            elif isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)

    add(top)
    layout.addStretch(1)
    add(bottom)
    return layout


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

    Subclasses lay out their widgets with ``lay_out`` (which places ``error_label`` and
    ``busy``) and list their inputs and buttons in ``interactive_widgets``: ``set_busy``
    disables those while a job runs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = ErrorLabel()
        self.busy = BusyIndicator()
        self.busy_state = False

    def lay_out(self, *items: Item, buttons: QWidget | QLayout) -> QVBoxLayout:
        """The page's layout: ``items`` from the top, the error line under them, a stretch,
        then the busy indicator above ``buttons``."""
        return page_layout(self, (*items, self.error_label), (self.busy, buttons))

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Show ``text`` on the error line and put the cursor in ``field`` (the one to correct)."""
        self.error_label.show_message(text)
        if field is not None:
            field.setFocus()

    def focus_folder_or(self, folder: FolderField, then: QWidget) -> None:
        """Put the cursor in ``folder`` while it is empty, else in ``then``."""
        (then if folder.path() is not None else folder.edit).setFocus()

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

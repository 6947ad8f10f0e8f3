"""Driving the desk's widgets the way a person does: typing and clicking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

#: Generous: a job is one KDF run (fast in tests) but CI machines can be slow.
JOB_TIMEOUT_MS = 30_000


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def unlock_through(qtbot, dialog, folder: Path, secret: str) -> None:
    """Fill the unlock page and click Unlock (does not wait)."""
    page = dialog.unlock_page
    if dialog.current_page() is not page:
        click(qtbot, dialog.create_page.unlock_button)
    type_into(qtbot, page.folder.edit, str(folder))
    type_into(qtbot, page.secret, secret)
    click(qtbot, page.unlock_button)


def create_through(qtbot, dialog, folder: Path, passphrase: str, confirmation: str | None = None):
    """Fill the create page and click Create vault (does not wait)."""
    page = dialog.create_page
    if dialog.current_page() is not page:
        click(qtbot, dialog.unlock_page.create_button)
    type_into(qtbot, page.folder.edit, str(folder))
    type_into(qtbot, page.passphrase, passphrase)
    type_into(qtbot, page.confirmation, passphrase if confirmation is None else confirmation)
    click(qtbot, page.create_button)

"""The unlock page: a vault folder and its passphrase (or its recovery key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget

from ui.folder_field import FolderField
from ui.form_page import (
    FormPage,
    add_labelled_row,
    button,
    button_row,
    heading,
    paragraph,
    password_field,
    tab_chain,
)


class UnlockPage(FormPage):
    #: The folder and the passphrase or recovery key, both present.
    submitted = Signal(object, str)
    create_requested = Signal()
    restore_requested = Signal()
    quit_requested = Signal()

    def __init__(self, last_vault: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Unlock a vault"))
        intro = paragraph(
            self.tr("Enter the vault's passphrase. If it is forgotten, its recovery key works too.")
        )

        self.folder = FolderField(self.tr("Choose the vault folder"))
        self.folder.set_accessible_name(self.tr("Vault folder"))
        self.folder.set_path(last_vault)
        self.secret = password_field(
            self.tr("Passphrase or recovery key"), self.tr("Passphrase or recovery key")
        )

        form = QFormLayout()
        add_labelled_row(form, self.tr("Vault &folder:"), self.folder.edit, self.folder)
        add_labelled_row(form, self.tr("&Passphrase:"), self.secret)

        self.create_button = button(self.tr("Create a new vault…"), self.tr("Create a new vault"))
        self.restore_button = button(
            self.tr("Restore a backup…"), self.tr("Restore a vault from a backup")
        )
        self.quit_button = button(self.tr("Quit"), self.tr("Quit Kakehashi"))
        self.unlock_button = button(self.tr("Unlock"), self.tr("Unlock the vault"), default=True)
        buttons = button_row(
            [self.create_button, self.restore_button], [self.quit_button, self.unlock_button]
        )

        self.lay_out(self.title, intro, 8, form, buttons=buttons)
        tab_chain(
            self.folder.edit,
            self.folder.browse_button,
            self.secret,
            self.unlock_button,
            self.quit_button,
            self.create_button,
            self.restore_button,
        )

        self.unlock_button.clicked.connect(self._submit)
        self.create_button.clicked.connect(self.create_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.quit_button.clicked.connect(self.quit_requested)

    def interactive_widgets(self) -> list[QWidget]:
        return [
            self.folder,
            self.secret,
            self.unlock_button,
            self.create_button,
            self.restore_button,
            self.quit_button,
        ]

    def default_button(self) -> QPushButton:
        return self.unlock_button

    def focus_first_empty(self) -> None:
        self.focus_folder_or(self.folder, self.secret)

    def _submit(self) -> None:
        folder = self.folder.path()
        if folder is None:
            self.show_error(self.tr("Choose the folder of the vault."), self.folder.edit)
            return
        secret = self.secret.text()
        if not secret:
            self.show_error(self.tr("Enter the passphrase or the recovery key."), self.secret)
            return
        self.submitted.emit(folder, secret)

    def after_wrong_secret(self, message: str) -> None:
        """Show ``message``, empty the passphrase field and put the cursor there."""
        self.secret.clear()
        self.show_error(message, self.secret)

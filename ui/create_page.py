"""The create page: a folder for a new vault, a passphrase typed twice, a strength meter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from app.errors import UsageError
from app.vault.vault import MIN_PASSPHRASE, check_new_passphrase
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
from ui.messages import user_message
from ui.strength_meter import StrengthMeter


def suggested_folder() -> Path | None:
    """``Documents/Kakehashi`` if that folder is free (absent or empty), else nothing."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not documents:
        return None
    folder = Path(documents) / "Kakehashi"
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return None
    return folder


class CreatePage(FormPage):
    #: The folder and the new passphrase, already checked by the core's rules.
    submitted = Signal(object, str)
    unlock_requested = Signal()
    quit_requested = Signal()
    #: "Try with sample data": open a temporary demo vault of synthetic people.
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Create a new vault"))
        intro = paragraph(
            self.tr(
                "A vault is a folder on this computer in which everything is kept encrypted. "
                "Choose a new or empty folder and a passphrase that you will remember: "
                "nobody can open the vault without it."
            )
        )

        self.folder = FolderField(self.tr("Choose or create an empty folder for the new vault"))
        self.folder.set_accessible_name(self.tr("Folder for the new vault"))
        self.folder.set_path(suggested_folder())
        self.passphrase = password_field(self.tr("New passphrase"))
        self.confirmation = password_field(self.tr("New passphrase again"))
        self.meter = StrengthMeter()
        hint = paragraph(
            self.tr(
                "At least %1 characters. A few unrelated words make a passphrase that is strong "
                "and easy to remember."
            ).replace("%1", str(MIN_PASSPHRASE))
        )

        form = QFormLayout()
        add_labelled_row(form, self.tr("&Folder:"), self.folder.edit, self.folder)
        add_labelled_row(form, self.tr("&Passphrase:"), self.passphrase)
        add_labelled_row(form, self.tr("&Again:"), self.confirmation)
        form.addRow(QLabel(self.tr("Strength:")), self.meter)
        form.addRow("", hint)

        self.unlock_button = button(
            self.tr("Open an existing vault…"), self.tr("Open an existing vault")
        )
        self.demo_button = button(
            self.tr("Try with sample data"),
            self.tr("Open a temporary demo vault of invented people"),
        )
        self.demo_button.setToolTip(
            self.tr("A temporary vault full of invented people, to try every feature. "
                    "It is deleted when you quit.")
        )
        self.quit_button = button(self.tr("Quit"), self.tr("Quit Kakehashi"))
        self.create_button = button(
            self.tr("Create vault"), self.tr("Create the vault"), default=True
        )
        buttons = button_row(
            [self.unlock_button, self.demo_button], [self.quit_button, self.create_button]
        )

        self.lay_out(self.title, intro, 8, form, buttons=buttons)
        tab_chain(
            self.folder.edit,
            self.folder.browse_button,
            self.passphrase,
            self.confirmation,
            self.create_button,
            self.quit_button,
            self.unlock_button,
            self.demo_button,
        )

        self.passphrase.textChanged.connect(self.meter.update_for)
        self.create_button.clicked.connect(self._submit)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.quit_button.clicked.connect(self.quit_requested)

    def interactive_widgets(self) -> list[QWidget]:
        return [
            self.folder,
            self.passphrase,
            self.confirmation,
            self.create_button,
            self.unlock_button,
            self.demo_button,
            self.quit_button,
        ]

    def default_button(self) -> QPushButton:
        return self.create_button

    def focus_first_empty(self) -> None:
        self.focus_folder_or(self.folder, self.passphrase)

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _submit(self) -> None:
        folder = self.folder.path()
        if folder is None:
            self.show_error(self.tr("Choose a folder for the new vault."), self.folder.edit)
            return
        passphrase = self.passphrase.text()
        try:
            check_new_passphrase(passphrase)
        except UsageError as error:
            self.show_error(user_message(error), self.passphrase)
            return
        if self.confirmation.text() != passphrase:
            self.show_error(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.confirmation.clear()
            self.confirmation.setFocus()
            return
        self.submitted.emit(folder, passphrase)

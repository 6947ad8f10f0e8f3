"""The create page: a folder for a new vault, a passphrase typed twice, a strength meter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UsageError
from app.vault.vault import MIN_PASSPHRASE, check_new_passphrase
from ui.folder_field import FolderField
from ui.form_page import FormPage, heading, paragraph
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
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("New passphrase again"))
        self.meter = StrengthMeter()
        hint = paragraph(
            self.tr(
                "At least %1 characters. A few unrelated words make a passphrase that is strong "
                "and easy to remember."
            ).replace("%1", str(MIN_PASSPHRASE))
        )

        form = QFormLayout()
        for text, field in (
            (self.tr("&Folder:"), self.folder.edit),
            (self.tr("&Passphrase:"), self.passphrase),
            (self.tr("&Again:"), self.confirmation),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, self.folder if field is self.folder.edit else field)
        form.addRow(QLabel(self.tr("Strength:")), self.meter)
        form.addRow("", hint)

        self.unlock_button = QPushButton(self.tr("Open an existing vault…"))
        self.unlock_button.setAccessibleName(self.tr("Open an existing vault"))
        self.unlock_button.setAutoDefault(False)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Kakehashi"))
        self.quit_button.setAutoDefault(False)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.folder.edit, self.folder.browse_button)
        QWidget.setTabOrder(self.folder.browse_button, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.confirmation)
        QWidget.setTabOrder(self.confirmation, self.create_button)
        QWidget.setTabOrder(self.create_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.unlock_button)

        self.passphrase.textChanged.connect(self.meter.update_for)
        self.create_button.clicked.connect(self._submit)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.quit_button.clicked.connect(self.quit_requested)

    def interactive_widgets(self) -> list[QWidget]:
        return [
            self.folder,
            self.passphrase,
            self.confirmation,
            self.create_button,
            self.unlock_button,
            self.quit_button,
        ]

    def default_button(self) -> QPushButton:
        return self.create_button

    def focus_first_empty(self) -> None:
        (self.passphrase if self.folder.path() is not None else self.folder.edit).setFocus()

    def clear_passphrases(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _submit(self) -> None:
        folder = self.folder.path()
        if folder is None:
            self.show_error(self.tr("Choose a folder for the new vault."))
            self.folder.edit.setFocus()
            return
        passphrase = self.passphrase.text()
        try:
            check_new_passphrase(passphrase)
        except UsageError as error:
            self.show_error(user_message(error))
            self.passphrase.setFocus()
            return
        if self.confirmation.text() != passphrase:
            self.show_error(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.confirmation.clear()
            self.confirmation.setFocus()
            return
        self.submitted.emit(folder, passphrase)

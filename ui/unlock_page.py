"""The unlock page: a vault folder and its passphrase (or its recovery key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.folder_field import FolderField
from ui.form_page import FormPage, heading, paragraph


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
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))

        form = QFormLayout()
        folder_label = QLabel(self.tr("Vault &folder:"))
        folder_label.setBuddy(self.folder.edit)
        secret_label = QLabel(self.tr("&Passphrase:"))
        secret_label.setBuddy(self.secret)
        form.addRow(folder_label, self.folder)
        form.addRow(secret_label, self.secret)

        self.create_button = QPushButton(self.tr("Create a new vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.setAutoDefault(False)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a vault from a backup"))
        self.restore_button.setAutoDefault(False)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Kakehashi"))
        self.quit_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the vault"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)

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
        QWidget.setTabOrder(self.folder.browse_button, self.secret)
        QWidget.setTabOrder(self.secret, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.restore_button)

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
        (self.secret if self.folder.path() is not None else self.folder.edit).setFocus()

    def _submit(self) -> None:
        folder = self.folder.path()
        if folder is None:
            self.show_error(self.tr("Choose the folder of the vault."))
            self.folder.edit.setFocus()
            return
        secret = self.secret.text()
        if not secret:
            self.show_error(self.tr("Enter the passphrase or the recovery key."))
            self.secret.setFocus()
            return
        self.submitted.emit(folder, secret)

    def after_wrong_secret(self, message: str) -> None:
        """Show ``message``, empty the passphrase field and put the cursor there."""
        self.secret.clear()
        self.show_error(message)
        self.secret.setFocus()

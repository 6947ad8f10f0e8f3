"""Restore from a backup, in three steps, nothing written before the last one.

1. Choose a ``.kkbackup`` file and type a passphrase or the recovery key that opens it; the
   whole file is verified on the worker (its MAC over every byte, its manifest).
2. See what it holds — dossiers, companies, documents, when it was made (local time) — and
   choose a new, empty folder. Up to here nothing has been written anywhere.
3. Restore on the worker (the core builds the vault in a hidden folder and renames it into
   place). The open vault is not touched; "Open it now" locks it and opens the restored one
   through the normal unlock dialog.

Verifying and restoring do not use the open vault, but they are blocking work (a KDF run, a
file read end to end), so they run on the desk's database worker like every other job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.backup.operations import SUFFIX, BackupSummary, restore, verify_backup
from ui.backup_jobs import absolute_folder, local_time
from ui.folder_field import FolderField, display_path
from ui.form_page import (
    FormPage,
    add_labelled_row,
    button,
    button_row,
    heading,
    page_layout,
    paragraph,
    password_field,
)
from ui.messages import user_message
from ui.session import VaultSession

CHECKED_STYLE = "color: #1e6b2e;"


def suggested_restore_folder() -> Path | None:
    """``Documents/Kakehashi restored`` (or `` 2``, `` 3``…): the first that is free."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not documents:
        return None
    base = Path(documents) / "Kakehashi restored"
    for n in range(1, 100):
        folder = base if n == 1 else base.with_name(f"{base.name} {n}")
        if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
            return folder
    return None


class BackupFileField(FolderField):
    """A file chooser for ``.kkbackup`` files (the folder field's line edit and Browse…)."""

    def _browse(self) -> None:
        current = self.path()
        start = current.parent if current is not None and current.parent.is_dir() else Path.home()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self._dialog_title,
            str(start),
            self.tr("Kakehashi backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if chosen:
            self.set_path(Path(chosen))


class ChooseBackupPage(FormPage):
    submitted = Signal(object, str)  # the backup file, the secret
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Restore from a backup"))
        intro = paragraph(
            self.tr(
                "Choose a backup file and type a passphrase or the recovery key that opens it. "
                "The whole backup is checked first, and you see what it holds before anything "
                "is written."
            )
        )
        self.file = BackupFileField(self.tr("Choose a backup file"))
        self.file.browse_button.setAccessibleName(self.tr("Browse for a backup file"))
        self.file.set_accessible_name(self.tr("Backup file"))
        self.secret = password_field(
            self.tr("Passphrase or recovery key of the backup"),
            self.tr("Passphrase or recovery key"),
        )

        form = QFormLayout()
        add_labelled_row(form, self.tr("Backup &file:"), self.file.edit, self.file)
        add_labelled_row(form, self.tr("&Passphrase:"), self.secret)

        self.cancel_button = button(self.tr("Cancel"))
        self.check_button = button(self.tr("Check the backup"), default=True)
        buttons = button_row(trailing=[self.cancel_button, self.check_button])

        self.lay_out(self.title, intro, 8, form, buttons=buttons)

        self.check_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def interactive_widgets(self) -> list[QWidget]:
        return [self.file, self.secret, self.check_button, self.cancel_button]

    def default_button(self) -> QPushButton:
        return self.check_button

    def focus_first_empty(self) -> None:
        self.focus_folder_or(self.file, self.secret)

    def _submit(self) -> None:
        path = self.file.path()
        if path is None:
            self.show_error(self.tr("Choose the backup file."), self.file.edit)
            return
        if not self.secret.text():
            self.show_error(
                self.tr("Enter a passphrase or the recovery key of the backup."), self.secret
            )
            return
        self.submitted.emit(absolute_folder(path), self.secret.text())


class SummaryPage(FormPage):
    """What the verified backup holds, and the new folder to restore it into."""

    submitted = Signal(object)  # the new folder
    back_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, vault_open: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("What this backup holds"))
        self.file_name = QLabel()
        self.file_name.setWordWrap(True)
        self.made_on = QLabel()
        self.dossiers = QLabel()
        self.companies = QLabel()
        self.documents = QLabel()
        for label in (self.file_name, self.made_on, self.dossiers, self.companies, self.documents):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        facts = QFormLayout(box)
        facts.setContentsMargins(12, 10, 12, 10)
        facts.addRow(self.tr("File:"), self.file_name)
        facts.addRow(self.tr("Made on:"), self.made_on)
        facts.addRow(self.tr("Dossiers:"), self.dossiers)
        facts.addRow(self.tr("Companies:"), self.companies)
        facts.addRow(self.tr("Documents:"), self.documents)
        self.checked = paragraph(
            self.tr(
                "The backup is whole and opens with what you typed. Nothing has been written yet."
            )
        )
        self.checked.setStyleSheet(CHECKED_STYLE)
        where = paragraph(
            self.tr(
                "Restore it into a new, empty folder. The vault you have open is not changed; "
                "the restored vault opens with the same passphrases and recovery key as the "
                "backup."
            )
            if vault_open
            else self.tr(
                "Restore it into a new, empty folder. The restored vault opens with the same "
                "passphrases and recovery key as the backup."
            )
        )
        self.folder = FolderField(
            self.tr("Choose or create an empty folder for the restored vault")
        )
        self.folder.set_accessible_name(self.tr("Folder for the restored vault"))
        folder_form = QFormLayout()
        add_labelled_row(folder_form, self.tr("New &folder:"), self.folder.edit, self.folder)

        self.back_button = button(self.tr("Back"))
        self.cancel_button = button(self.tr("Cancel"))
        self.restore_button = button(
            self.tr("Restore"), self.tr("Restore into the new folder"), default=True
        )
        buttons = button_row([self.back_button], [self.cancel_button, self.restore_button])

        self.lay_out(
            self.title, 4, box, 4, self.checked, 10, where, folder_form, buttons=buttons
        )

        self.restore_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def interactive_widgets(self) -> list[QWidget]:
        return [self.folder, self.back_button, self.cancel_button, self.restore_button]

    def default_button(self) -> QPushButton:
        return self.restore_button

    def focus_first_empty(self) -> None:
        self.focus_folder_or(self.folder, self.restore_button)

    def show_summary(self, summary: BackupSummary) -> None:
        manifest = summary.manifest
        self.file_name.setText(summary.path.name)
        self.file_name.setToolTip(display_path(summary.path))
        self.made_on.setText(local_time(manifest.created_at))
        self.dossiers.setText(str(manifest.dossiers))
        self.companies.setText(str(manifest.companies))
        self.documents.setText(str(manifest.documents))
        if self.folder.path() is None:
            self.folder.set_path(suggested_restore_folder())

    def _submit(self) -> None:
        folder = self.folder.path()
        if folder is None:
            self.show_error(
                self.tr("Choose a new, empty folder for the restored vault."), self.folder.edit
            )
            return
        self.submitted.emit(absolute_folder(folder))


class RestoredPage(QWidget):
    close_requested = Signal()
    open_requested = Signal()

    def __init__(
        self, can_open: bool, vault_open: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Backup restored"))
        self.explanation = paragraph("")
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = button(self.tr("Close"), default=True)
        self.open_button = button(self.tr("Open it now"), default=True)
        self.open_button.setToolTip(
            self.tr("Lock the vault you have open and unlock the restored one")
            if vault_open
            else self.tr("Unlock the restored vault")
        )
        self.vault_open = vault_open
        self.open_button.setVisible(can_open)
        self.can_open = can_open
        buttons = button_row(trailing=[self.close_button, self.open_button])
        page_layout(self, (self.title, self.explanation), (buttons,))
        self.close_button.clicked.connect(self.close_requested)
        self.open_button.clicked.connect(self.open_requested)

    def default_button(self) -> QPushButton:
        return self.open_button if self.can_open else self.close_button

    def show_folder(self, folder: Path) -> None:
        if not self.vault_open:
            text = self.tr(
                "The backup was restored into %1. It opens with the same passphrases and "
                "recovery key as the backup."
            )
        elif not self.can_open:
            text = self.tr(
                "The backup was restored into %1. It opens with the same passphrases and "
                "recovery key as the backup. The vault you have open has not been changed."
            )
        else:
            text = self.tr(
                "The backup was restored into %1. It opens with the same passphrases and "
                "recovery key as the backup. The vault you have open has not been changed; "
                "“Open it now” locks it and asks for the restored vault's passphrase."
            )
        self.explanation.setText(text.replace("%1", display_path(folder)))


class RestoreDialog(QDialog):
    #: The caseworker wants to open the restored vault (its folder): lock and unlock it.
    open_requested = Signal(object)

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        *,
        can_open: bool = True,
        vault_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Kakehashi")
        self.setMinimumWidth(640)
        self.choose_page = ChooseBackupPage()
        self.summary_page = SummaryPage(vault_open)
        self.done_page = RestoredPage(can_open, vault_open)
        self.stack = QStackedWidget()
        for page in (self.choose_page, self.summary_page, self.done_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._backup: Path | None = None
        self._secret: str | None = None  # kept from the check to the restore, then dropped
        self.summary: BackupSummary | None = None
        self.restored: Path | None = None

        self.choose_page.submitted.connect(self._verify)
        self.choose_page.cancel_requested.connect(self.reject)
        self.summary_page.submitted.connect(self._restore)
        self.summary_page.back_requested.connect(self.show_choose)
        self.summary_page.cancel_requested.connect(self.reject)
        self.done_page.close_requested.connect(self.accept)
        self.done_page.open_requested.connect(self._open)
        self.show_choose()

    # -- pages -----------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show(self, page) -> None:
        self.stack.setCurrentWidget(page)
        for other in (self.choose_page, self.summary_page, self.done_page):
            other.default_button().setDefault(other is page)
        if hasattr(page, "focus_first_empty"):
            page.focus_first_empty()
        else:
            page.default_button().setFocus()

    def show_choose(self) -> None:
        self._forget_secret()
        self.summary = None
        self.summary_page.clear_error()
        self._show(self.choose_page)

    def is_busy(self) -> bool:
        return self.choose_page.busy_state or self.summary_page.busy_state

    # -- jobs ------------------------------------------------------------------------------

    def _verify(self, path: Path, secret: str) -> None:
        self.choose_page.set_busy(
            True, self.tr("Checking the whole backup… this takes a few seconds.")
        )
        self.session.worker.submit(
            lambda: verify_backup(path, secret),
            lambda summary: self._verified(path, secret, summary),
            self._verify_failed,
            context=self,
        )

    def _verified(self, path: Path, secret: str, summary: BackupSummary) -> None:
        self.choose_page.set_busy(False)
        self.choose_page.secret.clear()
        self._backup, self._secret, self.summary = path, secret, summary
        self.summary_page.show_summary(summary)
        self._show(self.summary_page)

    def _verify_failed(self, error: BaseException) -> None:
        page = self.choose_page
        page.set_busy(False)
        page.secret.clear()
        page.show_error(user_message(error))
        page.focus_first_empty()

    def _restore(self, folder: Path) -> None:
        if self._backup is None or self._secret is None:
            self.show_choose()
            return
        backup, secret = self._backup, self._secret
        self.summary_page.set_busy(
            True, self.tr("Checking the backup again and restoring… this takes a few seconds.")
        )
        self.session.worker.submit(
            lambda: restore(backup, secret, folder),
            lambda _: self._restored(folder),
            self._restore_failed,
            context=self,
        )

    def _restored(self, folder: Path) -> None:
        self.summary_page.set_busy(False)
        self._forget_secret()
        self.restored = folder
        self.done_page.show_folder(folder)
        self._show(self.done_page)

    def _restore_failed(self, error: BaseException) -> None:
        page = self.summary_page
        page.set_busy(False)
        page.show_error(user_message(error), page.folder.edit)

    def _open(self) -> None:
        if self.restored is not None:
            folder = self.restored
            self.accept()
            self.open_requested.emit(folder)

    # -- closing ---------------------------------------------------------------------------

    def _forget_secret(self) -> None:
        self._secret = None
        self.choose_page.secret.clear()

    def done(self, result: int) -> None:
        self._forget_secret()
        super().done(result)

    def reject(self) -> None:
        """Esc and Cancel close the dialog, except while a check or a restore runs."""
        if self.is_busy():
            return
        super().reject()

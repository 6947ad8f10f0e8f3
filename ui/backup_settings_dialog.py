"""Backup settings of the open vault: where automatic backups go, how many to keep, and whether
to back up on lock and on quit. They are saved inside the vault, by a job on the worker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.backup_jobs import KEEP_RANGE, BackupSettings, BackupState, absolute_folder, save_settings
from ui.folder_field import FolderField
from ui.form_page import FormPage, add_labelled_row, heading, paragraph
from ui.messages import user_message
from ui.session import VaultSession


class BackupSettingsPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Backup settings"))
        intro = paragraph(
            self.tr(
                "A backup is one encrypted file: it opens with this vault's passphrases or its "
                "recovery key, and with nothing else. Keep backups away from this computer, "
                "for example on a USB stick."
            )
        )

        self.folder = FolderField(self.tr("Choose the folder for automatic backups"))
        self.folder.set_accessible_name(self.tr("Backup folder"))

        self.keep = QSpinBox()
        self.keep.setRange(*KEEP_RANGE)
        self.keep.setAccessibleName(self.tr("Number of automatic backups to keep"))
        # "Keep the last %1 automatic backups": the spin box sits where %1 is, in any language
        before, _, after = self.tr("Keep the last %1 automatic backups").partition("%1")
        keep_row = QHBoxLayout()
        keep_row.setContentsMargins(0, 0, 0, 0)
        keep_label = QLabel(before.strip())
        keep_label.setBuddy(self.keep)
        if before.strip():
            keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        if after.strip():
            keep_row.addWidget(QLabel(after.strip()))
        keep_row.addStretch(1)

        self.auto = QCheckBox(
            self.tr("Back up automatically when the vault locks and when Kakehashi quits")
        )
        note = paragraph(
            self.tr(
                "Each automatic backup is a new file named after the date; the oldest beyond "
                "this number are deleted from the folder. Backups made with Back up now… are "
                "never deleted."
            )
        )

        form = QFormLayout()
        add_labelled_row(form, self.tr("Backup &folder:"), self.folder.edit, self.folder)
        form.addRow("", keep_row)
        form.addRow("", self.auto)
        form.addRow("", note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )

        self.lay_out(self.title, intro, 8, form, buttons=self.buttons)

    def interactive_widgets(self) -> list[QWidget]:
        return [self.folder, self.keep, self.auto, self.save_button, self.cancel_button]


class BackupSettingsDialog(QDialog):
    #: The settings are saved in the vault: the state as the vault now has it.
    saved = Signal(object)

    def __init__(
        self, session: VaultSession, state: BackupState | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Kakehashi")
        self.setMinimumWidth(600)
        self.page = BackupSettingsPage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        settings = state.settings if state is not None else None
        self.page.folder.set_path(settings.folder if settings else None)
        self.page.keep.setValue(settings.keep if settings else 10)
        self.page.auto.setChecked(bool(settings and settings.auto))
        self.page.buttons.accepted.connect(self.save)
        self.page.buttons.rejected.connect(self.reject)

    def is_busy(self) -> bool:
        return self.page.busy_state

    def save(self) -> None:
        page = self.page
        folder = page.folder.path()
        if folder is None and page.auto.isChecked():
            page.show_error(self.tr("Choose a folder for the automatic backups."), page.folder.edit)
            return
        if folder is not None:
            folder = absolute_folder(folder)
            if not folder.is_dir():
                page.show_error(
                    self.tr("This folder does not exist. Is the USB stick in?"), page.folder.edit
                )
                return
        settings = BackupSettings(folder, page.keep.value(), page.auto.isChecked())
        page.set_busy(True, self.tr("Saving…"))
        self.session.run(
            lambda vault: save_settings(vault, settings),
            self._saved,
            self._failed,
            context=self,
        )

    def _saved(self, state: BackupState) -> None:
        self.page.set_busy(False)
        self.saved.emit(state)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.page.set_busy(False)
        self.page.show_error(user_message(error))

    def reject(self) -> None:
        if self.is_busy():
            return
        super().reject()

"""The main window after unlocking: for now, the vault's most recent dossiers, read-only, and
the File menu's backups (back up now, backup settings, restore) with the "last backup" sign in
the status bar.

Its title is always "Kakehashi", never a person's name. Reads and writes go through the
session's worker; :meth:`MainWindow.clear` forgets everything shown and closes the dialogs
opened from here (the controller calls it on lock).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backup.operations import SUFFIX, BackupSummary
from app.store.dossiers import DossierRepository, DossierSummary
from ui.backup_jobs import BackupState, back_up_to, default_backup_name, load_state, with_suffix
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.backup_status import BackupStatus
from ui.busy_dialog import BusyDialog
from ui.dossier_model import DossierTableModel
from ui.folder_field import display_path
from ui.fonts import monospace_font
from ui.form_page import heading, paragraph
from ui.messages import user_message
from ui.restore_dialog import RestoreDialog
from ui.session import VaultSession

#: The table shows this many of the most recently changed dossiers (the lazy list comes later).
SHOWN_ROWS = 200
#: Room on either side of the narrow columns' text, in pixels.
COLUMN_PADDING = 16


def _shell_quote(path: str) -> str:
    return f'"{path}"' if any(c in path for c in " '\"&;()$") else path


def ask_backup_file(parent: QWidget, title: str, default: Path, filter_text: str) -> Path | None:
    """The save dialog for "Back up now…" (tests replace this function)."""
    dialog = QFileDialog(parent, title, str(default.parent), filter_text)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    dialog.selectFile(str(default))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return with_suffix(Path(dialog.selectedFiles()[0]))
    finally:
        dialog.deleteLater()


def _load_summaries(vault) -> tuple[int, list[DossierSummary]]:
    """Runs on the worker thread."""
    repository = DossierRepository(vault.conn)
    return repository.count(), repository.summaries(limit=SHOWN_ROWS)


class EmptyState(QWidget):
    """What an empty vault shows: how to import dossiers, honestly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("This vault has no dossiers yet"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = paragraph(
            self.tr(
                "Dossiers are imported from an interchange file (JSON) with the command line. "
                "Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be open in only "
                "one program at a time. Then run:"
            )
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.command = QLabel()
        self.command.setFont(monospace_font(1.1))
        self.command.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command.setAccessibleName(self.tr("Import command"))
        self.command.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(620)  # short lines read better than one across the window
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.explanation)
        inner.addSpacing(8)
        inner.addWidget(self.command)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.setContentsMargins(24, 24, 24, 24)

    def set_folder(self, folder: Path | None) -> None:
        vault = _shell_quote(display_path(folder)) if folder is not None else "VAULT"
        self.command.setText(f"kakehashi import {vault} FILE")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    #: The folder of a vault just restored, to open now (the controller locks this one first).
    open_vault_requested = Signal(object)
    #: Emitted on the GUI thread when the dossiers have been loaded (or failed to).
    loaded = Signal()
    #: Emitted when the backup state (settings, last good backup) is known or has changed.
    backup_state_changed = Signal()
    #: Emitted when a "Back up now" job has ended, well or not.
    backup_finished = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Kakehashi")
        self.resize(900, 560)

        self.model = DossierTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossiers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            DossierTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )

        self.empty_state = EmptyState()
        self.message = paragraph("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.message, self.empty_state, self.table):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)

        self.count_label = QLabel()
        self.folder_label = QLabel()
        self.backup_status = BackupStatus()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.folder_label)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.backup_state: BackupState | None = None
        self.busy_dialog: BusyDialog | None = None
        self.message_box: QMessageBox | None = None

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setStatusTip(self.tr("Close the vault and ask for the passphrase again"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setStatusTip(
            self.tr("Write an encrypted backup of the vault to a file, and check it")
        )
        self.backup_action.triggered.connect(self.back_up_now)
        self.backup_settings_action = QAction(self.tr("Backup &settings…"), self)
        self.backup_settings_action.setStatusTip(
            self.tr("Choose the backup folder and the automatic backups on lock and on quit")
        )
        self.backup_settings_action.triggered.connect(self.open_backup_settings)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setStatusTip(
            self.tr("Check a backup, see what it holds, and restore it into a new folder")
        )
        self.restore_action.triggered.connect(self.open_restore)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backup_settings_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)  # the shortcut works without opening the menu
        self.addAction(self.quit_action)

        self._generation = 0
        self.clear()

    # -- content ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the dossier count and the most recent summaries on the worker."""
        folder = self.session.folder
        self.empty_state.set_folder(folder)
        self.folder_label.setText(display_path(folder) if folder is not None else "")
        self._show_message(self.tr("Loading…"))
        generation = self._generation
        self.session.read(
            _load_summaries,
            lambda outcome: self._loaded(generation, outcome),
            lambda error: self._failed(generation, error),
            context=self,
        )
        self.session.run(
            load_state,
            lambda state: self._backup_state_loaded(generation, state),
            lambda error: None,  # the dossiers' read reports a vault that does not read
            context=self,
        )

    def _loaded(self, generation: int, outcome: tuple[int, list[DossierSummary]]) -> None:
        if generation != self._generation:
            return  # read before a lock: what it found must not be shown now
        count, rows = outcome
        self.model.set_rows(rows)
        for column in (DossierTableModel.REF, DossierTableModel.UPDATED):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
        self.stack.setCurrentWidget(self.table if rows else self.empty_state)
        text = self.tr("%n dossier(s)", "", count)
        if count > len(rows):
            text += "  ·  " + self.tr("showing the %1 most recently changed").replace(
                "%1", str(len(rows))
            )
        self.count_label.setText(text)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self._show_message(user_message(error))
        self.count_label.clear()
        self.loaded.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        """Forget every value shown: the table, the counts, the folder, the backup state, and
        close the dialogs opened from here; a job still under way is ignored when it comes
        back."""
        self._generation += 1
        self._close_dialogs()
        self.model.clear()
        self.table.clearSelection()
        self.count_label.clear()
        self.folder_label.clear()
        self.statusBar().clearMessage()
        self.backup_state = None
        self.backup_status.clear()
        self.empty_state.set_folder(None)
        self._show_message("")

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.busy_dialog = None
        self.message_box = None

    # -- backups ---------------------------------------------------------------------------

    def auto_backup_on(self) -> bool:
        """Whether the vault's settings (as last read) ask for a backup on lock and on quit."""
        return self.backup_state is not None and self.backup_state.auto_enabled

    def _backup_state_loaded(self, generation: int, state: BackupState) -> None:
        if generation != self._generation:
            return
        self.set_backup_state(state)

    def set_backup_state(self, state: BackupState) -> None:
        self.backup_state = state
        self.backup_status.set_state(state)
        self.backup_state_changed.emit()

    def back_up_now(self) -> None:
        """Ask where, then write the backup on the worker."""
        folder = self.backup_state.settings.folder if self.backup_state else None
        if folder is None or not folder.is_dir():
            folder = Path.home()
        path = ask_backup_file(
            self,
            self.tr("Back up the vault"),
            folder / default_backup_name(),
            self.tr("Kakehashi backups (*%1)").replace("%1", SUFFIX),
        )
        if path is not None:
            self.start_backup(path)

    def start_backup(self, path: Path) -> None:
        """Write, read back and record a backup at ``path``; a modal progress meanwhile."""
        generation = self._generation
        self.busy_dialog = BusyDialog(
            self.tr("Backing up… the backup is read back and checked once it is written."), self
        )
        self.busy_dialog.open()
        self.session.run(
            lambda vault: back_up_to(vault, path),
            lambda outcome: self._backed_up(generation, outcome),
            lambda error: self._backup_failed(generation, error),
            context=self,
        )

    def _end_busy(self) -> None:
        if self.busy_dialog is not None:
            self.busy_dialog.finish()
            self.busy_dialog = None

    def _backed_up(self, generation: int, outcome: tuple[BackupSummary, BackupState]) -> None:
        if generation != self._generation:
            return
        self._end_busy()
        summary, state = outcome
        self.set_backup_state(state)
        self.statusBar().showMessage(
            self.tr("Backup written and checked: %1").replace("%1", display_path(summary.path)),
            15_000,
        )
        self.backup_finished.emit()

    def _backup_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._end_busy()
        self.show_problem(self.tr("The backup failed"), user_message(error))
        self.backup_finished.emit()

    def show_problem(self, title: str, text: str) -> QMessageBox:
        """A warning box over the window, not blocking the event loop (``open``, not
        ``exec``)."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Kakehashi", title, parent=self)
        box.setInformativeText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: setattr(self, "message_box", None))
        self.message_box = box
        box.open()
        return box

    def open_backup_settings(self) -> BackupSettingsDialog:
        dialog = BackupSettingsDialog(self.session, self.backup_state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation
        dialog.saved.connect(
            lambda state: generation == self._generation and self.set_backup_state(state)
        )
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_vault_requested)
        dialog.open()
        return dialog

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits the desk (the controller closes the vault)."""
        event.ignore()
        self.quit_requested.emit()

"""The main window after unlocking: the caseworker's desk.

Two tabs: **Dossiers** (the lazy list with search and filters on the left, the dossier editor on
the right) and **Companies** (list, editor and their disclosure history). The toolbar has New
dossier, Export profiles, the privacy screen and Lock; the File menu has the backups, the
nonprofit's contact, the locking settings, Lock, Lock and hide, and Quit.

Its title is always "Kakehashi", never a person's name. Reads and writes go through the
session's worker; :meth:`MainWindow.clear` forgets everything shown and closes the dialogs
opened from here (the controller calls it on lock).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.backup.operations import SUFFIX, BackupSummary
from app.store.dossiers import DossierRepository
from ui.backup_jobs import BackupState, back_up_to, default_backup_name, load_state, with_suffix
from ui.backup_settings_dialog import BackupSettingsDialog
from ui.backup_status import BackupStatus
from ui.busy_dialog import BusyDialog
from ui.desk_preferences import DeskPreferences, load_preferences, save_preferences
from ui.desk_settings_dialog import DeskSettingsDialog
from ui.companies_view import CompaniesView
from ui.dossier_list_view import DossierListView
from ui.editor.dossier_editor import DossierEditor
from ui.folder_field import display_path
from ui.fonts import monospace_font
from ui.form_page import heading, paragraph
from ui.messages import user_message
from ui.privacy import PrivacyScreen
from ui.restore_dialog import RestoreDialog
from ui.session import VaultSession



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


def _count(vault) -> int:
    """Runs on the worker thread."""
    return DossierRepository(vault.conn).count()


class EmptyState(QWidget):
    """What an empty vault shows: make the first dossier, or import many, honestly."""

    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("This vault has no dossiers yet"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("&New dossier"))
        self.new_button.setAccessibleName(self.tr("Create the first dossier"))
        self.new_button.clicked.connect(self.new_requested)
        self.explanation = paragraph(
            self.tr(
                "Many dossiers at once are imported from an interchange file (JSON) with the "
                "command line. Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be "
                "open in only one program at a time. Then run:"
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
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        inner.addLayout(new_row)
        inner.addSpacing(12)
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


DEMO_STYLE = (
    "#demo_banner { background: #fff3c4; color: #3d2e00; border-bottom: 1px solid #d9a400;"
    " padding: 6px 10px; }"
)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    #: The panic shortcut: lock now and get out of sight.
    panic_requested = Signal()
    #: The vault's desk preferences are known or have changed (idle time, clipboard, privacy).
    preferences_changed = Signal(object)
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
        self.resize(1280, 800)

        self.privacy = PrivacyScreen(self)
        self.list_view = DossierListView(session, self.privacy)
        self.editor = DossierEditor(session, self.privacy)
        self.empty_state = EmptyState()
        self.pick_hint = paragraph(
            self.tr("Choose a dossier in the list, or make a new one with Ctrl+N.")
        )
        self.pick_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_stack = QStackedWidget()
        for widget in (self.pick_hint, self.empty_state, self.editor):
            self.editor_stack.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 820])  # room for the list's columns; scaled on resize
        self.companies = CompaniesView(session, self.privacy)
        # one owner per shortcut: the window's Ctrl+N makes a company while this tab is shown
        self.companies.new_action.setShortcut(QKeySequence())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Dossiers"))
        self.tabs.addTab(self.companies, self.tr("Companies"))
        self.message = paragraph("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.message, self.tabs):
            self.stack.addWidget(widget)
        self.dossier_count = 0
        self.preferences = DeskPreferences()
        self.demo_banner = QLabel()
        self.demo_banner.setObjectName("demo_banner")
        self.demo_banner.setStyleSheet(DEMO_STYLE)
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setAccessibleName(self.tr("Demo vault"))
        self.demo_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.demo_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.folder_label = QLabel()
        self.backup_status = BackupStatus()
        self.statusBar().addWidget(self.count_label, 1)
        self.count_label.hide()  # the total; the list itself shows it (and how many match)
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
        self.panic_action = QAction(self.tr("Lock and &hide"), self)
        self.panic_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L)
        )
        self.panic_action.setStatusTip(self.tr("Lock at once and minimize every window"))
        self.panic_action.triggered.connect(self.panic_requested)
        self.privacy_action = QAction(self.tr("&Privacy screen"), self)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P)
        )
        self.privacy_action.setStatusTip(
            self.tr("Mask names, contacts and other sensitive values until you point at one")
        )
        self.privacy_action.toggled.connect(self._privacy_toggled)
        self.new_action = QAction(self.tr("&New dossier"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(self.tr("Start a new dossier"))
        self.new_action.triggered.connect(self.new_item)
        self.export_action = QAction(self.tr("&Export profiles…"), self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.setStatusTip(
            self.tr("Send anonymized profiles of the selected dossiers to a company")
        )
        self.export_action.triggered.connect(self.open_export)
        self.export_action.setEnabled(False)
        self.organization_action = QAction(self.tr("Our &organization…"), self)
        self.organization_action.setStatusTip(
            self.tr("The nonprofit's contact, printed on every profile instead of the candidate's")
        )
        self.organization_action.triggered.connect(self.open_organization)
        self.desk_settings_action = QAction(self.tr("Locking and &clipboard…"), self)
        self.desk_settings_action.setStatusTip(
            self.tr("Choose when the vault locks itself and when copied values are cleared")
        )
        self.desk_settings_action.triggered.connect(self.open_desk_settings)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backup_settings_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.organization_action)
        file_menu.addAction(self.desk_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.panic_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        dossier_menu = self.menuBar().addMenu(self.tr("&Dossier"))
        dossier_menu.addAction(self.new_action)
        dossier_menu.addAction(self.export_action)
        self.show_dossiers_action = QAction(self.tr("&Dossiers"), self)
        self.show_dossiers_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.show_dossiers_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.splitter)
        )
        self.show_companies_action = QAction(self.tr("&Companies"), self)
        self.show_companies_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2))
        self.show_companies_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.companies)
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.show_dossiers_action)
        view_menu.addAction(self.show_companies_action)
        view_menu.addSeparator()
        view_menu.addAction(self.privacy_action)
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.privacy_action)
        self.toolbar.addAction(self.lock_action)
        for action in (self.lock_action, self.quit_action, self.panic_action, self.privacy_action,
                       self.new_action, self.export_action, self.show_dossiers_action,
                       self.show_companies_action):
            self.addAction(action)  # the shortcuts work without opening a menu

        self._waiting: set[str] = set()
        self.list_view.loaded.connect(lambda: self._parts_loaded(self._generation, "list"))
        self.list_view.current_changed.connect(self._current_changed)
        self.list_view.open_requested.connect(self._current_changed)
        self.list_view.selection_changed.connect(self._update_export_action)
        self.editor.saved.connect(self._saved)
        self.editor.panel_changed.connect(self.list_view.refresh_dossier)
        self.editor.closed.connect(self._editor_closed)
        self.empty_state.new_requested.connect(self.new_dossier)

        self._generation = 0
        self.clear()

    # -- content ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the dossier count, the list, the companies and the vault's settings on the
        worker."""
        folder = self.session.folder
        self.empty_state.set_folder(folder)
        self.folder_label.setText(display_path(folder) if folder is not None else "")
        self._show_message(self.tr("Loading…"))
        generation = self._generation
        self.session.read(
            _count,
            lambda count: self._loaded(generation, count),
            lambda error: self._failed(generation, error),
            context=self,
        )
        self._waiting = {"count", "list"}
        self.list_view.load()
        self.companies.load()
        self.session.run(
            load_state,
            lambda state: self._backup_state_loaded(generation, state),
            lambda error: None,  # the dossiers' read reports a vault that does not read
            context=self,
        )
        self.session.run(
            load_preferences,
            lambda prefs: generation == self._generation and self.apply_preferences(prefs),
            lambda error: None,
            context=self,
        )
        demo = self.session.is_demo()
        if demo:
            from app.demo import PASSPHRASE

            self.demo_banner.setText(
                self.tr(
                    "Demo vault: every person in it is invented. It is deleted when you quit "
                    "Kakehashi. Its passphrase, to try locking: %1"
                ).replace("%1", PASSPHRASE)
            )
        self.demo_banner.setVisible(demo)
        self.setWindowTitle(self.tr("Kakehashi — demo") if demo else "Kakehashi")

    @property
    def model(self):
        """The dossier list's model (ids, rows fetched on demand)."""
        return self.list_view.model

    def _loaded(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return  # read before a lock: what it found must not be shown now
        self._set_count(count)
        self.stack.setCurrentWidget(self.tabs)
        self._parts_loaded(generation, "count")

    def _parts_loaded(self, generation: int, part: str) -> None:
        """``loaded`` once both the count and the list's first page are shown."""
        if generation != self._generation:
            return
        self._waiting.discard(part)
        if not self._waiting:
            self.loaded.emit()

    def _set_count(self, count: int) -> None:
        self.dossier_count = count
        self.count_label.setText(self.tr("%n dossier(s)", "", count))
        self._show_editor_side()

    def _show_editor_side(self) -> None:
        if self.editor.dossier_id() is not None or self.editor.has_unsaved():
            self.editor_stack.setCurrentWidget(self.editor)
        elif self.dossier_count == 0:
            self.editor_stack.setCurrentWidget(self.empty_state)
        else:
            self.editor_stack.setCurrentWidget(self.pick_hint)

    def _recount(self) -> None:
        generation = self._generation
        self.session.read(
            _count,
            lambda count: generation == self._generation and self._set_count(count),
            lambda error: None,
            context=self,
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._waiting = set()
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
        self.list_view.clear()
        self.editor.clear()
        self.companies.clear()
        self.dossier_count = 0
        self.editor_stack.setCurrentWidget(self.pick_hint)
        self.tabs.setCurrentWidget(self.splitter)
        self.count_label.clear()
        self.folder_label.clear()
        self.statusBar().clearMessage()
        self.backup_state = None
        self.backup_status.clear()
        self.empty_state.set_folder(None)
        self.demo_banner.hide()
        self.setWindowTitle("Kakehashi")
        self._show_message("")

    def flush(self) -> None:
        """Queue every pending save on the worker now (called just before a lock or a quit,
        so the saves run before the vault closes): the dossier being edited, if it validates,
        and the interview being typed."""
        self.editor.flush()
        self.companies.flush()

    # -- dossiers --------------------------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: a new company on the Companies tab, else a new dossier."""
        if self.tabs.currentWidget() is self.companies:
            self.companies.new_company()
        else:
            self.new_dossier()

    def new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.splitter)
        if self.editor.maybe_leave():
            self.editor.new_dossier()
            self.editor_stack.setCurrentWidget(self.editor)

    def _current_changed(self, dossier_id: int) -> None:
        if dossier_id < 0 or dossier_id == self.editor.dossier_id():
            return
        if self.editor.maybe_leave():
            self.editor.open_dossier(dossier_id)
            self.editor_stack.setCurrentWidget(self.editor)
        elif self.editor.dossier_id() is not None:
            self.list_view.select_dossier(self.editor.dossier_id())

    def _saved(self, dossier_id: int) -> None:
        self.list_view.reload()
        self.list_view.select_dossier(dossier_id)
        self._recount()

    def _editor_closed(self) -> None:
        self._show_editor_side()

    def _update_export_action(self) -> None:
        self.export_action.setEnabled(bool(self.list_view.selected_ids()))

    def open_export(self) -> "ExportDialog | None":
        """Export anonymized profiles of the dossiers selected in the list."""
        from ui.export_dialog import ExportDialog

        ids = self.list_view.selected_ids()
        if not ids:
            self.statusBar().showMessage(
                self.tr("Select one or more dossiers in the list first."), 8_000
            )
            return None
        if not self.editor.maybe_leave():
            return None
        dialog = ExportDialog(self.session, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation
        dialog.finished.connect(
            lambda _: generation == self._generation
            and self.editor.dossier_id() is not None
            and self.editor.open_dossier(self.editor.dossier_id())
        )
        dialog.open()
        return dialog

    def open_organization(self) -> "OrganizationDialog":
        from ui.organization_dialog import OrganizationDialog

        dialog = OrganizationDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- preferences -----------------------------------------------------------------------

    def apply_preferences(self, preferences: DeskPreferences) -> None:
        """Show the vault's stored preferences (the privacy toggle without saving it again)."""
        self.preferences = preferences
        self.privacy_action.blockSignals(True)
        self.privacy_action.setChecked(preferences.privacy)
        self.privacy_action.blockSignals(False)
        self.privacy.set_on(preferences.privacy)
        self.preferences_changed.emit(preferences)

    def _privacy_toggled(self, on: bool) -> None:
        self.privacy.set_on(on)
        self.preferences = DeskPreferences(on, self.preferences.idle_minutes,
                                           self.preferences.clipboard_s)
        if self.session.folder is None:
            return
        chosen = self.preferences
        self.session.run(lambda vault: save_preferences(vault, chosen), None,
                         lambda error: self.statusBar().showMessage(user_message(error), 10_000),
                         context=self)

    def open_desk_settings(self) -> DeskSettingsDialog:
        dialog = DeskSettingsDialog(self.session, self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self._generation
        dialog.saved.connect(
            lambda prefs: generation == self._generation and self.apply_preferences(prefs)
        )
        dialog.open()
        return dialog

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

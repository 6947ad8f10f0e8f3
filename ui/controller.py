"""The desk's flow: unlock dialog → main window → (lock) → unlock dialog … → quit.

Automatic backups (when the vault's settings ask for them) run on the worker as the vault locks
and as the desk quits, before the job that closes the vault. Locking never waits for them: the
window is cleared and hidden at once, the unlock dialog comes back, and it says how the backup
went — a failed one (the USB stick is out) is told there, the vault is locked all the same.
Quitting shows a small progress window until the backup is done; if it failed, the caseworker
chooses between quitting anyway and going back to the vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from app.backup.operations import BackupSummary
from ui.clipboard import secret_clipboard
from ui.backup_jobs import auto_backup_if_enabled, local_time
from ui.busy_dialog import BusyDialog
from ui.desk_preferences import DeskPreferences
from ui.folder_field import display_path
from ui.idle_lock import IdleWatcher, PlatformLockWatcher
from ui.messages import user_message
from ui.session import VaultSession
from ui.settings import Settings
from ui.unlock_dialog import UnlockDialog


#: The main window is built this long after the unlock dialog is shown (it has been painted).
BUILD_WINDOW_AFTER_MS = 150

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DeskController(QObject):
    #: The desk is done (the user quit): the application may exit.
    finished = Signal()
    #: The automatic backup started as the vault locked has ended (well or not).
    lock_backup_finished = Signal()

    def __init__(
        self,
        session: VaultSession | None = None,
        settings: Settings | None = None,
        parent: QObject | None = None,
        *,
        platform_events: bool = False,
    ) -> None:
        """``platform_events`` listens for the system's screen lock and sleep (D-Bus on Linux);
        the desk turns it on, tests drive :meth:`lock` themselves."""
        super().__init__(parent)
        self.session = session or VaultSession()
        self.settings = settings or Settings()
        self._window: MainWindow | None = None  # built once the unlock dialog is on screen
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.platform = PlatformLockWatcher(self, use_dbus=platform_events)
        self.platform.lock_now.connect(self.lock)
        self.dialog: UnlockDialog | None = None
        self.quit_progress: BusyDialog | None = None
        self.quit_question: QMessageBox | None = None
        self._lock_backups = 0  # automatic backups started on lock, not yet finished
        self._quitting = False
        self._done = False

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use: the unlock dialog comes first (a cold start
        shows it without waiting for the whole desk), the window is built while the
        caseworker types the passphrase."""
        if self._window is None:
            from ui.main_window import MainWindow

            window = MainWindow(self.session)
            window.lock_requested.connect(self.lock)
            window.quit_requested.connect(self.request_quit)
            window.open_vault_requested.connect(self.open_other_vault)
            window.panic_requested.connect(self.panic)
            window.preferences_changed.connect(self._apply_preferences)
            self._window = window
        return self._window

    def start(self, *, demo: bool = False) -> None:
        """Show the unlock dialog; with ``demo``, open a temporary demo vault straight away.
        The main window is built just after the dialog has been painted."""
        self._show_dialog()
        QTimer.singleShot(BUILD_WINDOW_AFTER_MS, lambda: self._done or self.window)
        if demo and self.dialog is not None:
            self.dialog.open_demo()

    def _show_dialog(self) -> None:
        dialog = UnlockDialog(self.session, self.settings)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.request_quit)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _unlocked(self) -> None:
        self._drop_dialog()
        self.window.lock_action.setEnabled(True)
        self.window.panic_action.setEnabled(True)
        self.idle.start()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.load()

    # -- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Forget what is shown, back up if the vault says so, close the vault on the worker,
        ask for the passphrase again. Nothing here waits for the worker."""
        if self._done or self._quitting or self.dialog is not None:
            return
        vault_open = self.session.folder is not None
        was_demo = self.session.is_demo()
        announce = self.window.auto_backup_on()
        self.idle.stop()
        self.window.lock_action.setEnabled(False)
        self.window.panic_action.setEnabled(False)
        self.window.flush()  # pending saves are queued before the close job
        self.window.clear()
        secret_clipboard().clear_if_ours()
        self.window.hide()
        self._show_dialog()
        if vault_open:
            self._back_up_on_lock(self.dialog, announce)
        if was_demo and self.dialog is not None:
            from app.demo import PASSPHRASE

            self.dialog.offer_vault(self.session.demo_folder)
            self.dialog.show_notice(
                self.tr("The demo vault is locked. Its passphrase is: %1").replace(
                    "%1", PASSPHRASE
                )
            )
        self.session.lock()

    def panic(self) -> None:
        """Lock at once and get every window out of sight."""
        self.lock()
        if self.dialog is not None:
            self.dialog.showMinimized()

    def _apply_preferences(self, preferences: DeskPreferences) -> None:
        self.idle.set_minutes(preferences.idle_minutes)
        secret_clipboard().set_clear_after_s(preferences.clipboard_s)

    def _back_up_on_lock(self, dialog: UnlockDialog, announce: bool) -> None:
        """Queue the automatic backup before the close job; the dialog tells how it went."""
        if announce:
            dialog.show_notice(self.tr("Backing up the vault before it closes…"))
        self._lock_backups += 1

        def ended(text: str, problem: bool) -> None:
            self._lock_backups -= 1
            if shiboken6.isValid(dialog) and dialog is self.dialog:
                dialog.show_notice(text, problem=problem)
            self.lock_backup_finished.emit()

        def done(summary: BackupSummary | None) -> None:
            if summary is None:
                ended("", False)  # automatic backups are off
                return
            ended(
                self.tr("Backed up automatically at %1 into %2.")
                .replace("%1", local_time(summary.manifest.created_at))
                .replace("%2", display_path(summary.path.parent)),
                False,
            )

        def failed(error: BaseException) -> None:
            ended(
                self.tr(
                    "The automatic backup failed: %1 The vault is locked all the same; back it "
                    "up once it is open again."
                ).replace("%1", user_message(error)),
                True,
            )

        self.session.run(auto_backup_if_enabled, done, failed)

    def open_other_vault(self, folder: Path) -> None:
        """Lock this vault (backing it up as any lock does) and offer ``folder`` to unlock."""
        self.lock()
        if self.dialog is not None:
            self.dialog.offer_vault(folder)

    # -- quit ------------------------------------------------------------------------------

    def request_quit(self) -> None:
        """Quit from the desk (menu, window close, the unlock dialog's Quit): back up first if
        the vault says so, with a small progress window, then quit."""
        if self._done or self._quitting:
            return
        vault_open = self.session.folder is not None
        if not vault_open and not self._lock_backups:
            self.quit()
            return
        self._quitting = True
        announce = self._lock_backups > 0 or self.window.auto_backup_on()
        self.idle.stop()
        self.window.flush()
        self.window.clear()
        self.window.hide()
        if announce:
            self.quit_progress = BusyDialog(self.tr("Backing up before closing…"), self.dialog)
            self.quit_progress.open()
        if vault_open:
            self.session.run(auto_backup_if_enabled, self._quit_backed_up, self._quit_backup_failed)
        else:  # the backup started on lock is still being written: wait for it
            self.session.worker.submit(lambda: None, lambda _: self.quit())

    def _end_quit_progress(self) -> None:
        if self.quit_progress is not None:
            self.quit_progress.finish()
            self.quit_progress = None

    def _quit_backed_up(self, _: BackupSummary | None) -> None:
        self._end_quit_progress()
        self.quit()

    def _quit_backup_failed(self, error: BaseException) -> None:
        self._end_quit_progress()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Kakehashi",
            self.tr("The automatic backup failed"),
            parent=self.dialog,
        )
        box.setInformativeText(
            user_message(error)
            + "\n\n"
            + self.tr(
                "The vault itself is safe. Quit anyway, or go back to the vault and back it up "
                "from the File menu."
            )
        )
        quit_button = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Back to the vault"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)

        def answered(_: int) -> None:
            self.quit_question = None
            if box.clickedButton() is quit_button:
                self.quit()
            else:
                self._quitting = False
                self._unlocked()

        box.finished.connect(answered)
        self.quit_question = box
        box.open()

    def quit(self) -> None:
        """Close the vault (its keys are overwritten), stop the worker, and finish.

        Reached from the desk after :meth:`request_quit`, or straight from the application
        quitting (Ctrl+C in the terminal, the session ending): then an automatic backup due is
        made here, on the worker, while this waits.
        """
        if self._done:
            return
        backup_due = not self._quitting and self.session.folder is not None
        self._done = True
        self.idle.stop()
        if not self._quitting and self._window is not None:
            self.window.flush()
        self._end_quit_progress()
        if self.quit_question is not None:
            self.quit_question.deleteLater()
            self.quit_question = None
        if self._window is not None:
            self.window.clear()
            self.window.hide()
        self._drop_dialog()
        self.session.shutdown(before_close=auto_backup_if_enabled if backup_due else None)
        self.finished.emit()

"""The first window: unlock a vault, or create one and see its recovery key once.

The KDF (about a second) and the database run on the session's worker thread; meanwhile the
page shows a busy bar and its inputs are disabled. A failure is shown on the page in red, in the
core's own words; a wrong passphrase empties the field and nothing else happens (no lockout).
The dialog is accepted once a vault is open (and, for a new one, its recovery key confirmed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.errors import NotAVault, VaultExists, WrongPassphrase
from ui.create_page import CreatePage
from ui.messages import user_message
from ui.recovery_key_page import RecoveryKeyPage
from ui.restore_dialog import RestoreDialog
from ui.session import VaultSession
from ui.settings import Settings
from ui.unlock_page import UnlockPage

NOTICE_STYLE = (
    "#notice { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 3px; padding: 6px 8px; }"
)
NOTICE_PROBLEM_STYLE = (
    "#notice { background: #ffe08a; border: 1px solid #d9a400; border-radius: 3px;"
    " padding: 6px 8px; color: #3d2e00; }"
)


class UnlockDialog(QDialog):
    def __init__(
        self, session: VaultSession, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle("Kakehashi")  # never a folder or a person's name
        self.setMinimumWidth(560)

        last_vault = settings.last_vault()
        self.unlock_page = UnlockPage(last_vault)
        self.create_page = CreatePage()
        self.recovery_page = RecoveryKeyPage()
        self.stack = QStackedWidget()
        for page in (self.unlock_page, self.create_page, self.recovery_page):
            self.stack.addWidget(page)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Automatic backup"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack)

        self.unlock_page.submitted.connect(self._unlock)
        self.unlock_page.create_requested.connect(self.show_create)
        self.unlock_page.restore_requested.connect(self.open_restore)
        self.unlock_page.quit_requested.connect(self.reject)
        self.create_page.submitted.connect(self._create)
        self.create_page.unlock_requested.connect(self.show_unlock)
        self.create_page.demo_requested.connect(self.open_demo)
        self.create_page.quit_requested.connect(self.reject)
        self.recovery_page.confirmed.connect(self.accept)

        if last_vault is not None:
            self.show_unlock()
        else:
            self.show_create()

    # -- the automatic backup made on lock --------------------------------------------------

    def show_notice(self, text: str, *, problem: bool = False) -> None:
        """A line above the page about the backup made as the vault locked (amber if it
        failed); the dialog works as usual meanwhile."""
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.setStyleSheet(NOTICE_PROBLEM_STYLE if problem else NOTICE_STYLE)
        self.notice.setVisible(bool(text))
        if text and problem and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.notice, QAccessible.Event.Alert))

    def clear_notice(self) -> None:
        self.show_notice("")

    # -- pages -----------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show(self, page) -> None:
        self.stack.setCurrentWidget(page)
        for other in (self.unlock_page, self.create_page, self.recovery_page):
            other.default_button().setDefault(other is page)
        if hasattr(page, "focus_first_empty"):
            page.focus_first_empty()

    def show_unlock(self) -> None:
        self.create_page.clear_error()
        self.create_page.clear_passphrases()
        self._show(self.unlock_page)

    def show_create(self) -> None:
        self.unlock_page.clear_error()
        self.unlock_page.secret.clear()
        self._show(self.create_page)

    def is_busy(self) -> bool:
        return self.unlock_page.busy_state or self.create_page.busy_state

    def open_restore(self) -> RestoreDialog:
        """Restore a backup into a new folder (no vault needs to be open: a new laptop), then
        offer the restored vault here."""
        dialog = RestoreDialog(self.session, self, vault_open=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.offer_vault)
        dialog.open()
        return dialog

    def offer_vault(self, folder: Path) -> None:
        """Put ``folder`` in the unlock page, ready for its passphrase."""
        self.unlock_page.folder.set_path(folder)
        self.unlock_page.secret.clear()
        self.unlock_page.clear_error()
        self.show_unlock()

    # -- jobs ------------------------------------------------------------------------------

    def _unlock(self, folder: Path, secret: str) -> None:
        self.unlock_page.set_busy(True, self.tr("Unlocking… this takes about a second."))
        self.session.unlock(
            folder,
            secret,
            lambda _: self._unlocked(folder),
            self._unlock_failed,
            context=self,
        )

    def _unlocked(self, folder: Path) -> None:
        self.unlock_page.set_busy(False)
        self.unlock_page.secret.clear()
        self.settings.remember_vault(folder)
        self.accept()

    def _unlock_failed(self, error: BaseException) -> None:
        page = self.unlock_page
        page.set_busy(False)
        message = user_message(error)
        if isinstance(error, WrongPassphrase):
            page.after_wrong_secret(message)
        else:
            page.show_error(
                message, page.folder.edit if isinstance(error, NotAVault) else page.secret
            )

    def _create(self, folder: Path, passphrase: str) -> None:
        self.create_page.set_busy(
            True,
            self.tr(
                "Measuring this computer and creating the vault… this takes a few seconds."
            ),
        )
        self.session.create(
            folder,
            passphrase,
            lambda key: self._created(folder, key),
            self._create_failed,
            context=self,
        )

    def _created(self, folder: Path, recovery_key: str) -> None:
        self.create_page.set_busy(False)
        self.create_page.clear_passphrases()
        self.settings.remember_vault(folder)
        self.recovery_page.show_key(recovery_key)
        self._show(self.recovery_page)

    def _create_failed(self, error: BaseException) -> None:
        page = self.create_page
        page.set_busy(False)
        field = page.folder.edit if isinstance(error, VaultExists) else page.passphrase
        page.show_error(user_message(error), field)

    def open_demo(self) -> None:
        """Make a temporary demo vault of synthetic people on the worker, and open it."""
        from app.demo import PASSPHRASE, create_demo_vault

        page = self.create_page
        if self.current_page() is not page:
            self.show_create()
        page.set_busy(True, self.tr("Making a demo vault of invented people…"))

        session = self.session

        def make() -> Path:
            folder = create_demo_vault()
            # known at once, on the worker: a desk that quits before this job's answer comes
            # back still deletes the demo at shutdown
            session.demo_folder = folder
            return folder

        def made(folder: Path) -> None:
            self.session.unlock(folder, PASSPHRASE, lambda _: self._demo_opened(),
                                self._demo_failed, context=self)

        self.session.worker.submit(make, made, self._demo_failed, context=self)

    def _demo_opened(self) -> None:
        self.create_page.set_busy(False)
        self.accept()  # never remembered as the last vault: it is gone after quitting

    def _demo_failed(self, error: BaseException) -> None:
        self.create_page.set_busy(False)
        self.create_page.show_error(user_message(error))

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Quit and the window's close button close the dialog, except while a job runs
        or the recovery key is on screen (QDialog's closeEvent goes through here)."""
        if self.is_busy() or self.current_page() is self.recovery_page:
            return
        super().reject()

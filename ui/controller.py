"""The desk's flow: unlock dialog → main window → (lock) → unlock dialog … → quit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.main_window import MainWindow
from ui.session import VaultSession
from ui.settings import Settings
from ui.unlock_dialog import UnlockDialog


class DeskController(QObject):
    #: The desk is done (the user quit): the application may exit.
    finished = Signal()

    def __init__(
        self,
        session: VaultSession | None = None,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session or VaultSession()
        self.settings = settings or Settings()
        self.window = MainWindow(self.session)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.dialog: UnlockDialog | None = None
        self._done = False

    def start(self) -> None:
        self._show_dialog()

    def _show_dialog(self) -> None:
        dialog = UnlockDialog(self.session, self.settings)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.quit)
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
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.load()

    def lock(self) -> None:
        """Forget what is shown, close the vault on the worker, ask for the passphrase again."""
        if self._done or self.dialog is not None:
            return
        self.window.lock_action.setEnabled(False)
        self.window.clear()
        self.window.hide()
        self.session.lock()
        self._show_dialog()

    def quit(self) -> None:
        """Close the vault (its keys are overwritten), stop the worker, and finish."""
        if self._done:
            return
        self._done = True
        self.window.clear()
        self.window.hide()
        self._drop_dialog()
        self.session.shutdown()
        self.finished.emit()

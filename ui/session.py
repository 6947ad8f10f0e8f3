"""The desk's open vault, owned by the database worker thread.

The GUI never holds the vault itself: it asks the session to create, unlock, read from or lock
the vault, and each request runs as a job on the session's :class:`~ui.worker.DatabaseWorker`.
The :class:`~app.vault.vault.Vault` object is created, used and closed on that one thread.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from app.errors import KakehashiError, UsageError
from app.vault import kdf
from app.vault.vault import Vault
from ui.worker import DatabaseWorker, ErrorCallback, ResultCallback

T = TypeVar("T")

KDF_TARGET_ENV = "KAKEHASHI_KDF_TARGET_MS"


def kdf_target_ms() -> int:
    """Argon2id calibration target for new vaults: ``KAKEHASHI_KDF_TARGET_MS`` or 1000 ms."""
    value = os.environ.get(KDF_TARGET_ENV, "").strip()
    if value.isdigit() and int(value) >= 1:
        return int(value)
    return kdf.DEFAULT_TARGET_MS


class VaultSession:
    """Create, unlock, read and lock one vault, all on the worker thread."""

    def __init__(self, worker: DatabaseWorker | None = None) -> None:
        self.worker = worker or DatabaseWorker()
        self._vault: Vault | None = None  # read and written on the worker thread only
        self.folder: Path | None = None  # the folder of the open vault (GUI side, a path only)
        #: The temporary demo vault made this session, if any (deleted at shutdown).
        self.demo_folder: Path | None = None

    def is_demo(self) -> bool:
        """Whether the open vault is the temporary demo vault."""
        return self.folder is not None and self.folder == self.demo_folder

    @property
    def vault(self) -> Vault | None:
        """The open vault, for tests and assertions: never use its connection from the GUI."""
        return self._vault

    # -- jobs ------------------------------------------------------------------------------

    def create(
        self,
        folder: Path,
        passphrase: str,
        on_created: Callable[[str], None],
        on_error: ErrorCallback,
        *,
        context: QObject | None = None,
    ) -> None:
        """Create a vault in ``folder``; ``on_created(recovery_key)`` once it is open."""
        target = kdf_target_ms()

        def job() -> str:
            self._close()
            vault, recovery_key = Vault.create(folder, passphrase, kdf_target_ms=target)
            self._vault = vault
            return recovery_key

        def created(recovery_key: str) -> None:
            self.folder = folder
            on_created(recovery_key)

        self.worker.submit(job, created, on_error, context=context)

    def unlock(
        self,
        folder: Path,
        secret: str,
        on_unlocked: Callable[[None], None],
        on_error: ErrorCallback,
        *,
        context: QObject | None = None,
    ) -> None:
        """Open the vault in ``folder`` with a passphrase or the recovery key."""

        def job() -> None:
            self._close()
            self._vault = Vault.open(folder, secret)

        def unlocked(_: None) -> None:
            self.folder = folder
            on_unlocked(None)

        self.worker.submit(job, unlocked, on_error, context=context)

    def run(
        self,
        fn: Callable[[Vault], T],
        on_result: ResultCallback | None,
        on_error: ErrorCallback | None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Run ``fn(vault)`` (a read or a write) on the worker thread; its result goes to
        ``on_result``. Raises "the vault is locked" there when no vault is open."""

        def job() -> T:
            if self._vault is None or self._vault.conn is None:
                raise UsageError("the vault is locked")
            return fn(self._vault)

        self.worker.submit(job, on_result, on_error, context=context)

    read = run

    def lock(self, on_locked: Callable[[Any], None] | None = None) -> None:
        """Close the vault (its keys are overwritten) after the jobs already queued."""
        self.folder = None
        self.worker.submit(self._close, on_locked)

    def shutdown(self, before_close: Callable[[Vault], Any] | None = None) -> None:
        """Close the vault and stop the worker thread (waits for the jobs queued).

        ``before_close(vault)``, if given and a vault is open, runs first on the worker (the
        automatic backup when the application is quit from outside the desk); a failure there
        is reported on stderr in the core's words and the vault is closed all the same.
        """
        self.folder = None

        def final() -> None:
            try:
                if before_close is not None and self._vault is not None:
                    before_close(self._vault)
            except Exception as error:  # noqa: BLE001 - closing must not depend on it
                what = str(error) if isinstance(error, KakehashiError) else type(error).__name__
                print(f"kakehashi: {what}", file=sys.stderr)
            finally:
                self._close()

        self.worker.shutdown(final=final)
        if self.demo_folder is not None:
            from app.demo import remove_demo_vault

            remove_demo_vault(self.demo_folder)
            self.demo_folder = None

    def _close(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()

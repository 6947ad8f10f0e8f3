"""One process at a time per vault: an advisory lock the kernel drops if the process dies."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import VaultInUse

LOCK_FILE = "vault.lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt


class VaultLock:
    """An exclusive, non-blocking lock on ``<vault>/vault.lock`` (an empty file)."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

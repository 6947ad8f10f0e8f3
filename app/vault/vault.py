"""A vault: a folder with the SQLCipher database and two copies of the key envelope.

``Vault.create`` and ``Vault.open`` are the only ways to a connection. Opening checks, in this
order and each with its own error: the folder is a vault (NotAVault), no other process has it
(VaultInUse), an envelope copy is intact (DamagedEnvelope), the secret opens a slot
(WrongPassphrase), the envelope's MAC holds (DamagedEnvelope), the database reads
(DamagedDatabase). Only then is the schema migrated.
"""

from __future__ import annotations

import atexit
import contextlib
import secrets
from collections.abc import Iterator
import weakref
from pathlib import Path

from app.atomic import fsync_dir, make_private_dir
from app.errors import DamagedDatabase, NotAVault, NotFound, UsageError, VaultExists
from app.store.migrations import NewerVault, latest, migrate
from app.vault import envelope as env
from app.vault import kdf, recovery
from app.vault.connection import connect, integrity_problems
from app.vault.kdf import KdfParams
from app.vault.lock import LOCK_FILE, VaultLock
from app.vault.secret import wipe

DB_FILE = "vault.db"
MIN_PASSPHRASE = 8
_OPEN: weakref.WeakSet[Vault] = weakref.WeakSet()


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"a passphrase must have at least {MIN_PASSPHRASE} characters")
    if passphrase != passphrase.strip():
        raise UsageError("a passphrase must not begin or end with spaces")


def check_new_folder(folder: Path) -> None:
    """A new vault (or a restore) goes into a folder that does not exist or is empty."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExists(f"{folder} already exists and is not an empty folder")
    if not folder.parent.is_dir():
        raise VaultExists(f"no such folder: {folder.parent}")


def is_vault(folder: Path) -> bool:
    return any((folder / name).exists() for name in env.ENVELOPE_FILES)


class Vault:
    """An unlocked vault. Use as a context manager, or call ``close()``: it wipes the key."""

    def __init__(
        self,
        folder: Path,
        conn,
        envelope: env.Envelope,
        data_key: bytearray,
        slot: env.Slot,
        lock: VaultLock,
    ) -> None:
        self.folder = folder
        self.conn = conn
        self.envelope = envelope
        self._data_key = data_key
        self.slot = slot  # the slot this session unlocked with
        self._lock = lock
        _OPEN.add(self)

    # -- create and open ---------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        label: str = "caseworker 1",
        kdf_params: KdfParams | None = None,
        kdf_target_ms: int = kdf.DEFAULT_TARGET_MS,
    ) -> tuple[Vault, str]:
        """Create a vault in ``folder`` (absent or empty). Returns it and the recovery key."""
        folder = Path(folder)
        check_new_passphrase(passphrase)
        check_new_folder(folder)
        params = kdf_params or kdf.calibrate(kdf_target_ms)
        make_private_dir(folder)
        lock = VaultLock(folder)
        lock.acquire()
        data_key = bytearray(secrets.token_bytes(32))
        conn = None
        try:
            conn = connect(folder / DB_FILE, data_key, create=True)
            migrate(conn)
            envelope = env.Envelope(vault_id=secrets.token_hex(16))
            slot = envelope.add_passphrase_slot(data_key, passphrase, label, params)
            recovery_key = recovery.generate()
            envelope.set_recovery_slot(data_key, recovery_key)
            env.store(folder, envelope, data_key)  # last: a folder without it is no vault
            fsync_dir(folder)
        except BaseException:
            if conn is not None:
                conn.close()
            wipe(data_key)
            lock.release()
            raise
        return cls(folder, conn, envelope, data_key, slot, lock), recovery_key

    @classmethod
    def open(cls, folder: Path, secret: str, *, shared: bool = False) -> Vault:
        """Unlock the vault in ``folder`` with a passphrase or the recovery key.

        ``shared=True`` is for readers that must work while another process has the vault open
        (a backup taking a snapshot): no lock is taken, and nothing is written — no migration,
        no envelope repair. SQLite's WAL gives such a reader a consistent snapshot.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise NotAVault(f"no vault at {folder}")
        if not is_vault(folder):
            raise NotAVault(f"{folder} is not a Kakehashi vault")
        lock = VaultLock(folder)
        if not shared:
            lock.acquire()
        data_key = None
        try:
            loaded = env.load(folder)
            envelope, data_key, slot = loaded.unwrap(secret)
            if not (folder / DB_FILE).is_file():
                raise DamagedDatabase("the database file is missing")
            conn = connect(folder / DB_FILE, data_key)
            try:
                # A vault's database always has a schema (create migrates before the envelope
                # exists); an empty one is a file lost to a crash, never a vault to start afresh.
                if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                    raise DamagedDatabase("the database file is empty: its contents are lost")
                if not shared:
                    migrate(conn)
                elif conn.execute("PRAGMA user_version").fetchone()[0] > latest():
                    raise NewerVault()
            except BaseException:
                conn.close()
                raise
            if loaded.needs_repair and not shared:
                env.store(folder, envelope, data_key)
        except BaseException:
            wipe(data_key)
            lock.release()
            raise
        return cls(folder, conn, envelope, data_key, slot, lock)

    # -- key slots (the database file is never touched) ----------------------------------------

    def _params_for_new_slot(self, kdf_target_ms: int | None) -> KdfParams:
        if kdf_target_ms is not None:
            return kdf.calibrate(kdf_target_ms)
        if self.slot.kdf is not None:
            return self.slot.kdf
        return next(s.kdf for s in self.envelope.slots if s.kdf is not None)

    def _save_envelope(self) -> None:
        env.store(self.folder, self.envelope, self._data_key)

    def passphrase_slots(self) -> list[env.Slot]:
        return [s for s in self.envelope.slots if s.kind == "passphrase"]

    def find_slot(self, label_or_id: str) -> env.Slot:
        for slot in self.envelope.slots:
            if label_or_id in (slot.id, slot.label):
                return slot
        raise NotFound("no key slot with that label or id")

    def change_passphrase(
        self, new_passphrase: str, *, slot: str | None = None, kdf_target_ms: int | None = None
    ) -> env.Slot:
        """Re-wrap the data key for one passphrase slot.

        The slot is the one named, else the one this session unlocked with, else — unlocked with
        the recovery key — the only passphrase slot.
        """
        check_new_passphrase(new_passphrase)
        if slot is not None:
            target = self.find_slot(slot)
            if target.kind != "passphrase":
                raise UsageError("the recovery key is not changed with a passphrase; rotate it")
        elif self.slot.kind == "passphrase":
            target = self.slot
        else:
            candidates = self.passphrase_slots()
            if len(candidates) != 1:
                raise UsageError("several caseworkers' slots: name the one to change with --slot")
            target = candidates[0]
        params = self._params_for_new_slot(kdf_target_ms)
        new = self.envelope.rewrap_passphrase_slot(self._data_key, target.id, new_passphrase, params)
        self._save_envelope()
        if self.slot.id == new.id:
            self.slot = new
        return new

    def add_slot(self, label: str, passphrase: str, *, kdf_target_ms: int | None = None) -> env.Slot:
        check_new_passphrase(passphrase)
        params = self._params_for_new_slot(kdf_target_ms)
        slot = self.envelope.add_passphrase_slot(self._data_key, passphrase, label, params)
        self._save_envelope()
        return slot

    def remove_slot(self, label_or_id: str) -> env.Slot:
        slot = self.find_slot(label_or_id)
        if slot.kind != "passphrase":
            raise UsageError("the recovery slot cannot be removed; rotate the recovery key instead")
        if len(self.passphrase_slots()) == 1:
            raise UsageError("this is the last caseworker's slot; add another before removing it")
        self.envelope.slots = [s for s in self.envelope.slots if s.id != slot.id]
        self._save_envelope()
        return slot

    def rotate_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Returns the new one."""
        key = recovery.generate()
        self.envelope.set_recovery_slot(self._data_key, key)
        self._save_envelope()
        return key

    # -- checks and closing --------------------------------------------------------------------

    def verify(self) -> list[str]:
        """SQLCipher's and SQLite's integrity checks on a fresh connection: the problems found."""
        fresh = connect(self.folder / DB_FILE, self._data_key)
        try:
            problems = integrity_problems(fresh)
            if not problems:
                try:
                    fresh.execute(
                        "INSERT INTO dossier_search(dossier_search, rank) VALUES('integrity-check', 1)"
                    )
                except Exception:  # noqa: BLE001 - any failure here is damage to report
                    problems.append("the full-text index does not match the dossiers")
            return problems
        finally:
            fresh.close()

    @contextlib.contextmanager
    def unwrapped_key(self) -> Iterator[bytearray]:
        """The data key itself, to key another SQLCipher file with it (a backup's snapshot).

        It is the vault's own buffer: do not keep it, it is wiped when the vault closes.
        """
        if self.conn is None:
            raise RuntimeError("the vault is locked")
        yield self._data_key

    @property
    def vault_id(self) -> str:
        return self.envelope.vault_id

    def close(self) -> None:
        """Close the database and overwrite the data key. Safe to call twice."""
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None
                wipe(self._data_key)
                self._lock.release()
        _OPEN.discard(self)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def vault_files(folder: Path) -> list[Path]:
    """The files a vault folder may hold (for tests and backups)."""
    names = [DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", LOCK_FILE, *env.ENVELOPE_FILES]
    return [folder / n for n in names if (folder / n).exists()]


@atexit.register
def _close_all() -> None:
    for vault in list(_OPEN):
        vault.close()



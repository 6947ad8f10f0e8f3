"""The desk's backup jobs, run on the database worker, and what the GUI keeps of their outcome.

Every function taking a ``vault`` runs on the worker thread (through ``VaultSession.run``): the
backup settings and the time of the last good backup live inside the vault (``vault_meta``),
never in QSettings. The GUI keeps only a :class:`BackupState` (a folder, two numbers, a time).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.backup.operations import (
    SUFFIX,
    BackupSummary,
    auto_backup,
    backup,
    last_backup_at,
    record_backup,
)
from app.store.meta import BACKUP_AUTO, BACKUP_FOLDER, BACKUP_KEEP, MetaRepository

#: The last good backup is "old" (the status bar warns) after this long.
STALE_AFTER = timedelta(days=7)
KEEP_RANGE = (1, 100)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None
    keep: int
    auto: bool  # the checkbox as stored; automatic backups also need a folder


@dataclass(frozen=True)
class BackupState:
    settings: BackupSettings
    last_at: datetime | None  # UTC aware

    @property
    def auto_enabled(self) -> bool:
        """What ``MetaRepository.backup_auto`` says: the checkbox and a folder."""
        return self.settings.auto and self.settings.folder is not None

    def is_stale(self, now: datetime | None = None) -> bool:
        if self.last_at is None:
            return True
        return (now or datetime.now(timezone.utc)) - self.last_at > STALE_AFTER


# -- on the worker thread ----------------------------------------------------------------------


def load_state(vault) -> BackupState:
    meta = MetaRepository(vault.conn)
    folder = meta.get(BACKUP_FOLDER)
    settings = BackupSettings(
        folder=Path(folder) if folder else None,
        keep=meta.backup_keep(),
        auto=meta.get(BACKUP_AUTO) == "1",
    )
    return BackupState(settings, last_backup_at(vault))


def save_settings(vault, settings: BackupSettings) -> BackupState:
    """Store the three settings in one transaction; return the state as the vault now has it."""
    meta = MetaRepository(vault.conn)
    conn = vault.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        meta.set(BACKUP_FOLDER, str(settings.folder) if settings.folder is not None else None)
        meta.set(BACKUP_KEEP, str(settings.keep))
        meta.set(BACKUP_AUTO, "1" if settings.auto else "0")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return load_state(vault)


def back_up_to(vault, out: Path) -> tuple[BackupSummary, BackupState]:
    """A backup the caseworker asked for: written, read back, and recorded as the last good one."""
    summary = backup(vault, out)
    record_backup(vault, summary)
    return summary, load_state(vault)


def auto_backup_if_enabled(vault) -> BackupSummary | None:
    """The automatic backup on lock and on quit; None when the vault's settings say no."""
    if not MetaRepository(vault.conn).backup_auto():
        return None
    return auto_backup(vault)


# -- on the GUI thread -------------------------------------------------------------------------


def local_time(moment: datetime | str) -> str:
    """``2026-11-23 20:14`` in this computer's time zone (an ISO string is parsed first)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def default_backup_name(today: date | None = None) -> str:
    return f"kakehashi-backup-{(today or date.today()).isoformat()}{SUFFIX}"


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.kkbackup`` (added when the name has another or no suffix)."""
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def absolute_folder(path: Path) -> Path:
    return Path(os.path.abspath(os.path.expanduser(str(path))))

"""Back up, verify and restore a vault. The command line and the desk call these.

Nothing here ever holds a decrypted page on disk: the snapshot is SQLite's online backup from
the vault into a new SQLCipher file under the same key, in the destination's folder; the backup
file is that file's encrypted pages framed and MAC'd; a restore verifies the whole file before it
creates anything, builds the vault in a hidden folder and renames it into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.atomic import atomic_writer, fsync_dir, make_private_dir
from app.backup import file_format as fmt
from app.errors import DamagedDatabase, UsageError
from app.store.db import transaction
from app.store.meta import BACKUP_FOLDER, BACKUP_TAG, LAST_BACKUP_AT, MetaRepository
from app.store.migrations import NewerVault, latest
from app.vault import envelope as env
from app.vault.connection import connect, integrity_problems
from app.vault.secret import wipe
from app.vault.vault import DB_FILE, Vault, check_new_folder

SUFFIX = ".kkbackup"


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    manifest: fmt.Manifest

    def describe(self) -> str:
        m = self.manifest
        return (f"{m.dossiers} dossiers, {m.companies} companies, {m.documents} documents, "
                f"made {m.created_at} (schema {m.schema_version})")


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def _counts(conn) -> tuple[int, int, int, int]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return (
        one("PRAGMA user_version"),
        one("SELECT count(*) FROM dossiers"),
        one("SELECT count(*) FROM companies"),
        one("SELECT count(*) FROM documents"),
    )


def backup(vault: Vault, out: Path) -> BackupSummary:
    """Write an encrypted backup of ``vault`` to ``out`` atomically (0600).

    The snapshot is consistent even while another connection writes: SQLite's backup API copies
    the pages of one read transaction. It is checked (SQLCipher page HMACs, SQLite structure)
    before a byte of the backup file is written, so a damaged vault is never backed up silently.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise UsageError(f"no such folder: {out.parent}")
    if out.is_dir():
        raise UsageError(f"{out} is a folder; name the backup file")
    snapshot = out.with_name(f".{out.name}.{secrets.token_hex(6)}.snapshot")
    try:
        with vault.unwrapped_key() as key:
            target = connect(snapshot, key, create=True)
            try:
                vault.conn.backup(target)
            finally:
                target.close()
            check = connect(snapshot, key)
            try:
                problems = integrity_problems(check)
                schema, dossiers, companies, documents = _counts(check)
            finally:
                check.close()
            if problems:
                raise DamagedDatabase(f"{problems[0]}; no backup was written")
            digest = hashlib.sha256()
            with snapshot.open("rb") as handle:
                while chunk := handle.read(fmt.CHUNK):
                    digest.update(chunk)
            manifest = fmt.Manifest(
                created_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                schema_version=schema,
                dossiers=dossiers,
                companies=companies,
                documents=documents,
                payload_size=snapshot.stat().st_size,
                payload_sha256=digest.hexdigest(),
            )
            # the envelope as this session proved it, all slots: each of them opens the backup
            envelope_outer = json.loads(vault.envelope.serialize(key))
            mac_key = env.derive_subkey(key, fmt.MAC_PURPOSE)
            manifest_key = env.derive_subkey(key, fmt.MANIFEST_PURPOSE)
            try:
                with atomic_writer(out) as handle:
                    fmt.write(handle, envelope_outer, manifest, snapshot, mac_key, manifest_key)
                # read back what reached the disk (a USB stick can lie): only a backup that
                # verifies counts as good
                fmt.open_backup(out).verify_with_key(key)
            finally:
                wipe(mac_key)
                wipe(manifest_key)
    finally:
        _remove_db_files(snapshot)
    return BackupSummary(out, manifest)


def verify_backup(path: Path, secret: str) -> BackupSummary:
    """Prove a backup whole with one of its secrets; read only. Raises on any problem."""
    opened = fmt.open_backup(path)
    data_key, manifest = opened.unlock(secret)
    wipe(data_key)
    if manifest.schema_version > latest():
        raise NewerVault()
    return BackupSummary(Path(path), manifest)


def restore(path: Path, secret: str, new_vault: Path) -> BackupSummary:
    """Restore a backup into the new folder ``new_vault``; it opens with the same secrets.

    The whole backup is verified before anything is created. The vault is assembled in a hidden
    folder beside the target, opened (migrations run), checked, closed and renamed into place:
    on any failure the hidden folder is removed and the target does not exist.
    """
    new_vault = Path(new_vault)
    check_new_folder(new_vault)
    opened = fmt.open_backup(path)
    data_key, manifest = opened.unlock(secret)
    try:
        if manifest.schema_version > latest():
            raise NewerVault()
        staging = new_vault.with_name(f".{new_vault.name}.restore-{secrets.token_hex(6)}")
        make_private_dir(staging)
        try:
            with atomic_writer(staging / DB_FILE) as handle:
                opened.copy_payload(handle)
            env.store(staging, opened.envelope, data_key)
            with Vault.open(staging, secret) as vault:  # migrates an older schema
                problems = vault.verify()
                with transaction(vault.conn):
                    meta = MetaRepository(vault.conn)
                    meta.set(BACKUP_TAG, secrets.token_hex(4))
                    # the backup it came from is a good backup of it
                    meta.set(LAST_BACKUP_AT, manifest.created_at)
            if problems:
                raise DamagedDatabase(f"{problems[0]}; nothing was restored")
            for leftover in (f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (staging / leftover).unlink()
            if new_vault.exists():
                new_vault.rmdir()
            os.rename(staging, new_vault)
            fsync_dir(new_vault.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    finally:
        wipe(data_key)
    return BackupSummary(Path(path), manifest)


# -- automatic backups into a folder (the desk's "on lock and on exit") --------------------------

_AUTO_NAME = re.compile(r"^kakehashi-(?P<vault>[0-9a-f]{8})-(?P<stamp>\d{8}T\d{6}Z)" + re.escape(SUFFIX) + "$")


def auto_backup(vault: Vault, folder: Path | None = None, keep: int | None = None) -> BackupSummary:
    """Back up into ``folder`` (default: the vault's backup folder) under a dated name, keep
    only the newest ``keep`` of this vault's backups there, and record the time in the vault.

    Older backups are removed only after the new one is written and verified.
    """
    meta = MetaRepository(vault.conn)
    folder = Path(folder or meta.get(BACKUP_FOLDER) or "")
    if not str(folder) or not folder.is_dir():
        raise UsageError("no backup folder is set, or it is not there (is the USB stick in?)")
    keep = keep if keep is not None else meta.backup_keep()
    if keep < 1:
        raise UsageError("keep at least one backup")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    tag = backup_tag(vault)
    out = folder / f"kakehashi-{tag}-{stamp}{SUFFIX}"
    summary = backup(vault, out)
    for old in auto_backups(folder, tag)[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    record_backup(vault, summary)
    return summary


def record_backup(vault: Vault, summary: BackupSummary) -> None:
    """Remember, inside the vault, when the last good backup was made (the desk shows it)."""
    MetaRepository(vault.conn).set(LAST_BACKUP_AT, summary.manifest.created_at)


def last_backup_at(vault: Vault) -> datetime | None:
    value = MetaRepository(vault.conn).get(LAST_BACKUP_AT)
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def backup_tag(vault: Vault) -> str:
    """What this vault's automatic backups are named by: the vault id's start, or — for a
    vault restored from a backup, which keeps the original's id — a tag of its own, so that
    the original and the copy never prune each other's backups in a shared folder."""
    return MetaRepository(vault.conn).get(BACKUP_TAG) or vault.vault_id[:8]


def auto_backups(folder: Path, tag: str) -> list[Path]:
    """The automatic backups of the vault with this tag (or vault id) in ``folder``, newest
    first."""
    vault_id = tag
    found = []
    for entry in Path(folder).iterdir() if Path(folder).is_dir() else ():
        match = _AUTO_NAME.match(entry.name)
        if match and match["vault"] == vault_id[:8]:
            found.append((match["stamp"], entry))
    return [entry for _, entry in sorted(found, reverse=True)]

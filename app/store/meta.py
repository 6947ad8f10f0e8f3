"""Per-vault settings kept inside the encrypted database (``vault_meta``), not in QSettings:
where automatic backups go and when the last good one was made say something about the
caseworker's routine, so they stay in the vault."""

from __future__ import annotations

BACKUP_FOLDER = "backup.folder"
BACKUP_KEEP = "backup.keep"
BACKUP_AUTO = "backup.auto"  # "1": back up on lock and on exit
LAST_BACKUP_AT = "backup.last_good_at"
BACKUP_TAG = "backup.tag"  # names automatic backups; renewed when a vault is restored
DEFAULT_KEEP = 10


class MetaRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self.conn.execute("DELETE FROM vault_meta WHERE key = ?", (key,))
        else:
            self.conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def backup_auto(self) -> bool:
        return self.get(BACKUP_AUTO) == "1" and bool(self.get(BACKUP_FOLDER))

    def backup_keep(self) -> int:
        value = self.get(BACKUP_KEEP)
        return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_KEEP

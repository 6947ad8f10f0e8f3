"""Opening the SQLCipher database with the vault's raw data key, never anything weaker."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from app.errors import DamagedDatabase, SQLCipherUnavailable
from app.vault.secret import raw_key_literal, wipe

DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, data_key: bytearray, *, create: bool = False) -> sqlcipher3.Connection:
    """A connection to the encrypted database at ``path``, keyed and checked.

    The key is the raw 256-bit data key (SQLCipher's own PBKDF2 is skipped: the key is already
    random). ``create=False`` opens with ``mode=rw`` so SQLite can never create an empty
    plaintext file in place of a missing vault. The caller has already proven the key right
    (the envelope's MAC), so any failure to read the schema means the file is damaged.
    """
    mode = "rwc" if create else "rw"
    if create:
        # SQLite would create the file with the umask's mode; the -wal and -shm files then
        # copy the main file's mode, so creating it 0600 first keeps all three private.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(
        f"file:{path}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        # SQLCipher logs "ERROR CORE ..." lines to stderr on a bad page; the user sees our message.
        conn.execute("PRAGMA cipher_log_level = NONE")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise SQLCipherUnavailable()
        literal = raw_key_literal(data_key)
        try:
            conn.set_key(literal)
        finally:
            wipe(literal)
        conn.execute("PRAGMA cipher_compatibility = 4")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        except DatabaseError as error:
            raise DamagedDatabase(_describe(error)) from None
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # SQLCipher decrypts and HMAC-checks every page it reads from disk; with the default
        # ~8 MiB cache a short-word search (a scan of the FTS content) decrypted the same pages
        # again and again (search p95 1.9x plain SQLite at 10,000 dossiers; 1.0x with this).
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB at most, filled as pages are read
        return conn
    except BaseException:
        conn.close()
        raise


def _describe(error: Exception) -> str:
    text = str(error)
    if "not a database" in text:
        return "its first page cannot be read"
    if "malformed" in text:
        return "a page is damaged or the file is truncated"
    return text.splitlines()[0][:200] if text else type(error).__name__


def translate(error: Exception) -> Exception:
    """The user-facing error for a database error met after opening (a bad page read later)."""
    text = str(error)
    if isinstance(error, DatabaseError) and any(
        marker in text for marker in ("malformed", "not a database", "HMAC", "corrupt")
    ):
        return DamagedDatabase(_describe(error))
    if "locked" in text or "busy" in text:
        from app.errors import VaultInUse

        return VaultInUse("the vault is busy: another process is writing to it")
    return error


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page-HMAC check and SQLite's structural check; empty when all is well."""
    problems: list[str] = []
    try:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(str(line))
    except DatabaseError as error:
        problems.append(_describe(error))
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            for row in rows:
                problems.extend(line for line in row.splitlines() if line.strip())
    except DatabaseError as error:
        problems.append(_describe(error))
    return problems

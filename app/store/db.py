"""Small helpers shared by the repositories; they take any DB-API connection (sqlite3 or
sqlcipher3) opened with ``isolation_level=None``, so transactions are explicit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timezone


@contextlib.contextmanager
def transaction(conn) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any error: all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def now() -> str:
    """UTC timestamp, to the second, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")

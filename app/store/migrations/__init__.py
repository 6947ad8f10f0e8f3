"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each ``NNNN_name.sql`` file moves the schema from version NNNN-1 to NNNN, in one transaction.
Never edit a file that has shipped; add the next number.
"""

from __future__ import annotations

import re
from importlib import resources

from app.errors import KakehashiError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [n for n, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations are not numbered 1..N without gaps")
    return found


def latest() -> int:
    """The schema version this app writes (the number of the last migration)."""
    return len(migrations())


LATEST = latest()


class NewerVault(KakehashiError):
    exit_code = 11

    def __init__(self) -> None:
        super().__init__("this vault was written by a newer version of Kakehashi; update the app")


def migrate(conn) -> int:
    """Apply every pending migration; return the schema version now in force."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > latest():
        raise NewerVault()
    for number, sql in migrations():
        if number <= current:
            continue
        # executescript runs the whole file; BEGIN/COMMIT inside make it one transaction.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        current = number
    return current

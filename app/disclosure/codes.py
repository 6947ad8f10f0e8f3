"""Candidate codes: what a company calls a candidate instead of a name.

Random (40 bits of Crockford base32), kept in the vault, one per (dossier, company): the same
company always sees the same code for the same person, two companies comparing notes see
different codes, and nothing internal (id, ref, name, date) can be derived from one.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"KH-{body[:4]}-{body[4:]}"


def candidate_code(conn, dossier_id: int, company_id: int,
                   acceptable: Callable[[str], bool] | None = None) -> str:
    """The code for this pair, made on first use (inside the caller's transaction).

    ``acceptable(code)`` vets a new code: the export passes "holds none of this person's
    identifiers", so random letters that happen to spell initials ("…-7JB2-…") never put a
    string on the page that the read-back would rightly refuse."""
    row = conn.execute(
        "SELECT code FROM candidate_codes WHERE dossier_id = ? AND company_id = ?",
        (dossier_id, company_id),
    ).fetchone()
    if row:
        return row[0]
    while True:
        code = _new_code()
        if acceptable is not None and not acceptable(code):
            continue
        if not conn.execute("SELECT 1 FROM candidate_codes WHERE code = ?", (code,)).fetchone():
            break
    conn.execute(
        "INSERT INTO candidate_codes (dossier_id, company_id, code) VALUES (?, ?, ?)",
        (dossier_id, company_id, code),
    )
    return code

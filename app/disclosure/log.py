"""The disclosure log: every profile that left the vault, append-only and hash-chained.

Each entry's ``hash`` is HMAC-SHA256, under a key derived from the vault's data key, over the
previous entry's hash and the entry itself. SQL triggers refuse UPDATE and DELETE; someone who
bypasses them (drops the triggers, edits the file with the key) breaks the chain, and
``verify`` says at which entry. The newest hash is shown by ``kakehashi audit`` so it can be
noted down: a log cut back to an earlier entry still verifies, but no longer ends there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from app.store.db import now

GENESIS = "0" * 64
LOG_KEY_PURPOSE = b"disclosure log v1"


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    dossier_id: int
    company_id: int
    candidate_code: str
    record: dict
    prev_hash: str
    hash: str


def _canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _digest(key: bytes | bytearray, prev_hash: str, seq: int, at: str, dossier_id: int,
            company_id: int, code: str, record: str) -> str:
    body = _canonical([prev_hash, seq, at, dossier_id, company_id, code, record])
    return hmac.new(bytes(key), body, hashlib.sha256).hexdigest()


def append(conn, key: bytes | bytearray, *, dossier_id: int, company_id: int,
           candidate_code: str, record: dict) -> Entry:
    """Add one entry (inside the caller's transaction, so it commits with the export)."""
    last = conn.execute("SELECT seq, hash FROM disclosures ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now()
    text = _canonical(record).decode("utf-8")
    digest = _digest(key, prev_hash, seq, at, dossier_id, company_id, candidate_code, text)
    conn.execute(
        "INSERT INTO disclosures (seq, at, dossier_id, company_id, candidate_code, record, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, dossier_id, company_id, candidate_code, text, prev_hash, digest),
    )
    return Entry(seq, at, dossier_id, company_id, candidate_code, record, prev_hash, digest)


def entries(conn, *, dossier_id: int | None = None, company_id: int | None = None) -> list[Entry]:
    where, params = [], []
    if dossier_id is not None:
        where.append("dossier_id = ?")
        params.append(dossier_id)
    if company_id is not None:
        where.append("company_id = ?")
        params.append(company_id)
    sql = "SELECT seq, at, dossier_id, company_id, candidate_code, record, prev_hash, hash FROM disclosures"
    if where:
        sql += " WHERE " + " AND ".join(where)
    out = []
    for seq, at, d, c, code, record, prev, digest in conn.execute(sql + " ORDER BY seq", params):
        try:
            parsed = json.loads(record)
        except ValueError:
            parsed = {"unreadable": True}
        out.append(Entry(seq, at, d, c, code, parsed, prev, digest))
    return out


def verify(conn, key: bytes | bytearray) -> list[str]:
    """Problems in the chain, in order; empty when every entry is as written."""
    problems = []
    expected_prev, expected_seq = GENESIS, 1
    rows = conn.execute(
        "SELECT seq, at, dossier_id, company_id, candidate_code, record, prev_hash, hash "
        "FROM disclosures ORDER BY seq"
    )
    for seq, at, d, c, code, record, prev, digest in rows:
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (next is {seq})")
        if prev != expected_prev:
            problems.append(f"entry {seq} does not follow the entry before it")
        if not hmac.compare_digest(_digest(key, prev, seq, at, d, c, code, record), digest):
            problems.append(f"entry {seq} was altered")
        expected_prev, expected_seq = digest, seq + 1
    return problems


def head(conn) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM disclosures ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)

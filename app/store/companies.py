"""The company repository: the employers profiles are sent to (any DB-API connection)."""

from __future__ import annotations

from app.store.db import now

_SCALARS = ("name", "sector", "prefecture", "notes")
_CONTACT_KEYS = ("name", "email", "phone", "role")


class CompanyRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    def id_for_name(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM companies WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM companies ORDER BY name")]

    def insert(self, doc: dict) -> int:
        stamp = now()
        cursor = self.conn.execute(
            "INSERT INTO companies (name, sector, prefecture, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (*(doc.get(k) for k in _SCALARS), stamp, stamp),
        )
        self._write_contacts(cursor.lastrowid, doc)
        return cursor.lastrowid

    def replace(self, company_id: int, doc: dict) -> None:
        self.conn.execute(
            "UPDATE companies SET name = ?, sector = ?, prefecture = ?, notes = ?, updated_at = ? "
            "WHERE id = ?",
            (*(doc.get(k) for k in _SCALARS), now(), company_id),
        )
        self.conn.execute("DELETE FROM company_contacts WHERE company_id = ?", (company_id,))
        self._write_contacts(company_id, doc)

    def _write_contacts(self, company_id: int, doc: dict) -> None:
        self.conn.executemany(
            "INSERT INTO company_contacts (company_id, position, name, email, phone, role) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (company_id, position, *(c.get(k) for k in _CONTACT_KEYS))
                for position, c in enumerate(doc.get("contacts") or ())
            ],
        )

    def load(self, company_id: int) -> dict | None:
        row = self.conn.execute(
            "SELECT name, sector, prefecture, notes FROM companies WHERE id = ?", (company_id,)
        ).fetchone()
        if row is None:
            return None
        doc = {k: v for k, v in zip(_SCALARS, row) if v is not None}
        contacts = [
            {k: v for k, v in zip(_CONTACT_KEYS, r) if v is not None}
            for r in self.conn.execute(
                "SELECT name, email, phone, role FROM company_contacts WHERE company_id = ? "
                "ORDER BY position",
                (company_id,),
            )
        ]
        if contacts:
            # keep the schema's key order: name, sector, prefecture, contacts, notes
            notes = doc.pop("notes", None)
            doc["contacts"] = contacts
            if notes is not None:
                doc["notes"] = notes
        return doc

    def iter_all(self):
        for (company_id,) in self.conn.execute("SELECT id FROM companies ORDER BY id").fetchall():
            yield self.load(company_id)

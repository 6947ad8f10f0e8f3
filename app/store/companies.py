"""The company repository: the employers profiles are sent to (any DB-API connection).

Names are unique, and two names that differ only in case or spacing count as the same: the
consent gate compares a consent's scope with a company's name that way, so two such companies
could not be told apart by a consent. Deleting a company keeps its disclosure log entries (the
log has no foreign keys) and a new company never takes an id the log already names.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.store.db import now

_SCALARS = ("name", "sector", "prefecture", "notes")
_CONTACT_KEYS = ("name", "email", "phone", "role")


class DuplicateCompany(InvalidInput):
    def __init__(self) -> None:
        super().__init__("a company with this name is already in the vault")


class MissingCompanyName(InvalidInput):
    def __init__(self) -> None:
        super().__init__("a company needs a name")


class CompanyGone(NotFound):
    def __init__(self) -> None:
        super().__init__("this company is no longer in the vault")


@dataclass(frozen=True)
class CompanySummary:
    """One row of the company list: what the list shows and filters on."""

    id: int
    name: str
    sector: str | None
    prefecture: str | None
    sent: int                   # profiles sent to it (disclosure log entries)
    last_sent_at: str | None    # UTC ISO stamp of the newest, or None


def fold_name(name: str) -> str:
    """A name as the consent gate compares it: case and runs of spaces do not matter."""
    return " ".join(name.split()).casefold()


def clean_name(name: str | None) -> str:
    """The name as stored: surrounding spaces trimmed, inner runs of spaces made one."""
    return " ".join((name or "").split())


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
            "INSERT INTO companies (id, name, sector, prefecture, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self._fresh_id(), *(doc.get(k) for k in _SCALARS), stamp, stamp),
        )
        self._write_contacts(cursor.lastrowid, doc)
        return cursor.lastrowid

    def _fresh_id(self) -> int:
        """One above any id a company or the disclosure log ever used: SQLite would otherwise
        give a deleted company's id to the next one, and its history with it."""
        row = self.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM companies), 0), "
            "coalesce((SELECT max(company_id) FROM disclosures), 0))"
        ).fetchone()
        return row[0] + 1

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

    # -- the desk's list and editor ------------------------------------------------------------

    def summaries(self) -> list[CompanySummary]:
        """Every company with the number of profiles sent to it, by name (any case)."""
        rows = self.conn.execute(
            "SELECT c.id, c.name, c.sector, c.prefecture, count(d.seq), max(d.at) "
            "FROM companies AS c LEFT JOIN disclosures AS d ON d.company_id = c.id "
            "GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id"
        )
        return [CompanySummary(*row) for row in rows]

    def names_by_id(self) -> dict[int, str]:
        return dict(self.conn.execute("SELECT id, name FROM companies"))

    def find_same_name(self, name: str, *, other_than: int | None = None) -> int | None:
        """The id of a company whose name folds to the same as ``name`` (``other_than`` aside)."""
        wanted = fold_name(name)
        for company_id, existing in self.conn.execute("SELECT id, name FROM companies"):
            if company_id != other_than and fold_name(existing) == wanted:
                return company_id
        return None

    def save(self, company_id: int | None, doc: dict) -> int:
        """Insert (``company_id`` None) or replace one company, after the checks the desk needs:
        a name, not already taken. Call inside a transaction. Returns the company's id."""
        doc = {**doc, "name": clean_name(doc.get("name"))}
        if not doc["name"]:
            raise MissingCompanyName()
        if self.find_same_name(doc["name"], other_than=company_id) is not None:
            raise DuplicateCompany()
        if company_id is None:
            return self.insert(doc)
        if not self.exists(company_id):
            raise CompanyGone()
        self.replace(company_id, doc)
        return company_id

    def rename(self, company_id: int, name: str) -> None:
        """A new name, the same id: its candidate codes and disclosure history stay with it."""
        name = clean_name(name)
        if not name:
            raise MissingCompanyName()
        if self.find_same_name(name, other_than=company_id) is not None:
            raise DuplicateCompany()
        cursor = self.conn.execute(
            "UPDATE companies SET name = ?, updated_at = ? WHERE id = ?", (name, now(), company_id)
        )
        if cursor.rowcount == 0:
            raise CompanyGone()

    def exists(self, company_id: int) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM companies WHERE id = ?", (company_id,)
        ).fetchone() is not None

    def delete(self, company_id: int) -> None:
        """Remove the company, its contacts and its candidate codes; its entries in the
        disclosure log stay (they name the company as it was called then)."""
        self.conn.execute("DELETE FROM company_contacts WHERE company_id = ?", (company_id,))
        self.conn.execute("DELETE FROM candidate_codes WHERE company_id = ?", (company_id,))
        cursor = self.conn.execute("DELETE FROM companies WHERE id = ?", (company_id,))
        if cursor.rowcount == 0:
            raise CompanyGone()

"""Documents attached to a dossier, read and written one at a time.

The desk's documents panel saves its part on its own (the editor's Save keeps the ``documents``
rows as stored), so this repository offers targeted writes: add one file, change one
document's kind/number/issuer, remove one. Listing never reads the files' bytes — a dossier may
hold tens of megabytes of scans — only :meth:`DocumentRepository.content` does, for one document.

Like the other repositories it takes any DB-API connection; writes expect the caller's
transaction (``app.store.db.transaction``), and each one ``touch``es the dossier so it counts as
changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UsageError
from app.store.dossiers import DossierRepository

#: The kinds the interchange format knows, in the order the desk offers them.
KINDS = ("passport", "residence_card", "cv", "certificate", "photo", "other")
#: A file larger than this is refused: the vault is one database, backed up whole each time.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
#: Columns a caseworker may change after attaching (the file itself is never replaced).
_EDITABLE = ("kind", "number", "issuer_country")


class DocumentNotFound(UsageError):
    """The document was removed meanwhile (another window, a restore)."""

    def __init__(self) -> None:
        super().__init__("the document is no longer in the vault")


@dataclass(frozen=True)
class DocumentInfo:
    """One document without its bytes: what a list row needs."""

    id: int
    dossier_id: int
    position: int
    kind: str
    number: str | None
    issuer_country: str | None
    file_name: str | None
    media_type: str | None
    size: int | None


_INFO_COLUMNS = "id, dossier_id, position, kind, number, issuer_country, file_name, media_type, size"


class DocumentRepository:
    def __init__(self, conn) -> None:
        self.conn = conn

    # -- reading ---------------------------------------------------------------------------

    def list(self, dossier_id: int) -> list[DocumentInfo]:
        """The dossier's documents in their order, without their bytes."""
        return [
            DocumentInfo(*row)
            for row in self.conn.execute(
                f"SELECT {_INFO_COLUMNS} FROM documents WHERE dossier_id = ? "
                "ORDER BY position, id",
                (dossier_id,),
            )
        ]

    def get(self, document_id: int) -> DocumentInfo:
        row = self.conn.execute(
            f"SELECT {_INFO_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise DocumentNotFound()
        return DocumentInfo(*row)

    def content(self, document_id: int) -> bytes:
        """The stored file (empty for a document listed without one)."""
        row = self.conn.execute(
            "SELECT content FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise DocumentNotFound()
        return bytes(row[0]) if row[0] is not None else b""

    # -- writing (inside the caller's transaction) ------------------------------------------

    def add(
        self,
        dossier_id: int,
        content: bytes,
        *,
        kind: str,
        file_name: str | None = None,
        media_type: str | None = None,
        number: str | None = None,
        issuer_country: str | None = None,
    ) -> int:
        """Store ``content`` as the dossier's last document; return its id."""
        _check_kind(kind)
        if len(content) > MAX_DOCUMENT_BYTES:
            raise UsageError(too_large_message())
        if self.conn.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone() is None:
            raise UsageError("the dossier is no longer in the vault")
        position = self.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM documents WHERE dossier_id = ?",
            (dossier_id,),
        ).fetchone()[0]
        cursor = self.conn.execute(
            "INSERT INTO documents (dossier_id, position, kind, number, issuer_country, "
            "file_name, media_type, size, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                dossier_id,
                position,
                kind,
                _blank_to_none(number),
                _blank_to_none(issuer_country),
                _blank_to_none(file_name),
                media_type,
                len(content),
                content,
            ),
        )
        DossierRepository(self.conn).touch(dossier_id)
        return cursor.lastrowid

    def update(self, document_id: int, **changes: str | None) -> DocumentInfo:
        """Change ``kind``, ``number`` and/or ``issuer_country``; return the new row."""
        unknown = set(changes) - set(_EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        info = self.get(document_id)
        if "kind" in changes:
            _check_kind(changes["kind"])
        if changes:
            columns = sorted(changes)
            self.conn.execute(
                f"UPDATE documents SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                (*(_blank_to_none(changes[c]) if c != "kind" else changes[c] for c in columns),
                 document_id),
            )
            DossierRepository(self.conn).touch(info.dossier_id)
        return self.get(document_id)

    def delete(self, document_id: int) -> None:
        """Remove one document; the others keep their order."""
        info = self.get(document_id)
        self.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        DossierRepository(self.conn).touch(info.dossier_id)


def too_large_message() -> str:
    return f"the file is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB"


def _check_kind(kind: str | None) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown document kind: {kind!r}")


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None

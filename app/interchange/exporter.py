"""Export a whole vault in the interchange format (a plaintext file: as sensitive as the vault)."""

from __future__ import annotations

import json
from pathlib import Path

from app.atomic import atomic_writer
from app.store.companies import CompanyRepository
from app.store.dossiers import DossierRepository


def export_document(conn) -> dict:
    doc: dict = {"format": "kakehashi-dossiers", "version": 1}
    companies = list(CompanyRepository(conn).iter_all())
    if companies:
        doc["companies"] = companies
    dossiers = list(DossierRepository(conn).iter_all())
    if dossiers:
        doc["dossiers"] = dossiers
    return doc


def write_export(conn, path: Path) -> int:
    """Write the vault to ``path`` atomically, mode 0600; return the number of dossiers."""
    doc = export_document(conn)
    with atomic_writer(Path(path)) as handle:
        handle.write(json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
        handle.write(b"\n")
    return len(doc.get("dossiers", ()))

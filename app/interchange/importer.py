"""Import an interchange document into a vault: all of it in one transaction, or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.interchange.validate import json_path, load_file, raise_for
from app.store.companies import CompanyRepository
from app.store.db import transaction
from app.store.dossiers import DossierRepository


@dataclass
class ImportResult:
    dossiers_added: int = 0
    dossiers_updated: int = 0
    companies_added: int = 0
    companies_updated: int = 0

    def describe(self) -> str:
        return (
            f"imported {self.dossiers_added} new and {self.dossiers_updated} updated dossiers, "
            f"{self.companies_added} new and {self.companies_updated} updated companies"
        )


def import_document(conn, doc: dict, *, update: bool = False) -> ImportResult:
    """Import a validated document. Without ``update`` an existing ref or company is an error.

    Everything happens in one transaction: on any error the vault is as it was.
    """
    dossiers, companies = DossierRepository(conn), CompanyRepository(conn)
    result = ImportResult()
    with transaction(conn):
        clashes = []
        existing_companies = [companies.id_for_name(c["name"]) for c in doc.get("companies", ())]
        existing_dossiers = [dossiers.id_for_ref(d["ref"]) for d in doc.get("dossiers", ())]
        if not update:
            clashes += [
                f"{json_path(('companies', i, 'name'))}: a company with this name is already in the vault"
                for i, found in enumerate(existing_companies) if found is not None
            ]
            clashes += [
                f"{json_path(('dossiers', i, 'ref'))}: a dossier with this ref is already in the vault"
                for i, found in enumerate(existing_dossiers) if found is not None
            ]
            if clashes:
                clashes[0] += " (use --update to replace)"
            raise_for(clashes, "nothing imported")
        for company, found in zip(doc.get("companies", ()), existing_companies):
            if found is None:
                companies.insert(company)
                result.companies_added += 1
            else:
                companies.replace(found, company)
                result.companies_updated += 1
        for dossier, found in zip(doc.get("dossiers", ()), existing_dossiers):
            if found is None:
                dossiers.insert(dossier)
                result.dossiers_added += 1
            else:
                dossiers.replace(found, dossier)
                result.dossiers_updated += 1
    return result


def import_file(conn, path: Path, *, update: bool = False) -> ImportResult:
    return import_document(conn, load_file(path), update=update)

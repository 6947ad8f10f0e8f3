"""The documents repository: targeted writes that leave the rest of the dossier alone."""

from __future__ import annotations

import pytest

from app.errors import UsageError
from app.store.db import transaction
from app.store.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentNotFound,
    DocumentRepository,
)
from app.store.dossiers import SEPARATE_PARTS, DossierRepository


@pytest.fixture
def vault_with_dossier(make_vault, sample_doc):
    vault, _ = make_vault()
    with transaction(vault.conn):
        dossier_id = DossierRepository(vault.conn).insert(sample_doc["dossiers"][0])
    return vault, dossier_id


def _updated_at(conn, dossier_id: int) -> str:
    return conn.execute("SELECT updated_at FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0]


def _age(conn, dossier_id: int) -> None:
    conn.execute("UPDATE dossiers SET updated_at = '2000-01-01T00:00:00Z' WHERE id = ?", (dossier_id,))


def test_add_list_read_update_delete(vault_with_dossier):
    vault, dossier_id = vault_with_dossier
    repo = DocumentRepository(vault.conn)
    before = repo.list(dossier_id)
    with transaction(vault.conn):
        first = repo.add(dossier_id, b"%PDF-1.4 cv", kind="cv", file_name="cv.pdf",
                         media_type="application/pdf")
        second = repo.add(dossier_id, b"\xff\xd8 photo", kind="photo", file_name="me.jpg",
                          media_type="image/jpeg", number="  ", issuer_country="")
    listed = repo.list(dossier_id)
    assert [d.id for d in listed][-2:] == [first, second]
    assert listed[-1].position > listed[-2].position
    cv = repo.get(first)
    assert (cv.kind, cv.file_name, cv.media_type, cv.size) == ("cv", "cv.pdf", "application/pdf", 11)
    assert repo.get(second).number is None and repo.get(second).issuer_country is None
    assert repo.content(first) == b"%PDF-1.4 cv"

    with transaction(vault.conn):
        changed = repo.update(first, kind="certificate", number=" AB123 ", issuer_country="JP")
    assert (changed.kind, changed.number, changed.issuer_country) == ("certificate", "AB123", "JP")
    with transaction(vault.conn):
        repo.update(first, number="")
    assert repo.get(first).number is None

    with transaction(vault.conn):
        repo.delete(first)
    assert [d.id for d in repo.list(dossier_id)] == [d.id for d in before] + [second]
    with pytest.raises(DocumentNotFound):
        repo.content(first)
    with pytest.raises(DocumentNotFound):
        repo.get(first)


def test_every_write_touches_the_dossier(vault_with_dossier):
    vault, dossier_id = vault_with_dossier
    repo = DocumentRepository(vault.conn)
    for write in (
        lambda: repo.add(dossier_id, b"x", kind="other"),
        lambda: repo.update(repo.list(dossier_id)[-1].id, number="N1"),
        lambda: repo.delete(repo.list(dossier_id)[-1].id),
    ):
        _age(vault.conn, dossier_id)
        with transaction(vault.conn):
            write()
        assert _updated_at(vault.conn, dossier_id) > "2000-01-01T00:00:00Z"


def test_the_dossier_load_sees_documents_and_the_editor_save_keeps_them(vault_with_dossier):
    vault, dossier_id = vault_with_dossier
    repo = DocumentRepository(vault.conn)
    with transaction(vault.conn):
        doc_id = repo.add(dossier_id, b"abc", kind="passport", file_name="p.pdf",
                          media_type="application/pdf", number="TR1234567")
    dossiers = DossierRepository(vault.conn)
    light = dossiers.load(dossier_id, contents=False)
    entry = next(d for d in light["documents"] if d["id"] == doc_id)
    assert entry["size"] == 3 and "content_base64" not in entry and entry["number"] == "TR1234567"
    # the editor saves the dossier's own fields: the document stays as stored
    light["summary"] = "changed"
    with transaction(vault.conn):
        dossiers.replace(dossier_id, light, keep=SEPARATE_PARTS)
    assert repo.content(doc_id) == b"abc"
    assert dossiers.load(dossier_id, contents=False)["summary"] == "changed"


def test_refusals_write_nothing(vault_with_dossier):
    vault, dossier_id = vault_with_dossier
    repo = DocumentRepository(vault.conn)
    count = len(repo.list(dossier_id))
    with pytest.raises(UsageError, match="larger than 50 MiB"):
        with transaction(vault.conn):
            repo.add(dossier_id, b"\0" * (MAX_DOCUMENT_BYTES + 1), kind="other")
    with pytest.raises(ValueError, match="kind"):
        with transaction(vault.conn):
            repo.add(dossier_id, b"x", kind="selfie")
    with pytest.raises(UsageError, match="no longer in the vault"):
        with transaction(vault.conn):
            repo.add(dossier_id + 999, b"x", kind="other")
    with pytest.raises(ValueError, match="not editable"):
        with transaction(vault.conn):
            repo.update(repo.list(dossier_id)[0].id if count else 1, content=b"x")
    assert len(repo.list(dossier_id)) == count


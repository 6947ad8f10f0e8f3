"""Saving a dossier's own fields while interviews, consents and documents stay as stored."""

from __future__ import annotations

import base64
import copy
import json
import sqlite3

import pytest

from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.store.migrations import migrate
from tests.support import SAMPLE


@pytest.fixture
def repo():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    return DossierRepository(conn)


def _full_doc() -> dict:
    doc = copy.deepcopy(json.loads(SAMPLE.read_text("utf-8"))["dossiers"][0])
    doc["interviews"] = [{"date": "2026-01-05", "mode": "in_person", "notes": "zanzibarquartz"}]
    doc["consents"] = [{"purpose": "share_anonymized_profile", "scope": "any",
                        "given_on": "2026-01-05"}]
    doc["documents"] = [{"kind": "cv", "file_name": "cv.txt", "media_type": "text/plain",
                         "content_base64": base64.b64encode(b"hello").decode()}]
    return doc


def test_kept_parts_survive_a_replace_and_search_sees_them(repo):
    doc = _full_doc()
    with transaction(repo.conn):
        dossier_id = repo.insert(doc)
    edited = copy.deepcopy(doc)
    edited["summary"] = "Edited summary"
    for part in ("interviews", "consents", "documents"):
        edited.pop(part)
    with transaction(repo.conn):
        repo.replace(dossier_id, edited, keep=("interviews", "consents", "documents"))
    loaded = repo.load(dossier_id)
    assert loaded["summary"] == "Edited summary"
    assert loaded["interviews"] == doc["interviews"]
    assert loaded["consents"] == doc["consents"]
    assert loaded["documents"] == doc["documents"]
    assert repo.search("zanzibarquartz") == [dossier_id]
    assert repo.search("Edited summary") == [dossier_id]


def test_replace_without_keep_rewrites_everything(repo):
    doc = _full_doc()
    with transaction(repo.conn):
        dossier_id = repo.insert(doc)
        bare = {k: v for k, v in doc.items() if k not in ("interviews", "consents", "documents")}
        repo.replace(dossier_id, bare)
    loaded = repo.load(dossier_id)
    assert "interviews" not in loaded and "documents" not in loaded
    assert repo.search("zanzibarquartz") == []


def test_load_without_contents_gives_ids_and_sizes(repo):
    doc = _full_doc()
    with transaction(repo.conn):
        dossier_id = repo.insert(doc)
    light = repo.load(dossier_id, contents=False)
    (document,) = light["documents"]
    assert "content_base64" not in document
    assert document["size"] == 5 and isinstance(document["id"], int)


def test_only_separate_parts_can_be_kept(repo):
    with transaction(repo.conn):
        dossier_id = repo.insert(_full_doc())
        with pytest.raises(ValueError):
            repo.replace(dossier_id, _full_doc(), keep=("skills",))

"""A new candidate code never spells one of the person's identifiers (the read-back would
refuse the page): such codes are drawn again."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.disclosure import codes, policy
from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.store.migrations import migrate


def _built(sample_doc):
    dossier = sample_doc["dossiers"][0]
    return dossier, policy.build(dossier, level=0, lang="en", today=date(2026, 11, 23))


def test_a_code_spelling_an_identifier_is_not_clean(sample_doc):
    _, built = _built(sample_doc)
    word = next(i.value for i in built.known if i.value.isalpha() and 3 <= len(i.value) <= 8)
    assert not policy.code_is_clean(f"KH-{word.upper()}", built)
    assert policy.code_is_clean("KH-0000-0000", built)


def test_candidate_code_draws_again_until_acceptable(sample_doc, monkeypatch):
    dossier, built = _built(sample_doc)
    word = next(i.value for i in built.known if i.value.isalpha() and 3 <= len(i.value) <= 8)
    drawn = iter([f"KH-{word.upper()}", "KH-0000-0001"])
    monkeypatch.setattr(codes, "_new_code", lambda: next(drawn))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    with transaction(conn):
        dossier_id = DossierRepository(conn).insert(dossier)
        conn.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                     "VALUES (1, 'Acme', '2026', '2026')")
        code = codes.candidate_code(conn, dossier_id, 1,
                                    lambda new: policy.code_is_clean(new, built))
    assert code == "KH-0000-0001"

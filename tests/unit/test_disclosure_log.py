import sqlite3

import pytest

from app.disclosure import codes, log
from app.interchange.importer import import_document
from app.store.migrations import migrate

KEY = b"k" * 32


@pytest.fixture
def conn(sample_doc):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    import_document(conn, sample_doc)
    return conn


def add(conn, n=3):
    for i in range(n):
        log.append(conn, KEY, dossier_id=1 + i % 3, company_id=1, candidate_code=f"KH-{i}",
                   record={"company": "Hakata Logistics Co.", "level": 2, "k": 7, "fields": ["skills"]})


def test_the_chain_verifies_and_is_append_only(conn):
    add(conn)
    assert log.verify(conn, KEY) == []
    assert [e.seq for e in log.entries(conn)] == [1, 2, 3]
    assert [e.seq for e in log.entries(conn, dossier_id=2)] == [2]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE disclosures SET candidate_code = 'x' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM disclosures WHERE seq = 3")
    assert log.head(conn)[0] == 3


def test_a_tampered_entry_is_found(conn):
    add(conn)
    conn.execute("DROP TRIGGER disclosures_are_not_updated")
    conn.execute("UPDATE disclosures SET record = replace(record, '\"k\":7', '\"k\":70') WHERE seq = 2")
    assert log.verify(conn, KEY) == ["entry 2 was altered"]


def test_a_removed_entry_breaks_the_chain(conn):
    add(conn)
    conn.execute("DROP TRIGGER disclosures_are_not_deleted")
    conn.execute("DELETE FROM disclosures WHERE seq = 2")
    problems = log.verify(conn, KEY)
    assert "entry 2 is missing (next is 3)" in problems
    assert "entry 3 does not follow the entry before it" in problems


def test_a_forger_without_the_key_cannot_recompute(conn):
    add(conn)
    assert log.verify(conn, b"x" * 32) != []


def test_candidate_codes_are_stable_per_company_and_differ_across(conn, sample_doc):
    from app.store.companies import CompanyRepository

    companies = CompanyRepository(conn)
    a, b = companies.id_for_name("Hakata Logistics Co."), companies.id_for_name("Aichi Precision Parts")
    first = codes.candidate_code(conn, 1, a)
    assert codes.candidate_code(conn, 1, a) == first
    assert codes.candidate_code(conn, 1, b) != first
    assert codes.candidate_code(conn, 2, a) != first
    assert first.startswith("KH-") and len(first) == 12
    for secret in ("S-001", "Kalala"):
        assert secret not in first

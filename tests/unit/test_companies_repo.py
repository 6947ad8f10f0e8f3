"""The company repository: the list with counts, save with its checks, rename, delete."""

from __future__ import annotations

import sqlite3

import pytest

from app.disclosure import codes, log
from app.interchange.exporter import export_document
from app.interchange.importer import import_document
from app.store.companies import (
    CompanyGone,
    CompanyRepository,
    DuplicateCompany,
    MissingCompanyName,
    fold_name,
)
from app.store.db import transaction
from app.store.migrations import migrate

KEY = b"k" * 32


@pytest.fixture
def conn(sample_doc):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    import_document(conn, sample_doc)
    return conn


@pytest.fixture
def repo(conn):
    return CompanyRepository(conn)


def sent(conn, company_id: int, n: int = 1, dossier_id: int = 1) -> None:
    for i in range(n):
        log.append(conn, KEY, dossier_id=dossier_id, company_id=company_id,
                   candidate_code=f"KH-{company_id}-{i}", record={"company": "x", "level": 1})


def test_summaries_are_by_name_with_the_profiles_sent(conn, repo):
    hakata = repo.id_for_name("Hakata Logistics Co.")
    sent(conn, hakata, 3)
    rows = repo.summaries()
    assert [r.name for r in rows] == ["Aichi Precision Parts", "Hakata Logistics Co.",
                                      "Shibuya Knit Studio"]
    by_name = {r.name: r for r in rows}
    assert by_name["Hakata Logistics Co."].sent == 3
    assert by_name["Hakata Logistics Co."].last_sent_at is not None
    assert by_name["Aichi Precision Parts"].sent == 0
    assert by_name["Aichi Precision Parts"].last_sent_at is None
    assert (by_name["Aichi Precision Parts"].sector, by_name["Aichi Precision Parts"].prefecture) \
        == ("manufacturing", "Aichi")


def test_save_inserts_and_replaces_keeping_the_id(repo):
    new_id = repo.save(None, {"name": "  Osaka   Bakery ", "sector": "food",
                              "contacts": [{"name": "A. Sato", "role": "owner"}]})
    assert repo.load(new_id) == {"name": "Osaka Bakery", "sector": "food",
                                 "contacts": [{"name": "A. Sato", "role": "owner"}]}
    assert repo.save(new_id, {"name": "Osaka Bakery Ltd", "notes": "n"}) == new_id
    assert repo.load(new_id) == {"name": "Osaka Bakery Ltd", "notes": "n"}


@pytest.mark.parametrize("name", ["Hakata Logistics Co.", "hakata  logistics co.",
                                  " HAKATA LOGISTICS CO. "])
def test_a_name_taken_in_any_case_or_spacing_is_refused(conn, repo, name):
    before = repo.summaries()
    with pytest.raises(DuplicateCompany):
        with transaction(conn):
            repo.save(None, {"name": name})
    aichi = repo.id_for_name("Aichi Precision Parts")
    with pytest.raises(DuplicateCompany):
        repo.rename(aichi, name)
    assert repo.summaries() == before


def test_a_company_may_keep_its_own_name_in_another_case(repo):
    aichi = repo.id_for_name("Aichi Precision Parts")
    repo.save(aichi, {"name": "AICHI Precision Parts"})
    assert repo.load(aichi)["name"] == "AICHI Precision Parts"


def test_a_name_is_required(repo):
    with pytest.raises(MissingCompanyName):
        repo.save(None, {"name": "   "})
    with pytest.raises(MissingCompanyName):
        repo.rename(1, "")


def test_rename_keeps_id_codes_and_history(conn, repo):
    hakata = repo.id_for_name("Hakata Logistics Co.")
    code = codes.candidate_code(conn, 1, hakata)
    sent(conn, hakata, 2)
    repo.rename(hakata, "Hakata Freight")
    assert repo.id_for_name("Hakata Freight") == hakata
    assert repo.load(hakata)["contacts"][0]["name"] == "Kenji Morita"
    assert codes.candidate_code(conn, 1, hakata) == code
    assert len(log.entries(conn, company_id=hakata)) == 2
    with pytest.raises(CompanyGone):
        repo.rename(9999, "Nobody")


def test_delete_keeps_the_log_and_never_reuses_the_id(conn, repo):
    shibuya = repo.id_for_name("Shibuya Knit Studio")  # the highest id: SQLite would reuse it
    codes.candidate_code(conn, 1, shibuya)
    sent(conn, shibuya, 2)
    repo.delete(shibuya)
    assert repo.load(shibuya) is None
    assert conn.execute("SELECT count(*) FROM company_contacts WHERE company_id = ?",
                        (shibuya,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM candidate_codes WHERE company_id = ?",
                        (shibuya,)).fetchone()[0] == 0
    assert len(log.entries(conn, company_id=shibuya)) == 2
    assert log.verify(conn, KEY) == []
    again = repo.save(None, {"name": "Shibuya Knit Studio"})
    assert again > shibuya
    assert [r.sent for r in repo.summaries() if r.id == again] == [0]
    with pytest.raises(CompanyGone):
        repo.delete(shibuya)


def test_the_interchange_export_still_lists_every_company(conn, sample_doc):
    assert export_document(conn)["companies"] == sample_doc["companies"]


def test_fold_name():
    assert fold_name("  Hakata\u3000Logistics  ") == fold_name("hakata logistics")

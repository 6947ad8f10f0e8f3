"""The dossier list's queries on plain SQLite: every filter, the orders, the search's word
lengths, the consent states as of a given day, and the ListIndex keeping up with writes."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.disclosure import consent as gate
from app.store.db import transaction
from app.store.dossier_list import (
    ConsentFilter,
    ConsentState,
    ListIndex,
    ListOrder,
    ListQuery,
    SortKey,
    consent_state,
    filter_choices,
    matching_ids,
    rows,
    total,
)
from app.store.dossiers import DossierRepository
from app.store.migrations import migrate

TODAY = date(2026, 6, 15)
SHARE = "share_anonymized_profile"


def dossier(ref: str, name: str, **extra) -> dict:
    return {"ref": ref, "names": {"full": name}, **extra}


PEOPLE = [
    dossier(
        "A-1", "Amina Haddad",
        languages=[{"language": "ar", "level": "native"}, {"language": "ja", "level": "N2"},
                   {"language": "en", "level": "B1"}],
        skills=["accounting", "Excel", "bookkeeping", "payroll"],
        residence={"work_permission": "yes"},
        interviews=[{"date": "2026-01-10"}, {"date": "2026-05-02"}],
        consents=[{"purpose": SHARE, "given_on": "2026-01-10"}],
        summary="Worked in IT support for a bank.",
    ),
    dossier(
        "B-2", "Jean-Pierre Mukendi",
        languages=[{"language": "fr-CD", "level": "C2"}, {"language": "ja", "level": "N4"},
                   {"language": "ln", "level": "native"}],
        skills=["welding", "forklift"],
        residence={"work_permission": "restricted"},
        interviews=[{"date": "2025-11"}],
        consents=[{"purpose": SHARE, "given_on": "2025-11-01", "withdrawn_on": "2026-03-01"}],
        summary="介護の経験があります。",
    ),
    dossier(
        "C-3", "田中 花子",
        languages=[{"language": "ja", "level": "native"}],
        skills=["IT", "介護"],
        residence={"work_permission": "no"},
        consents=[{"purpose": SHARE, "given_on": "2025-01-01", "expires_on": "2026-05"}],
    ),
    dossier(
        "D-4", "Olena Kovalenko",
        languages=[{"language": "uk", "level": "native"}, {"language": "en"}],
        skills=["Welding", "nursing"],
        interviews=[{"date": "2026-06-15"}],
        consents=[{"purpose": "store", "given_on": "2026-01-01"},
                  {"purpose": SHARE, "given_on": "2026-06", "scope": "Hakata Logistics"}],
        aspirations="Nurse in Osaka",
    ),
]


@pytest.fixture
def conn():
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    repository = DossierRepository(db)
    with transaction(db):
        for person in PEOPLE:
            repository.insert(person)
    yield db
    db.close()


def refs(conn, ids) -> list[str]:
    by_id = {i: ref for i, ref in conn.execute("SELECT id, ref FROM dossiers")}
    return [by_id[i] for i in ids]


def found(conn, **query) -> set[str]:
    return set(refs(conn, matching_ids(conn, ListQuery(**query), today=TODAY)))


def test_an_empty_query_lists_everyone_newest_change_first(conn):
    conn.execute("UPDATE dossiers SET updated_at = '2026-01-0' || id || 'T00:00:00Z'")
    assert refs(conn, matching_ids(conn)) == ["D-4", "C-3", "B-2", "A-1"]
    assert total(conn) == 4


def test_orders_by_name_and_by_last_interview(conn):
    by_name = matching_ids(conn, order=ListOrder(SortKey.NAME, ascending=True))
    assert refs(conn, by_name) == ["A-1", "B-2", "D-4", "C-3"]  # NOCASE; kanji after Latin
    assert matching_ids(conn, order=ListOrder(SortKey.NAME, ascending=False)) == by_name[::-1]
    newest = matching_ids(conn, order=ListOrder(SortKey.INTERVIEW, ascending=False))
    assert refs(conn, newest) == ["D-4", "A-1", "B-2", "C-3"]  # never interviewed: last
    oldest = matching_ids(conn, order=ListOrder(SortKey.INTERVIEW, ascending=True))
    assert refs(conn, oldest) == ["B-2", "A-1", "D-4", "C-3"]


def test_search_words_of_every_length(conn):
    assert found(conn, text="amina") == {"A-1"}
    assert found(conn, text="ＡＭＩＮＡ") == {"A-1"}  # width and case folded
    assert found(conn, text="weld") == {"B-2", "D-4"}
    assert found(conn, text="weld mukendi") == {"B-2"}  # every word must match
    assert found(conn, text="bank") == {"A-1"}  # free text, through the trigram index
    assert found(conn, text="田中") == {"C-3"}  # a two-kanji name
    assert found(conn, text="IT") == {"C-3"}  # short Latin word: names and skills only
    assert found(conn, text="介護") == {"B-2", "C-3"}  # short CJK word: free text too
    assert found(conn, text="it bank") == set()  # "IT" is in A-1's free text only
    assert found(conn, text="IT 介護") == {"C-3"}
    assert found(conn, text="nursing ol") == {"D-4"}  # narrowed by the long word first
    assert found(conn, text="nobody") == set()
    assert found(conn, text="   ") == {"A-1", "B-2", "C-3", "D-4"}


def test_language_and_level_use_one_scale(conn):
    assert found(conn, language="ja") == {"A-1", "B-2", "C-3"}
    assert found(conn, language="ja", min_level="B2") == {"A-1", "C-3"}  # N2 and native
    assert found(conn, language="ja", min_level="native") == {"C-3"}
    assert found(conn, language="fr") == {"B-2"}  # fr-CD counts as French
    assert found(conn, language="en") == {"A-1", "D-4"}
    assert found(conn, language="en", min_level="A1") == {"A-1"}  # no level: only "any level"
    with pytest.raises(ValueError):
        found(conn, language="en", min_level="expert")


def test_skill_work_permission_and_interviews(conn):
    assert found(conn, skill="welding") == {"B-2"}  # exactly as stored
    assert found(conn, skill="Welding") == {"D-4"}
    assert found(conn, work_permission=("yes",)) == {"A-1"}
    assert found(conn, work_permission=("yes", "restricted")) == {"A-1", "B-2"}
    assert found(conn, work_permission=("unknown",)) == {"D-4"}  # not recorded counts
    with pytest.raises(ValueError):
        found(conn, work_permission=("maybe",))
    assert found(conn, interviewed_since=date(2026, 5, 1)) == {"A-1", "D-4"}
    assert found(conn, interviewed_since=date(2025, 11, 20)) == {"A-1", "B-2", "D-4"}  # 2025-11
    assert found(conn, interviewed_since=date(2025, 12, 1)) == {"A-1", "D-4"}


def test_consent_filter_as_of_today(conn):
    # A-1 active; B-2 withdrawn; C-3 expired (2026-05 ended on the 31st); D-4 given "2026-06"
    # is read as from the 30th, so not in force on the 15th.
    assert found(conn, consent=ConsentFilter.ACTIVE) == {"A-1"}
    assert found(conn, consent=ConsentFilter.INACTIVE) == {"B-2", "C-3", "D-4"}
    later = matching_ids(conn, ListQuery(consent=ConsentFilter.ACTIVE), today=date(2026, 7, 1))
    assert set(refs(conn, later)) == {"A-1", "D-4"}


def test_filters_and_search_combine(conn):
    assert found(conn, language="ja", skill="welding", work_permission=("restricted",)) == {"B-2"}
    assert found(conn, language="ja", work_permission=("yes", "no"), text="IT") == {"C-3"}
    assert found(conn, language="ja", consent=ConsentFilter.ACTIVE, text="bank") == {"A-1"}
    assert found(conn, language="uk", consent=ConsentFilter.ACTIVE) == set()


def test_rows_give_the_list_columns_in_the_order_asked(conn):
    ids = matching_ids(conn, order=ListOrder(SortKey.NAME, ascending=True))
    page = rows(conn, [*ids, 999], today=TODAY)
    assert [r.ref for r in page] == ["A-1", "B-2", "D-4", "C-3"]  # 999 is not there
    amina = page[0]
    assert amina.name == "Amina Haddad"
    assert amina.languages == (("ar", "native"), ("ja", "N2"), ("en", "B1"))
    assert amina.skills == ("accounting", "Excel", "bookkeeping", "payroll")
    assert amina.work_permission == "yes"
    assert amina.last_interview == "2026-05-02"
    assert (amina.consent, amina.consent_until) == (ConsentState.ACTIVE, None)
    states = {r.ref: (r.consent, r.consent_ended) for r in page}
    assert states["B-2"] == (ConsentState.WITHDRAWN, "2026-03-01")
    assert states["C-3"] == (ConsentState.EXPIRED, "2026-05")
    assert states["D-4"] == (ConsentState.PENDING, None)
    assert page[2].languages == (("uk", "native"), ("en", None))
    assert page[3].last_interview is None and page[2].work_permission is None


def test_consent_state_counts_only_share_consents(conn):
    repository = DossierRepository(conn)
    with transaction(conn):
        new = repository.insert(dossier("E-5", "Nobody Yet",
                                        consents=[{"purpose": "store", "given_on": "2026-01"}]))
    assert rows(conn, [new], today=TODAY)[0].consent is ConsentState.NONE


@pytest.mark.parametrize(
    "given, expires, withdrawn",
    [
        ("2026-06-15", None, None), ("2026-06-16", None, None), ("2026-06", None, None),
        ("2026", None, None), ("2025", "2026-06", None), ("2025", "2026-06-14", None),
        ("2025", "2026-06-15", None), ("2025", "2026", None), ("2025", "2025", None),
        ("2025", None, "2026-06-15"), ("2025", None, "2026-06-16"), ("2025", None, "2026-06"),
        ("2025", None, "2026-07"), ("2025", "2027", "2026"),
    ],
)
def test_consent_state_agrees_with_the_consent_gate(given, expires, withdrawn):
    item = {"purpose": SHARE, "given_on": given}
    if expires:
        item["expires_on"] = expires
    if withdrawn:
        item["withdrawn_on"] = withdrawn
    state, _, _ = consent_state([(given, expires, withdrawn)], TODAY)
    allowed = gate.check({"consents": [item]}, "Any Company", TODAY).allowed
    assert (state is ConsentState.ACTIVE) == allowed
    # ... and the SQL filter agrees with both
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db)
    with transaction(db):
        DossierRepository(db).insert(dossier("X", "X", consents=[item]))
    active = matching_ids(db, ListQuery(consent=ConsentFilter.ACTIVE), today=TODAY)
    assert bool(active) == allowed
    db.close()


def test_active_consent_runs_to_the_latest_end():
    state, until, _ = consent_state(
        [("2025", "2026-12", None), ("2025", "2027-03-01", None), ("2025", None, "2026-01")],
        TODAY)
    assert (state, until) == (ConsentState.ACTIVE, "2027-03-01")


def test_filter_choices_are_the_vaults_own_most_frequent_first(conn):
    choices = filter_choices(conn)
    assert choices.languages[0] == "ja"
    assert set(choices.languages) == {"ar", "ja", "en", "fr-CD", "ln", "uk"}
    assert {"accounting", "welding", "Welding", "介護"} <= set(choices.skills)


def test_the_index_keeps_up_with_writes(conn):
    index = ListIndex()
    assert set(refs(conn, index.matching_ids(conn, ListQuery(text="ov")))) == {"D-4"}
    repository = DossierRepository(conn)
    with transaction(conn):
        new = repository.insert(dossier("E-5", "Olga Petrova", skills=["welding"]))
    assert new in index.matching_ids(conn, ListQuery(text="ov"))  # short word: the corpus
    assert new in index.matching_ids(conn, ListQuery(skill="welding"))  # a filter set
    amina = repository.id_for_ref("A-1")
    doc = repository.load(amina)
    doc["names"]["full"] = "Amina Ovlas"
    with transaction(conn):
        repository.replace(amina, doc)
    assert amina in index.matching_ids(conn, ListQuery(text="ov"))
    with transaction(conn):
        repository.delete(new)
    assert new not in index.matching_ids(conn, ListQuery(text="ov"))
    assert new not in index.matching_ids(conn)


def test_the_index_answers_as_the_plain_function_does(conn):
    index = ListIndex()
    queries = [ListQuery(), ListQuery(text="a"), ListQuery(text="we", language="ja"),
               ListQuery(consent=ConsentFilter.INACTIVE, text="介護"),
               ListQuery(work_permission=("yes", "no"), interviewed_since=date(2026, 1, 1))]
    for order in (ListOrder(), ListOrder(SortKey.NAME, True), ListOrder(SortKey.INTERVIEW)):
        for query in queries:
            assert index.matching_ids(conn, query, order, today=TODAY) == matching_ids(
                conn, query, order, today=TODAY), (query, order)

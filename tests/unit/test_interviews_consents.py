"""The targeted repositories of interviews and consents, on plain in-memory SQLite."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date

import pytest

from app.disclosure.consent import check
from app.errors import UsageError
from app.interchange.validate import problems
from app.store.consents import ConsentRepository, ConsentState, consent_state
from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.store.interviews import InterviewNotFound, InterviewRepository
from app.store.migrations import migrate
from tests.support import SAMPLE

TODAY = date(2026, 7, 1)


@pytest.fixture
def conn():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrate(connection)
    return connection


@pytest.fixture
def sample():
    return json.loads(SAMPLE.read_text("utf-8"))


def _insert(conn, doc: dict) -> int:
    with transaction(conn):
        return DossierRepository(conn).insert(doc)


def _updated_at(conn, dossier_id: int) -> str:
    return conn.execute("SELECT updated_at FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[0]


def _backdate(conn, dossier_id: int) -> None:
    conn.execute("UPDATE dossiers SET updated_at = '2000-01-01T00:00:00Z' WHERE id = ?",
                 (dossier_id,))


# -- interviews --------------------------------------------------------------------------------


def test_add_update_delete_one_interview_touches_and_reindexes(conn, sample):
    dossier_id = _insert(conn, sample["dossiers"][0])  # has one interview, 2026-03-02
    repo = InterviewRepository(conn)
    dossiers = DossierRepository(conn)
    _backdate(conn, dossier_id)
    with transaction(conn):
        new_id = repo.add(dossier_id, date="2026-06-10", mode="phone", interviewer="Caseworker B",
                          notes="first words marmaladequokka")
    assert _updated_at(conn, dossier_id) != "2000-01-01T00:00:00Z"
    assert dossiers.search("marmaladequokka") == [dossier_id]
    assert [i.date for i in repo.list(dossier_id)] == ["2026-03-02", "2026-06-10"]

    _backdate(conn, dossier_id)
    with transaction(conn):
        assert repo.update(new_id, date="2026-06-10", mode="phone", interviewer="Caseworker B",
                           notes="then other words saffronpelican") is True
    assert dossiers.search("marmaladequokka") == []
    assert dossiers.search("saffronpelican") == [dossier_id]
    assert _updated_at(conn, dossier_id) != "2000-01-01T00:00:00Z"

    # an autosave of what is stored changes nothing, not even the dossier's date
    _backdate(conn, dossier_id)
    with transaction(conn):
        assert repo.update(new_id, date="2026-06-10", mode="phone", interviewer="Caseworker B",
                           notes="then other words saffronpelican") is False
    assert _updated_at(conn, dossier_id) == "2000-01-01T00:00:00Z"

    with transaction(conn):
        repo.delete(new_id)
    assert dossiers.search("saffronpelican") == []
    assert [i.date for i in repo.list(dossier_id)] == ["2026-03-02"]
    with pytest.raises(InterviewNotFound):
        repo.get(new_id)


def test_positions_stay_dense_and_in_date_order(conn, sample):
    dossier_id = _insert(conn, sample["dossiers"][1])
    repo = InterviewRepository(conn)
    with transaction(conn):
        late = repo.add(dossier_id, date="2026-05-20")
        early = repo.add(dossier_id, date="2026-01-02")
        middle = repo.add(dossier_id, date="2026-03")  # partial dates sort by their prefix
    listed = repo.list(dossier_id)
    assert [i.id for i in listed] == [early, middle, late]
    assert [i.position for i in listed] == [0, 1, 2]
    with transaction(conn):
        repo.delete(middle)
        repo.update(early, date="2026-12-24")
    listed = repo.list(dossier_id)
    assert [(i.id, i.position) for i in listed] == [(late, 0), (early, 1)]
    # the dossier still round-trips through the interchange format in that order
    doc = DossierRepository(conn).load(dossier_id)
    assert [i["date"] for i in doc["interviews"]] == ["2026-05-20", "2026-12-24"]
    assert problems({"format": "kakehashi-dossiers", "version": 1, "dossiers": [doc]}) == []


def test_interviews_survive_the_editors_save(conn, sample):
    doc = copy.deepcopy(sample["dossiers"][1])
    dossier_id = _insert(conn, doc)
    repo = InterviewRepository(conn)
    with transaction(conn):
        repo.add(dossier_id, date="2026-02-02", notes="kept apart")
        DossierRepository(conn).replace(dossier_id, doc, keep=("interviews", "consents",
                                                              "documents"))
    assert [i.notes for i in repo.list(dossier_id)] == ["kept apart"]


@pytest.mark.parametrize(
    "values, message",
    [
        ({"date": "2026-13-01"}, "this date does not exist"),
        ({"date": "2026-02-30"}, "this date does not exist"),
        ({"date": "yesterday"}, "a date must be written"),
        ({"date": "2026-01-01", "mode": "carrier_pigeon"}, "unknown interview mode"),
        ({"date": "2026-01-01", "notes": "x" * 100_001}, "the notes are too long"),
        ({"date": "2026-01-01", "interviewer": "x" * 501}, "the interviewer's name is too long"),
    ],
)
def test_invalid_interviews_are_refused_and_nothing_is_written(conn, sample, values, message):
    dossier_id = _insert(conn, sample["dossiers"][1])
    repo = InterviewRepository(conn)
    with pytest.raises(UsageError, match=message), transaction(conn):
        repo.add(dossier_id, **values)
    assert repo.list(dossier_id) == []


def test_an_interview_for_a_missing_dossier_is_refused(conn):
    with pytest.raises(UsageError, match="no longer in the vault"):
        InterviewRepository(conn).add(999, date="2026-01-01")


def test_blank_interviewer_and_empty_notes_are_stored_as_absent(conn, sample):
    dossier_id = _insert(conn, sample["dossiers"][1])
    repo = InterviewRepository(conn)
    with transaction(conn):
        interview_id = repo.add(dossier_id, date="2026-01-01", interviewer="  ", notes="")
    assert repo.get(interview_id).as_dict() == {"date": "2026-01-01"}


# -- consents ----------------------------------------------------------------------------------


def test_record_and_withdraw_a_consent_keeps_the_history(conn, sample):
    doc = copy.deepcopy(sample["dossiers"][1])
    doc.pop("consents", None)
    dossier_id = _insert(conn, doc)
    repo = ConsentRepository(conn)
    _backdate(conn, dossier_id)
    with transaction(conn):
        consent_id = repo.add(dossier_id, purpose="share_anonymized_profile",
                              given_on="2026-06-01", method="written")
    assert _updated_at(conn, dossier_id) != "2000-01-01T00:00:00Z"
    stored = DossierRepository(conn).load(dossier_id)
    assert stored["consents"] == [{"purpose": "share_anonymized_profile", "scope": "any",
                                   "given_on": "2026-06-01", "method": "written"}]
    assert check(stored, "Any Co.", TODAY).allowed

    _backdate(conn, dossier_id)
    with transaction(conn):
        repo.withdraw(consent_id, TODAY.isoformat())
    assert _updated_at(conn, dossier_id) != "2000-01-01T00:00:00Z"
    consent = repo.get(consent_id)
    assert consent.withdrawn_on == "2026-07-01"
    assert consent_state(consent, TODAY) == (ConsentState.WITHDRAWN, "2026-07-01")
    decision = check(DossierRepository(conn).load(dossier_id), "Any Co.", TODAY)
    assert not decision.allowed and "withdrawn" in decision.reason
    with pytest.raises(UsageError, match="already withdrawn"):
        repo.withdraw(consent_id, "2026-07-02")
    assert len(repo.list(dossier_id)) == 1  # never deleted


def test_consents_are_kept_in_the_order_they_were_given(conn, sample):
    dossier_id = _insert(conn, sample["dossiers"][1])  # one consent, given 2026-05-10
    repo = ConsentRepository(conn)
    with transaction(conn):
        earlier = repo.add(dossier_id, purpose="store", given_on="2026-01-01")
        later = repo.add(dossier_id, purpose="photo", given_on="2026-12-01", scope="  Any ")
    listed = repo.list(dossier_id)
    assert [c.given_on for c in listed] == ["2026-01-01", "2026-05-10", "2026-12-01"]
    assert [c.position for c in listed] == [0, 1, 2]
    assert listed[0].id == earlier and listed[2].id == later
    assert listed[2].scope == "any"


@pytest.mark.parametrize(
    "values, message",
    [
        ({"purpose": "sell", "given_on": "2026-01-01"}, "unknown consent purpose"),
        ({"purpose": "store", "given_on": "2026-01-01", "method": "telepathy"},
         "unknown consent method"),
        ({"purpose": "store", "given_on": "01/01/2026"}, "a date must be written"),
        ({"purpose": "store", "given_on": "2026-05-01", "expires_on": "2026-04-30"},
         "cannot expire before"),
    ],
)
def test_invalid_consents_are_refused(conn, sample, values, message):
    dossier_id = _insert(conn, sample["dossiers"][1])
    repo = ConsentRepository(conn)
    with pytest.raises(UsageError, match=message), transaction(conn):
        repo.add(dossier_id, **values)
    assert len(repo.list(dossier_id)) == 1


@pytest.mark.parametrize(
    "consent, expected",
    [
        ({"given_on": "2026-01-01"}, (ConsentState.ACTIVE, None)),
        ({"given_on": "2026-01-01", "withdrawn_on": "2026-06-30"},
         (ConsentState.WITHDRAWN, "2026-06-30")),
        ({"given_on": "2026-01-01", "withdrawn_on": "2026-08-01"}, (ConsentState.ACTIVE, None)),
        ({"given_on": "2026-01-01", "expires_on": "2026-06-30"},
         (ConsentState.EXPIRED, "2026-06-30")),
        ({"given_on": "2026-01-01", "expires_on": "2026-07"}, (ConsentState.ACTIVE, None)),
        ({"given_on": "2026-01-01", "expires_on": "2026-06", "withdrawn_on": "2026-05-01"},
         (ConsentState.WITHDRAWN, "2026-05-01")),
        ({"given_on": "2026-07-02"}, (ConsentState.PENDING, "2026-07-02")),
        ({"given_on": "2026-07"}, (ConsentState.PENDING, "2026-07")),
    ],
)
def test_the_state_is_the_consent_gates_reading(consent, expected):
    for purpose, scope in (("store", None), ("photo", "Hakata Logistics Co.")):
        item = {"purpose": purpose, "scope": scope, **consent}
        assert consent_state(item, TODAY) == expected
    # and for the purpose the gate decides, the gate agrees
    gate = check({"consents": [{"purpose": "share_anonymized_profile", **consent}]}, "X", TODAY)
    assert gate.allowed == (expected[0] is ConsentState.ACTIVE)


def test_sharing_states_for_the_dossier_list(conn, sample):
    ids = [_insert(conn, doc) for doc in sample["dossiers"]]
    extra = copy.deepcopy(sample["dossiers"][0])
    extra["ref"] = "S-NEW"
    extra.pop("consents")
    none_id = _insert(conn, extra)
    repo = ConsentRepository(conn)
    states = repo.sharing_states([*ids, none_id], TODAY)
    # S-001: any company, active; S-002: one company, active; S-003: withdrawn 2026-06-01
    assert states == {ids[0]: ConsentState.ACTIVE, ids[1]: ConsentState.ACTIVE,
                      ids[2]: ConsentState.WITHDRAWN, none_id: None}
    # a newer consent in force wins over the withdrawn one
    with transaction(conn):
        repo.add(ids[2], purpose="share_anonymized_profile", given_on="2026-06-15")
    assert repo.sharing_states([ids[2]], TODAY) == {ids[2]: ConsentState.ACTIVE}

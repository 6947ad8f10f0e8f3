"""A dossier's overrides and never-share marks: written here, read by the export policy."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date

import pytest

from app.disclosure import policy
from app.store import annotations
from app.store.annotations import Annotations
from app.store.db import transaction
from app.store.dossiers import DossierRepository
from app.store.migrations import migrate
from tests.support import SAMPLE


@pytest.fixture
def conn():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrate(connection)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


@pytest.fixture
def doc():
    return copy.deepcopy(json.loads(SAMPLE.read_text("utf-8"))["dossiers"][0])


@pytest.fixture
def dossier_id(conn, doc):
    with transaction(conn):
        return DossierRepository(conn).insert(doc)


def test_a_new_dossier_has_no_annotations(conn, dossier_id):
    found = annotations.load(conn, dossier_id)
    assert found.overrides == {} and found.marks == {}


def test_save_is_what_the_policy_reads(conn, dossier_id):
    saved = Annotations(
        overrides={"skills": "restricted", "gender": "restricted"},
        marks={"summary": ["Central African", "Central African", "  "],
               "experience.description": ["six staff"]},
    )
    with transaction(conn):
        annotations.save(conn, dossier_id, saved)
    assert policy.overrides_of(conn, dossier_id) == {"skills": "restricted", "gender": "restricted"}
    assert sorted(policy.never_share_of(conn, dossier_id)) == [
        ("experience.description", "six staff"), ("summary", "Central African")]
    again = annotations.load(conn, dossier_id)
    assert again.overrides == saved.overrides
    assert again.marks == {"summary": ["Central African"], "experience.description": ["six staff"]}


def test_save_replaces_the_whole_set(conn, dossier_id):
    with transaction(conn):
        annotations.save(conn, dossier_id, Annotations({"skills": "restricted"}, {"summary": ["x1"]}))
    with transaction(conn):
        annotations.save(conn, dossier_id, Annotations({"summary": "restricted"}, {}))
    assert policy.overrides_of(conn, dossier_id) == {"summary": "restricted"}
    assert policy.never_share_of(conn, dossier_id) == []


def test_an_unknown_class_is_refused_and_nothing_changes(conn, dossier_id):
    with transaction(conn):
        annotations.save(conn, dossier_id, Annotations({"skills": "restricted"}, {}))
    with pytest.raises(ValueError), transaction(conn):
        annotations.save(conn, dossier_id, Annotations({"skills": "shareable"}, {}))
    assert policy.overrides_of(conn, dossier_id) == {"skills": "restricted"}


def test_add_mark_once(conn, dossier_id):
    with transaction(conn):
        annotations.add_mark(conn, dossier_id, "summary", "Kinshasa")
        annotations.add_mark(conn, dossier_id, "summary", "Kinshasa")
        annotations.add_mark(conn, dossier_id, "summary", " ")
    assert policy.never_share_of(conn, dossier_id) == [("summary", "Kinshasa")]


def test_annotations_change_the_built_profile(conn, dossier_id, doc):
    def built():
        return policy.build(
            DossierRepository(conn).load(dossier_id), level=0, lang="en", today=date(2026, 6, 1),
            overrides=policy.overrides_of(conn, dossier_id),
            never_share=policy.never_share_of(conn, dossier_id))

    before = built().profile
    assert "negotiation" in before.skills
    assert "Central African markets" in before.summary
    with transaction(conn):
        annotations.save(conn, dossier_id, Annotations(
            {"skills": "restricted"}, {"summary": ["Central African markets"]}))
    after = built().profile
    assert after.skills == ()
    assert "Central African markets" not in after.summary


def test_annotations_go_with_their_dossier(conn, dossier_id):
    with transaction(conn):
        annotations.save(conn, dossier_id, Annotations({"skills": "restricted"}, {"notes": ["a"]}))
    with transaction(conn):
        DossierRepository(conn).delete(dossier_id)
    assert annotations.load(conn, dossier_id) == Annotations()

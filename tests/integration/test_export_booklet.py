"""The desk's side of the export engine, without the command line: the shortlist booklet (same
gates and read-back as single profiles, one log entry per candidate), stopping a batch, the
register kept per vault, and the preview's hits field by field."""

from __future__ import annotations

import io
import json
import re
import stat
from datetime import date

import pytest
from pypdf import PdfReader

from app.disclosure import export, log, policy, preview
from app.interchange.importer import import_document
from app.synthetic import generate_document
from tests.support import SAMPLE, desk_app

HAKATA = "Hakata Logistics Co."
TODAY = date(2026, 7, 1)


@pytest.fixture(scope="module", autouse=True)
def qt_app():
    return desk_app()


@pytest.fixture(scope="module")
def document():
    doc = generate_document(60, seed=5)
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["dossiers"] += sample["dossiers"]
    doc["companies"] += sample["companies"]
    for dossier in doc["dossiers"][:60]:
        dossier["consents"] = [{"purpose": "share_anonymized_profile", "given_on": "2026-01-01"}]
    return doc


@pytest.fixture
def vault(make_vault, document):
    vault, _ = make_vault()
    import_document(vault.conn, document)
    return vault


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


SAMPLES = ["S-001", "S-002", "S-003"]


def test_a_booklet_passes_the_gates_and_logs_each_candidate(vault, out):
    steps = []
    booklet = export.export_booklet(vault, SAMPLES, HAKATA, out, today=TODAY,
                                    progress=lambda done, total: steps.append((done, total)))
    assert re.fullmatch(r"SL-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf", booklet.path.name)
    assert list(out.iterdir()) == [booklet.path]
    assert stat.S_IMODE(booklet.path.stat().st_mode) == 0o600
    states = {o.name: o.state for o in booklet.outcomes}
    assert states == {"S-001": export.EXPORTED, "S-002": export.EXPORTED,
                      "S-003": export.REFUSED}
    assert steps[-1] == (3, 3)

    entries = log.entries(vault.conn)
    assert [e.record["ref"] for e in entries] == ["S-001", "S-002"]
    assert all(e.record["file"] == booklet.path.name and e.record["booklet"] for e in entries)
    codes = {o.name: o.code for o in booklet.included}
    assert [e.candidate_code for e in entries] == [codes["S-001"], codes["S-002"]]
    assert log.verify(vault.conn, export._log_key(vault)) == []

    reader = PdfReader(io.BytesIO(booklet.path.read_bytes()))
    assert len(reader.pages) == 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert codes["S-001"] in text and codes["S-002"] in text
    for secret in ("Kalala", "Mukendi", "090-4417-2208", "Rahimi", "Farid", "S-001", "S-002"):
        assert secret not in text
    # the same company sees the same codes as with single profiles
    single = export.export_profiles(vault, ["S-001"], HAKATA, out, today=TODAY)
    assert single[0].code == codes["S-001"]


def test_a_booklet_with_no_one_ready_writes_nothing(vault, out):
    booklet = export.export_booklet(vault, ["S-003", "NOPE-9"], HAKATA, out, today=TODAY)
    assert booklet.path is None and list(out.iterdir()) == []
    assert [o.state for o in booklet.outcomes] == [export.REFUSED, export.MISSING]
    assert log.entries(vault.conn) == []


def test_a_read_back_find_takes_that_candidate_out_of_the_booklet(vault, out, monkeypatch):
    real = policy.read_back

    def flagging(pdf, dossier, built):
        return ["name"] if dossier.get("ref") == "S-002" else real(pdf, dossier, built)

    monkeypatch.setattr(policy, "read_back", flagging)
    booklet = export.export_booklet(vault, SAMPLES, HAKATA, out, today=TODAY)
    states = {o.name: o.state for o in booklet.outcomes}
    assert states["S-001"] == export.EXPORTED and states["S-002"] == export.LEAKED
    assert len(PdfReader(io.BytesIO(booklet.path.read_bytes())).pages) == 2
    assert [e.record["ref"] for e in log.entries(vault.conn)] == ["S-001"]
    s002 = vault.conn.execute("SELECT id FROM dossiers WHERE ref = 'S-002'").fetchone()[0]
    assert vault.conn.execute("SELECT count(*) FROM candidate_codes WHERE dossier_id = ?",
                              (s002,)).fetchone()[0] == 0  # no code for a page never sent


def test_a_stopped_booklet_writes_nothing(vault, out):
    booklet = export.export_booklet(vault, SAMPLES, HAKATA, out, today=TODAY,
                                    should_stop=lambda: True)
    assert booklet.path is None and list(out.iterdir()) == []
    assert [o.state for o in booklet.outcomes] == [export.CANCELLED, export.CANCELLED,
                                                   export.REFUSED]
    assert log.entries(vault.conn) == []
    assert vault.conn.execute("SELECT count(*) FROM candidate_codes").fetchone()[0] == 0


def test_a_stopped_batch_ends_before_the_next_profile(vault, out):
    asked = []

    def stop_after_first() -> bool:
        asked.append(True)
        return len(asked) > 1

    outcomes = export.export_profiles(vault, SAMPLES, HAKATA, out, today=TODAY,
                                      should_stop=stop_after_first)
    assert [o.state for o in outcomes] == [export.EXPORTED, export.CANCELLED, export.REFUSED]
    assert [p.name for p in out.iterdir()] == [outcomes[0].path.name]
    assert len(log.entries(vault.conn)) == 1


def test_the_register_is_kept_until_a_dossier_changes(vault):
    first = export.register_of(vault, TODAY)
    assert export.register_of(vault, TODAY) is first
    export.plan(vault, SAMPLES, HAKATA, today=TODAY)
    assert export.register_of(vault, TODAY) is first  # planning writes nothing
    assert export.register_of(vault, date(2026, 7, 2)) is not first
    again = export.register_of(vault, TODAY)
    vault.conn.execute("UPDATE dossiers SET birth_date = '1950-01-01' WHERE ref = 'S-001'")
    changed = export.register_of(vault, TODAY)
    assert changed is not again
    s001 = vault.conn.execute("SELECT id FROM dossiers WHERE ref = 'S-001'").fetchone()[0]
    assert changed.by_id[s001]["birth_date"] == "1950-01-01"


def test_the_preview_names_the_field_of_every_hit_and_releases_per_field(vault):
    ids = [vault.conn.execute("SELECT id FROM dossiers WHERE ref = ?", (r,)).fetchone()[0]
           for r in SAMPLES]
    seen = preview.build_preview(vault, ids, HAKATA, today=TODAY)
    s001 = seen.candidates[0]
    assert s001.state == export.READY and s001.profile is not None
    assert len(s001.hits) == len(s001.outcome.hits)  # the same hits as the profile's
    assert {(h.field, h.kind, h.marker) for h in s001.hits} >= {
        ("summary", "phone", "[phone]"), ("aspirations", "name", "[name]")}
    assert seen.candidates[2].state == export.REFUSED
    assert seen.threshold == 5 and seen.lowest_k() >= 5
    assert seen.changes == preview.generalization_changes(seen.level)

    phone = next(h for h in s001.hits if h.kind == "phone")
    with pytest.raises(ValueError):
        preview.release(s001.ref, phone, "  ")
    released = preview.release(s001.ref, phone, "the nonprofit's own line")
    again = preview.build_preview(vault, ids, HAKATA, today=TODAY, releases=[released])
    assert all(h.kind != "phone" for h in again.candidates[0].hits)
    assert "090-4417-2208" in again.candidates[0].profile.summary
    assert again.candidates[0].released == [released]


def test_generalization_changes_say_what_is_coarser_than_level_zero():
    assert preview.generalization_changes(0) == []
    assert preview.generalization_changes(2) == [("age", "band10"),
                                                 ("experience_durations", "suppressed")]
    assert ("origin", "region") in preview.generalization_changes(5)


def test_a_never_share_word_is_stored_and_removed_from_the_profile(vault):
    s001 = vault.conn.execute("SELECT id FROM dossiers WHERE ref = 'S-001'").fetchone()[0]
    assert "Lingala" in preview.build_preview(vault, [s001], HAKATA,
                                              today=TODAY).candidates[0].profile.summary
    where = preview.add_never_share(vault, s001, "Lingala", today=TODAY)
    assert where == "summary"
    profile = preview.build_preview(vault, [s001], HAKATA, today=TODAY).candidates[0].profile
    assert "Lingala" not in profile.summary and "Lingala" not in " ".join(profile.languages)
    assert preview.mark_field("experience[2].description") == "experience.description"


def test_the_desk_names_dossiers_by_id_so_a_numeric_ref_cannot_stand_in(vault):
    """A dossier whose ref is "2" must not be exported when the desk chose the dossier with id 2
    (a security review found ids passed as text were resolved as refs first)."""
    from app.store.db import transaction
    from app.store.dossiers import DossierRepository

    repo = DossierRepository(vault.conn)
    chosen = repo.id_for_ref(SAMPLES[0])
    impostor = repo.load(repo.id_for_ref(SAMPLES[1]))
    impostor["ref"] = str(chosen)
    with transaction(vault.conn):
        repo.insert(impostor)
    seen = preview.build_preview(vault, [chosen], HAKATA, today=TODAY)
    (candidate,) = seen.candidates
    assert candidate.outcome.dossier_id == chosen and candidate.ref == SAMPLES[0]

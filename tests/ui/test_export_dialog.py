"""The export dialog on a real vault: the sample dossiers among 60 synthetic ones (so k can be
reached), every synthetic one consenting. With "Hakata Logistics Co.", S-001 (consent for any
company) and S-002 (consent for Hakata only) are ready, S-003 (consent withdrawn) is refused."""

from __future__ import annotations

import io
import json
import re
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.disclosure import export, log
from app.interchange.importer import import_document
from app.store.meta import MetaRepository
from app.synthetic import generate_document
from tests.support import PASSPHRASE, SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS, click
from ui import export_dialog
from ui.export_candidates import STATE_ROLE
from ui.export_dialog import ExportDialog
from ui.export_review import ReleaseDialog
from ui.privacy import MASK, PrivacyScreen
from ui.profile_preview import MARKER_BACKGROUND, HitsModel

HAKATA = "Hakata Logistics Co."
CODE_FILE = re.compile(r"^KH-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf$")


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
def vault_folder(make_vault, document):
    """A closed vault with the dossiers, and the sample refs' ids."""
    vault, _ = make_vault()
    import_document(vault.conn, document)
    MetaRepository(vault.conn).set("organization.name", "Bridge Support")
    ids = dict(vault.conn.execute("SELECT ref, id FROM dossiers WHERE ref LIKE 'S-%'"))
    folder = vault.folder
    vault.close()
    return folder, ids


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def unlock(qtbot, session, folder):
    errors = []
    session.unlock(folder, PASSPHRASE, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: session.folder is not None or bool(errors), timeout=JOB_TIMEOUT_MS)
    assert not errors


def settled(dialog) -> bool:
    return dialog.preview_data is not None and not dialog.is_busy()


def open_dialog(qtbot, session, vault_folder, refs=("S-001", "S-002", "S-003"), privacy=None):
    folder, ids = vault_folder
    unlock(qtbot, session, folder)
    dialog = ExportDialog(session, [ids[r] for r in refs], privacy=privacy or PrivacyScreen())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: settled(dialog), timeout=JOB_TIMEOUT_MS)
    if dialog.company_name() != HAKATA:
        with qtbot.waitSignal(dialog.planned, timeout=JOB_TIMEOUT_MS):
            dialog.company.setCurrentText(HAKATA)
    qtbot.waitUntil(lambda: settled(dialog) and bool(dialog.preview.marker_spans),
                    timeout=JOB_TIMEOUT_MS)
    return dialog, ids


def rows(dialog) -> dict[str, tuple[str, str]]:
    """ref → (state, the row's text)."""
    model = dialog.model
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row)
        out[model.candidate(row).ref] = (index.data(STATE_ROLE), index.data())
    return out


def on_worker(qtbot, session, fn):
    box = []
    session.run(fn, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=JOB_TIMEOUT_MS)
    assert not isinstance(box[0], BaseException), box[0]
    return box[0]


def export_now(qtbot, dialog, folder):
    dialog.folder.set_path(folder)
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: settled(dialog), timeout=JOB_TIMEOUT_MS)
    return dialog.summary


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


# -- what the dialog shows ---------------------------------------------------------------------


def test_the_selection_is_listed_with_each_state_and_a_refusal_says_why(qtbot, session,
                                                                        vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    listed = rows(dialog)
    assert listed["S-001"][0] == listed["S-002"][0] == export.READY
    assert listed["S-003"][0] == export.REFUSED
    assert "Refused: consent withdrawn on 2026-06-01" in listed["S-003"][1]
    assert re.search(r"Ready · k = \d+", listed["S-001"][1])
    words = dialog.explanation.text()
    assert "or more people in this vault share this profile" in words and "threshold 5" in words
    assert dialog.windowTitle() == "Kakehashi"

    dialog.select_dossier(dialog.model.candidate(2).dossier_id)
    qtbot.waitUntil(lambda: "Nothing of this person leaves the vault" in dialog.preview.plain_text())
    assert dialog.preview.model.rowCount() == 0
    assert not dialog.preview.mark_button.isEnabled()


def test_a_company_the_consent_does_not_cover_refuses_with_its_reason(qtbot, session,
                                                                      vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    with qtbot.waitSignal(dialog.planned, timeout=JOB_TIMEOUT_MS):
        dialog.company.setCurrentText("Aichi Precision Parts")
    listed = rows(dialog)
    assert listed["S-001"][0] == export.READY
    assert listed["S-002"][0] == export.REFUSED
    assert "covers other companies only" in listed["S-002"][1]


def test_the_preview_shows_markers_where_identifiers_were_and_highlights_them(qtbot, session,
                                                                               vault_folder):
    privacy = PrivacyScreen()
    dialog, _ = open_dialog(qtbot, session, vault_folder, privacy=privacy)
    assert dialog.selected_candidate().ref == "S-001"
    text = dialog.preview.plain_text()
    assert "[name]" in text and "[phone]" in text
    for secret in ("090-4417-2208", "Kalala", "Kinshasa", "Mukendi", "S-001"):
        assert secret not in text
    assert "business development" in text  # the rest of the profile is there
    document = dialog.preview.page.document()
    markers = [marker for _, _, marker in dialog.preview.marker_spans]
    assert {"[name]", "[phone]"} <= set(markers)
    for start, end, _ in dialog.preview.marker_spans:
        cursor = dialog.preview.page.textCursor()
        cursor.setPosition(start + 1)
        assert cursor.charFormat().background().color().name() == MARKER_BACKGROUND
    assert document.toPlainText().count("[name]") == markers.count("[name]")

    model = dialog.preview.model
    hits = [(model.index(r, HitsModel.KIND).data(), model.index(r, HitsModel.MARKER).data(),
             model.index(r, HitsModel.FIELD).data()) for r in range(model.rowCount())]
    assert ("Phone number", "[phone]", "Summary") in hits
    assert ("Name", "[name]", "Aspirations") in hits
    # the original text only on demand, and never under the privacy screen
    phone_row = next(r for r, h in enumerate(hits) if h[1] == "[phone]")
    original = model.index(phone_row, HitsModel.ORIGINAL)
    assert original.data() == MASK
    dialog.preview.originals_button.click()
    assert original.data() == "090-4417-2208"
    privacy.set_on(True)
    assert original.data() == MASK
    assert privacy.is_masked(dialog.preview.hits)
    assert MASK in dialog.model.index(0).data() and "Kalala" not in dialog.model.index(0).data()


def test_a_japanese_profile_has_japanese_markers(qtbot, session, vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    with qtbot.waitSignal(dialog.planned, timeout=JOB_TIMEOUT_MS):
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    qtbot.waitUntil(lambda: "［電話番号］" in dialog.preview.plain_text(), timeout=JOB_TIMEOUT_MS)
    assert "候補者プロフィール" in dialog.preview.plain_text()
    assert dialog.preview.marker_spans


# -- reviewing hits ------------------------------------------------------------------------------


def test_releasing_a_hit_requires_a_reason(qtbot, vault_folder):
    from app.disclosure.preview import FieldHit

    dialog = ReleaseDialog(FieldHit("summary", "name", "[name]", "JB", "known"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.reason.setText("a job board's name here")
    assert dialog.ok_button.isEnabled()


def test_a_released_hit_stays_and_its_reason_is_logged(qtbot, session, vault_folder, out,
                                                       monkeypatch):
    dialog, ids = open_dialog(qtbot, session, vault_folder)
    model = dialog.preview.model
    row = next(r for r in range(model.rowCount()) if model.hit(r).text == "JB")
    dialog.preview.select_hit(row)
    assert dialog.preview.release_button.isEnabled()

    asked = []
    monkeypatch.setattr(export_dialog, "ask_release_reason",
                        lambda parent, hit, privacy: asked.append(hit) or None)
    click(qtbot, dialog.preview.release_button)  # no reason given: nothing is released
    assert asked and dialog.releases == []

    monkeypatch.setattr(export_dialog, "ask_release_reason",
                        lambda parent, hit, privacy: "initials of a trade fair, not the person")
    with qtbot.waitSignal(dialog.planned, timeout=JOB_TIMEOUT_MS):
        click(qtbot, dialog.preview.release_button)
    qtbot.waitUntil(lambda: "JB speaks" in dialog.preview.plain_text(), timeout=JOB_TIMEOUT_MS)
    assert all(model.hit(r).text != "JB" for r in range(model.rowCount()))
    assert "[phone]" in dialog.preview.plain_text()  # only that hit

    export_now(qtbot, dialog, out)
    entries = on_worker(qtbot, session,
                        lambda vault: log.entries(vault.conn, dossier_id=ids["S-001"]))
    assert len(entries) == 1
    assert entries[0].record["releases"] == [{
        "field": "summary", "text": "JB", "reason": "initials of a trade fair, not the person"}]


def test_adding_a_hit_removes_that_word_from_the_preview_and_the_pdf(qtbot, session,
                                                                       vault_folder, out,
                                                                       monkeypatch):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    assert "Lingala" in dialog.preview.plain_text()
    cursor = dialog.preview.page.document().find("Lingala")
    dialog.preview.page.setTextCursor(cursor)
    assert dialog.preview.selected_text() == "Lingala"
    offered = []
    monkeypatch.setattr(export_dialog, "ask_mark",
                        lambda parent, suggested, privacy: offered.append(suggested) or suggested)
    with qtbot.waitSignal(dialog.planned, timeout=JOB_TIMEOUT_MS):
        click(qtbot, dialog.preview.mark_button)
    qtbot.waitUntil(lambda: settled(dialog) and "Lingala" not in dialog.preview.plain_text()
                    and bool(dialog.preview.marker_spans), timeout=JOB_TIMEOUT_MS)
    assert offered == ["Lingala"]
    assert any(h.text == "Lingala" for h in dialog.preview.model.hits())

    summary = export_now(qtbot, dialog, out)
    files = {name: out / name for name in summary.file_names()}
    assert len(files) == 2
    texts = [pdf_text(path) for path in files.values()]
    assert all("Lingala" not in text for text in texts)
    assert any("[name]" in text for text in texts)


# -- exporting -----------------------------------------------------------------------------------


def test_export_with_progress_writes_pdfs_named_by_codes_0600(qtbot, session, vault_folder, out):
    dialog, ids = open_dialog(qtbot, session, vault_folder)
    assert not dialog.export_button.isEnabled()  # no folder yet
    steps = []
    dialog._relay.advanced.connect(lambda done, total: steps.append((done, total)))
    summary = export_now(qtbot, dialog, out)

    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2 and all(CODE_FILE.match(name) for name in written)
    assert all(stat.S_IMODE((out / name).stat().st_mode) == 0o600 for name in written)
    assert sorted(summary.file_names()) == written
    assert [line for line in summary.missed_lines() if "S-003" in line] == [
        next(line for line in summary.missed_lines() if "consent withdrawn on 2026-06-01" in line)]
    assert steps[-1] == (3, 3) and len(steps) == 3
    entries = on_worker(qtbot, session, lambda vault: log.entries(vault.conn))
    assert sorted(e.record["file"] for e in entries) == written
    assert {e.dossier_id for e in entries} == {ids["S-001"], ids["S-002"]}
    # the page now shows the code the company got
    qtbot.waitUntil(lambda: settled(dialog) and dialog.selected_candidate().code is not None,
                    timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.selected_candidate().code in dialog.preview.plain_text(),
                    timeout=JOB_TIMEOUT_MS)


def test_stopping_an_export_writes_nothing_more(qtbot, session, vault_folder, out, monkeypatch):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    dialog.folder.set_path(out)
    real = export.export_profiles

    def slow_start(vault, *args, **kwargs):
        dialog._stop.set()  # Stop pressed before the first profile
        return real(vault, *args, **kwargs)

    monkeypatch.setattr(export, "export_profiles", slow_start)
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        click(qtbot, dialog.export_button)
    assert list(out.iterdir()) == []
    assert "stopped" in dialog.summary.title.text()
    assert sum("the export was stopped" in line for line in dialog.summary.missed_lines()) == 2


def test_a_booklet_is_written_and_logged_per_candidate(qtbot, session, vault_folder, out):
    dialog, ids = open_dialog(qtbot, session, vault_folder)
    dialog.booklet.setChecked(True)
    summary = export_now(qtbot, dialog, out)

    (booklet,) = out.iterdir()
    assert re.fullmatch(r"SL-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf", booklet.name)
    assert stat.S_IMODE(booklet.stat().st_mode) == 0o600
    assert summary.file_names() == [booklet.name]
    reader = PdfReader(io.BytesIO(booklet.read_bytes()))
    assert len(reader.pages) == 3  # the cover, then one page per candidate
    entries = on_worker(qtbot, session, lambda vault: log.entries(vault.conn))
    assert sorted(e.dossier_id for e in entries) == sorted([ids["S-001"], ids["S-002"]])
    assert all(e.record["file"] == booklet.name and e.record["booklet"] for e in entries)
    text = pdf_text(booklet)
    for entry in entries:
        assert entry.candidate_code in text
    for secret in ("Kalala", "090-4417-2208", "Rahimi", "S-001"):
        assert secret not in text


def test_no_company_in_the_vault_says_so(qtbot, session, closed_vault):
    folder, _ = closed_vault
    unlock(qtbot, session, folder)
    dialog = ExportDialog(session, [1], privacy=PrivacyScreen())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no companies in this vault" in dialog.preview.plain_text(),
                    timeout=JOB_TIMEOUT_MS)
    assert not dialog.company.isEnabled() and not dialog.export_button.isEnabled()


def test_folder_browse_uses_ask_folder(qtbot, session, vault_folder, out, monkeypatch):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, title, start: out)
    click(qtbot, dialog.folder.browse_button)
    assert dialog.folder.path() == out
    assert dialog.export_button.isEnabled()
    assert dialog.export_button.text() == "&Export"


def test_clear_forgets_everything_personal(qtbot, session, vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    dialog.preview.select_hit(0)
    dialog.preview.originals_button.click()
    dialog.releases.append(object())
    dialog.clear()
    assert dialog.model.rowCount() == 0 and dialog.preview.model.rowCount() == 0
    assert dialog.preview.plain_text() == "" and dialog.explanation.text() == ""
    assert dialog.preview_data is None and dialog.releases == []
    assert not dialog.preview.originals_button.isChecked()
    assert not dialog.export_button.isEnabled()


def test_closing_forgets_and_a_late_plan_is_ignored(qtbot, session, vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    dialog.replan()  # a plan under way ...
    dialog.reject()  # ... when the dialog closes (a lock closes it the same way)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert dialog.model.rowCount() == 0 and dialog.preview_data is None
    assert dialog.preview.plain_text() == ""


def test_keyboard_labels_and_names(qtbot, session, vault_folder):
    dialog, _ = open_dialog(qtbot, session, vault_folder)
    assert dialog.list.accessibleName() and dialog.preview.page.accessibleName()
    assert dialog.candidates_label.buddy() is dialog.list
    assert dialog.preview.hits_label.buddy() is dialog.preview.hits
    assert dialog.export_button.isDefault()
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.selected_candidate().ref == "S-002"

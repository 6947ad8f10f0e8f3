"""The interview timeline and the focused interview mode, on a real vault through a real session:
autosave, save on close, and the lock path (flush, clear, lock) losing nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.interchange.importer import import_file
from app.store.dossiers import DossierRepository
from app.store.interviews import InterviewRepository
from tests.support import SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS, click
from ui import interview_mode
from ui.editor.interviews_panel import InterviewsPanel, notes_preview
from ui.privacy import PrivacyScreen


@pytest.fixture
def sample_folder(make_vault):
    vault, _ = make_vault()
    import_file(vault.conn, SAMPLE)
    folder = vault.folder
    vault.close()
    return folder


def unlock(qtbot, session, folder, passphrase) -> None:
    errors = []
    session.unlock(folder, passphrase, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: session.folder is not None or bool(errors), timeout=JOB_TIMEOUT_MS)
    assert not errors


def on_worker(qtbot, session, fn):
    """``fn(vault)`` on the session's worker; its result (the test waits for it)."""
    outcome = []
    session.run(fn, lambda value: outcome.append(("ok", value)),
                lambda error: outcome.append(("error", error)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=JOB_TIMEOUT_MS)
    kind, value = outcome[0]
    if kind == "error":
        raise value
    return value


def load_dossier(qtbot, session, ref: str) -> tuple[int, dict]:
    def read(vault):
        repository = DossierRepository(vault.conn)
        dossier_id = repository.id_for_ref(ref)
        return dossier_id, repository.load(dossier_id, contents=False)

    return on_worker(qtbot, session, read)


def stored_notes(qtbot, session, dossier_id: int) -> list[str | None]:
    return [i.notes for i in on_worker(
        qtbot, session, lambda vault: InterviewRepository(vault.conn).list(dossier_id))]


@pytest.fixture
def panel(qtbot, session, sample_folder, passphrase):
    unlock(qtbot, session, sample_folder, passphrase)
    privacy = PrivacyScreen()
    created = InterviewsPanel(session, privacy)
    created.privacy_screen = privacy  # kept alive with the panel
    qtbot.addWidget(created)
    created.resize(800, 400)
    created.show()
    return created


def show_dossier(qtbot, panel, ref: str) -> int:
    dossier_id, doc = load_dossier(qtbot, panel.session, ref)
    with qtbot.waitSignal(panel.loaded, timeout=JOB_TIMEOUT_MS):
        panel.set_dossier(dossier_id, doc)
    return dossier_id


def test_timeline_shows_the_interviews_newest_first(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    assert panel.stack.currentWidget() is panel.timeline
    item = panel.timeline.topLevelItem(0)
    assert item.text(panel.DATE) == "2026-03-02"
    assert item.text(panel.MODE) == "Online"
    assert item.text(panel.INTERVIEWER) == "Caseworker A"
    assert item.text(panel.NOTES).startswith("Strong motivation")
    assert panel.timeline.topLevelItemCount() == 1
    assert not panel.open_button.isEnabled() and panel.new_button.isEnabled()

    # notes are restricted: the timeline is masked under the privacy screen
    assert panel.timeline in panel.privacy_screen.guarded()

    # another dossier without interviews: the empty state, no row of the first one left
    show_dossier(qtbot, panel, "S-002")
    assert panel.stack.currentWidget() is panel.empty
    assert panel.timeline.topLevelItemCount() == 0
    assert dossier_id != panel.dossier_id


def test_notes_preview_is_the_first_lines():
    assert notes_preview("one\n\n two \nthree") == "one  ·  two…"
    assert notes_preview("short") == "short"
    assert notes_preview(None) == ""
    assert notes_preview("x" * 500).endswith("…") and len(notes_preview("x" * 500)) == 161


def test_a_new_interview_autosaves_and_appears_in_the_timeline(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-002")
    mode = panel.new_interview()
    assert mode.isVisible() and not mode.isModal()
    assert mode.windowTitle() == "Interview — Kakehashi"  # never the person's name
    assert mode.date.date().toPython() == date.today()
    assert mode.status.text() == "New interview, not saved yet"
    assert mode.interview_id is None

    qtbot.keyClicks(mode.interviewer, "Caseworker C")
    qtbot.keyClicks(mode.notes, "Forklift licence planned")
    assert mode.is_dirty() and mode.timer.isActive()
    assert mode.timer.interval() == interview_mode.AUTOSAVE_MS == 3000
    # nothing is written before the tick...
    assert stored_notes(qtbot, panel.session, dossier_id) == []
    # ...and everything just after it, without any click
    with qtbot.waitSignal(panel.loaded, timeout=interview_mode.AUTOSAVE_MS + JOB_TIMEOUT_MS):
        pass
    assert stored_notes(qtbot, panel.session, dossier_id) == ["Forklift licence planned"]
    assert mode.status.text().startswith("Saved ")
    assert mode.interview_id is not None and not mode.is_dirty()
    assert panel.timeline.topLevelItemCount() == 1
    item = panel.timeline.topLevelItem(0)
    assert item.text(panel.DATE) == date.today().isoformat()
    assert item.text(panel.MODE) == "In person"
    assert item.text(panel.INTERVIEWER) == "Caseworker C"

    # typing on updates the same interview (no second one), and search finds the new words
    qtbot.keyClicks(mode.notes, " in spring")
    with qtbot.waitSignal(mode.saved, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(mode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes(qtbot, panel.session, dossier_id) == [
        "Forklift licence planned in spring"
    ]
    assert on_worker(qtbot, panel.session,
                     lambda vault: DossierRepository(vault.conn).search("licence planned in"))
    assert not mode.timer.isActive()


def test_interview_autosave_across_a_forced_lock(qtbot, panel, session, sample_folder,
                                                  passphrase):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    assert mode.notes.toPlainText() == "Strong motivation; JLPT N3 exam planned."
    qtbot.keyClicks(mode.notes, " Last words before the lock")
    assert mode.is_dirty()

    # the lock path, as the controller does it: flush, clear, close the vault — at once
    vault = session.vault
    panel.flush()
    panel.clear()
    session.lock()
    assert not mode.isVisible()
    assert mode.notes.toPlainText() == "" and not mode.notes.document().isUndoAvailable()
    assert mode.interviewer.text() == "" and not mode.interviewer.isUndoAvailable()
    assert panel.timeline.topLevelItemCount() == 0 and panel.dossier_id is None
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    qtbot.wait(50)  # the save's result arrives after the clear: it must not show anything
    assert mode.status.text() == "" and mode.notes.toPlainText() == ""

    unlock(qtbot, session, sample_folder, passphrase)
    assert stored_notes(qtbot, session, dossier_id) == [
        "Strong motivation; JLPT N3 exam planned. Last words before the lock"
    ]


def test_a_new_interview_survives_a_lock_before_its_first_save(qtbot, panel, session,
                                                               sample_folder, passphrase):
    dossier_id = show_dossier(qtbot, panel, "S-003")
    mode = panel.new_interview()
    qtbot.keyClicks(mode.notes, "Typed in the first second")
    mode.flush()  # an autosave is on its way…
    qtbot.keyClicks(mode.notes, ", and more")
    panel.flush()  # …and the lock's flush follows it: one interview, both saves
    panel.clear()
    session.lock()
    qtbot.waitUntil(lambda: session.vault is None, timeout=JOB_TIMEOUT_MS)
    unlock(qtbot, session, sample_folder, passphrase)
    assert stored_notes(qtbot, session, dossier_id) == ["Typed in the first second, and more"]


def test_escape_saves_and_closes(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    mode.notes.clear()
    qtbot.keyClicks(mode.notes, "Rewritten")
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    assert mode.isVisible() and mode.status.text() == "Saving…"  # waits for the vault
    qtbot.waitUntil(lambda: not mode.isVisible(), timeout=JOB_TIMEOUT_MS)
    assert stored_notes(qtbot, panel.session, dossier_id) == ["Rewritten"]
    # unchanged: Close closes at once
    mode = panel.open_selected()
    click(qtbot, mode.close_button)
    assert not mode.isVisible()


def test_a_failed_save_keeps_the_dialog_and_says_why(qtbot, panel, session):
    show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    qtbot.keyClicks(mode.notes, " more")
    vault = session.vault
    session.lock()  # the vault closes behind the dialog's back (no flush, no clear)
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    mode.reject()
    qtbot.waitUntil(lambda: mode.status.text().startswith("Not saved:"), timeout=JOB_TIMEOUT_MS)
    assert mode.status.text() == "Not saved: The vault is locked."
    assert mode.isVisible() and mode.is_dirty()  # the notes are still here
    assert mode.notes.toPlainText().endswith(" more")


def test_notes_are_masked_and_the_partial_date_is_kept(qtbot, panel, session):
    show_dossier(qtbot, panel, "S-002")
    dossier_id = panel.dossier_id

    def add(vault):
        from app.store.db import transaction

        with transaction(vault.conn):
            return InterviewRepository(vault.conn).add(dossier_id, date="2026-04", notes="x")

    on_worker(qtbot, session, add)
    with qtbot.waitSignal(panel.loaded, timeout=JOB_TIMEOUT_MS):
        panel.refresh()
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    assert mode.partial_note.isVisible()
    guarded = panel.privacy_screen.guarded()
    assert mode.notes in guarded and mode.title in guarded
    qtbot.keyClicks(mode.interviewer, "B")
    with qtbot.waitSignal(mode.saved, timeout=JOB_TIMEOUT_MS):
        mode.save_now()
    stored = on_worker(qtbot, session, lambda vault: InterviewRepository(vault.conn).list(
        dossier_id))
    assert [(i.date, i.interviewer) for i in stored] == [("2026-04", "B")]
    # changing the date stores the full date chosen
    mode.date.setDate(mode.date.date().addDays(4))
    assert not mode.partial_note.isVisible()
    with qtbot.waitSignal(mode.saved, timeout=JOB_TIMEOUT_MS):
        mode.save_now()
    stored = on_worker(qtbot, session, lambda vault: InterviewRepository(vault.conn).list(
        dossier_id))
    assert stored[0].date == "2026-04-05"


def test_delete_asks_first(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    box = panel.delete_selected()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert len(stored_notes(qtbot, panel.session, dossier_id)) == 1

    box = panel.delete_selected()
    with qtbot.waitSignal(panel.changed, timeout=JOB_TIMEOUT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert stored_notes(qtbot, panel.session, dossier_id) == []
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty, timeout=JOB_TIMEOUT_MS)


def test_clear_closes_the_confirmation_and_forgets(qtbot, panel):
    show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    box = panel.delete_selected()
    assert box.isVisible()
    panel.clear()
    assert panel.confirm_box is None and not box.isVisible()
    assert panel.interviews == [] and not panel.new_button.isEnabled()


def test_labels_and_shortcuts(qtbot, panel):
    show_dossier(qtbot, panel, "S-001")
    mode = panel.new_interview()
    for widget in (mode.date, mode.mode, mode.interviewer, mode.notes):
        assert widget.accessibleName()
    assert mode.save_shortcut.key().toString() == "Ctrl+S"
    assert panel.new_button.text() == "&New interview"
    mode.clear()


def test_switching_interviews_saves_the_one_left(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    qtbot.keyClicks(mode.notes, " Switched away")
    with qtbot.waitSignal(panel.loaded, timeout=JOB_TIMEOUT_MS):
        assert panel.new_interview() is mode  # the same dialog, now on a new interview
    assert mode.interview_id is None and mode.notes.toPlainText() == ""
    assert panel.timeline.topLevelItem(0).text(panel.NOTES).endswith("Switched away")
    assert stored_notes(qtbot, panel.session, dossier_id) == [
        "Strong motivation; JLPT N3 exam planned. Switched away"
    ]
    mode.clear()


def test_clear_without_flush_still_keeps_what_was_typed(qtbot, panel):
    dossier_id = show_dossier(qtbot, panel, "S-001")
    panel.select(panel.interviews[0].id)
    mode = panel.open_selected()
    qtbot.keyClicks(mode.notes, " Another dossier opened")
    panel.clear()  # the editor moving to another dossier
    assert not mode.isVisible() and mode.notes.toPlainText() == ""
    qtbot.waitUntil(lambda: stored_notes(qtbot, panel.session, dossier_id) == [
        "Strong motivation; JLPT N3 exam planned. Another dossier opened"
    ], timeout=JOB_TIMEOUT_MS)

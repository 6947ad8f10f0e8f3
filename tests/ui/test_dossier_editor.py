"""The dossier editor on a real vault through a VaultSession: open, edit, undo, save, marks,
overrides, validation, new dossiers, clear and flush."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
)

from app.disclosure import policy
from app.interchange.importer import import_file
from app.store.dossiers import DossierRepository
from app.vault.vault import Vault
from tests.support import PASSPHRASE, SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS
from ui.editor import dossier_editor as editor_module
from ui.editor.dossier_editor import DossierEditor
from ui.privacy import PrivacyScreen

ROOT = Path(__file__).resolve().parents[2]
#: Values of the first sample dossier that must never stay on screen after clear().
PERSONAL = ("Jean-Baptiste", "Kalala", "090-4417-2208", "jb.kalala@mail.example", "Kananga",
            "UH48213390FA", "Ikebukuro", "S-001", "Marie", "brother")


@pytest.fixture
def samples(make_vault):
    vault, _ = make_vault()
    import_file(vault.conn, SAMPLE)
    ids = {ref: DossierRepository(vault.conn).id_for_ref(ref) for ref in ("S-001", "S-002")}
    folder = vault.folder
    vault.close()
    return folder, ids


@pytest.fixture
def editor(qtbot, session, samples):
    folder, _ = samples
    opened = []
    session.unlock(folder, PASSPHRASE, opened.append, opened.append)
    qtbot.waitUntil(lambda: session.folder is not None, timeout=JOB_TIMEOUT_MS)
    privacy = PrivacyScreen()
    widget = DossierEditor(session, privacy)
    widget.privacy_screen = privacy  # keep it alive with the editor
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def run_job(qtbot, session, fn):
    out = []
    session.run(fn, lambda v: out.append(("ok", v)), lambda e: out.append(("error", e)))
    qtbot.waitUntil(lambda: bool(out), timeout=JOB_TIMEOUT_MS)
    kind, value = out[0]
    if kind == "error":
        raise value
    return value


def open_sample(qtbot, editor, samples, ref="S-001"):
    editor.open_dossier(samples[1][ref])
    qtbot.waitUntil(lambda: editor.ref() == ref, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not editor.session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)


def save_and_wait(qtbot, editor):
    with qtbot.waitSignal(editor.saved, timeout=JOB_TIMEOUT_MS) as blocker:
        assert editor.save()
    return blocker.args[0]


def stored(qtbot, session, dossier_id):
    return run_job(qtbot, session,
                   lambda vault: DossierRepository(vault.conn).load(dossier_id, contents=False))


def built_profile(qtbot, session, dossier_id):
    def job(vault):
        conn = vault.conn
        return policy.build(
            DossierRepository(conn).load(dossier_id), level=0, lang="en", today=date(2026, 6, 1),
            overrides=policy.overrides_of(conn, dossier_id),
            never_share=policy.never_share_of(conn, dossier_id)).profile
    return run_job(qtbot, session, job)


def test_open_edit_undo_redo_and_save(qtbot, editor, session, samples):
    open_sample(qtbot, editor, samples)
    given = editor.form.field("names.given")
    assert given.edit.text() == "Jean-Baptiste"
    assert not editor.has_unsaved() and editor.unsaved_label.text() == ""
    assert not editor.undo_action.isEnabled()

    with qtbot.waitSignal(editor.dirty_changed) as dirty:
        given.edit.setFocus()
        given.edit.end(False)
        qtbot.keyClicks(given.edit, " Pierre")
    assert dirty.args == [True]
    assert editor.has_unsaved() and "Unsaved" in editor.unsaved_label.text()
    assert editor.stack.count() == 1  # one burst of typing, one undo step
    assert editor.revert_button.isEnabled()

    editor.form.field("summary").edit.setFocus()  # somewhere else: undo brings the caret back
    qtbot.keyClick(editor.form.field("summary").edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert given.edit.text() == "Jean-Baptiste"
    assert given.edit.hasFocus()
    assert not editor.has_unsaved() and editor.unsaved_label.text() == ""

    qtbot.keyClick(given.edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert given.edit.text() == "Jean-Baptiste Pierre"
    assert editor.has_unsaved()

    dossier_id = save_and_wait(qtbot, editor)
    assert dossier_id == samples[1]["S-001"]
    assert not editor.has_unsaved() and editor.unsaved_label.text() == ""
    doc = stored(qtbot, session, dossier_id)
    assert doc["names"]["given"] == "Jean-Baptiste Pierre"
    assert doc["interviews"] and doc["consents"]  # the panels' parts stay as stored

    editor.open_dossier(samples[1]["S-002"])
    qtbot.waitUntil(lambda: editor.ref() == "S-002", timeout=JOB_TIMEOUT_MS)
    open_sample(qtbot, editor, samples)
    assert editor.form.field("names.given").edit.text() == "Jean-Baptiste Pierre"
    assert editor.form.field("names.family").edit.text() == "Kalala"


def test_separate_fields_and_pauses_are_separate_undo_steps(qtbot, editor, samples):
    open_sample(qtbot, editor, samples)
    family = editor.form.field("names.family").edit
    hometown = editor.form.field("hometown").edit
    family.setFocus()
    qtbot.keyClicks(family, "x")
    hometown.setFocus()
    qtbot.keyClicks(hometown, "y")
    gender = editor.form.field("gender")
    gender.box.setCurrentIndex(gender.box.findData("undisclosed"))
    gender.box.activated.emit(gender.box.currentIndex())
    assert editor.stack.count() == 3
    editor.undo()
    assert gender.state() == "male"
    editor.undo()
    assert hometown.text() == "Kananga" and family.text() == "Kalalax"
    editor.undo()
    assert family.text() == "Kalala" and not editor.has_unsaved()


def test_a_never_share_mark_is_saved_and_keeps_the_words_off_the_profile(
        qtbot, editor, session, samples):
    open_sample(qtbot, editor, samples)
    dossier_id = editor.dossier_id()
    words = "Central African markets"
    assert words in built_profile(qtbot, session, dossier_id).summary

    summary = editor.form.field("summary").edit
    summary.setFocus()
    cursor = summary.textCursor()
    start = summary.toPlainText().index(words)
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    summary.setTextCursor(cursor)
    qtbot.keyClick(summary, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert summary.marks() == [words]
    assert editor.has_unsaved() and editor.stack.count() == 1

    editor.undo()
    assert summary.marks() == []
    editor.redo()
    assert summary.marks() == [words]

    save_and_wait(qtbot, editor)
    marks = run_job(qtbot, session, lambda vault: policy.never_share_of(vault.conn, dossier_id))
    assert ("summary", words) in marks
    assert words not in built_profile(qtbot, session, dossier_id).summary
    open_sample(qtbot, editor, samples)  # the mark comes back with the text
    assert editor.form.field("summary").edit.marks() == [words]


def test_moving_skills_to_restricted_takes_them_off_the_profile(qtbot, editor, session, samples):
    open_sample(qtbot, editor, samples)
    dossier_id = editor.dossier_id()
    assert built_profile(qtbot, session, dossier_id).skills
    badge = editor.form.field("skills").badge
    assert badge.is_movable() and "Shareable" in badge.text()
    assert not editor.form.field("names.full").badge.is_movable()

    badge.restrict_action.trigger()
    assert editor.overrides() == {"skills": "restricted"}
    assert "Restricted" in badge.text() and editor.has_unsaved()
    editor.undo()
    assert editor.overrides() == {} and "Shareable" in badge.text()
    assert not editor.has_unsaved()
    editor.redo()
    save_and_wait(qtbot, editor)

    overrides = run_job(qtbot, session, lambda vault: policy.overrides_of(vault.conn, dossier_id))
    assert overrides == {"skills": "restricted"}
    assert built_profile(qtbot, session, dossier_id).skills == ()
    open_sample(qtbot, editor, samples)
    assert "Restricted" in editor.form.field("skills").badge.text()
    editor.form.field("skills").badge.default_action.trigger()
    save_and_wait(qtbot, editor)
    assert built_profile(qtbot, session, dossier_id).skills


def test_a_new_dossier_needs_a_name_and_gets_a_fresh_ref(qtbot, editor, session, samples):
    editor.new_dossier()
    qtbot.waitUntil(lambda: editor.ref() is not None, timeout=JOB_TIMEOUT_MS)
    assert editor.ref() == "K-000001" and editor.dossier_id() is None
    assert not editor.interviews.isEnabled()
    assert not editor.save()
    full = editor.form.field("names.full")
    assert full.error.isVisible() and "full name" in full.error.text()
    assert full.edit.hasFocus()
    assert run_job(qtbot, session, lambda vault: DossierRepository(vault.conn).count()) == 3

    qtbot.keyClicks(full.edit, "Amina Test")
    dossier_id = save_and_wait(qtbot, editor)
    assert editor.dossier_id() == dossier_id and editor.interviews.isEnabled()
    assert not full.error.isVisible()
    doc = stored(qtbot, session, dossier_id)
    assert doc["ref"] == "K-000001" and doc["names"]["full"] == "Amina Test"

    editor.new_dossier()
    qtbot.waitUntil(lambda: editor.ref() is not None, timeout=JOB_TIMEOUT_MS)
    assert editor.ref() == "K-000002"


def test_a_validation_problem_is_shown_in_words_and_nothing_is_saved(qtbot, editor, session, samples):
    open_sample(qtbot, editor, samples)
    birth = editor.form.field("birth_date")
    birth.edit.setFocus()
    birth.edit.selectAll()
    qtbot.keyClicks(birth.edit, "1992-13-40")
    assert not editor.save()
    assert birth.error.isVisible()
    assert "calendar" in birth.error.text() and "$" not in birth.error.text()
    assert editor.problem_label.isVisible() and "1 problem" in editor.problem_label.text()
    assert birth.edit.hasFocus()

    birth.edit.selectAll()
    qtbot.keyClicks(birth.edit, "May 1992")
    assert not editor.save()
    assert "YYYY" in birth.error.text()
    assert stored(qtbot, session, editor.dossier_id())["birth_date"] == "1992-05-14"
    assert editor.has_unsaved()


def test_problem_words_name_rows_and_columns(qtbot, editor, samples):
    open_sample(qtbot, editor, samples)
    doc, _ = editor.form.write(editor.ref())
    doc["education"][0]["end_year"] = 1800
    found = editor.problems(doc)
    assert len(found) == 1
    field, words = found[0]
    assert field is editor.form.field("education")
    assert words.startswith("Row 1, To (year)") and "1900" in words


def test_clear_forgets_every_personal_value(qtbot, editor, samples):
    open_sample(qtbot, editor, samples)
    qtbot.keyClicks(editor.form.field("notes").edit, "more notes")
    editor.form.field("skills").badge.restrict_action.trigger()
    editor.clear()

    shown = []
    for widget in editor.findChildren(QLineEdit):
        shown.append(widget.text())
    for widget in editor.findChildren(QPlainTextEdit):
        shown.append(widget.toPlainText())
    for widget in editor.findChildren(QLabel):
        shown.append(widget.text())
    for widget in editor.findChildren(QComboBox):
        shown.append(widget.currentText())
    for table in editor.findChildren(QTableWidget):
        shown += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount()) if table.item(r, c)]
    for view in editor.findChildren(QTableView):
        model = view.model()
        shown += [str(model.index(r, c).data()) for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    for widget in editor.findChildren(QListWidget):
        shown += [widget.item(i).text() for i in range(widget.count())]
    text = "\n".join(shown)
    for value in PERSONAL:
        assert value not in text, value
    assert editor.stack.count() == 0 and not editor.has_unsaved()
    assert editor.overrides() == {} and editor.ref() is None
    assert editor.pages.currentWidget() is editor.message


def test_a_load_that_comes_back_after_clear_is_ignored(qtbot, editor, samples):
    editor.open_dossier(samples[1]["S-001"])
    editor.clear()
    qtbot.waitUntil(lambda: not editor.session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert editor.ref() is None
    assert editor.form.field("names.full").edit.text() == ""


def test_flush_saves_pending_edits_before_a_lock(qtbot, editor, session, samples):
    folder, ids = samples
    open_sample(qtbot, editor, samples)
    notes = editor.form.field("notes").edit
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " Flushed.")
    assert editor.has_unsaved()
    assert editor.flush()  # what the desk does just before it locks:
    editor.clear()
    vault = session.vault
    session.lock()  # queued after the save
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    with Vault.open(folder, PASSPHRASE) as reopened:
        doc = DossierRepository(reopened.conn).load(ids["S-001"])
    assert doc["notes"].endswith(" Flushed.")


def test_maybe_leave_asks_about_unsaved_changes(qtbot, editor, session, samples, monkeypatch):
    open_sample(qtbot, editor, samples)
    assert editor.maybe_leave()  # nothing to ask
    asked = []
    answer = "cancel"
    monkeypatch.setattr(editor_module, "ask_leave", lambda parent: asked.append(1) or answer)
    qtbot.keyClicks(editor.form.field("hometown").edit, "!")
    assert not editor.maybe_leave() and asked
    answer = "discard"
    assert editor.maybe_leave()
    answer = "save"
    with qtbot.waitSignal(editor.saved, timeout=JOB_TIMEOUT_MS):
        assert editor.maybe_leave()
    assert stored(qtbot, session, editor.dossier_id())["hometown"] == "Kananga!"
    with qtbot.waitSignal(editor.closed):
        assert editor.close_dossier()
    assert editor.ref() is None


def test_revert_shows_the_dossier_as_saved(qtbot, editor, samples):
    open_sample(qtbot, editor, samples)
    qtbot.keyClicks(editor.form.field("hometown").edit, "zzz")
    editor.revert()
    qtbot.waitUntil(lambda: editor.ref() == "S-001", timeout=JOB_TIMEOUT_MS)
    assert editor.form.field("hometown").edit.text() == "Kananga"
    assert not editor.has_unsaved()


def test_sections_list_scrolls_the_form(qtbot, editor, samples):
    open_sample(qtbot, editor, samples)
    titles = [editor.section_list.item(i).text() for i in range(editor.section_list.count())]
    for title in ("Identity", "Contact", "Residence", "Languages", "Education", "Experience",
                  "Skills and wishes", "Summary and aspirations", "Story", "Family", "Health",
                  "Notes", "Interviews", "Documents", "Consents", "Disclosures"):
        assert title in titles
    row = titles.index("Story")
    editor.section_list.setFocus()
    editor.section_list.setCurrentRow(row)
    section = editor.form.sections[row]
    assert editor.scroll.verticalScrollBar().value() == section.y()
    assert editor.section_label.buddy() is editor.section_list


def test_identifying_and_restricted_values_are_guarded(qtbot, editor, samples):
    privacy = editor.privacy
    guarded = privacy.guarded()
    form = editor.form
    for path in ("names.full", "hometown", "story", "health", "notes", "residence.card_number"):
        assert form.field(path).guard_widget() in guarded, path
    assert editor.ref_label in guarded
    assert form.field("skills").guard_widget() not in guarded
    privacy.set_on(True)
    assert privacy.is_masked(form.field("story").edit)
    privacy.set_on(False)


def test_every_input_has_a_name(qtbot, editor):
    for field in editor.form.fields:
        assert field.focus_widget().accessibleName(), field.path
    assert editor.save_action.shortcut().toString() == "Ctrl+S"


def test_every_string_has_a_japanese_line(tmp_path):
    """What lupdate collects from the editor's files has a line in the pending translations."""
    ts = tmp_path / "editor.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(ROOT / "ui" / "editor" / name)
             for name in ("dossier_editor.py", "sections.py", "field_class.py")]
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], check=True, capture_output=True)
    sources = {(context.findtext("name"), message.findtext("source").replace("\n", "\\n"))
               for context in ElementTree.parse(ts).getroot().iter("context")
               for message in context.iter("message")}
    assert len(sources) > 150
    path = ROOT / "resources" / "translations" / "pending" / "editor.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    assert all(len(row) == 3 and row[2].strip() for row in rows)
    for context, source, japanese in rows:
        assert re.findall(r"%[0-9n]", source) == re.findall(r"%[0-9n]", japanese), source
    missing = sorted(sources - {(row[0], row[1]) for row in rows})
    assert not missing, missing

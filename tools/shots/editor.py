"""Screenshots of the dossier editor: a sample dossier with an unsaved edit and a never-share
mark, a field moved to a stricter class, a validation problem, a new dossier, and the privacy
screen. Nothing is saved: the sample vault stays as it is for the other pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    from app.store.dossiers import DossierRepository
    from tools.screenshots import run_job, wait_until
    from ui.editor.dossier_editor import DossierEditor
    from ui.privacy import PrivacyScreen

    privacy = PrivacyScreen()
    editor = DossierEditor(session, privacy)
    editor.resize(1100, 780)
    editor.show()
    try:
        dossier_id = run_job(session, lambda vault: DossierRepository(vault.conn).id_for_ref("S-001"))
        editor.open_dossier(dossier_id)
        wait_until(lambda: editor.ref() == "S-001" and not session.worker.is_busy())

        # 1. The identity section with an unsaved edit: the header says so.
        given = editor.form.field("names.given").edit
        given.setFocus()
        given.end(False)
        given.insert(" Pierre")
        given.textEdited.emit(given.text())
        save(editor, "editor-dossier", lang)

        # 2. The summary with a word marked "never share", and skills moved to restricted.
        summary = editor.form.field("summary").edit
        text = summary.toPlainText()
        words = "Central African markets"
        if words in text:
            cursor = summary.textCursor()
            cursor.setPosition(text.index(words))
            cursor.setPosition(text.index(words) + len(words), QTextCursor.MoveMode.KeepAnchor)
            summary.setTextCursor(cursor)
            summary.mark_selection()
        editor.form.field("skills").badge.restrict_action.trigger()
        editor.section_list.setCurrentRow(
            [s.key for s in editor.form.sections].index("wishes"))
        save(editor, "editor-never-share", lang)

        # 3. A date that is no date: the problem under the field, in words; nothing saved.
        birth = editor.form.field("birth_date").edit
        birth.setText("1992-13-40")
        birth.textEdited.emit(birth.text())
        editor.save()
        save(editor, "editor-validation", lang)

        # 4. The privacy screen over the same dossier.
        editor.revert()
        wait_until(lambda: editor.ref() == "S-001" and not session.worker.is_busy())
        privacy.set_on(True)
        editor.section_list.setFocus()
        save(editor, "editor-privacy", lang)
        privacy.set_on(False)

        # 5. A new dossier: a fresh ref, the name required, the panels wait for the first save.
        editor.new_dossier()
        wait_until(lambda: editor.ref() is not None and not session.worker.is_busy())
        editor.save()
        save(editor, "editor-new", lang)
    finally:
        editor.clear()
        editor.hide()
        editor.deleteLater()

"""Screenshots of interviews and consents, taken from the sample vault.

* ``interviews-panel``: the timeline of a dossier with two interviews (newest first);
* ``interview-mode``: the focused interview mode on the newest one, just autosaved;
* ``interviews-empty``: the timeline of a dossier without interviews;
* ``consents-panel``: a dossier's consents in each state (withdrawn, active, expired);
* ``consent-dialog``: "Record consent…" limited to one company, with an expiry date;
* ``consent-withdraw``: the confirmation before a consent is withdrawn.

What is added for the pictures (an interview, two consents) is removed again afterwards and the
dossiers' "last changed" times are put back, so the other pictures of the same vault do not
change.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from tools.screenshots import run_job, wait_until

INTERVIEW_REF = "S-001"   # has one interview
EMPTY_REF = "S-002"       # has none
CONSENTS_REF = "S-003"    # one consent, withdrawn
COMPANY = "Hakata Logistics Co."
NOTES = (
    "Visit at the shelter with the interpreter. Drove a forklift for six years in the "
    "warehouse of a cement company; wants to get the Japanese licence.\n"
    "JLPT N4 passed in July, N3 planned for December. Evening classes twice a week.\n"
    "Prefers Fukuoka or Kitakyushu (family support nearby). Available from next month.\n"
)


def _dossier(ref: str):
    """A job: the dossier as the editor loads it, and its "last changed" stamp."""

    def job(vault) -> tuple[int, dict, str]:
        from app.store.dossiers import DossierRepository

        repository = DossierRepository(vault.conn)
        dossier_id = repository.id_for_ref(ref)
        stamp = vault.conn.execute(
            "SELECT updated_at FROM dossiers WHERE id = ?", (dossier_id,)
        ).fetchone()[0]
        return dossier_id, repository.load(dossier_id, contents=False), stamp

    return job


def _frame(title: str, panel, width: int = 880, height: int = 340):
    """The panel as the editor shows it: under a heading, with a margin."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.form_page import heading

    frame = QWidget()
    frame.setWindowTitle("Kakehashi")
    layout = QVBoxLayout(frame)
    layout.addWidget(heading(title))
    layout.addWidget(panel, 1)
    frame.resize(width, height)
    return frame


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    from PySide6.QtCore import QCoreApplication, QDate
    from PySide6.QtGui import QTextCursor

    from app.store.db import transaction
    from app.store.dossiers import DossierRepository
    from app.store.interviews import InterviewRepository
    from ui.editor.consents_panel import ConsentsPanel
    from ui.editor.interviews_panel import InterviewsPanel
    from ui.privacy import PrivacyScreen

    privacy = PrivacyScreen()
    today = date.today()
    touched: dict[int, str] = {}
    added_interviews: list[int] = []
    added_consents: list[int] = []
    frames = []
    try:
        # 1. The timeline, with a second interview of a few weeks ago.
        dossier_id, doc, stamp = run_job(session, _dossier(INTERVIEW_REF))
        touched[dossier_id] = stamp

        def add_interview(vault) -> int:
            with transaction(vault.conn):
                return InterviewRepository(vault.conn).add(
                    dossier_id, date=(today - timedelta(days=20)).isoformat(),
                    mode="field_visit", interviewer="Caseworker B", notes=NOTES,
                )

        added_interviews.append(run_job(session, add_interview))
        panel = InterviewsPanel(session, privacy)
        frame = _frame(QCoreApplication.translate("DossierEditor", "Interviews"), panel)
        frames.append(frame)
        loaded = []
        panel.loaded.connect(lambda: loaded.append(True))
        panel.set_dossier(dossier_id, doc)
        wait_until(lambda: bool(loaded))
        panel.select(added_interviews[0])
        save(frame, "interviews-panel", lang)

        # 2. The interview mode on it, a few words typed and autosaved.
        mode = panel.open_selected()
        mode.notes.moveCursor(QTextCursor.MoveOperation.End)
        mode.notes.insertPlainText("Next step: visit the driving school together.")
        saved = []
        mode.saved.connect(lambda _: saved.append(True))
        mode.save_now()
        wait_until(lambda: bool(saved))
        save(mode, "interview-mode", lang)
        mode.reject()
        wait_until(lambda: not mode.isVisible())

        # 3. A dossier without interviews.
        empty_id, empty_doc, _ = run_job(session, _dossier(EMPTY_REF))
        loaded.clear()
        panel.set_dossier(empty_id, empty_doc)
        wait_until(lambda: bool(loaded))
        save(frame, "interviews-empty", lang)
        panel.clear()

        # 4. Consents in each state: the withdrawn one, an active one for one company and an
        #    expired one (added here, removed afterwards).
        consents_id, consents_doc, consents_stamp = run_job(session, _dossier(CONSENTS_REF))
        touched[consents_id] = consents_stamp

        def add_consents(vault) -> list[int]:
            from app.store.consents import ConsentRepository

            repository = ConsentRepository(vault.conn)
            with transaction(vault.conn):
                return [
                    repository.add(consents_id, purpose="photo", method="written",
                                   given_on=(today - timedelta(days=400)).isoformat(),
                                   expires_on=(today - timedelta(days=35)).isoformat()),
                    repository.add(consents_id, purpose="share_anonymized_profile",
                                   scope=COMPANY, method="verbal",
                                   given_on=(today - timedelta(days=12)).isoformat()),
                ]

        added_consents.extend(run_job(session, add_consents))
        consents = ConsentsPanel(session, privacy)
        consents_frame = _frame(QCoreApplication.translate("DossierEditor", "Consents"),
                                consents, 980, 300)
        frames.append(consents_frame)
        consents_loaded = []
        consents.loaded.connect(lambda: consents_loaded.append(True))
        consents.set_dossier(consents_id, consents_doc)
        wait_until(lambda: bool(consents_loaded))
        save(consents_frame, "consents-panel", lang)

        # 5. The confirmation before withdrawing (cancelled).
        consents.select(added_consents[1])
        box = consents.withdraw_selected()
        wait_until(box.isVisible)
        save(box, "consent-withdraw", lang)
        box.reject()

        # 6. Recording a consent for one company, with an expiry date (cancelled).
        consents.record_consent()
        wait_until(lambda: consents.dialog is not None and consents.dialog.isVisible())
        dialog = consents.dialog
        dialog.one_company.setChecked(True)
        dialog.company.setCurrentIndex(max(0, dialog.company.findText(COMPANY)))
        dialog.expires_check.setChecked(True)
        dialog.expires.setDate(QDate.currentDate().addYears(1))
        save(dialog, "consent-dialog", lang)
        dialog.reject()
        consents.clear()
    finally:
        def put_back(vault) -> None:
            repository = DossierRepository(vault.conn)
            with transaction(vault.conn):
                for interview_id in added_interviews:
                    vault.conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))
                for consent_id in added_consents:
                    vault.conn.execute("DELETE FROM consents WHERE id = ?", (consent_id,))
                for touched_id, stamp in touched.items():
                    for table in ("interviews", "consents"):  # positions dense again
                        ids = [r[0] for r in vault.conn.execute(
                            f"SELECT id FROM {table} WHERE dossier_id = ? ORDER BY position, id",
                            (touched_id,))]
                        vault.conn.executemany(
                            f"UPDATE {table} SET position = ? WHERE id = ?",
                            list(enumerate(ids)))
                    repository.reindex(touched_id)
                    vault.conn.execute("UPDATE dossiers SET updated_at = ? WHERE id = ?",
                                       (stamp, touched_id))

        run_job(session, put_back)
        for frame in frames:
            frame.hide()
            frame.deleteLater()
        wait_until(lambda: True)

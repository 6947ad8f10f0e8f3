"""Screenshots of the export dialog: the preview with its highlighted hits, a refused
candidate, releasing a hit, and the summary after an export (called by tools/screenshots.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tools.screenshots import run_job, wait_until

COMPANY = "Hakata Logistics Co."


def _sample_ids(session) -> list[int]:
    return run_job(session, lambda vault: [row[0] for row in vault.conn.execute(
        "SELECT id FROM dossiers WHERE ref LIKE 'S-%' ORDER BY ref")])


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    """``export-preview``, ``export-refused``, ``export-release``, ``export-summary``.

    On the sample vault alone k cannot be reached (three people), so the profiles are blocked
    there: the pictures then show what the dialog says about it, and there is no summary."""
    from ui.export_dialog import ExportDialog
    from ui.export_review import ReleaseDialog
    from ui.privacy import PrivacyScreen

    ids = _sample_ids(session)
    dialog = ExportDialog(session, ids, privacy=PrivacyScreen())
    out = Path(tempfile.mkdtemp(prefix="export-shots-"))
    try:
        dialog.folder.set_path(out)
        dialog.show()
        wait_until(lambda: dialog.preview_data is not None and not dialog.is_busy())
        if dialog.company_name() != COMPANY and dialog.company.findText(COMPANY) >= 0:
            dialog.company.setCurrentText(COMPANY)
            wait_until(lambda: dialog.preview_data is not None and not dialog.is_busy()
                  and dialog.preview_data.company == COMPANY)
        ready = dialog.preview_data.ready()
        if ready:
            dialog.select_dossier(ready[0].dossier_id)
            wait_until(lambda: bool(dialog.preview.marker_spans) or not ready[0].hits)
            if ready[0].hits:
                dialog.preview.select_hit(0)
        save(dialog, "export-preview", lang)
        refused = [c for c in dialog.preview_data.candidates if c.state != "ready"]
        if refused:
            dialog.select_dossier(refused[-1].dossier_id)
            save(dialog, "export-refused", lang)
        hit = next((h for c in ready for h in c.hits), None)
        if hit is not None:
            question = ReleaseDialog(hit, dialog.privacy, dialog)
            question.reason.setText(question.tr("e.g. a programming language, not a name"))
            save(question, "export-release", lang)
            question.clear()
            question.deleteLater()
        if ready:  # the summary of a real export (files in a temporary folder, deleted after)
            dialog.start_export()
            wait_until(lambda: dialog.summary is not None)
            save(dialog.summary, "export-summary", lang)
    finally:
        dialog.done(0)
        dialog.deleteLater()
        for path in out.iterdir():
            path.unlink()
        out.rmdir()

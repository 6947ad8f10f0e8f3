"""Screenshots of the companies view, the disclosure history and the organization dialog.

The history needs profiles that were really sent, and sending them writes to the vault (codes,
log entries). So that the other screenshots keep the sample vault as it was, this works on a
copy: the session is locked, the copy gets more (synthetic, consenting) people and a few real
exports, and at the end the session is unlocked on the original sample vault again.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from tools.screenshots import wait_until

PASSPHRASE = "correct horse battery staple"


def _job(session, fn):
    outcome: list = []
    session.run(fn, outcome.append, outcome.append)
    wait_until(lambda: bool(outcome))
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _unlock(session, folder: Path) -> None:
    outcome: list = []
    session.unlock(folder, PASSPHRASE, outcome.append, outcome.append)
    wait_until(lambda: bool(outcome))
    if isinstance(outcome[0], BaseException):
        raise outcome[0]


def _lock(session) -> None:
    done: list = []
    session.lock(lambda _: done.append(True))
    wait_until(lambda: bool(done))


def _send_profiles(vault, out: Path) -> dict[str, int]:
    """Runs on the worker: more people (so k is reached at a useful level), an organization,
    and profiles sent to two companies; the ids of S-001 and of Hakata Logistics."""
    from app.disclosure import policy
    from app.disclosure.export import export_profiles, plan
    from app.interchange.importer import import_document
    from app.store.companies import CompanyRepository
    from app.store.db import transaction
    from app.store.dossiers import DossierRepository
    from app.synthetic import generate_document

    doc = generate_document(60, seed=5)
    for d in doc["dossiers"]:
        d["consents"] = [{"purpose": "share_anonymized_profile", "given_on": "2026-01-01"}]
    doc.pop("companies", None)
    import_document(vault.conn, doc)
    with transaction(vault.conn):
        for attr, key in policy.ORG_KEYS.items():
            policy.MetaRepository(vault.conn).set(key, {
                "name": "Bridge Support Japan", "email": "jobs@bridge.example",
                "phone": "03-0000-0000"}[attr])
    hakata, aichi = "Hakata Logistics Co.", "Aichi Precision Parts"
    # fixed codes: a random one can, rarely, hold a person's initials and be refused
    with transaction(vault.conn):
        for ref, company, code in (("S-001", hakata, "KH-7Q4M-9X2R"),
                                   ("S-002", hakata, "KH-3F8T-6WQD"),
                                   ("SYN-000003", hakata, "KH-M2R7-4PXC"),
                                   ("S-001", aichi, "KH-9VKC-2T6E")):
            vault.conn.execute(
                "INSERT INTO candidate_codes (dossier_id, company_id, code) VALUES ("
                "(SELECT id FROM dossiers WHERE ref = ?), "
                "(SELECT id FROM companies WHERE name = ?), ?)", (ref, company, code))
    hit = plan(vault, ["S-001"], hakata).items[0][0].hits
    releases = [policy.Release("S-001", "*", hit[0].text,
                               "The town is the employer's own branch")] if hit else []
    outcomes = export_profiles(vault, ["S-001", "S-002", "SYN-000003"], hakata, out,
                               releases=releases)
    outcomes += export_profiles(vault, ["S-001"], aichi, out, lang="ja")
    refused = [o.reason for o in outcomes if not o.exported]
    if refused:
        raise RuntimeError(f"a sample export was refused: {refused}")
    return {"dossier": DossierRepository(vault.conn).id_for_ref("S-001"),
            "company": CompanyRepository(vault.conn).id_for_name(hakata)}


def shoot(lang: str, session, settings, samples: Path, save) -> None:
    from ui.companies_view import CompaniesView
    from ui.disclosure_history import DisclosureHistory
    from ui.organization_dialog import OrganizationDialog
    from ui.privacy import PrivacyScreen

    with tempfile.TemporaryDirectory(prefix="kakehashi-shots-") as tmp:
        copy = Path(tmp) / "Kakehashi samples"
        out = Path(tmp) / "profiles"
        out.mkdir()
        _lock(session)
        shutil.copytree(samples, copy, ignore=shutil.ignore_patterns("vault.lock"))
        _unlock(session, copy)
        try:
            ids = _job(session, lambda vault: _send_profiles(vault, out))

            # 1. The list, Hakata Logistics in the editor, what was sent to it underneath.
            privacy = PrivacyScreen()
            view = CompaniesView(session, privacy)
            view.resize(1280, 760)
            loaded: list = []
            view.company_loaded.connect(lambda: loaded.append(True))
            view.load()
            wait_until(lambda: bool(loaded) and not session.worker.is_busy())
            loaded.clear()
            view.select_company(ids["company"])
            wait_until(lambda: bool(loaded) and not session.worker.is_busy())
            view.history.table.selectRow(0)
            save(view, "companies", lang)

            # 2. A new company whose name is taken (in another case): refused, nothing written.
            view.new_company()
            view.name.setText("aichi  precision parts")
            view.sector.setText("automotive")
            finished: list = []
            view.job_finished.connect(lambda: finished.append(True))
            view.save()
            wait_until(lambda: bool(finished) and not session.worker.is_busy())
            save(view, "companies-duplicate", lang)
            view.clear()
            view.deleteLater()

            # 3. One person's history, then the same after the log was tampered with.
            history = DisclosureHistory(session)
            history.resize(1100, 300)
            shown: list = []
            history.loaded.connect(lambda: shown.append(True))
            history.show_dossier(ids["dossier"])
            wait_until(lambda: bool(shown))
            save(history, "disclosure-history", lang)

            def tamper(vault):
                vault.conn.execute("DROP TRIGGER disclosures_are_not_updated")
                vault.conn.execute("UPDATE disclosures SET record = "
                                   "replace(record, '\"k\":', '\"k\":1') WHERE seq = 1")

            _job(session, tamper)
            shown.clear()
            history.show_dossier(ids["dossier"])
            wait_until(lambda: bool(shown))
            save(history, "disclosure-history-altered", lang)
            history.clear()
            history.deleteLater()

            # 4. The organization's contact.
            dialog = OrganizationDialog(session)
            wait_until(lambda: not dialog.is_busy())
            save(dialog, "organization", lang)
            dialog.reject()
            dialog.deleteLater()
        finally:
            _lock(session)
            _unlock(session, samples)

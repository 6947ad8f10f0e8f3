"""The consents panel on a real vault through a real session: states in words and colour,
recording a consent, withdrawing one (kept, marked) and the consent gate refusing after it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from app.disclosure.consent import check
from app.disclosure.export import REFUSED, plan
from app.store.consents import ConsentRepository, ConsentState
from app.store.dossiers import DossierRepository
from tests.ui.helpers import JOB_TIMEOUT_MS, click
from tests.ui.test_interviews import load_dossier, on_worker, sample_folder, unlock  # noqa: F401
from ui.editor.consents_panel import STATE_COLOURS, ConsentsPanel
from ui.privacy import PrivacyScreen

TODAY = date(2026, 7, 1)
COMPANY = "Hakata Logistics Co."


@pytest.fixture
def panel(qtbot, session, sample_folder, passphrase):  # noqa: F811 - the imported fixture
    unlock(qtbot, session, sample_folder, passphrase)
    privacy = PrivacyScreen()
    created = ConsentsPanel(session, privacy)
    created.privacy_screen = privacy
    created.today = TODAY
    qtbot.addWidget(created)
    created.resize(900, 300)
    created.show()
    return created


def show_dossier(qtbot, panel, ref: str) -> int:
    dossier_id, doc = load_dossier(qtbot, panel.session, ref)
    with qtbot.waitSignal(panel.loaded, timeout=JOB_TIMEOUT_MS):
        panel.set_dossier(dossier_id, doc)
    return dossier_id


def states(panel) -> list[str]:
    return [panel.state_text(row) for row in range(panel.table.rowCount())]


def test_states_are_words_and_colours(qtbot, panel):
    show_dossier(qtbot, panel, "S-003")
    assert states(panel) == ["Withdrawn on 2026-06-01"]
    item = panel.table.item(0, panel.STATE)
    assert item.foreground().color().name() == STATE_COLOURS[ConsentState.WITHDRAWN]
    assert item.font().bold()
    assert panel.table.item(0, panel.PURPOSE).text() == "Share an anonymized profile"
    assert panel.table.item(0, panel.METHOD).text() == "Digital"
    assert panel.table.item(0, panel.SCOPE).text() == "Any company"
    assert panel.table in panel.privacy_screen.guarded()

    show_dossier(qtbot, panel, "S-001")
    assert states(panel) == ["Active", "Active"]
    assert panel.table.item(0, panel.STATE).foreground().color().name() == STATE_COLOURS[
        ConsentState.ACTIVE
    ]
    assert [panel.table.item(r, panel.PURPOSE).text() for r in range(2)] == [
        "Keep this dossier", "Share an anonymized profile"
    ]
    panel.today = date(2025, 1, 1)
    panel.refresh()
    qtbot.waitUntil(lambda: states(panel) == ["Applies from 2026-03-02"] * 2,
                    timeout=JOB_TIMEOUT_MS)


def test_withdraw_a_consent(qtbot, panel, session):
    dossier_id = show_dossier(qtbot, panel, "S-002")
    assert states(panel) == ["Active"]
    assert panel.table.item(0, panel.SCOPE).text() == COMPANY
    assert not panel.withdraw_button.isEnabled()  # nothing selected yet
    before = on_worker(qtbot, session, lambda vault: plan(vault, ["S-002"], COMPANY, today=TODAY))
    assert before.items[0][0].state != REFUSED

    panel.table.selectRow(0)
    assert panel.withdraw_button.isEnabled()
    click(qtbot, panel.withdraw_button)
    box = panel.confirm_box
    assert box is not None and "2026-07-01" in box.informativeText()
    with qtbot.waitSignal(panel.changed, timeout=JOB_TIMEOUT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: states(panel) == ["Withdrawn on 2026-07-01"], timeout=JOB_TIMEOUT_MS)
    assert panel.table.item(0, panel.WITHDRAWN).text() == "2026-07-01"
    assert not panel.withdraw_button.isEnabled()  # already withdrawn: nothing more to do

    # kept, not deleted; and the consent gate now refuses the export
    consents = on_worker(qtbot, session, lambda vault: ConsentRepository(vault.conn).list(
        dossier_id))
    assert [(c.scope, c.withdrawn_on) for c in consents] == [(COMPANY, "2026-07-01")]
    doc = on_worker(qtbot, session, lambda vault: DossierRepository(vault.conn).load(dossier_id))
    assert not check(doc, COMPANY, TODAY).allowed
    after = on_worker(qtbot, session, lambda vault: plan(vault, ["S-002"], COMPANY, today=TODAY))
    assert after.items[0][0].state == REFUSED
    assert "withdrawn" in after.items[0][0].reason


def test_cancelled_withdrawal_changes_nothing(qtbot, panel, session):
    dossier_id = show_dossier(qtbot, panel, "S-002")
    panel.table.selectRow(0)
    box = panel.withdraw_selected()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    consents = on_worker(qtbot, session, lambda vault: ConsentRepository(vault.conn).list(
        dossier_id))
    assert consents[0].withdrawn_on is None


def test_record_a_consent_for_one_company(qtbot, panel, session):
    dossier_id = show_dossier(qtbot, panel, "S-003")
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(),
                    timeout=JOB_TIMEOUT_MS)
    dialog = panel.dialog
    assert dialog.given.date() == QDate(2026, 7, 1)
    assert dialog.purpose.currentData() == "share_anonymized_profile"
    companies = [dialog.company.itemText(i) for i in range(dialog.company.count())]
    assert COMPANY in companies and companies == sorted(companies)
    assert not dialog.company.isEnabled()
    dialog.one_company.setChecked(True)
    dialog.company.setCurrentIndex(companies.index(COMPANY))
    assert dialog.company.isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData("verbal"))

    # an expiry before the given date is refused in the dialog, nothing stored
    dialog.expires_check.setChecked(True)
    dialog.expires.setDate(QDate(2026, 6, 30))
    click(qtbot, dialog.save_button)
    assert dialog.error.isVisible() and "before" in dialog.error.text()
    assert dialog.isVisible()

    dialog.expires.setDate(QDate(2027, 6, 30))
    with qtbot.waitSignal(panel.changed, timeout=JOB_TIMEOUT_MS):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=JOB_TIMEOUT_MS)
    assert panel.dialog is None  # closed (and deleted)
    assert states(panel) == ["Withdrawn on 2026-06-01", "Active"]
    consents = on_worker(qtbot, session, lambda vault: ConsentRepository(vault.conn).list(
        dossier_id))
    assert consents[1].as_dict() == {
        "purpose": "share_anonymized_profile", "scope": COMPANY, "given_on": "2026-07-01",
        "expires_on": "2027-06-30", "method": "verbal",
    }
    doc = on_worker(qtbot, session, lambda vault: DossierRepository(vault.conn).load(dossier_id))
    assert check(doc, COMPANY, TODAY).allowed
    assert not check(doc, "Another Co.", TODAY).allowed


def test_clear_closes_the_dialog_and_forgets(qtbot, panel):
    show_dossier(qtbot, panel, "S-001")
    panel.record_consent()
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=JOB_TIMEOUT_MS)
    dialog = panel.dialog
    assert dialog.isVisible()
    panel.clear()
    assert panel.dialog is None and not dialog.isVisible()
    assert panel.table.rowCount() == 0 and panel.consents == []
    assert panel.stack.currentWidget() is panel.empty
    assert not panel.record_button.isEnabled()


@pytest.fixture
def bare_panel(qtbot, session, make_vault, passphrase, sample_doc):
    """A panel on a vault with one dossier and no company. Made in a fixture: the panel must
    outlive the test body (qtbot deletes it later, through the event loop)."""
    from app.store.db import transaction

    vault, _ = make_vault("bare")
    with transaction(vault.conn):
        DossierRepository(vault.conn).insert(sample_doc["dossiers"][0])
    folder = vault.folder
    vault.close()
    unlock(qtbot, session, folder, passphrase)
    privacy = PrivacyScreen()
    created = ConsentsPanel(session, privacy)
    created.privacy_screen = privacy
    qtbot.addWidget(created)
    return created


def test_a_vault_without_companies_offers_any_company_only(qtbot, bare_panel):
    panel = bare_panel
    show_dossier(qtbot, panel, "S-001")
    panel.record_consent()
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=JOB_TIMEOUT_MS)
    assert not panel.dialog.one_company.isEnabled()
    assert panel.dialog.values()["scope"] == "any"
    panel.clear()

"""The unlock dialog on real vaults on disk: create, unlock, wrong passphrase, recovery key."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.vault.vault import Vault, is_vault
from tests.ui.helpers import JOB_TIMEOUT_MS, click, create_through, type_into, unlock_through
from ui.unlock_dialog import UnlockDialog


@pytest.fixture
def dialog(qtbot, session, settings):
    created = UnlockDialog(session, settings)
    qtbot.addWidget(created)
    created.show()
    qtbot.waitExposed(created)
    return created


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=JOB_TIMEOUT_MS)


# -- create --------------------------------------------------------------------------------


def test_first_start_shows_the_create_page(dialog):
    assert dialog.current_page() is dialog.create_page
    assert dialog.windowTitle() == "Kakehashi"


def test_create_a_vault_shows_the_recovery_key_once_and_gates_continue(
    qtbot, dialog, session, tmp_path, passphrase
):
    folder = tmp_path / "new vault"
    create_through(qtbot, dialog, folder, passphrase)

    # The KDF runs on the worker: the GUI is back at once, busy, with its inputs disabled.
    page = dialog.create_page
    assert dialog.is_busy()
    assert page.busy.isVisible()
    assert not page.passphrase.isEnabled() and not page.create_button.isEnabled()

    qtbot.waitUntil(lambda: dialog.current_page() is dialog.recovery_page, timeout=JOB_TIMEOUT_MS)
    recovery = dialog.recovery_page
    key = recovery.key_label.text()
    assert len(key) == 39 and key.count("-") == 7
    assert recovery.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert is_vault(folder)
    assert session.vault is not None and session.vault.conn is not None
    assert page.passphrase.text() == "" and page.confirmation.text() == ""

    # Esc does not throw the only view of the key away.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.current_page() is recovery

    assert not recovery.continue_button.isEnabled()
    click(qtbot, recovery.copy_button)
    assert QApplication.clipboard().text() == key
    recovery.stored_check.click()
    assert recovery.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=JOB_TIMEOUT_MS):
        click(qtbot, recovery.continue_button)
    assert recovery.key_label.text() == ""

    # The key shown really opens the vault (after this session lets go of it).
    opened_by_session = session.vault
    locked = []
    session.lock(locked.append)  # delivered once the close job has ended, lock file released
    qtbot.waitUntil(lambda: bool(locked), timeout=JOB_TIMEOUT_MS)
    assert opened_by_session.conn is None
    with Vault.open(folder, key) as vault:
        assert vault.slot.kind == "recovery"


def test_mismatched_confirmation_is_refused_before_any_work(qtbot, dialog, tmp_path, passphrase):
    create_through(qtbot, dialog, tmp_path / "v", passphrase, confirmation=passphrase + "x")
    page = dialog.create_page
    assert not dialog.is_busy()
    assert "differ" in page.error_label.text()
    assert page.error_label.isVisible()
    assert not (tmp_path / "v").exists()


def test_short_passphrase_is_refused_by_the_core_rule(qtbot, dialog, tmp_path):
    create_through(qtbot, dialog, tmp_path / "v", "short")
    assert "at least 8 characters" in dialog.create_page.error_label.text()
    assert not (tmp_path / "v").exists()


def test_create_in_a_non_empty_folder_shows_the_core_error(qtbot, dialog, tmp_path, passphrase):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    create_through(qtbot, dialog, folder, passphrase)
    wait_idle(qtbot, dialog)
    page = dialog.create_page
    assert "already exists and is not an empty folder" in page.error_label.text()
    assert dialog.current_page() is page
    assert page.create_button.isEnabled()


def test_strength_meter_follows_the_passphrase(qtbot, dialog):
    page = dialog.create_page
    type_into(qtbot, page.passphrase, "password1")
    weak = page.meter.bar.value()
    assert page.meter.label.text()
    type_into(qtbot, page.passphrase, "correct horse battery staple")
    assert page.meter.bar.value() > weak
    assert page.meter.label.text() == "Strong"


# -- unlock --------------------------------------------------------------------------------


def test_unlock_with_the_passphrase(qtbot, dialog, session, settings, closed_vault, passphrase):
    folder, _ = closed_vault
    with qtbot.waitSignal(dialog.accepted, timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, folder, passphrase)
    assert session.vault is not None and session.vault.slot.kind == "passphrase"
    assert settings.last_vault() == folder
    assert dialog.unlock_page.secret.text() == ""


def test_wrong_passphrase_says_so_clears_the_field_and_keeps_working(
    qtbot, dialog, session, closed_vault, passphrase
):
    folder, _ = closed_vault
    unlock_through(qtbot, dialog, folder, "not the passphrase")
    wait_idle(qtbot, dialog)
    page = dialog.unlock_page
    assert page.error_label.isVisible()
    assert "Wrong passphrase or recovery key" in page.error_label.text()
    assert page.secret.text() == ""
    assert page.folder.path() == folder
    assert page.secret.hasFocus()
    assert session.vault is None
    assert dialog.isVisible()

    # No lockout: the right passphrase works straight after.
    type_into(qtbot, page.secret, passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(page.secret, Qt.Key.Key_Return)  # Enter submits
    assert session.vault is not None


def test_unlock_with_the_recovery_key(qtbot, dialog, session, closed_vault):
    folder, recovery_key = closed_vault
    with qtbot.waitSignal(dialog.accepted, timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, folder, recovery_key.lower())
    assert session.vault.slot.kind == "recovery"


def test_a_folder_without_a_vault_is_named(qtbot, dialog, tmp_path, passphrase):
    unlock_through(qtbot, dialog, tmp_path, passphrase)
    wait_idle(qtbot, dialog)
    text = dialog.unlock_page.error_label.text()
    assert "is not a Kakehashi vault" in text
    assert dialog.unlock_page.folder.edit.hasFocus()


def test_empty_fields_are_asked_for_without_a_job(qtbot, dialog):
    click(qtbot, dialog.create_page.unlock_button)
    page = dialog.unlock_page
    page.folder.edit.clear()
    click(qtbot, page.unlock_button)
    assert not dialog.is_busy()
    assert "folder" in page.error_label.text()


def test_last_vault_is_prefilled_and_focus_is_on_the_passphrase(
    qtbot, session, settings, closed_vault
):
    folder, _ = closed_vault
    settings.remember_vault(folder)
    dialog = UnlockDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.current_page() is dialog.unlock_page
    assert dialog.unlock_page.folder.path() == folder
    qtbot.waitUntil(dialog.unlock_page.secret.hasFocus)


def test_escape_cancels_but_not_while_busy(qtbot, dialog, closed_vault, passphrase):
    folder, _ = closed_vault
    unlock_through(qtbot, dialog, folder, passphrase)
    assert dialog.is_busy()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=JOB_TIMEOUT_MS)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted


def test_escape_rejects_the_dialog(qtbot, dialog):
    with qtbot.waitSignal(dialog.rejected, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_inputs_and_buttons_have_accessible_names(dialog):
    for page in (dialog.unlock_page, dialog.create_page):
        for widget in page.interactive_widgets():
            target = getattr(widget, "edit", widget)
            assert target.accessibleName(), widget
    assert dialog.recovery_page.key_label.accessibleName()
    assert dialog.create_page.meter.bar.accessibleName()


# -- settings ------------------------------------------------------------------------------


def test_settings_hold_only_the_last_vault_folder(qtbot, dialog, settings, tmp_path, passphrase):
    folder = tmp_path / "vault"
    create_through(qtbot, dialog, folder, passphrase)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.recovery_page, timeout=JOB_TIMEOUT_MS)
    dialog.recovery_page.stored_check.click()
    click(qtbot, dialog.recovery_page.continue_button)

    parser = configparser.ConfigParser()
    assert parser.read(settings.file_name(), encoding="utf-8")
    keys = {(section, key) for section in parser.sections() for key in parser[section]}
    assert keys == {("General", "last_vault")}
    assert parser["General"]["last_vault"] == str(folder)
    content = open(settings.file_name(), encoding="utf-8").read()
    assert passphrase not in content


def test_enter_submits_the_create_page(qtbot, dialog, tmp_path, passphrase):
    page = dialog.create_page
    type_into(qtbot, page.folder.edit, str(tmp_path / "v"))
    type_into(qtbot, page.passphrase, passphrase)
    type_into(qtbot, page.confirmation, passphrase + "?")
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)
    assert "differ" in page.error_label.text()


def test_tab_goes_from_the_passphrase_to_the_main_button(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    click(qtbot, dialog.create_page.unlock_button)
    page = dialog.unlock_page
    page.secret.setFocus()
    qtbot.waitUntil(page.secret.hasFocus)
    qtbot.keyClick(page.secret, Qt.Key.Key_Tab)
    assert page.unlock_button.hasFocus()
    page.folder.edit.setFocus()
    qtbot.keyClick(page.folder.edit, Qt.Key.Key_Tab)
    assert page.folder.browse_button.hasFocus()

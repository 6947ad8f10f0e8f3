"""The desk after unlocking: empty state, the dossier table, lock with Ctrl+L, quit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.interchange.importer import import_file
from tests.support import SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS, unlock_through


@pytest.fixture
def vault_with_samples(make_vault):
    vault, _ = make_vault()
    import_file(vault.conn, SAMPLE)
    folder = vault.folder
    vault.close()
    return folder


def unlock(qtbot, controller, folder, passphrase):
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.window.loaded, timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, folder, passphrase)
    return controller.window


def test_empty_vault_shows_how_to_import(qtbot, controller, closed_vault, passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    assert window.isVisible()
    assert window.windowTitle() == "Kakehashi"
    assert window.stack.currentWidget() is window.tabs
    assert window.editor_stack.currentWidget() is window.empty_state
    assert window.empty_state.command.text().startswith("kakehashi import ")
    assert window.empty_state.command.text().endswith(" FILE")
    assert window.count_label.text() == "0 dossiers"


def test_dossiers_are_listed_for_the_editor(qtbot, controller, vault_with_samples, passphrase):
    window = unlock(qtbot, controller, vault_with_samples, passphrase)
    model = window.model
    assert window.stack.currentWidget() is window.tabs
    assert window.editor_stack.currentWidget() is window.pick_hint
    assert model.rowCount() == 3
    qtbot.waitUntil(lambda: all(model.index(r, model.REF).data() for r in range(3)),
                    timeout=JOB_TIMEOUT_MS)
    refs = {model.index(row, model.REF).data() for row in range(3)}
    assert refs == {"S-001", "S-002", "S-003"}
    assert all(model.index(row, model.NAME).data() for row in range(3))
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert window.count_label.text() == "3 dossiers"
    assert window.windowTitle() == "Kakehashi"


def test_ctrl_l_locks_closes_the_vault_and_forgets_the_rows(
    qtbot, controller, session, vault_with_samples, passphrase
):
    window = unlock(qtbot, controller, vault_with_samples, passphrase)
    vault = session.vault
    assert vault.conn is not None and window.model.rowCount() == 3
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.model.rowCount() == 0
    assert not window.isVisible()
    assert controller.dialog is not None and controller.dialog.isVisible()
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    assert session.vault is None

    # Unlock again: the same window shows the vault again.
    window = unlock(qtbot, controller, vault_with_samples, passphrase)
    assert window.isVisible() and window.model.rowCount() == 3


def test_lock_action_is_in_the_file_menu_with_ctrl_l(qtbot, controller):
    action = controller.window.lock_action
    assert action.shortcut().toString() == "Ctrl+L"
    assert action in controller.window.menuBar().actions()[0].menu().actions()


def test_quit_closes_the_vault(qtbot, controller, session, closed_vault, passphrase):
    folder, _ = closed_vault
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        window.quit_action.trigger()
    assert vault.conn is None
    assert not window.isVisible()


def test_cancelling_the_first_dialog_finishes_the_desk(qtbot, controller):
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(controller.dialog, Qt.Key.Key_Escape)


def test_a_read_that_returns_after_lock_is_not_shown(
    qtbot, controller, session, vault_with_samples, passphrase
):
    window = unlock(qtbot, controller, vault_with_samples, passphrase)
    window.load()  # a read is queued on the worker ...
    window.clear()  # ... and the window forgets everything before it comes back
    qtbot.waitUntil(lambda: not session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert window.model.rowCount() == 0
    assert window.count_label.text() == ""

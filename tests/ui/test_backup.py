"""Backups from the desk, on real vaults and real backup files: back up now, the "last backup"
sign, the settings kept in the vault, automatic backups on lock and on quit, restore."""

from __future__ import annotations

import re
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.backup.operations import auto_backups, backup, verify_backup
from app.interchange.importer import import_file
from app.store.meta import (
    BACKUP_AUTO,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    LAST_BACKUP_AT,
    MetaRepository,
)
from app.vault.vault import Vault
from tests.support import SAMPLE
from tests.ui.helpers import JOB_TIMEOUT_MS, click, type_into, unlock_through
from ui import main_window as main_window_module
from ui.backup_jobs import BackupSettings, BackupState, local_time
from ui.backup_status import BackupStatus
from ui.restore_dialog import RestoreDialog


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


def prepare_vault(make_vault, *, samples: bool = True, meta: dict[str, str] | None = None):
    """A closed vault on disk (fast KDF) with the sample dossiers and these vault_meta values."""
    vault, _ = make_vault()
    if samples:
        import_file(vault.conn, SAMPLE)
    repository = MetaRepository(vault.conn)
    for key, value in (meta or {}).items():
        repository.set(key, value)
    folder = vault.folder
    vault.close()
    return folder


def unlock(qtbot, controller, folder, passphrase):
    """Unlock through the dialog; wait for the dossiers and the backup state."""
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    window = controller.window
    with qtbot.waitSignals([window.loaded, window.backup_state_changed], timeout=JOB_TIMEOUT_MS):
        unlock_through(qtbot, dialog, folder, passphrase)
    return window


def on_worker(qtbot, session, fn):
    """``fn(vault)`` on the session's worker thread (where the vault lives); its result."""
    outcome = []
    session.run(fn, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=JOB_TIMEOUT_MS)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def press_ctrl_l(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


# -- back up now -------------------------------------------------------------------------------


def test_back_up_now_writes_a_backup_that_verifies_and_updates_the_sign(
    qtbot, controller, session, make_vault, usb, passphrase, monkeypatch
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb)})
    window = unlock(qtbot, controller, folder, passphrase)
    assert window.backup_status.text() == "No backup yet — back up now"

    asked = []
    target = usb / "today.kkbackup"

    def answer(parent, title, default, filter_text):
        asked.append(default)
        return target

    monkeypatch.setattr(main_window_module, "ask_backup_file", answer)
    window.backup_action.trigger()
    # The save dialog offered a dated name in the backup folder.
    assert asked == [usb / f"kakehashi-backup-{date.today().isoformat()}.kkbackup"]
    # The backup runs on the worker; meanwhile a modal progress window says so.
    assert window.busy_dialog is not None and window.busy_dialog.isVisible()
    assert window.busy_dialog.isModal()
    with qtbot.waitSignal(window.backup_finished, timeout=JOB_TIMEOUT_MS):
        pass
    assert window.busy_dialog is None and window.message_box is None

    summary = verify_backup(target, passphrase)
    assert (summary.manifest.dossiers, summary.manifest.companies) == (3, 3)
    assert target.stat().st_mode & 0o077 == 0
    made = local_time(summary.manifest.created_at)
    assert window.backup_status.text() == f"Last backup: {made}"
    assert not window.backup_status.warning
    assert window.backup_status.isVisible()
    assert "today.kkbackup" in window.statusBar().currentMessage()
    # "last good backup" was recorded in the vault.
    recorded = on_worker(qtbot, session, lambda v: MetaRepository(v.conn).get(LAST_BACKUP_AT))
    assert recorded == summary.manifest.created_at


def test_back_up_now_offers_the_home_folder_without_a_backup_folder(
    qtbot, controller, make_vault, passphrase, monkeypatch, isolated_environment
):
    folder = prepare_vault(make_vault, samples=False)
    window = unlock(qtbot, controller, folder, passphrase)
    asked = []
    monkeypatch.setattr(
        main_window_module, "ask_backup_file", lambda *args: asked.append(args[2]) or None
    )
    window.backup_action.trigger()
    assert asked[0].parent == isolated_environment["home"]
    assert window.busy_dialog is None  # cancelled: nothing runs


def test_a_failed_backup_shows_the_message_and_keeps_the_sign(
    qtbot, controller, make_vault, tmp_path, passphrase
):
    folder = prepare_vault(make_vault)
    window = unlock(qtbot, controller, folder, passphrase)
    with qtbot.waitSignal(window.backup_finished, timeout=JOB_TIMEOUT_MS):
        window.start_backup(tmp_path / "no such folder" / "b.kkbackup")
    box = window.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "The backup failed"
    assert box.informativeText().startswith("No such folder: ")
    assert window.backup_status.text() == "No backup yet — back up now"
    box.accept()


# -- the "last backup" sign ---------------------------------------------------------------------


def test_no_backup_yet_is_a_warning(qtbot, controller, make_vault, passphrase):
    window = unlock(qtbot, controller, prepare_vault(make_vault), passphrase)
    status = window.backup_status
    assert status.isVisible() and status.warning and status.icon.isVisible()
    assert status.text() == "No backup yet — back up now"
    assert "No good backup" in status.toolTip()
    assert status in window.statusBar().findChildren(BackupStatus)


def test_a_backup_older_than_a_week_is_a_warning(qtbot, controller, make_vault, passphrase):
    old = (datetime.now(timezone.utc) - timedelta(days=9, hours=2)).replace(microsecond=0)
    folder = prepare_vault(make_vault, meta={LAST_BACKUP_AT: old.isoformat()})
    window = unlock(qtbot, controller, folder, passphrase)
    status = window.backup_status
    assert status.warning and status.icon.isVisible()
    assert status.text() == "Last backup 9 days ago — back up now"
    assert local_time(old) in status.toolTip()
    assert "more than a week ago" in status.toolTip()


def test_a_recent_backup_is_shown_plainly_in_local_time(qtbot, controller, make_vault, passphrase):
    recent = (datetime.now(timezone.utc) - timedelta(days=2)).replace(microsecond=0)
    folder = prepare_vault(make_vault, meta={LAST_BACKUP_AT: recent.isoformat()})
    window = unlock(qtbot, controller, folder, passphrase)
    status = window.backup_status
    assert not status.warning and not status.icon.isVisible()
    assert status.text() == f"Last backup: {recent.astimezone().strftime('%Y-%m-%d %H:%M')}"


def test_the_sign_turns_amber_as_time_passes(qtbot):
    status = BackupStatus()
    qtbot.addWidget(status)
    made = datetime(2026, 11, 23, 11, 14, tzinfo=timezone.utc)
    status.set_state(BackupState(BackupSettings(None, 10, False), made))
    status.refresh(now=made + timedelta(days=6, hours=23))
    assert not status.warning
    status.refresh(now=made + timedelta(days=7, minutes=1))
    assert status.warning and status.text() == "Last backup 7 days ago — back up now"
    status.refresh(now=made + timedelta(days=1, hours=1))
    assert status.text() == "Last backup: " + local_time(made)


def test_locking_clears_the_sign(qtbot, controller, session, make_vault, passphrase):
    window = unlock(qtbot, controller, prepare_vault(make_vault), passphrase)
    press_ctrl_l(qtbot, window)
    assert window.backup_status.text() == "" and window.backup_state is None


# -- backup settings ----------------------------------------------------------------------------


def test_settings_dialog_saves_into_the_vault(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault)
    window = unlock(qtbot, controller, folder, passphrase)
    dialog = window.open_backup_settings()
    page = dialog.page
    assert page.keep.value() == 10 and not page.auto.isChecked()
    assert (page.keep.minimum(), page.keep.maximum()) == (1, 100)
    type_into(qtbot, page.folder.edit, str(usb))
    page.keep.setValue(3)
    page.auto.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=JOB_TIMEOUT_MS):
        click(qtbot, page.save_button)
    assert not dialog.isVisible()
    assert window.auto_backup_on()
    assert window.backup_state.settings == BackupSettings(usb, 3, True)

    keys = (BACKUP_FOLDER, BACKUP_KEEP, BACKUP_AUTO)
    stored = on_worker(qtbot, session, lambda v: {k: MetaRepository(v.conn).get(k) for k in keys})
    assert stored == {BACKUP_FOLDER: str(usb), BACKUP_KEEP: "3", BACKUP_AUTO: "1"}

    # Opened again, the dialog shows what the vault holds.
    again = window.open_backup_settings()
    assert again.page.folder.path() == usb and again.page.keep.value() == 3
    assert again.page.auto.isChecked()
    again.reject()


def test_settings_refuse_a_missing_folder_and_auto_without_folder(
    qtbot, controller, session, make_vault, tmp_path, passphrase
):
    window = unlock(qtbot, controller, prepare_vault(make_vault), passphrase)
    qtbot.waitUntil(lambda: not session.worker.is_busy(), timeout=JOB_TIMEOUT_MS)
    dialog = window.open_backup_settings()
    page = dialog.page
    type_into(qtbot, page.folder.edit, str(tmp_path / "unplugged"))
    click(qtbot, page.save_button)
    assert "does not exist" in page.error_label.text() and dialog.isVisible()
    page.folder.edit.clear()
    page.auto.setChecked(True)
    click(qtbot, page.save_button)
    assert "Choose a folder" in page.error_label.text() and dialog.isVisible()
    assert not session.worker.is_busy()  # nothing was sent to the vault
    dialog.reject()
    stored = on_worker(qtbot, session, lambda v: MetaRepository(v.conn).get(BACKUP_AUTO))
    assert stored is None


# -- automatic backups on lock ------------------------------------------------------------------


def test_lock_backs_up_into_the_folder_and_closes_the_vault(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    vault_id = vault.vault_id
    assert window.auto_backup_on()

    with qtbot.waitSignal(controller.lock_backup_finished, timeout=JOB_TIMEOUT_MS):
        press_ctrl_l(qtbot, window)
        # At once, before the backup has run: nothing personal on screen, the dialog is back.
        assert window.model.rowCount() == 0 and not window.isVisible()
        assert window.backup_status.text() == ""
        dialog = controller.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.notice.text() == "Backing up the vault before it closes…"
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    assert session.vault is None

    made = auto_backups(usb, vault_id)
    assert len(made) == 1 and re.fullmatch(
        rf"kakehashi-{vault_id[:8]}-\d{{8}}T\d{{6}}Z\.kkbackup", made[0].name
    )
    assert verify_backup(made[0], passphrase).manifest.dossiers == 3
    assert dialog.notice.isVisible()
    assert dialog.notice.text().startswith("Backed up automatically at ")

    # Unlocked again, the sign shows the automatic backup as the last good one.
    window = unlock(qtbot, controller, folder, passphrase)
    assert not window.backup_status.warning
    assert window.backup_status.text().startswith("Last backup: ")


def test_a_failed_automatic_backup_still_locks_and_says_why(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    shutil.rmtree(usb)  # the USB stick was pulled out

    with qtbot.waitSignal(controller.lock_backup_finished, timeout=JOB_TIMEOUT_MS):
        press_ctrl_l(qtbot, window)
        assert window.model.rowCount() == 0 and not window.isVisible()
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    dialog = controller.dialog
    notice = dialog.notice.text()
    assert dialog.notice.isVisible()
    assert notice.startswith("The automatic backup failed: No backup folder is set")
    assert "is the USB stick in?" in notice and "locked all the same" in notice
    assert not usb.exists()

    # The dialog works as usual: the vault opens again.
    window = unlock(qtbot, controller, folder, passphrase)
    assert window.isVisible() and window.model.rowCount() == 3


def test_lock_without_automatic_backups_writes_nothing(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "0"})
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    with qtbot.waitSignal(controller.lock_backup_finished, timeout=JOB_TIMEOUT_MS):
        press_ctrl_l(qtbot, window)
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)
    assert list(usb.iterdir()) == []
    assert not controller.dialog.notice.isVisible()


# -- automatic backups on quit ------------------------------------------------------------------


def test_quit_backs_up_with_a_progress_window_then_finishes(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        window.quit_action.trigger()
        assert not window.isVisible() and window.model.rowCount() == 0
        progress = controller.quit_progress
        assert progress is not None and progress.isVisible() and progress.isModal()
        assert progress.text() == "Backing up before closing…"
    assert vault.conn is None
    assert len(auto_backups(usb, vault.vault_id)) == 1


def test_a_failed_backup_on_quit_asks_and_can_go_back_to_the_vault(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    window = unlock(qtbot, controller, folder, passphrase)
    usb.rmdir()
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: controller.quit_question is not None, timeout=JOB_TIMEOUT_MS)
    box = controller.quit_question
    assert "is the USB stick in?" in box.informativeText()
    back = next(b for b in box.buttons() if b.text() == "Back to the vault")
    with qtbot.waitSignal(window.loaded, timeout=JOB_TIMEOUT_MS):
        back.click()
    assert window.isVisible() and session.vault is not None and window.model.rowCount() == 3

    vault = session.vault
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: controller.quit_question is not None, timeout=JOB_TIMEOUT_MS)
    box = controller.quit_question
    quit_anyway = next(b for b in box.buttons() if b.text() == "Quit anyway")
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        quit_anyway.click()
    assert vault.conn is None


def test_quit_from_outside_the_desk_still_backs_up(
    qtbot, controller, session, make_vault, usb, passphrase
):
    """Ctrl+C in the terminal or the session ending: the application quits without asking;
    the backup is made on the worker while the controller waits, then the vault closes."""
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        controller.quit()  # what app.aboutToQuit calls
    assert vault.conn is None
    assert len(auto_backups(usb, vault.vault_id)) == 1


def test_quitting_from_the_dialog_waits_for_the_backup_started_on_lock(
    qtbot, controller, session, make_vault, usb, passphrase
):
    folder = prepare_vault(make_vault, meta={BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    window = unlock(qtbot, controller, folder, passphrase)
    vault = session.vault
    press_ctrl_l(qtbot, window)
    with qtbot.waitSignal(controller.finished, timeout=JOB_TIMEOUT_MS):
        controller.dialog.unlock_page.quit_button.click()
        assert controller.quit_progress is not None and controller.quit_progress.isVisible()
    assert vault.conn is None
    assert len(auto_backups(usb, vault.vault_id)) == 1


# -- restore ------------------------------------------------------------------------------------


@pytest.fixture
def backup_file(make_vault, tmp_path):
    vault, _ = make_vault("original")
    import_file(vault.conn, SAMPLE)
    path = tmp_path / "stick" / "saved.kkbackup"
    path.parent.mkdir()
    summary = backup(vault, path)
    vault.close()
    return path, summary


def restore_dialog(qtbot, session, **kwargs) -> RestoreDialog:
    dialog = RestoreDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def check_backup(qtbot, dialog, path: Path, secret: str) -> None:
    page = dialog.choose_page
    type_into(qtbot, page.file.edit, str(path))
    type_into(qtbot, page.secret, secret)
    click(qtbot, page.check_button)
    assert dialog.is_busy() and page.busy.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=JOB_TIMEOUT_MS)


def test_restore_shows_what_the_backup_holds_before_writing_then_restores(
    qtbot, session, backup_file, tmp_path, passphrase
):
    path, made = backup_file
    target = tmp_path / "restored here"
    dialog = restore_dialog(qtbot, session, can_open=False)
    check_backup(qtbot, dialog, path, passphrase)

    page = dialog.summary_page
    assert dialog.current_page() is page
    assert page.dossiers.text() == "3"
    assert page.companies.text() == "3"
    assert page.documents.text() == "0"
    assert page.made_on.text() == local_time(made.manifest.created_at)
    assert page.file_name.text() == "saved.kkbackup"
    assert "Nothing has been written yet" in page.checked.text()
    assert dialog.choose_page.secret.text() == ""  # not left in a field
    # Nothing has been written: not the target, not the suggested folder.
    assert not target.exists()
    assert not page.folder.path().exists()

    type_into(qtbot, page.folder.edit, str(target))
    click(qtbot, page.restore_button)
    assert dialog.is_busy()
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=JOB_TIMEOUT_MS)
    assert "restored here" in dialog.done_page.explanation.text()
    assert not dialog.done_page.open_button.isVisible()

    with Vault.open(target, passphrase) as vault:
        assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.done_page.close_button)


def test_a_damaged_backup_shows_the_damage_and_writes_nothing(
    qtbot, session, backup_file, tmp_path, passphrase
):
    path, _ = backup_file
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = sorted(p for p in tmp_path.rglob("*"))

    dialog = restore_dialog(qtbot, session)
    check_backup(qtbot, dialog, path, passphrase)
    page = dialog.choose_page
    assert dialog.current_page() is page
    assert page.error_label.isVisible()
    assert page.error_label.text() == (
        "The backup is damaged or has been altered: its MAC does not match; nothing was written."
    )
    assert sorted(p for p in tmp_path.rglob("*")) == before
    documents = Path.home() / "Documents"
    assert not documents.exists() or list(documents.iterdir()) == []


def test_a_file_that_is_no_backup_is_named_so(qtbot, session, tmp_path, passphrase):
    other = tmp_path / "notes.kkbackup"
    other.write_text("not a backup at all\n")
    dialog = restore_dialog(qtbot, session)
    check_backup(qtbot, dialog, other, passphrase)
    assert dialog.choose_page.error_label.text().endswith("is not a Kakehashi backup.")


def test_a_wrong_passphrase_for_the_backup_is_refused(qtbot, session, backup_file):
    path, _ = backup_file
    dialog = restore_dialog(qtbot, session)
    check_backup(qtbot, dialog, path, "not the passphrase")
    assert dialog.current_page() is dialog.choose_page
    assert dialog.choose_page.error_label.text() == "Wrong passphrase or recovery key."


def test_restore_into_a_folder_in_use_is_refused_and_the_folder_untouched(
    qtbot, session, backup_file, tmp_path, passphrase
):
    path, _ = backup_file
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    dialog = restore_dialog(qtbot, session)
    check_backup(qtbot, dialog, path, passphrase)
    page = dialog.summary_page
    type_into(qtbot, page.folder.edit, str(busy))
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert "already exists and is not an empty folder" in page.error_label.text()
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]


def test_restore_from_the_desk_then_open_it_now(
    qtbot, controller, session, make_vault, backup_file, tmp_path, passphrase
):
    path, _ = backup_file
    current = prepare_vault(make_vault, samples=False)
    window = unlock(qtbot, controller, current, passphrase)
    vault = session.vault
    dialog = window.open_restore()
    qtbot.addWidget(dialog)
    check_backup(qtbot, dialog, path, passphrase)
    target = tmp_path / "from backup"
    type_into(qtbot, dialog.summary_page.folder.edit, str(target))
    click(qtbot, dialog.summary_page.restore_button)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=JOB_TIMEOUT_MS)
    assert session.vault is vault  # the open vault was not switched
    assert window.isVisible()

    click(qtbot, dialog.done_page.open_button)
    # The current vault locks; the unlock dialog offers the restored one.
    assert not window.isVisible()
    unlock_dialog = controller.dialog
    assert unlock_dialog is not None and unlock_dialog.isVisible()
    assert unlock_dialog.current_page() is unlock_dialog.unlock_page
    assert unlock_dialog.unlock_page.folder.path() == target
    qtbot.waitUntil(lambda: vault.conn is None, timeout=JOB_TIMEOUT_MS)

    window = unlock(qtbot, controller, target, passphrase)
    assert window.model.rowCount() == 3


def test_locking_closes_the_restore_dialog(qtbot, controller, make_vault, passphrase):
    window = unlock(qtbot, controller, prepare_vault(make_vault, samples=False), passphrase)
    dialog = window.open_restore()
    dialog.choose_page.secret.setText("typed")
    controller.lock()  # as the idle lock will: Ctrl+L does not reach a window behind a dialog
    assert not dialog.isVisible()
    assert dialog.choose_page.secret.text() == ""


# -- messages -----------------------------------------------------------------------------------


def test_backup_messages_are_translated(qapp, tmp_path):
    from app.backup.file_format import DamagedBackup, NotABackup
    from app.errors import UsageError
    from ui.messages import user_message

    errors = [
        DamagedBackup("it is truncated"),
        NotABackup(f"{tmp_path} is not a Kakehashi backup"),
        UsageError("no backup folder is set, or it is not there (is the USB stick in?)"),
    ]
    assert user_message(errors[0]) == (
        "The backup is damaged or has been altered: it is truncated; nothing was written."
    )
    qapp.set_language("ja")
    japanese = [user_message(e) for e in errors]
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) for text in japanese)
    assert "truncated" not in japanese[0]  # the detail is translated too
    assert str(tmp_path) in japanese[1]


def test_restore_from_the_unlock_dialog_without_an_open_vault(
    qtbot, controller, session, backup_file, tmp_path, passphrase
):
    """A new laptop: no vault yet, a backup on the USB stick."""
    path, _ = backup_file
    unlock_dialog = controller.dialog
    qtbot.addWidget(unlock_dialog)
    if unlock_dialog.current_page() is not unlock_dialog.unlock_page:
        click(qtbot, unlock_dialog.create_page.unlock_button)
    click(qtbot, unlock_dialog.unlock_page.restore_button)
    dialog = unlock_dialog.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    check_backup(qtbot, dialog, path, passphrase)
    texts = " ".join(label.text() for label in dialog.summary_page.findChildren(QLabel))
    assert "The restored vault opens with the same passphrases" in texts
    assert "vault you have open" not in texts  # there is none
    target = tmp_path / "new laptop vault"
    type_into(qtbot, dialog.summary_page.folder.edit, str(target))
    click(qtbot, dialog.summary_page.restore_button)
    qtbot.waitUntil(lambda: dialog.current_page() is dialog.done_page, timeout=JOB_TIMEOUT_MS)
    assert "vault you have open" not in dialog.done_page.explanation.text()
    click(qtbot, dialog.done_page.open_button)
    assert not dialog.isVisible()
    assert unlock_dialog.current_page() is unlock_dialog.unlock_page
    assert unlock_dialog.unlock_page.folder.path() == target

    window = unlock(qtbot, controller, target, passphrase)
    assert window.model.rowCount() == 3

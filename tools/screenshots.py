#!/usr/bin/env python3
"""Regenerate the desk's screenshots in ``docs/screenshots/``, in English and Japanese.

    .venv/bin/python tools/screenshots.py

Runs offscreen (no display needed) on real vaults made in a temporary home folder, so the
paths shown are ``~/…`` and nothing of the developer's own settings is read or written. Each
picture is ``widget.grab()`` of the real widget after the real job (create, unlock, wrong
passphrase, load) has finished. The vault with rows holds the fictitious people of
``tests/data/sample-dossiers.json``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SAMPLE = ROOT / "tests" / "data" / "sample-dossiers.json"
LANGUAGES = ("en", "ja")
PASSPHRASE = "correct horse battery staple"
WRONG = "correct horse battery stable"

sys.path.insert(0, str(ROOT))


def build_translations() -> None:
    """``make translations`` without make: each ``.qm`` from its ``.ts`` when stale."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def isolate(home: Path) -> None:
    """A home, settings and temp folder of our own; offscreen; a 1 ms KDF for new vaults."""
    for sub in (".config", ".local/share", ".cache", "Documents", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    os.environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        TMPDIR=str(home / "tmp"),
        KAKEHASHI_KDF_TARGET_MS="1",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds (jobs finish on the worker thread)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the desk did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def save(widget, name: str, lang: str) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.show()
    widget.raise_()
    wait_until(lambda: True)
    QApplication.processEvents()
    path = OUT / f"{name}-{lang}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def make_vaults(home: Path) -> tuple[Path, Path]:
    """An empty vault and one with the sample dossiers (fast KDF: pictures, not security)."""
    from app.interchange.importer import import_file
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    fast = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    empty, samples = home / "Kakehashi", home / "Kakehashi samples"
    Vault.create(empty, PASSPHRASE, kdf_params=fast)[0].close()
    vault, _ = Vault.create(samples, PASSPHRASE, kdf_params=fast)
    with vault:
        import_file(vault.conn, SAMPLE)
    return empty, samples


def shoot(lang: str, empty: Path, samples: Path) -> None:
    from ui.main_window import MainWindow
    from ui.session import VaultSession
    from ui.settings import Settings
    from ui.unlock_dialog import UnlockDialog

    settings = Settings()
    session = VaultSession()
    try:
        # 1. First start: the create page (with its suggested folder), filled in.
        dialog = UnlockDialog(session, settings)
        dialog.show_create()
        dialog.show()
        wait_until(dialog.isVisible)
        page = dialog.create_page
        page.passphrase.setText(PASSPHRASE)
        page.confirmation.setText(PASSPHRASE)
        page.confirmation.setFocus()
        save(dialog, "create-dialog", lang)

        # 2. The recovery key page of a vault really created through the dialog.
        page.folder.edit.setText(f"~/New vault {lang}")
        page.create_button.click()
        wait_until(lambda: dialog.current_page() is dialog.recovery_page)
        save(dialog, "recovery-key", lang)
        dialog.recovery_page.stored_check.click()
        dialog.recovery_page.continue_button.click()
        dialog.deleteLater()

        # 3. Unlock with a wrong passphrase: the inline error.
        session.lock()
        settings.remember_vault(empty)
        dialog = UnlockDialog(session, settings)
        dialog.unlock_page.secret.setText(WRONG)
        dialog.unlock_page.unlock_button.click()
        wait_until(lambda: not dialog.is_busy())
        save(dialog, "unlock-error", lang)
        dialog.deleteLater()

        # 4. and 5. The main window on the empty vault, then on the sample dossiers.
        window = MainWindow(session)
        for folder, name in ((empty, "main-empty"), (samples, "main-dossiers")):
            opened = []
            session.unlock(folder, PASSPHRASE, opened.append, lambda e: opened.append(e))
            wait_until(lambda: bool(opened))
            loaded = []
            window.loaded.connect(lambda: loaded.append(True))
            window.load()
            wait_until(lambda: bool(loaded))
            window.loaded.disconnect()
            save(window, name, lang)
            window.clear()
            session.lock()
        window.hide()
        window.deleteLater()

        shoot_backups(lang, session, settings, samples)
    finally:
        session.shutdown()
    shoot_parts(lang, samples)
    shoot_desk(lang)


#: The parts' own pictures (tools/shots/*.py), each on a session unlocked on the samples.
PARTS = ("list", "editor", "widgets", "interviews", "documents", "companies", "export")


def shoot_parts(lang: str, samples: Path) -> None:
    import importlib

    from ui.session import VaultSession
    from ui.settings import Settings

    for name in PARTS:
        module = importlib.import_module(f"tools.shots.{name}")
        session = VaultSession()
        try:
            opened = []
            session.unlock(samples, PASSPHRASE, opened.append, opened.append)
            wait_until(lambda: bool(opened))
            module.shoot(lang, session, Settings(), samples, save)
        finally:
            session.shutdown()


def shoot_desk(lang: str) -> None:
    """The whole desk on the demo vault (400 invented people): the list with a dossier open in
    the editor, the same with the privacy screen on, the interview mode, the companies tab and
    the export dialog."""
    from ui.controller import DeskController
    from ui.session import VaultSession
    from ui.settings import Settings

    session = VaultSession()
    controller = DeskController(session, Settings())
    controller.start(demo=True)
    window = controller.window
    wait_until(lambda: window.isVisible() and window.model.rowCount() > 0, timeout=120)
    wait_until(lambda: not session.worker.is_busy())
    window.resize(1440, 900)
    view = window.list_view
    view.table.selectRow(2)
    wait_until(lambda: window.editor.dossier_id() is not None and not session.worker.is_busy())
    save(window, "desk", lang)
    window.privacy_action.trigger()
    wait_until(lambda: not session.worker.is_busy())
    save(window, "desk-privacy", lang)
    window.privacy_action.trigger()
    wait_until(lambda: not session.worker.is_busy())
    # the interview mode, on a new interview
    panel = window.editor.interviews
    panel.new_interview()
    mode = panel.mode
    wait_until(lambda: mode is not None and mode.isVisible())
    mode.notes.setPlainText(
        "Explained the job-matching process. Interested in logistics planning roles; prefers "
        "Fukuoka. Brings certificates to the next meeting." if lang == "en" else
        "ジョブマッチングの流れを説明。物流計画の仕事に関心あり。福岡を希望。次回、資格の証明書を持参。"
    )
    mode.resize(900, 640)
    save(mode, "interview-mode", lang)
    mode.clear()
    # the companies tab
    window.tabs.setCurrentWidget(window.companies)
    wait_until(lambda: not session.worker.is_busy())
    save(window, "desk-companies", lang)
    window.tabs.setCurrentWidget(window.splitter)
    # the export dialog on five selected dossiers
    view.table.clearSelection()
    for row in range(3, 8):
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )
    dialog = window.open_export()
    if dialog is not None:
        dialog.resize(1280, 860)
        wait_until(lambda: not session.worker.is_busy(), timeout=120)
        save(dialog, "export-dialog", lang)
    controller.quit()
    window.deleteLater()


def run_job(session, fn):
    """``fn(vault)`` on the session's worker; its result (an exception is raised here)."""
    outcome = []
    session.run(fn, outcome.append, outcome.append)
    wait_until(lambda: bool(outcome))
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def shoot_backups(lang: str, session, settings, samples: Path) -> None:
    """The "last backup" sign (recent, then more than a week old), the backup settings, the
    restore dialog's summary step, and the unlock dialog after a failed automatic backup."""
    from datetime import datetime, timedelta, timezone

    from app.backup.operations import backup
    from app.store.meta import BACKUP_AUTO, BACKUP_FOLDER, LAST_BACKUP_AT, MetaRepository
    from ui.controller import DeskController
    from ui.restore_dialog import RestoreDialog

    home = Path.home()
    usb = home / "USB stick" / "Kakehashi backups"
    usb.mkdir(parents=True, exist_ok=True)
    backup_file = home / "USB stick" / f"kakehashi-backup-{lang}.kkbackup"
    settings.remember_vault(samples)
    controller = DeskController(session, settings)
    controller.start()
    dialog = controller.dialog
    opened = []
    dialog.accepted.connect(lambda: opened.append(True))
    dialog.unlock_page.secret.setText(PASSPHRASE)
    dialog.unlock_page.unlock_button.click()
    wait_until(lambda: bool(opened) and controller.window.backup_state is not None)
    window = controller.window

    def set_meta(values: dict) -> None:
        def job(vault):
            meta = MetaRepository(vault.conn)
            for key, value in values.items():
                meta.set(key, value)

        run_job(session, job)
        states = []
        window.backup_state_changed.connect(lambda: states.append(True))
        window.load()
        wait_until(lambda: bool(states) and window.model.rowCount() > 0)
        window.backup_state_changed.disconnect()

    # 6. and 7. The sign: a backup two days old, then one nine days old.
    now = datetime.now(timezone.utc).replace(microsecond=0)
    set_meta({LAST_BACKUP_AT: (now - timedelta(days=2, hours=3)).isoformat()})
    save(window, "main-backup-ok", lang)
    set_meta({LAST_BACKUP_AT: (now - timedelta(days=9, hours=3)).isoformat()})
    save(window, "main-backup-warning", lang)

    # 8. The backup settings dialog, filled in.
    set_meta({BACKUP_FOLDER: str(usb), BACKUP_AUTO: "1"})
    settings_dialog = window.open_backup_settings()
    wait_until(settings_dialog.isVisible)
    save(settings_dialog, "backup-settings", lang)
    settings_dialog.reject()

    # 9. The restore dialog after the backup was checked: what it holds, nothing written yet.
    run_job(session, lambda vault: backup(vault, backup_file))
    restore_dialog = RestoreDialog(session, window)
    restore_dialog.choose_page.file.set_path(backup_file)
    restore_dialog.choose_page.secret.setText(PASSPHRASE)
    restore_dialog.show()
    restore_dialog.choose_page.check_button.click()
    wait_until(lambda: restore_dialog.current_page() is restore_dialog.summary_page)
    save(restore_dialog, "restore-summary", lang)
    restore_dialog.reject()
    restore_dialog.deleteLater()

    # 10. Locked while the USB stick is out: the unlock dialog says the backup failed.
    usb.rmdir()
    ended = []
    controller.lock_backup_finished.connect(lambda: ended.append(True))
    controller.lock()
    wait_until(lambda: bool(ended) and not session.worker.is_busy())
    save(controller.dialog, "unlock-backup-failed", lang)
    usb.mkdir()
    controller.quit()  # closes the vault and stops this session's worker
    window.deleteLater()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kakehashi-screenshots-") as tmp:
        home = Path(tmp) / "caseworker"
        isolate(home)
        build_translations()

        from PySide6.QtCore import QSettings

        from ui.app import KakehashiApplication

        app = KakehashiApplication(["kakehashi"])
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
        OUT.mkdir(parents=True, exist_ok=True)
        empty, samples = make_vaults(home)
        for lang in LANGUAGES:
            if not app.set_language(lang):
                print(f"screenshots: no translation file for {lang}", file=sys.stderr)
                return 1
            shoot(lang, empty, samples)
        app.set_language("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fixtures of the desk's tests: our own application class, settings and KDF per test.

As Dangerzone does, the tests run on our ``QApplication`` subclass (so the bundled font is set up
as in the app); as Vorta does, settings go to the test's own folder. Qt caches the settings
folder at the first ``QSettings``, so it is pointed at this test's ``XDG_CONFIG_HOME`` each time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.support import PASSPHRASE
from ui.app import KakehashiApplication


TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def build_translations() -> None:
    """What ``make translations`` does, for a bare ``pytest tests/ui``: each ``.qm`` from its
    ``.ts`` when missing or older."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def qapp_cls():
    build_translations()
    return KakehashiApplication


@pytest.fixture(autouse=True)
def desk_environment(qapp, isolated_environment, monkeypatch):
    """English, a 1 ms KDF target for new vaults, and settings in this test's config folder."""
    monkeypatch.setenv("KAKEHASHI_KDF_TARGET_MS", "1")
    monkeypatch.delenv("KAKEHASHI_LANG", raising=False)
    qapp.setApplicationName("Kakehashi")  # pytest-qt names its app "pytest-qt-qapp"
    qapp.setOrganizationName("Kakehashi")
    qapp.set_language("en")
    config = Path(os.environ["XDG_CONFIG_HOME"])
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    yield
    qapp.set_language("en")
    # A QMimeData made in Python and left in the clipboard (the recovery key page's Copy)
    # crashes the interpreter as it exits (SIGSEGV, exit code 139, after every test passed):
    # let go of it after each test so the run's exit code tells the truth about the tests.
    if qapp.clipboard().mimeData() is not None and qapp.clipboard().mimeData().formats():
        qapp.clipboard().clear()


@pytest.fixture
def session(qtbot):
    """A vault session with its own worker thread; the vault is closed and the thread stopped
    at the end."""
    from ui.session import VaultSession

    created = VaultSession()
    yield created
    created.shutdown()


@pytest.fixture
def settings():
    from ui.settings import Settings

    return Settings()


@pytest.fixture
def closed_vault(make_vault):
    """A vault on disk (fast KDF), closed again: ``(folder, recovery_key)``."""
    vault, recovery_key = make_vault()
    folder = vault.folder
    vault.close()
    return folder, recovery_key


@pytest.fixture
def passphrase():
    return PASSPHRASE


@pytest.fixture
def controller(qtbot, session, settings):
    """The desk's controller on a session of its own, started; quit at the end."""
    from ui.controller import DeskController

    created = DeskController(session, settings)
    qtbot.addWidget(created.window)
    created.start()
    yield created
    created.quit()

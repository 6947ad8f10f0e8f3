"""Helpers for tests that drive the real command line as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
#: The sample file of shared/examples, vendored so the tests need nothing outside the repo.
SAMPLE = ROOT / "tests" / "data" / "sample-dossiers.json"


def fast_kdf():
    from app.vault.kdf import KdfParams

    return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


FAST_KDF = fast_kdf()


def run_cli(*args: str, stdin: str = "", env: dict | None = None, timeout: float = 120):
    """Run ``kakehashi`` as a real process (the installed console script's module)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=timeout,
    )


def init_vault_cli(folder: Path, passphrase: str = PASSPHRASE) -> str:
    """Create a vault through the CLI with a 1 ms KDF target; return the recovery key."""
    result = run_cli("init", str(folder), "--passphrase-stdin", "--kdf-target-ms", "1",
                     stdin=passphrase + "\n")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


_apps_made_here: list = []


def desk_app():
    """The Qt application of this test session: the desk's own class if none exists yet.

    Anything that renders a PDF in-process needs a Qt application; if it made a plain one (as
    the renderer does for the command line), the desk's tests that run later in the same session
    would find the wrong class. Every test folder that renders calls this first.
    """
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.app import KakehashiApplication

        _apps_made_here.append(KakehashiApplication(["pytest-qt-qapp"]))
    return QCoreApplication.instance()

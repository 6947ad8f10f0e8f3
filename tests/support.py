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

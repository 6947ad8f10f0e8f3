"""``kakehashi --demo`` as a real process: the demo vault appears in a private folder, and a
polite kill (SIGTERM, the session ending) closes the desk and deletes it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path


def test_the_demo_vault_is_private_and_gone_after_sigterm(tmp_path):
    tmp = Path(os.environ["TMPDIR"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--demo"], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        demo = []
        while time.monotonic() < deadline and not demo:
            demo = [p for p in tmp.glob("kakehashi-demo-*") if (p / "vault" / "vault.db").exists()]
            time.sleep(0.2)
        assert demo, "the demo vault did not appear"
        assert stat.S_IMODE(demo[0].stat().st_mode) == 0o700
        time.sleep(1.0)  # let the desk open it
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert b"Traceback" not in err
    assert not demo[0].exists()

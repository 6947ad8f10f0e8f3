"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it had committed.

A child process (``crash_child.py``) opens the vault and imports one small dossier per
transaction, printing ``ok <ref>`` after each commit. It is killed at a random moment (a seeded
delay of 0-300 ms after its first ``ok`` line, or after its start, so some kills land while it
opens the vault), again and again. Afterwards every ref it reported is in the vault, whole; each
round added exactly the refs it reported, or one more (committed, killed before it could say so);
the vault opens and ``verify()`` finds nothing.

``KAKEHASHI_CRASH_ROUNDS`` raises the number of rounds (default 50).
"""

from __future__ import annotations

import os
import random
import re
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.dossiers import DossierRepository
from app.vault.vault import Vault
from tests.support import FAST_KDF, PASSPHRASE, ROOT

from .crash_child import make_dossier

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = int(os.environ.get("KAKEHASHI_CRASH_ROUNDS", "50"))
FIRST_LINE_TIMEOUT = 30.0


def _read_line(proc: subprocess.Popen, timeout: float) -> str:
    """One line of the child's stdout, or '' if it ended or said nothing in time."""
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        if not selector.select(timeout):
            return ""
        return proc.stdout.readline()
    finally:
        selector.unregister(proc.stdout)
        selector.close()


def _run_round(folder: Path, prefix: str, delay: float, after_first_ok: bool) -> tuple[list[str], str]:
    """Start the child, kill it, return the refs it reported and its stderr."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), prefix],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=ROOT, bufsize=0,
    )
    lines: list[bytes] = []
    try:
        proc.stdin.write(PASSPHRASE.encode() + b"\n")
        proc.stdin.close()
        if after_first_ok:
            deadline = time.monotonic() + FIRST_LINE_TIMEOUT
            while True:
                line = _read_line(proc, max(0.0, deadline - time.monotonic()))
                if not line:
                    break  # ended or timed out: the checks below say why
                lines.append(line)
                if line.startswith(b"ok "):
                    break
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    rest = proc.stdout.read()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stdout.close()
    proc.stderr.close()
    if after_first_ok and not any(l.startswith(b"ok ") for l in lines):
        raise AssertionError(f"the child never committed a dossier; its stderr: {stderr!r}")
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, stderr)
    text = b"".join(lines).decode() + rest.decode()
    # only whole lines are promises; a line cut by the kill is ignored
    complete = text.split("\n")[:-1]
    refs = [line[3:] for line in complete if line.startswith("ok ")]
    assert all(re.fullmatch(rf"{prefix}-\d+", ref) for ref in refs), refs
    return refs, stderr


@pytest.mark.slow
def test_killed_writer_loses_nothing_it_committed(tmp_path):
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    vault.close()
    rng = random.Random(1234)
    reported: dict[str, list[str]] = {}
    started = time.monotonic()
    for n in range(ROUNDS):
        prefix = f"R{n}"
        after_first_ok = n % 3 != 2  # two rounds in three kill mid-import, one early
        delay = rng.uniform(0.0, 0.3)
        refs, stderr = _run_round(folder, prefix, delay, after_first_ok)
        assert "Traceback" not in stderr, stderr
        reported[prefix] = refs
    elapsed = time.monotonic() - started

    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.verify() == []
        repo = DossierRepository(vault.conn)
        present = {
            ref: dossier_id
            for dossier_id, ref in vault.conn.execute("SELECT id, ref FROM dossiers")
        }
        assert repo.count() == len(present)
        missing = [ref for refs in reported.values() for ref in refs if ref not in present]
        assert not missing, f"reported committed but lost: {missing[:10]} ({len(missing)} in all)"
        total_reported = 0
        for prefix, refs in reported.items():
            total_reported += len(refs)
            in_vault = sorted(
                (int(ref.rsplit("-", 1)[1]) for ref in present if ref.startswith(prefix + "-")),
            )
            # each round committed refs 0..k-1 in order: what it reported, or one more
            assert in_vault == list(range(len(in_vault))), (prefix, in_vault[:5], in_vault[-5:])
            assert len(refs) <= len(in_vault) <= len(refs) + 1, (prefix, len(refs), len(in_vault))
        assert total_reported <= repo.count() <= total_reported + ROUNDS
        assert total_reported >= ROUNDS // 2, "too few commits for the test to mean anything"
        # what survived is whole: every dossier equals what the child wrote
        for ref, dossier_id in present.items():
            loaded = repo.load(dossier_id)
            expected = make_dossier(ref)
            assert loaded == expected, f"dossier {ref} differs from what was written"
        # and the search index agrees with the table
        assert repo.search(f"skill {next(iter(present))}")
    print(f"{ROUNDS} kills, {total_reported} commits reported, {len(present)} present, "
          f"{elapsed:.1f} s")

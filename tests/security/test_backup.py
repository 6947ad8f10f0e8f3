"""Backups: nobody can read them, nothing can break them.

Real vaults, real backup files, real processes killed with SIGKILL; every refusal must leave
nothing behind — no restored folder, no hidden staging folder.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backup import file_format as fmt
from app.backup import operations as ops
from app.errors import KakehashiError, VaultExists, WrongPassphrase
from app.interchange.exporter import export_document
from app.store import migrations
from app.store.meta import BACKUP_FOLDER, MetaRepository
from app.vault.vault import Vault
from tests.security.helpers import (
    assert_cli_failure,
    build_vault,
    find_needles,
    marker_document,
    new_marker,
)
from tests.support import FAST_KDF, PASSPHRASE, ROOT, run_cli

P = PASSPHRASE + "\n"
FIXTURE = ROOT / "tests" / "data" / "backup-schema1.kkbackup"


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """A vault full of markers (dossiers, companies, attachments) and a backup of it."""
    root = tmp_path_factory.mktemp("marked")
    marker = new_marker()
    recovery_key = build_vault(root / "vault", marker_document(marker, 25, documents=True))
    out = root / "backups" / "vault.kkbackup"
    out.parent.mkdir()
    with Vault.open(root / "vault", PASSPHRASE) as vault:
        expected = export_document(vault.conn)
        ops.backup(vault, out)
    return {"root": root, "vault": root / "vault", "backup": out, "marker": marker,
            "recovery_key": recovery_key, "export": expected}


def marked_tag(marked) -> str:
    with Vault.open(marked["vault"], PASSPHRASE) as vault:
        return ops.backup_tag(vault)


def assert_nothing_written(parent: Path, before: set[str]) -> None:
    assert {p.name for p in parent.iterdir()} == before


def test_round_trip_through_the_command_line(marked, tmp_path):
    restored = tmp_path / "restored"
    result = run_cli("restore", str(marked["backup"]), str(restored), "--passphrase-stdin", stdin=P)
    assert result.returncode == 0, result.stderr
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli("export-json", str(marked["vault"]), "--out", str(out1), "--passphrase-stdin", stdin=P).returncode == 0
    assert run_cli("export-json", str(restored), "--out", str(out2), "--passphrase-stdin", stdin=P).returncode == 0
    assert json.loads(out1.read_text()) == json.loads(out2.read_text()) == marked["export"]
    # the same secrets open it: the passphrase and the recovery key
    with Vault.open(restored, marked["recovery_key"]) as vault:
        assert vault.verify() == []
        # its own name for automatic backups, and the backup it came from counts as its last
        assert ops.backup_tag(vault) != marked_tag(marked)
        assert ops.last_backup_at(vault) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json", "restored"]


def test_backup_and_verify_through_the_command_line(marked, tmp_path):
    out = tmp_path / "cli.kkbackup"
    made = run_cli("backup", str(marked["vault"]), str(out), "--passphrase-stdin", stdin=P)
    assert made.returncode == 0, made.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cli.kkbackup"]  # no snapshot left
    checked = run_cli("verify-backup", str(out), "--passphrase-stdin", stdin=marked["recovery_key"] + "\n")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok: 25 dossiers")


def test_no_marker_in_the_backup_bytes(marked):
    assert find_needles([marked["backup"].parent], marked["marker"]) == []
    assert not marked["backup"].read_bytes().count(b"SQLite format 3")


def test_only_the_vaults_secrets_open_it(marked, tmp_path):
    with pytest.raises(WrongPassphrase):
        ops.verify_backup(marked["backup"], "some other passphrase")
    assert_cli_failure(
        run_cli("verify-backup", str(marked["backup"]), "--passphrase-stdin", stdin="nope nope nope\n"), 4)
    assert_cli_failure(
        run_cli("restore", str(marked["backup"]), str(tmp_path / "r"), "--passphrase-stdin", stdin="nope nope nope\n"), 4)
    assert list(tmp_path.iterdir()) == []


def _refused(backup: Path, target: Path) -> str:
    parent = target.parent
    before = {p.name for p in parent.iterdir()}
    with pytest.raises(KakehashiError) as info:
        ops.restore(backup, PASSPHRASE, target)
    assert not isinstance(info.value, WrongPassphrase), str(info.value)
    assert_nothing_written(parent, before)
    return str(info.value)


def test_a_flipped_byte_anywhere_is_refused_and_nothing_written(marked, tmp_path):
    data = marked["backup"].read_bytes()
    header_end = len(fmt.MAGIC) + 4 + int.from_bytes(data[8:12], "big") + 8
    rng = random.Random(20261123)
    offsets = sorted(
        set(range(0, 12))  # magic and header length
        | set(range(12, header_end, max(1, header_end // 40)))  # envelope, manifest
        | {header_end - 8 + i for i in range(8)}  # payload length
        | {rng.randrange(header_end, len(data) - 32) for _ in range(40)}  # the database
        | {len(data) - 32 + i for i in range(0, 32, 4)}  # the MAC
        | {len(data) - 1}
    )
    target = tmp_path / "out" / "restored"
    target.parent.mkdir()
    for offset in offsets:
        broken = bytearray(data)
        broken[offset] ^= 0x20
        damaged = tmp_path / "damaged.kkbackup"
        damaged.write_bytes(bytes(broken))
        message = _refused(damaged, target)
        assert "\n" not in message
    for offset in (5, header_end + 100, len(data) - 3):
        broken = bytearray(data)
        broken[offset] ^= 0x01
        damaged = tmp_path / "damaged.kkbackup"
        damaged.write_bytes(bytes(broken))
        result = run_cli("restore", str(damaged), str(target), "--passphrase-stdin", stdin=P)
        assert result.returncode in (5, 6)
        assert_cli_failure(result, result.returncode)
        assert not target.exists()


def test_a_truncation_at_any_length_is_refused(marked, tmp_path):
    data = marked["backup"].read_bytes()
    lengths = sorted(set(range(0, 80)) | set(range(80, len(data), 997)) | {len(data) - i for i in range(1, 40)})
    target = tmp_path / "out" / "restored"
    target.parent.mkdir()
    for length in lengths:
        cut = tmp_path / "cut.kkbackup"
        cut.write_bytes(data[:length])
        with pytest.raises((fmt.DamagedBackup, fmt.NotABackup)):
            fmt.open_backup(cut).unlock(PASSPHRASE)
        if length % 7 == 0 or length > len(data) - 40:
            _refused(cut, target)
    longer = tmp_path / "longer.kkbackup"
    longer.write_bytes(data + b"\0")
    assert "extra bytes" in _refused(longer, target)


def test_a_payload_from_another_backup_is_refused(marked, tmp_path):
    """Swapping in another vault's database under this envelope breaks the MAC."""
    other = tmp_path / "other"
    build_vault(other, marker_document(new_marker(), 3, documents=False))
    with Vault.open(other, PASSPHRASE) as vault:
        ops.backup(vault, tmp_path / "other.kkbackup")
    mine = fmt.open_backup(marked["backup"])
    theirs = fmt.open_backup(tmp_path / "other.kkbackup")
    data = marked["backup"].read_bytes()
    their_data = (tmp_path / "other.kkbackup").read_bytes()
    forged = (data[: mine.payload_offset - 8]
              + their_data[theirs.payload_offset - 8 : theirs.payload_offset + theirs.payload_size]
              + data[-32:])
    (tmp_path / "forged.kkbackup").write_bytes(forged)
    target = tmp_path / "t" / "r"
    target.parent.mkdir()
    assert "MAC" in _refused(tmp_path / "forged.kkbackup", target)


def test_restore_refuses_a_used_folder_and_a_non_backup(marked, tmp_path):
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(VaultExists):
        ops.restore(marked["backup"], PASSPHRASE, used)
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    assert_cli_failure(run_cli("restore", str(marked["backup"]), str(used), "--passphrase-stdin", stdin=P), 6)
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("hello")
    assert_cli_failure(run_cli("verify-backup", str(not_backup), "--passphrase-stdin", stdin=P), 6,
                       contains="not a Kakehashi backup")
    assert_cli_failure(run_cli("verify-backup", str(tmp_path / "missing"), "--passphrase-stdin", stdin=P), 6)
    # an empty folder is fine
    empty = tmp_path / "empty"
    empty.mkdir()
    ops.restore(marked["backup"], PASSPHRASE, empty)
    Vault.open(empty, PASSPHRASE).close()


def test_a_backup_of_the_first_schema_restores_into_this_version(tmp_path):
    target = tmp_path / "restored"
    summary = ops.restore(FIXTURE, PASSPHRASE, target)
    assert summary.manifest.schema_version == 1
    with Vault.open(target, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest()
        refs = [r.ref for r in __import__("app.store.dossiers", fromlist=["x"]).DossierRepository(vault.conn).summaries()]
    assert sorted(refs) == ["S-001", "S-002", "S-003"]


def test_restore_runs_the_migrations_a_newer_app_adds(tmp_path, monkeypatch):
    """Pretend this app is one schema newer than the fixture: the restore migrates it."""
    real = migrations.migrations()
    extra = (len(real) + 1, "ALTER TABLE dossiers ADD COLUMN added_by_a_later_version TEXT;")
    monkeypatch.setattr(migrations, "migrations", lambda: [*real, extra])
    target = tmp_path / "restored"
    ops.restore(FIXTURE, PASSPHRASE, target)
    with Vault.open(target, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == len(real) + 1
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(dossiers)")]
        assert "added_by_a_later_version" in columns


def test_a_backup_from_a_newer_app_is_refused_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "migrations", lambda: [])
    target = tmp_path / "restored"
    with pytest.raises(migrations.NewerVault):
        ops.restore(FIXTURE, PASSPHRASE, target)
    assert list(tmp_path.iterdir()) == []


def test_automatic_backups_keep_the_newest_n(make_vault, tmp_path, monkeypatch):
    vault, _ = make_vault()
    folder = tmp_path / "usb"
    folder.mkdir()
    MetaRepository(vault.conn).set(BACKUP_FOLDER, str(folder))
    stamps = iter(f"20261123T1200{i:02d}Z" for i in range(30))

    from datetime import datetime

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.strptime(next(stamps), "%Y%m%dT%H%M%SZ").replace(tzinfo=tz)

    monkeypatch.setattr(ops, "datetime", Clock)
    made = [ops.auto_backup(vault, keep=3).path for _ in range(5)]
    assert ops.auto_backups(folder, vault.vault_id) == made[:-4:-1]  # the newest three
    assert ops.last_backup_at(vault) is not None
    (folder / "unrelated.txt").write_text("left alone")
    ops.auto_backup(vault, keep=1)
    assert sorted(p.name for p in folder.iterdir())[-1] == "unrelated.txt"
    assert len(ops.auto_backups(folder, vault.vault_id)) == 1


def _start(args: list[str], stdin: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdin.write(stdin)
    proc.stdin.flush()
    return proc


@pytest.mark.slow
def test_a_killed_backup_never_leaves_a_bad_file_under_its_name(tmp_path):
    folder = tmp_path / "vault"
    marker = new_marker()
    build_vault(folder, marker_document(marker, 150, documents=True))
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    out = out_dir / "b.kkbackup"
    start = time.perf_counter()
    full = _start(["-m", "app.cli", "backup", str(folder), str(out), "--passphrase-stdin"], P)
    assert full.wait(60) == 0
    lifetime = time.perf_counter() - start
    out.unlink()
    rng = random.Random(7)
    rounds = int(os.environ.get("KAKEHASHI_BACKUP_KILL_ROUNDS", "20"))
    finished = 0
    for _ in range(rounds):
        proc = _start(["-m", "app.cli", "backup", str(folder), str(out), "--passphrase-stdin"], P)
        time.sleep(rng.uniform(0.2, 1.1) * lifetime)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if out.exists():
            ops.verify_backup(out, PASSPHRASE)  # raises if the final name holds a bad file
            finished += 1
            out.unlink()
    # leftovers of killed runs (hidden temp files) are encrypted: no marker in any of them
    assert find_needles([out_dir], marker) == []
    assert finished < rounds  # the kills did land mid-backup


@pytest.mark.slow
def test_backup_while_another_process_writes(tmp_path):
    folder = tmp_path / "vault"
    build_vault(folder, marker_document(new_marker(), 40, documents=True))
    child = ROOT / "tests" / "security" / "crash_child.py"
    writer = _start([str(child), str(folder), "W"], P)
    try:
        assert writer.stdout.readline().strip() == "open"
        assert writer.stdout.readline().startswith("ok ")
        out = tmp_path / "during.kkbackup"
        result = run_cli("backup", str(folder), str(out), "--passphrase-stdin", stdin=P)
        assert result.returncode == 0, result.stderr
        assert writer.poll() is None  # the writer was still writing
    finally:
        writer.kill()
        writer.wait(30)
    summary = ops.verify_backup(out, PASSPHRASE)
    assert summary.manifest.dossiers >= 41
    restored = tmp_path / "restored"
    ops.restore(out, PASSPHRASE, restored)
    with Vault.open(restored, PASSPHRASE) as vault:
        assert vault.verify() == []
        count = vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    assert count == summary.manifest.dossiers

"""Keys through the command line: round trip, passphrase change, recovery key, key slots.

A retired secret (an old passphrase, a removed slot, a rotated recovery key) must open neither
envelope copy — each copy is tried alone — and no key operation may rewrite the database.
"""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from app.errors import WrongPassphrase
from app.vault.vault import Vault
from tests.support import PASSPHRASE, SAMPLE, init_vault_cli, run_cli

from .helpers import assert_cli_failure, build_vault, load_sample, sha256, xor_byte

NEW_PASSPHRASE = "a brand new passphrase ９"
SECOND = "second caseworker passphrase"
THIRD = "third caseworker passphrase"


def cli(*args: str, stdin: str):
    return run_cli(*args, "--passphrase-stdin", stdin=stdin)


def opens_cli(folder: Path, secret: str) -> bool:
    """True if ``list`` succeeds with ``secret``; False on exit 4 (and only then)."""
    result = cli("list", str(folder), stdin=secret + "\n")
    if result.returncode == 0:
        return True
    assert_cli_failure(result, 4)
    return False


def opens(folder: Path, secret: str) -> bool:
    """The same through the API (a tenth of the time): False on WrongPassphrase only."""
    try:
        vault = Vault.open(folder, secret)
    except WrongPassphrase:
        return False
    vault.close()
    return True


def opens_each_copy_alone(folder: Path, secret: str, tmp_path: Path) -> tuple[bool, bool]:
    """Whether ``secret`` opens the vault with only envelope.json, and with only the copy."""
    results = []
    for keep in ("envelope.json", "envelope-copy.json"):
        trial = tmp_path / f"trial-{keep}"
        if trial.exists():
            shutil.rmtree(trial)
        shutil.copytree(folder, trial)
        other = "envelope-copy.json" if keep == "envelope.json" else "envelope.json"
        (trial / other).unlink()
        results.append(opens(trial, secret))
        shutil.rmtree(trial)
    return results[0], results[1]


@pytest.fixture
def vault(tmp_path) -> tuple[Path, str]:
    """A closed vault holding the sample (made through the API: ``init`` calibrates for ~2 s)."""
    folder = tmp_path / "vault"
    return folder, build_vault(folder, load_sample())


def test_init_prints_a_well_formed_recovery_key_and_nothing_else(tmp_path):
    folder = tmp_path / "v"
    result = run_cli("init", str(folder), "--passphrase-stdin", "--kdf-target-ms", "1",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    groups = lines[0].split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups), lines[0]
    assert PASSPHRASE not in result.stdout + result.stderr
    assert opens_cli(folder, PASSPHRASE)
    assert opens_cli(folder, lines[0])


def test_init_on_an_existing_vault_is_refused_and_changes_nothing(vault):
    folder, _ = vault
    before = {p.name: sha256(p) for p in folder.iterdir()}
    again = run_cli("init", str(folder), "--passphrase-stdin", "--kdf-target-ms", "1",
                    stdin=PASSPHRASE + "\n")
    assert again.returncode == 6, again.stderr
    assert "already exists" in again.stderr and "Traceback" not in again.stderr
    assert again.stdout == ""
    assert {p.name: sha256(p) for p in folder.iterdir()} == before


def test_init_on_an_existing_vault_says_one_line(vault):
    folder, _ = vault
    again = run_cli("init", str(folder), "--passphrase-stdin", "--kdf-target-ms", "1",
                    stdin=PASSPHRASE + "\n")
    assert_cli_failure(again, 6)


def test_round_trip_through_export_and_a_new_vault(tmp_path):
    folder = tmp_path / "vault"
    init_vault_cli(folder)
    result = cli("import", str(folder), str(SAMPLE), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    first = tmp_path / "first.json"
    result = cli("export-json", str(folder), "--out", str(first), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    exported = json.loads(first.read_text(encoding="utf-8"))
    # nothing of the sample was lost or changed on the way in and out
    assert exported == json.loads(SAMPLE.read_text(encoding="utf-8"))

    other = tmp_path / "other"
    init_vault_cli(other, NEW_PASSPHRASE)
    result = cli("import", str(other), str(first), stdin=NEW_PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    result = cli("export-json", str(other), "--out", str(second), stdin=NEW_PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(second.read_text(encoding="utf-8")) == exported


def test_passwd_changes_the_passphrase_not_the_database(tmp_path, vault):
    folder, recovery_key = vault
    db_before = sha256(folder / "vault.db")
    result = cli("passwd", str(folder), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert sha256(folder / "vault.db") == db_before
    assert (folder / "envelope.json").read_bytes() == (folder / "envelope-copy.json").read_bytes()
    assert not opens_cli(folder, PASSPHRASE)
    assert opens_cli(folder, NEW_PASSPHRASE)
    assert opens_each_copy_alone(folder, PASSPHRASE, tmp_path) == (False, False)
    assert opens_each_copy_alone(folder, NEW_PASSPHRASE, tmp_path) == (True, True)
    assert opens(folder, recovery_key)
    assert sha256(folder / "vault.db") == db_before


def test_passwd_refusals_change_nothing(tmp_path, vault):
    folder, _ = vault
    before = {p.name: sha256(p) for p in folder.iterdir()}
    assert_cli_failure(cli("passwd", str(folder), stdin=f"wrong passphrase\n{NEW_PASSPHRASE}\n"), 4)
    assert_cli_failure(cli("passwd", str(folder), stdin=f"{PASSPHRASE}\nshort\n"), 2)
    assert_cli_failure(cli("passwd", str(folder), stdin=f"{PASSPHRASE}\n  padded passphrase  \n"), 2)
    assert_cli_failure(cli("passwd", str(folder), stdin=f"{PASSPHRASE}\n"), 2)  # no new one
    assert {p.name: sha256(p) for p in folder.iterdir()} == before
    assert opens(folder, PASSPHRASE)


def test_recovery_key_opens_in_any_spelling(tmp_path, vault):
    folder, recovery_key = vault
    compact = recovery_key.replace("-", "")
    for spelling in (recovery_key, recovery_key.lower(), compact):
        assert opens_cli(folder, spelling), spelling
    for spelling in (compact.lower(), " ".join(recovery_key.split("-")), f"  {recovery_key}  ",
                     recovery_key.replace("0", "O").replace("1", "I")):
        assert opens(folder, spelling), spelling
    # one character wrong: the check characters catch it and say so
    body = recovery_key.replace("-", "")
    wrong = ("1" if body[5] != "1" else "2").join((body[:5], body[6:]))
    wrong = "-".join(wrong[i:i + 4] for i in range(0, 32, 4))
    result = cli("list", str(folder), stdin=wrong + "\n")
    line = assert_cli_failure(result, 4)
    assert "recovery key" in line


def test_forgotten_passphrase_reset_with_the_recovery_key(tmp_path, vault):
    folder, recovery_key = vault
    db_before = sha256(folder / "vault.db")
    result = cli("passwd", str(folder), stdin=f"{recovery_key.lower()}\n{NEW_PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert not opens(folder, PASSPHRASE)
    assert opens(folder, NEW_PASSPHRASE)
    assert opens(folder, recovery_key)
    assert sha256(folder / "vault.db") == db_before


def _slot_labels(folder: Path, secret: str) -> list[str]:
    result = cli("keys", str(folder), "list", stdin=secret + "\n")
    assert result.returncode == 0, result.stderr
    return [line.split("\t")[2] for line in result.stdout.splitlines()]


def test_key_slots_add_list_remove(tmp_path, vault):
    folder, recovery_key = vault
    db_before = sha256(folder / "vault.db")
    result = cli("keys", str(folder), "add", "--label", "caseworker 2",
                 stdin=f"{PASSPHRASE}\n{SECOND}\n")
    assert result.returncode == 0, result.stderr
    assert "caseworker 2" in result.stderr and SECOND not in result.stderr + result.stdout
    result = cli("keys", str(folder), "add", "--label", "caseworker 3",
                 stdin=f"{SECOND}\n{THIRD}\n")  # any caseworker can add one
    assert result.returncode == 0, result.stderr
    assert opens_cli(folder, SECOND)
    for secret in (PASSPHRASE, SECOND, THIRD, recovery_key):
        assert opens(folder, secret)
    labels = _slot_labels(folder, THIRD)
    assert sorted(labels) == ["caseworker 1", "caseworker 2", "caseworker 3", "recovery key"]
    listing = cli("keys", str(folder), "list", stdin=SECOND + "\n").stdout
    assert "(this session)" in next(l for l in listing.splitlines() if "caseworker 2" in l)

    # a label already taken, the recovery slot, an unknown slot: refused, nothing changes
    envelope_before = (folder / "envelope.json").read_bytes()
    assert_cli_failure(cli("keys", str(folder), "add", "--label", "caseworker 2",
                           stdin=f"{PASSPHRASE}\nyet another passphrase\n"), 2)
    assert_cli_failure(cli("keys", str(folder), "remove", "recovery key",
                           stdin=PASSPHRASE + "\n"), 2)
    assert_cli_failure(cli("keys", str(folder), "remove", "nobody", stdin=PASSPHRASE + "\n"), 9)
    assert_cli_failure(cli("keys", str(folder), "remove", stdin=PASSPHRASE + "\n"), 2)
    assert (folder / "envelope.json").read_bytes() == envelope_before

    result = cli("keys", str(folder), "remove", "caseworker 2", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert not opens_cli(folder, SECOND)
    assert opens_each_copy_alone(folder, SECOND, tmp_path) == (False, False)
    assert opens(folder, PASSPHRASE) and opens(folder, THIRD)
    assert "caseworker 2" not in _slot_labels(folder, PASSPHRASE)

    # a caseworker may remove their own slot while another remains...
    result = cli("keys", str(folder), "remove", "caseworker 1", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert not opens(folder, PASSPHRASE)
    # ...but never the last passphrase slot (by label, or by id)
    assert_cli_failure(cli("keys", str(folder), "remove", "caseworker 3", stdin=THIRD + "\n"), 2)
    slot_id = next(l.split("\t")[0] for l in
                   cli("keys", str(folder), "list", stdin=THIRD + "\n").stdout.splitlines()
                   if "caseworker 3" in l)
    assert_cli_failure(cli("keys", str(folder), "remove", slot_id, stdin=recovery_key + "\n"), 2)
    assert opens(folder, THIRD) and opens(folder, recovery_key)
    assert sha256(folder / "vault.db") == db_before


def test_rotate_recovery_key(tmp_path, vault):
    folder, old_key = vault
    db_before = sha256(folder / "vault.db")
    result = cli("keys", str(folder), "rotate-recovery", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    new_key = result.stdout.strip()
    assert len(result.stdout.splitlines()) == 1 and new_key != old_key
    assert len(new_key.replace("-", "")) == 32
    assert not opens_cli(folder, old_key)
    assert opens_cli(folder, new_key)
    assert opens_each_copy_alone(folder, old_key, tmp_path) == (False, False)
    assert opens_each_copy_alone(folder, new_key, tmp_path) == (True, True)
    assert opens(folder, PASSPHRASE)
    assert sha256(folder / "vault.db") == db_before
    # the new key can itself rotate; there is only ever one recovery slot
    result = cli("keys", str(folder), "rotate-recovery", stdin=new_key + "\n")
    assert result.returncode == 0, result.stderr
    newest = result.stdout.strip()
    assert not opens(folder, new_key) and opens(folder, newest)
    assert _slot_labels(folder, PASSPHRASE).count("recovery key") == 1


@pytest.mark.parametrize("name", ["envelope.json", "envelope-copy.json"])
def test_a_damaged_envelope_copy_still_unlocks_through_the_cli(tmp_path, vault, name):
    folder, recovery_key = vault
    path = folder / name
    xor_byte(path, path.stat().st_size // 2, 0x20)
    assert opens_cli(folder, PASSPHRASE)
    assert (folder / "envelope.json").read_bytes() == (folder / "envelope-copy.json").read_bytes()
    xor_byte(path, 10, 0x01)
    assert opens_cli(folder, recovery_key)
    # key operations on a half-damaged vault write both copies whole again
    result = cli("passwd", str(folder), stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert opens_each_copy_alone(folder, NEW_PASSPHRASE, tmp_path) == (True, True)

"""A changed byte anywhere is damage, never a wrong passphrase; every failure is one clear line.

The database: a vault of a few hundred dossiers (hundreds of pages) is closed, then copies of it
get one byte flipped at many offsets (salt, every region of a page: header, middle, IV, HMAC,
last byte; random ones from a fixed seed) or are cut short. Opening must raise DamagedDatabase,
or ``verify()`` must name problems; never WrongPassphrase, never anything else.

The envelope: one damaged copy still unlocks and is repaired; both damaged is DamagedEnvelope;
a forger who edits the slot list and recomputes the checksum (but cannot compute the MAC) is
caught, with the precise error each case must give.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from app.errors import DamagedDatabase, DamagedEnvelope, KakehashiError, NotAVault, WrongPassphrase
from app.vault.vault import Vault
from tests.support import FAST_KDF, PASSPHRASE, run_cli

from .helpers import (
    assert_cli_failure,
    build_vault,
    bulk_document,
    copy_vault,
    digest_folder,
    xor_byte,
)

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
DOSSIERS = 300


@pytest.fixture(scope="module")
def base_vault(tmp_path_factory):
    """A closed vault of DOSSIERS dossiers; tests work on copies of it."""
    folder = tmp_path_factory.mktemp("tamper") / "base"
    recovery_key = build_vault(folder, bulk_document(DOSSIERS))
    assert sorted(p.name for p in folder.iterdir()) == [
        "envelope-copy.json", "envelope.json", "vault.db", "vault.lock"
    ]
    size = (folder / "vault.db").stat().st_size
    assert size % PAGE == 0 and size // PAGE >= 200, size
    return folder, recovery_key


def _offsets(size: int) -> list[tuple[str, int]]:
    pages = size // PAGE
    out = [("salt", 0), ("salt", 7), ("salt", 15)]
    out += [("page 1 header", o) for o in (16, 21, 28, 60, 100)]
    out += [("page 1 middle", 2048), ("page 1 IV", PAGE - RESERVE), ("page 1 HMAC", PAGE - 40),
            ("page 1 last byte", PAGE - 1)]
    for page in sorted({2, 3, pages // 7, pages // 3, pages // 2, 2 * pages // 3, pages - 1, pages}):
        start = (page - 1) * PAGE
        out += [
            (f"page {page} header", start),
            (f"page {page} header", start + 8),
            (f"page {page} middle", start + PAGE // 2),
            (f"page {page} IV", start + PAGE - RESERVE + 3),
            (f"page {page} HMAC", start + PAGE - 20),
            (f"page {page} last byte", start + PAGE - 1),
        ]
    rng = random.Random(20260302)
    out += [("random", rng.randrange(size)) for _ in range(12)]
    return out


def _damage_outcome(folder: Path) -> str | None:
    """None if the damage was reported as it must be; else what went wrong."""
    try:
        vault = Vault.open(folder, PASSPHRASE)
    except DamagedDatabase:
        return None
    except WrongPassphrase as error:
        return f"WrongPassphrase: {error}"
    except Exception as error:  # noqa: BLE001 - any other outcome is the finding
        return f"{type(error).__name__}: {error}"
    with vault:
        try:
            problems = vault.verify()
        except Exception as error:  # noqa: BLE001
            return f"verify() raised {type(error).__name__}: {error}"
    return None if problems else "opened and verify() found no problem"


def test_the_undamaged_copy_opens_and_verifies(base_vault, tmp_path):
    folder = copy_vault(base_vault[0], tmp_path / "copy")
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.verify() == []
        assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == DOSSIERS


def test_a_flipped_byte_anywhere_in_the_database_is_damage(base_vault, tmp_path):
    source, _ = base_vault
    size = (source / "vault.db").stat().st_size
    offsets = _offsets(size)
    assert len(offsets) >= 60
    rng = random.Random(7)
    failures = []
    for n, (where, offset) in enumerate(offsets):
        folder = copy_vault(source, tmp_path / f"v{n}")
        xor_byte(folder / "vault.db", offset, rng.choice([0x01, 0x80, 0xFF, rng.randrange(1, 256)]))
        outcome = _damage_outcome(folder)
        if outcome is not None:
            failures.append(f"{where} (offset {offset}): {outcome}")
        shutil.rmtree(folder)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("cut", ["page-2", "page-mid", "page-last-but-one", "page-1", "mid-page",
                                 "last-byte", "inside-page-1", "salt-only"])
def test_a_truncated_database_is_damage(base_vault, tmp_path, cut):
    source, _ = base_vault
    size = (source / "vault.db").stat().st_size
    pages = size // PAGE
    length = {
        "page-1": PAGE,
        "page-2": 2 * PAGE,
        "page-mid": (pages // 2) * PAGE,
        "page-last-but-one": size - PAGE,
        "mid-page": (pages // 3) * PAGE + 1234,
        "last-byte": size - 1,
        "inside-page-1": 100,
        "salt-only": 16,
    }[cut]
    folder = copy_vault(source, tmp_path / "v")
    with open(folder / "vault.db", "r+b") as handle:
        handle.truncate(length)
    assert _damage_outcome(folder) is None, _damage_outcome(folder)


@pytest.mark.parametrize("length", [0, 1])
def test_an_empty_database_file_is_damage(base_vault, tmp_path, length):
    folder = copy_vault(base_vault[0], tmp_path / "v")
    with open(folder / "vault.db", "r+b") as handle:
        handle.truncate(length)
    assert _damage_outcome(folder) is None


@pytest.mark.parametrize("where", ["page 1", "middle page", "last byte", "truncated"])
def test_cli_verify_reports_damage_with_exit_5(base_vault, tmp_path, where):
    source, _ = base_vault
    size = (source / "vault.db").stat().st_size
    folder = copy_vault(source, tmp_path / "v")
    db = folder / "vault.db"
    if where == "truncated":
        with open(db, "r+b") as handle:
            handle.truncate(size - 3 * PAGE)
    else:
        offset = {"page 1": 200, "middle page": (size // PAGE // 2) * PAGE + 999,
                  "last byte": size - 1}[where]
        xor_byte(db, offset)
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    line = assert_cli_failure(result, 5)
    assert "damaged" in line
    assert result.stdout == ""


def test_cli_verify_of_a_sound_vault_says_ok(base_vault, tmp_path):
    folder = copy_vault(base_vault[0], tmp_path / "v")
    result = run_cli("verify", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# -- the key envelope ---------------------------------------------------------------------------


def _small_vault(tmp_path: Path, name: str = "v") -> tuple[Path, str]:
    folder = tmp_path / name
    recovery_key = build_vault(folder, bulk_document(3))
    return folder, recovery_key


@pytest.mark.parametrize("name", ["envelope.json", "envelope-copy.json"])
@pytest.mark.parametrize("position", [0, 0.1, 0.33, 0.5, 0.8, -2])
def test_one_damaged_envelope_copy_still_unlocks_and_is_repaired(tmp_path, name, position):
    folder, _ = _small_vault(tmp_path)
    path = folder / name
    size = path.stat().st_size
    offset = size + position if position < 0 else int(size * position)
    xor_byte(path, offset, 0x04)
    assert (folder / "envelope.json").read_bytes() != (folder / "envelope-copy.json").read_bytes()
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    assert (folder / "envelope.json").read_bytes() == (folder / "envelope-copy.json").read_bytes()
    json.loads((folder / "envelope.json").read_bytes())  # the repaired copy is sound JSON
    with Vault.open(folder, PASSPHRASE):
        pass


@pytest.mark.parametrize("name", ["envelope.json", "envelope-copy.json"])
def test_one_missing_or_empty_envelope_copy_still_unlocks(tmp_path, name):
    folder, _ = _small_vault(tmp_path)
    (folder / name).write_bytes(b"")
    with Vault.open(folder, PASSPHRASE):
        pass
    assert (folder / "envelope.json").read_bytes() == (folder / "envelope-copy.json").read_bytes()
    (folder / name).unlink()
    with Vault.open(folder, PASSPHRASE):
        pass
    assert (folder / name).is_file()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_both_envelope_copies_damaged_is_damaged_envelope(tmp_path, damage):
    folder, recovery_key = _small_vault(tmp_path)
    for i, name in enumerate(("envelope.json", "envelope-copy.json")):
        path = folder / name
        if damage == "flip":
            xor_byte(path, 40 + 97 * i, 0x01)
        elif damage == "truncate":
            path.write_bytes(path.read_bytes()[: 100 + i])
        elif damage == "empty":
            path.write_bytes(b"")
        else:
            path.write_bytes(bytes(random.Random(i).randrange(256) for _ in range(700)))
    before = digest_folder(folder)
    for secret in (PASSPHRASE, recovery_key, "a wrong passphrase"):
        with pytest.raises(DamagedEnvelope):
            Vault.open(folder, secret)
    assert digest_folder(folder) == before
    result = run_cli("list", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    line = assert_cli_failure(result, 5)
    assert "envelope" in line
    assert digest_folder(folder) == before


# -- a forger without the key: slot list edited, checksum recomputed ----------------------------


def _read_outer(folder: Path) -> dict:
    return json.loads((folder / "envelope.json").read_bytes())


def _forge(folder: Path, outer: dict, *, copies=("envelope.json", "envelope-copy.json")) -> None:
    """Write ``outer`` with a checksum recomputed over its (edited) body and its MAC."""
    from app.vault.envelope import canonical

    mac = base64.b64decode(outer["mac"])
    outer = {**outer, "checksum": hashlib.sha256(canonical(outer["envelope"]) + mac).hexdigest()}
    raw = canonical(outer) + b"\n"
    for name in copies:
        (folder / name).write_bytes(raw)


def _slots(outer: dict, kind: str) -> list[dict]:
    return [s for s in outer["envelope"]["slots"] if s["kind"] == kind]


def _expect(folder: Path, secret: str, error: type[KakehashiError]) -> None:
    before = digest_folder(folder)
    with pytest.raises(error) as caught:
        Vault.open(folder, secret)
    assert type(caught.value) is error, repr(caught.value)
    assert digest_folder(folder) == before


def test_forged_envelope_without_the_recovery_slot(tmp_path):
    folder, recovery_key = _small_vault(tmp_path)
    outer = _read_outer(folder)
    outer["envelope"]["slots"] = _slots(outer, "passphrase")
    _forge(folder, outer)
    # the passphrase slot opens, then the MAC over the whole envelope refuses the edit
    _expect(folder, PASSPHRASE, DamagedEnvelope)
    # no recovery slot left to try: the key cannot be told from a wrong one
    _expect(folder, recovery_key, WrongPassphrase)


def test_forged_envelope_without_the_passphrase_slot(tmp_path):
    folder, recovery_key = _small_vault(tmp_path)
    outer = _read_outer(folder)
    outer["envelope"]["slots"] = _slots(outer, "recovery")
    _forge(folder, outer)
    _expect(folder, PASSPHRASE, WrongPassphrase)
    _expect(folder, recovery_key, DamagedEnvelope)


def test_forged_envelope_with_reordered_slots_or_new_generation(tmp_path):
    folder, recovery_key = _small_vault(tmp_path)
    original = _read_outer(folder)
    outer = json.loads(json.dumps(original))
    outer["envelope"]["slots"].reverse()
    _forge(folder, outer)
    _expect(folder, PASSPHRASE, DamagedEnvelope)
    _expect(folder, recovery_key, DamagedEnvelope)
    outer = json.loads(json.dumps(original))
    outer["envelope"]["generation"] += 10
    _forge(folder, outer)
    _expect(folder, PASSPHRASE, DamagedEnvelope)


def test_forged_label_or_kdf_of_a_slot(tmp_path):
    """The slot header is the slot's associated data: an edited one no longer opens at all."""
    folder, recovery_key = _small_vault(tmp_path)
    outer = _read_outer(folder)
    _slots(outer, "passphrase")[0]["label"] = "someone else"
    _forge(folder, outer)
    # the slot cannot decrypt: indistinguishable from a wrong passphrase without the key
    _expect(folder, PASSPHRASE, WrongPassphrase)
    # the recovery slot opens and the MAC then shows the envelope was altered
    _expect(folder, recovery_key, DamagedEnvelope)
    outer = _read_outer(folder)
    _slots(outer, "passphrase")[0]["label"] = "caseworker 1"
    _slots(outer, "passphrase")[0]["kdf"]["time_cost"] = 2
    _forge(folder, outer)
    _expect(folder, PASSPHRASE, WrongPassphrase)
    _expect(folder, recovery_key, DamagedEnvelope)


@pytest.mark.parametrize("own_mac", [False, True])
def test_forged_slot_added_by_an_intruder_never_opens_the_vault(tmp_path, own_mac):
    """An intruder adds a slot for their own passphrase (wrapping a key of their own)."""
    import secrets

    from app.vault.envelope import Envelope

    folder, _ = _small_vault(tmp_path)
    raw = (folder / "envelope.json").read_bytes()
    envelope, _mac = Envelope.parse(raw)
    their_key = bytearray(secrets.token_bytes(32))
    envelope.add_passphrase_slot(their_key, "intruder passphrase", "intruder", FAST_KDF)
    if own_mac:
        # a MAC under their own key: it verifies for their slot, but their key is not the data key
        for name in ("envelope.json", "envelope-copy.json"):
            (folder / name).write_bytes(envelope.serialize(their_key))
        _expect(folder, "intruder passphrase", DamagedDatabase)
    else:
        outer = json.loads(raw)
        outer["envelope"] = envelope.body()
        _forge(folder, outer)
        _expect(folder, "intruder passphrase", DamagedEnvelope)
    _expect(folder, PASSPHRASE, DamagedEnvelope)


def test_another_vaults_envelope_does_not_open_this_database(tmp_path):
    folder, _ = _small_vault(tmp_path, "a")
    other, _ = _small_vault(tmp_path, "b")
    for name in ("envelope.json", "envelope-copy.json"):
        shutil.copy(other / name, folder / name)
    _expect(folder, PASSPHRASE, DamagedDatabase)


# -- the command line's exit codes for each failure -----------------------------------------------


def test_wrong_passphrase_is_exit_4(tmp_path):
    folder, _ = _small_vault(tmp_path)
    before = digest_folder(folder)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "not the passphrase")
    for secret in ("not the passphrase", "", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"):
        result = run_cli("list", str(folder), "--passphrase-stdin", stdin=secret + "\n")
        assert_cli_failure(result, 4)
        assert result.stdout == ""
    assert digest_folder(folder) == before


def test_not_a_vault_is_exit_6(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "vault.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    (tmp_path / "file").write_text("x")
    for target in (empty, other, tmp_path / "missing", tmp_path / "file"):
        with pytest.raises(NotAVault):
            Vault.open(target, PASSPHRASE)
        result = run_cli("list", str(target), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert_cli_failure(result, 6)
    assert not (tmp_path / "missing").exists()
    assert sorted(p.name for p in empty.iterdir()) in ([], ["vault.lock"])


def test_vault_in_use_is_exit_7(tmp_path):
    folder, _ = _small_vault(tmp_path)
    with Vault.open(folder, PASSPHRASE):
        for args in (["list"], ["verify"], ["keys", "list"]):
            result = run_cli(args[0], str(folder), *args[1:], "--passphrase-stdin",
                             stdin=PASSPHRASE + "\n")
            line = assert_cli_failure(result, 7)
            assert "in use" in line
    result = run_cli("list", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_usage_errors_are_exit_2(tmp_path):
    folder, _ = _small_vault(tmp_path)
    for args, stdin in (
        (["frobnicate", str(folder)], ""),
        (["list"], ""),
        (["import", str(folder)], ""),
        (["keys", str(folder), "explode", "--passphrase-stdin"], PASSPHRASE + "\n"),
        (["init", str(tmp_path / "new"), "--passphrase-stdin", "--kdf-target-ms", "0"], PASSPHRASE + "\n"),
        (["init", str(tmp_path / "new"), "--passphrase-stdin", "--kdf-target-ms", "1"], "short\n"),
        (["list", str(folder), "--passphrase-stdin"], ""),  # no passphrase line at all
        (["list", str(folder)], ""),  # no terminal and no --passphrase-stdin
    ):
        result = run_cli(*args, stdin=stdin)
        assert_cli_failure(result, 2)
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_a_missing_database_is_damage_and_is_not_recreated(tmp_path):
    folder, _ = _small_vault(tmp_path)
    (folder / "vault.db").unlink()
    with pytest.raises(DamagedDatabase):
        Vault.open(folder, PASSPHRASE)
    result = run_cli("list", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_cli_failure(result, 5)
    assert not (folder / "vault.db").exists()

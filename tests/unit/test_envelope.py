import json
import secrets

import pytest

from app.errors import DamagedEnvelope, WrongPassphrase
from app.vault import envelope as env
from app.vault import recovery
from tests.support import FAST_KDF

PASS = "correct horse battery staple"


@pytest.fixture
def sealed():
    data_key = bytearray(secrets.token_bytes(32))
    envelope = env.Envelope(vault_id=secrets.token_hex(16))
    envelope.add_passphrase_slot(data_key, PASS, "caseworker 1", FAST_KDF)
    key = recovery.generate()
    envelope.set_recovery_slot(data_key, key)
    return envelope, bytes(data_key), key


def reparse(envelope, data_key):
    return env.Envelope.parse(envelope.serialize(bytearray(data_key)))


def test_passphrase_and_recovery_key_unwrap_the_same_data_key(sealed):
    envelope, data_key, key = sealed
    parsed, mac = reparse(envelope, data_key)
    assert parsed.unwrap(PASS, mac)[0] == data_key
    assert parsed.unwrap(key, mac)[0] == data_key


def test_wrong_secrets_are_wrong_passphrase(sealed):
    envelope, data_key, key = sealed
    parsed, mac = reparse(envelope, data_key)
    with pytest.raises(WrongPassphrase):
        parsed.unwrap("not the passphrase", mac)
    with pytest.raises(WrongPassphrase, match="recovery key"):
        parsed.unwrap(recovery.generate(), mac)


def test_passphrases_are_compared_in_nfc(sealed):
    envelope = env.Envelope(vault_id=secrets.token_hex(16))
    data_key = bytearray(secrets.token_bytes(32))
    envelope.add_passphrase_slot(data_key, "caf\u00e9 au lait 2026", "a", FAST_KDF)
    parsed, mac = reparse(envelope, data_key)
    assert parsed.unwrap("cafe\u0301 au lait 2026", mac)[0] == data_key


def test_checksum_catches_accidental_damage(sealed):
    envelope, data_key, _ = sealed
    raw = bytearray(envelope.serialize(bytearray(data_key)))
    raw[len(raw) // 2] ^= 0x01
    with pytest.raises(DamagedEnvelope):
        env.Envelope.parse(bytes(raw))


def test_a_forged_slot_list_is_caught_by_the_mac(sealed):
    """Someone without the data key removes a slot and recomputes the plain checksum."""
    envelope, data_key, _ = sealed
    outer = json.loads(envelope.serialize(bytearray(data_key)))
    outer["envelope"]["slots"] = outer["envelope"]["slots"][:1]
    mac = env._unb64(outer["mac"])
    import hashlib

    outer["checksum"] = hashlib.sha256(env.canonical(outer["envelope"]) + mac).hexdigest()
    parsed, mac = env.Envelope.parse(env.canonical(outer))
    with pytest.raises(DamagedEnvelope, match="altered"):
        parsed.unwrap(PASS, mac)


def test_slot_header_is_bound_to_the_wrapped_key(sealed):
    """Relabelling a slot (and fixing the checksum) makes it stop opening."""
    envelope, data_key, _ = sealed
    envelope.slots[0] = env.Slot(**{**envelope.slots[0].__dict__, "label": "someone else"})
    parsed, mac = reparse(envelope, data_key)
    with pytest.raises(WrongPassphrase):
        parsed.unwrap(PASS, mac)


def test_load_prefers_the_newer_intact_copy_and_flags_repair(tmp_path, sealed):
    envelope, data_key, _ = sealed
    env.store(tmp_path, envelope, bytearray(data_key))
    loaded = env.load(tmp_path)
    assert not loaded.needs_repair and [e.generation for e, _ in loaded.candidates] == [1]
    (tmp_path / env.ENVELOPE_FILES[0]).write_bytes(b"{garbage")
    loaded = env.load(tmp_path)
    assert loaded.needs_repair and loaded.unwrap(PASS)[1] == data_key
    (tmp_path / env.ENVELOPE_FILES[1]).write_bytes(b"")
    with pytest.raises(DamagedEnvelope, match="both copies"):
        env.load(tmp_path)


def test_an_older_copy_opens_when_the_newer_one_is_forged(tmp_path, sealed):
    """A forged copy with a valid checksum and a higher generation must not lock anyone out."""
    envelope, data_key, _ = sealed
    env.store(tmp_path, envelope, bytearray(data_key))
    outer = json.loads((tmp_path / env.ENVELOPE_FILES[0]).read_bytes())
    outer["envelope"]["generation"] = 99
    import hashlib

    mac = env._unb64(outer["mac"])
    outer["checksum"] = hashlib.sha256(env.canonical(outer["envelope"]) + mac).hexdigest()
    (tmp_path / env.ENVELOPE_FILES[0]).write_bytes(env.canonical(outer))
    loaded = env.load(tmp_path)
    assert loaded.needs_repair and len(loaded.candidates) == 2
    envelope_used, key, _ = loaded.unwrap(PASS)
    assert key == data_key and envelope_used.generation == 1


def test_envelope_files_are_private(tmp_path, sealed):
    envelope, data_key, _ = sealed
    env.store(tmp_path, envelope, bytearray(data_key))
    for name in env.ENVELOPE_FILES:
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(env.ENVELOPE_FILES)

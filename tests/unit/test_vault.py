import hashlib

import pytest

from app.errors import (
    DamagedDatabase,
    NotAVault,
    UsageError,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from app.store.migrations import LATEST, NewerVault
from app.vault.vault import DB_FILE, Vault
from tests.support import FAST_KDF, PASSPHRASE


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_open_with_passphrase_and_recovery_key(make_vault):
    vault, key = make_vault()
    folder = vault.folder
    assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert vault.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert vault.conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    assert vault.conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
    vault.close()
    assert not (folder / DB_FILE).read_bytes().startswith(b"SQLite format 3")
    with Vault.open(folder, PASSPHRASE) as again:
        assert again.slot.kind == "passphrase"
    with Vault.open(folder, key) as again:
        assert again.slot.kind == "recovery"


def test_the_data_key_is_wiped_on_close(make_vault):
    vault, _ = make_vault()
    key = vault._data_key
    assert any(key)
    vault.close()
    assert not any(key) and vault.conn is None
    vault.close()  # twice is harmless


def test_errors_are_told_apart(make_vault, tmp_path):
    vault, _ = make_vault()
    folder = vault.folder
    with pytest.raises(VaultInUse):
        Vault.open(folder, PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "not the passphrase at all")
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "empty", PASSPHRASE)
    (folder / DB_FILE).unlink()
    with pytest.raises(DamagedDatabase, match="missing"):
        Vault.open(folder, PASSPHRASE)


def test_a_wrong_passphrase_leaves_the_vault_usable(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    vault.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, "guess guess guess")
    Vault.open(folder, PASSPHRASE).close()


def test_create_refuses_a_non_empty_folder_and_short_passphrases(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "file").write_text("x")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "full", PASSPHRASE, kdf_params=FAST_KDF)
    with pytest.raises(UsageError):
        Vault.create(tmp_path / "new", "short", kdf_params=FAST_KDF)
    assert not (tmp_path / "new").exists()


def test_key_slot_changes_never_touch_the_database(make_vault):
    vault, key = make_vault()
    folder = vault.folder
    vault.close()
    before = sha(folder / DB_FILE)
    with Vault.open(folder, PASSPHRASE) as v:
        v.change_passphrase("a brand new passphrase")
        v.add_slot("caseworker 2", "second caseworker's phrase")
    with Vault.open(folder, "second caseworker's phrase") as v:
        assert v.slot.label == "caseworker 2"
        v.remove_slot("caseworker 1")
        with pytest.raises(UsageError):
            v.remove_slot("caseworker 2")  # the last one
        new_key = v.rotate_recovery_key()
    assert sha(folder / DB_FILE) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "a brand new passphrase")  # its slot was removed
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, key)
    Vault.open(folder, new_key).close()


def test_recovery_key_changes_the_only_passphrase_slot(make_vault):
    vault, key = make_vault()
    folder = vault.folder
    vault.close()
    with Vault.open(folder, key) as v:
        v.change_passphrase("forgotten no more")
    Vault.open(folder, "forgotten no more").close()


def test_a_vault_from_a_newer_app_is_refused(make_vault):
    vault, _ = make_vault()
    folder = vault.folder
    vault.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.close()
    with pytest.raises(NewerVault):
        Vault.open(folder, PASSPHRASE)
    # and the refusal released the lock
    with pytest.raises(NewerVault):
        Vault.open(folder, PASSPHRASE)


def test_verify_is_clean_on_a_healthy_vault(make_vault, sample_doc):
    from app.interchange.importer import import_document

    vault, _ = make_vault()
    import_document(vault.conn, sample_doc)
    assert vault.verify() == []

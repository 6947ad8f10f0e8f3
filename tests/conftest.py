"""Fixtures shared by every test folder.

Tests never spend seconds on a KDF: vaults made here use the smallest Argon2id parameters the
envelope accepts. Settings and temp files are redirected into the test's own folder (as Vorta
does), so a canary test can search them and nothing leaks into the developer's home.
"""

from __future__ import annotations

import pytest

from tests.support import FAST_KDF, PASSPHRASE, SAMPLE


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """Home, settings and temp folders of this test only."""
    home = tmp_path_factory.mktemp("home")
    tmp = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr("tempfile.tempdir", None)
    return {"home": home, "tmp": tmp}


@pytest.fixture
def make_vault(tmp_path):
    """``make_vault(name="vault", passphrase=PASSPHRASE)`` → (Vault, recovery key), closed at the end."""
    from app.vault.vault import Vault

    opened = []

    def make(name: str = "vault", passphrase: str = PASSPHRASE):
        vault, recovery_key = Vault.create(tmp_path / name, passphrase, kdf_params=FAST_KDF)
        opened.append(vault)
        return vault, recovery_key

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture
def sample_doc():
    import json

    return json.loads(SAMPLE.read_text(encoding="utf-8"))

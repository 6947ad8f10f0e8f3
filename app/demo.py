"""The demo vault: a temporary vault full of synthetic people, to try every feature at once.

``kakehashi --demo`` and the first screen's "Try with sample data" make one. Everything in it
comes from ``app.synthetic`` (invented names, ``.example`` addresses, made-up numbers), so it is
not personal data; it still lives in a vault like any other — encrypted, in a private folder
(0700) — and the desk deletes that folder when it quits. Its passphrase is :data:`PASSPHRASE`,
shown in the desk's demo banner, so that locking and unlocking can be tried too.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.disclosure.policy import ORG_KEYS
from app.interchange.importer import import_document
from app.store.db import transaction
from app.store.meta import MetaRepository
from app.synthetic import generate_document
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

#: The demo vault's passphrase (shown on screen: the data is invented).
PASSPHRASE = "demo demo demo"
#: How many synthetic people the demo holds: enough for lists, filters and the k check.
DOSSIERS = 400
#: A light Argon2id: the demo holds nothing to protect, and it should open at once.
KDF = KdfParams(time_cost=1, memory_kib=16 * 1024, parallelism=1)
#: Folder names of demo vaults start with this (and live in the temp folder).
PREFIX = "kakehashi-demo-"


def create_demo_vault(count: int = DOSSIERS, *, parent: Path | None = None) -> Path:
    """Make a demo vault in a new private folder; return the folder (the vault is closed)."""
    base = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))  # 0700
    folder = base / "vault"
    try:
        vault, _ = Vault.create(folder, PASSPHRASE, label="demo", kdf_params=KDF)
        try:
            document = generate_document(count, seed=2026, companies=12, documents=True)
            import_document(vault.conn, document)  # its own transaction
            with transaction(vault.conn):
                meta = MetaRepository(vault.conn)
                meta.set(ORG_KEYS["name"], "Demo Refugee Job Network (demo)")
                meta.set(ORG_KEYS["email"], "jobs@demo-npo.example")
                meta.set(ORG_KEYS["phone"], "+81 3-0000-0000")
        finally:
            vault.close()
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return folder


def is_demo_folder(folder: Path) -> bool:
    return folder.parent.name.startswith(PREFIX)


def remove_demo_vault(folder: Path) -> None:
    """Delete a demo vault's whole private folder (only ever one made here)."""
    if is_demo_folder(folder):
        shutil.rmtree(folder.parent, ignore_errors=True)

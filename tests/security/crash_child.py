"""The process test_crash.py kills: imports one small dossier per transaction, forever.

Usage: ``python crash_child.py VAULT PREFIX`` with the passphrase on the first line of stdin.
After each commit it prints ``ok <ref>`` and flushes, so every line the parent read is a promise
that the dossier is in the vault. The content of each dossier follows from its ref alone
(``make_document``), so the parent can check that what survived is whole.
"""

from __future__ import annotations

import base64
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _blob(ref: str) -> bytes:
    seed = hashlib.sha256(ref.encode()).digest()
    size = seed[0] * 40 + seed[1]  # 0 .. ~10 KiB: some dossiers span pages, most do not
    out = bytearray()
    block = seed
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[:size])


def make_dossier(ref: str) -> dict:
    blob = _blob(ref)
    dossier = {
        "ref": ref,
        "names": {"full": f"Crash Test {ref}", "other_scripts": [f"クラッシュ {ref}"]},
        "skills": ["welding", f"skill {ref}"],
        "story": f"story of {ref} " * (len(blob) % 50),
    }
    if blob:
        dossier["documents"] = [{
            "kind": "other",
            "file_name": f"{ref}.bin",
            "content_base64": base64.b64encode(blob).decode("ascii"),
        }]
    return dossier


def make_document(ref: str) -> dict:
    return {"format": "kakehashi-dossiers", "version": 1, "dossiers": [make_dossier(ref)]}


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from app.interchange.importer import import_document
    from app.vault.vault import Vault

    folder, prefix = Path(sys.argv[1]), sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.open(folder, passphrase)
    sys.stdout.write("open\n")
    sys.stdout.flush()
    i = 0
    while True:
        ref = f"{prefix}-{i}"
        import_document(vault.conn, make_document(ref))  # one transaction, committed on return
        sys.stdout.write(f"ok {ref}\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()

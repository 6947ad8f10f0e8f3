"""Shared helpers of the security tests: marker documents, file scans, vault copies, CLI checks."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import secrets
import shutil
from pathlib import Path

from tests.support import FAST_KDF, PASSPHRASE, SAMPLE

#: A Japanese canary, searched for on its own (UTF-8 and UTF-16) besides the ASCII marker.
JA_MARKER = "鳩羽紫苑カナリア"

#: String-valued keys whose values are constrained by the schema (enums, patterns, dates):
#: everything else that is a string is free text and gets a marker.
CONSTRAINED_KEYS = frozenset({
    "format", "gender", "status", "work_permission", "level", "language", "country",
    "country_of_origin", "issuer_country", "employer_kind", "mode", "purpose", "method", "kind",
    "nationalities", "employment_types", "content_base64",
    "birth_date", "expires", "start", "end", "available_from", "date", "given_on", "expires_on",
    "withdrawn_on",
})

VAULT_FILES = {"vault.db", "vault.db-wal", "vault.db-shm", "envelope.json",
               "envelope-copy.json", "vault.lock"}


def new_marker() -> str:
    """A fresh, all-lowercase canary (lowercase so that case folding cannot hide a copy)."""
    return "kkcanary" + secrets.token_hex(6)


def load_sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def document_content(marker: str, i: int) -> bytes:
    """An attachment whose bytes carry the marker in several encodings."""
    text = f"{marker}-{i} {JA_MARKER}"
    return (
        b"%PDF-1.4\n% "
        + text.encode("utf-8")
        + b"\n"
        + text.encode("utf-16-le")
        + b"\n"
        + bytes(range(256))
        + text.encode("utf-16-be")
    )


def _mark(node, tag: str, counter: list[int], key: str | None = None):
    if isinstance(node, dict):
        return {k: _mark(v, tag, counter, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_mark(v, tag, counter, key) for v in node]
    if isinstance(node, str) and key not in CONSTRAINED_KEYS:
        counter[0] += 1
        return f"{tag}.{counter[0]} {JA_MARKER}"
    return node


def marker_dossier(marker: str, i: int, *, documents: bool = True, template: dict | None = None) -> dict:
    """A schema-valid dossier whose every free string holds ``f"{marker}-{i}"``."""
    sample = load_sample()
    base = copy.deepcopy(template or sample["dossiers"][i % len(sample["dossiers"])])
    dossier = _mark(base, f"{marker}-{i}", [0])
    dossier["ref"] = f"{marker}-{i}"
    if documents:
        dossier["documents"] = [
            {
                "kind": "passport",
                "number": f"{marker}-{i} P{i:07d}",
                "issuer_country": "AF",
                "file_name": f"{marker}-{i} {JA_MARKER}.pdf",
                "media_type": "application/pdf",
                "content_base64": base64.b64encode(document_content(marker, i)).decode("ascii"),
            }
        ]
    return dossier


def marker_document(marker: str, count: int, *, documents: bool = True, start: int = 0,
                    companies: bool = True) -> dict:
    """An interchange document of ``count`` marker dossiers (and marker companies)."""
    doc: dict = {"format": "kakehashi-dossiers", "version": 1}
    if companies:
        doc["companies"] = [
            _mark(c, f"{marker}-c{j}", [0]) for j, c in enumerate(load_sample()["companies"])
        ]
        for j, company in enumerate(doc["companies"]):
            company["name"] = f"{marker}-c{j} {JA_MARKER}"
    doc["dossiers"] = [marker_dossier(marker, i, documents=documents) for i in range(start, start + count)]
    return doc


def synthetic_document(count: int, *, seed: int = 0, marker: str | None = None,
                       documents: bool = False) -> dict:
    """``app.synthetic.generate_document``: invented dossiers, canaries in every personal field."""
    from app.synthetic import generate_document

    return generate_document(count, seed, documents=documents, marker=marker)


def bulk_document(count: int, *, prefix: str = "B", start: int = 0) -> dict:
    """``count`` realistic dossiers (sample ones, unique refs), for a database with many pages."""
    sample = load_sample()
    dossiers = []
    for i in range(start, start + count):
        dossier = copy.deepcopy(sample["dossiers"][i % len(sample["dossiers"])])
        dossier["ref"] = f"{prefix}-{i:05d}"
        dossier["names"]["full"] = f"{dossier['names']['full']} {i}"
        dossiers.append(dossier)
    return {"format": "kakehashi-dossiers", "version": 1, "dossiers": dossiers}


# -- files ----------------------------------------------------------------------------------------


def needles(marker: str) -> list[tuple[str, bytes]]:
    out = []
    for label, text in (("marker", marker), ("japanese marker", JA_MARKER)):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append((f"{label} in {encoding}", text.encode(encoding)))
    out.append(("marker upper-case", marker.upper().encode("ascii")))
    return out


def all_files(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, dirs, files in os.walk(folder, followlinks=False):
            for name in files:
                found.append(Path(root) / name)
    return found


def find_needles(folders, marker: str, extra: list[tuple[str, bytes]] = ()) -> list[str]:
    """``"<file>: <what>"`` for every marker found in any file below ``folders``."""
    hits = []
    search = needles(marker) + list(extra)
    for path in all_files(*folders):
        try:
            data = path.read_bytes()
        except OSError:  # a socket, a file that vanished
            continue
        for label, needle in search:
            if needle in data:
                hits.append(f"{path}: {label}")
    return hits


def digest_folder(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).iterdir())
        if p.is_file()
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def xor_byte(path: Path, offset: int, mask: int = 0xFF) -> None:
    assert mask & 0xFF
    with open(path, "r+b") as handle:
        handle.seek(offset)
        old = handle.read(1)
        assert len(old) == 1, f"offset {offset} is past the end of {path}"
        handle.seek(offset)
        handle.write(bytes([old[0] ^ mask]))


def copy_vault(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def build_vault(folder: Path, doc: dict | None = None, passphrase: str = PASSPHRASE) -> str:
    """Create a closed vault at ``folder`` (fast KDF) holding ``doc``; return the recovery key."""
    from app.interchange.importer import import_document
    from app.vault.vault import Vault

    vault, recovery_key = Vault.create(folder, passphrase, kdf_params=FAST_KDF)
    with vault:
        if doc is not None:
            import_document(vault.conn, doc)
    return recovery_key


# -- the command line -----------------------------------------------------------------------------


def assert_cli_failure(result, code: int, *, contains: str | None = None) -> str:
    """The CLI failed with ``code`` and said exactly one line, ``kakehashi: ...``, on stderr."""
    stderr = result.stderr
    assert result.returncode == code, (result.returncode, stderr)
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert lines[0].startswith("kakehashi: "), lines[0]
    if contains is not None:
        assert contains in lines[0], lines[0]
    return lines[0]

"""Canaries: dossiers full of marker strings go in; no marker may be found on disk afterwards.

Every free string of the imported dossiers carries ``f"{marker}-{i}"`` (and a Japanese canary),
attachments carry the marker in their bytes. After importing through the command line and through
the API, no file in the vault folder, the temp folder or the (isolated) home holds a marker in
UTF-8, UTF-16-LE or UTF-16-BE — while the vault is open (WAL present) and after it is closed.
The vault folder holds only the vault's own files, private to the user. A malformed, marker-laden
import file is refused with a message that names JSON paths, never values.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import stat
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.interchange.importer import import_document, import_file
from app.store.dossiers import DossierRepository
from app.vault.vault import Vault
from tests.support import FAST_KDF, PASSPHRASE, init_vault_cli, run_cli

from .helpers import (
    JA_MARKER,
    VAULT_FILES,
    assert_cli_failure,
    document_content,
    find_needles,
    marker_document,
    new_marker,
    synthetic_document,
)


@pytest.fixture
def permissive_umask():
    """umask 000 while the test runs (and in the processes it starts): every file the app makes
    private must be private because the app said so, not because the umask was strict."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _content_needles(doc: dict) -> list[tuple[str, bytes]]:
    """The base64 text of each attachment, in case it were stored as text somewhere."""
    out = []
    for dossier in doc.get("dossiers", ()):
        for document in dossier.get("documents", ()):
            text = document.get("content_base64")
            if text and len(text) >= 24:
                out.append(("attachment base64", text[:64].encode("ascii")))
    return out[:20]


def assert_no_marker(folders, marker: str, doc: dict | None = None) -> None:
    hits = find_needles(folders, marker, _content_needles(doc) if doc else [])
    assert not hits, "marker found on disk:\n" + "\n".join(hits)


def assert_private_vault_folder(folder: Path, *, open_now: bool) -> None:
    names = {p.name for p in folder.iterdir()}
    assert names <= VAULT_FILES, f"unexpected files in the vault folder: {names - VAULT_FILES}"
    assert {"vault.db", "envelope.json", "envelope-copy.json"} <= names, names
    if open_now:
        assert "vault.db-wal" in names, names
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700, oct(folder.stat().st_mode)
    for path in folder.iterdir():
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert stat.S_ISREG(path.lstat().st_mode), f"{path.name} is not a regular file"
        assert mode == 0o600, f"{path.name} has mode {oct(mode)}"
    with open(folder / "vault.db", "rb") as handle:
        head = handle.read(16)
    assert not head.startswith(b"SQLite format 3"), "the database is plaintext SQLite"


def _folders(isolated_environment, vault: Path) -> list[Path]:
    return [vault, isolated_environment["home"], isolated_environment["tmp"]]


def test_marker_document_is_valid_and_full_of_markers():
    """The canary data itself: schema-valid, every dossier's free text carries its marker."""
    from app.interchange.validate import problems

    marker = new_marker()
    doc = marker_document(marker, 4)
    assert problems(doc) == []
    text = json.dumps(doc, ensure_ascii=False)
    for i in range(4):
        assert text.count(f"{marker}-{i}") >= 20
    assert JA_MARKER in text
    assert marker.encode() in document_content(marker, 0)


def test_cli_import_leaves_no_marker_on_disk(tmp_path, isolated_environment, permissive_umask):
    marker = new_marker()
    vault = tmp_path / "vault"
    init_vault_cli(vault)
    source = tmp_path / "input"
    source.mkdir()
    doc = marker_document(marker, 12)
    (source / "dossiers.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # a second file: more dossiers, no attachments, compact UTF-8 with a BOM
    more = marker_document(marker, 5, documents=False, start=100, companies=False)
    (source / "more.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(more, ensure_ascii=False).encode())

    for name in ("dossiers.json", "more.json"):
        result = run_cli("import", str(vault), str(source / name), "--passphrase-stdin",
                         stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
        assert marker not in result.stderr and JA_MARKER not in result.stderr
    # update in place: the old rows' pages are freed, the new ones written
    result = run_cli("import", str(vault), str(source / "dossiers.json"), "--update",
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    result = run_cli("list", str(vault), "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 17  # the data is really in there
    result = run_cli("verify", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr

    assert_no_marker(_folders(isolated_environment, vault), marker, doc)
    assert_private_vault_folder(vault, open_now=False)


def _import_in_steps(vault: Vault, doc: dict, step: int = 3) -> None:
    """Several transactions, so that the WAL holds many frames."""
    base = {k: v for k, v in doc.items() if k != "dossiers"}
    import_document(vault.conn, {**base, "dossiers": doc["dossiers"][:step]})
    base.pop("companies", None)
    for start in range(step, len(doc["dossiers"]), step):
        import_document(vault.conn, {**base, "dossiers": doc["dossiers"][start:start + step]})


def test_api_import_leaves_no_marker_while_open_and_after_close(
    tmp_path, isolated_environment, permissive_umask
):
    marker = new_marker()
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    doc = marker_document(marker, 15)
    try:
        _import_in_steps(vault, doc)
        # read back: the markers are in there, decrypted, and findable
        repo = DossierRepository(vault.conn)
        assert repo.count() == 15
        assert repo.search(f"{marker}-7")
        loaded = repo.load(repo.id_for_ref(f"{marker}-3"))
        assert base64.b64decode(loaded["documents"][0]["content_base64"]) == document_content(marker, 3)
        # an update frees pages that held the old values
        changed = copy.deepcopy(doc["dossiers"][:4])
        for d in changed:
            d["story"] = f"{marker} rewritten {JA_MARKER}"
        import_document(vault.conn, {"format": "kakehashi-dossiers", "version": 1,
                                     "dossiers": changed}, update=True)
        assert (folder / "vault.db-wal").stat().st_size > 0
        assert_no_marker(_folders(isolated_environment, folder), marker, doc)
        assert_private_vault_folder(folder, open_now=True)
    finally:
        vault.close()
    assert_no_marker(_folders(isolated_environment, folder), marker, doc)
    assert_private_vault_folder(folder, open_now=False)
    # and again after a second session that only reads
    with Vault.open(folder, PASSPHRASE) as vault:
        assert DossierRepository(vault.conn).count() == 15
        assert_no_marker(_folders(isolated_environment, folder), marker, doc)
    assert_no_marker(_folders(isolated_environment, folder), marker, doc)
    assert_private_vault_folder(folder, open_now=False)


def test_synthetic_marker_dossiers_leave_no_marker(tmp_path, isolated_environment, permissive_umask):
    marker = new_marker()
    doc = synthetic_document(40, seed=3, marker=marker, documents=True)
    assert marker in json.dumps(doc)
    source = tmp_path / "synthetic.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    with vault:
        import_file(vault.conn, source)
        assert_no_marker(_folders(isolated_environment, folder), marker, doc)
    assert_no_marker(_folders(isolated_environment, folder), marker, doc)
    assert_private_vault_folder(folder, open_now=False)


# -- error messages of a refused import ----------------------------------------------------------


def _malformed(marker: str, kind: str) -> bytes:
    doc = marker_document(marker, 3)
    d = doc["dossiers"][1]
    if kind == "country":
        d["country_of_origin"] = f"{marker}-1"
    elif kind == "enum":
        d["gender"] = f"{marker}-1 {JA_MARKER}"
    elif kind == "date":
        d["birth_date"] = f"{marker}-1"
    elif kind == "impossible-date":
        d["birth_date"] = "1990-02-30"
    elif kind == "overlong":
        d["names"]["full"] = f"{marker}-1 {JA_MARKER} " * 40
    elif kind == "type":
        d["names"] = f"{marker}-1 {JA_MARKER}"
    elif kind == "unknown-key":
        d["nickname"] = f"{marker}-1 {JA_MARKER}"
    elif kind == "language":
        d["languages"] = [{"language": f"{marker}-1", "level": "native"}]
    elif kind == "base64":
        d["documents"][0]["content_base64"] = f"{marker}-1 {JA_MARKER}=="
    elif kind == "duplicate-ref":
        d["ref"] = doc["dossiers"][0]["ref"]
    elif kind == "duplicate-company":
        doc["companies"][1]["name"] = doc["companies"][0]["name"]
    elif kind == "missing-key":
        del d["names"]["full"]
    elif kind == "year-type":
        d["education"] = [{"level": "bachelor", "start_year": f"{marker}-1"}]
    elif kind == "truncated":
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        cut = raw.index(f"{marker}-2".encode()) + 5
        return raw[:cut]
    elif kind == "not-utf8":
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        return raw.replace(f"{marker}-2".encode(), f"{marker}-2".encode() + b"\xff\xfe", 1)
    elif kind == "control-char":
        raw = json.dumps(doc, ensure_ascii=False)
        return raw.replace(f"{marker}-2", f"{marker}-2\x01", 1).encode("utf-8")
    elif kind == "top-level-array":
        return json.dumps([doc], ensure_ascii=False).encode("utf-8")
    else:
        raise AssertionError(kind)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


MALFORMED = ["country", "enum", "date", "impossible-date", "overlong", "type", "unknown-key",
             "language", "base64", "duplicate-ref", "duplicate-company", "missing-key",
             "year-type", "truncated", "not-utf8", "control-char", "top-level-array"]


def _assert_names_no_value(text: str, marker: str) -> None:
    lowered = text.lower()
    assert "kkcanary" not in lowered and marker not in lowered, text
    assert JA_MARKER[:2] not in text and "カナリア" not in text, text


@pytest.fixture(scope="module")
def canary_vault(tmp_path_factory):
    """A vault already holding marker dossiers (so a re-import clashes), and their marker."""
    marker = new_marker()
    folder = tmp_path_factory.mktemp("errors") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    with vault:
        import_document(vault.conn, marker_document(marker, 3))
    return folder, marker


@pytest.mark.parametrize("kind", MALFORMED)
def test_refused_import_names_paths_never_values(tmp_path, canary_vault, isolated_environment, kind):
    folder, marker = canary_vault
    raw = _malformed(marker, kind)
    source = tmp_path / "bad.json"
    source.write_bytes(raw)
    result = run_cli("import", str(folder), str(source), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    line = assert_cli_failure(result, 8)
    assert line.startswith("kakehashi: invalid interchange file"), line
    _assert_names_no_value(result.stderr + result.stdout, marker)
    # the same through the API
    with Vault.open(folder, PASSPHRASE) as vault:
        with pytest.raises(InvalidInput) as caught:
            import_file(vault.conn, source)
        message = str(caught.value)
        assert "\n" not in message
        _assert_names_no_value(message, marker)
        assert DossierRepository(vault.conn).count() == 3
    assert_no_marker([folder, isolated_environment["home"], isolated_environment["tmp"]], marker)


@pytest.mark.parametrize("update", [False, True])
def test_refused_reimport_names_paths_never_values(tmp_path, canary_vault, update):
    """Refs already in the vault: 'nothing imported', naming where, not what."""
    folder, marker = canary_vault
    doc = marker_document(marker, 3)
    if update:
        # with --update the clash is allowed; make it fail later, in a dossier's calendar date
        doc["dossiers"][2]["residence"]["expires"] = "2027-02-29"
    source = tmp_path / "again.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    args = ["import", str(folder), str(source), "--passphrase-stdin"] + (["--update"] if update else [])
    result = run_cli(*args, stdin=PASSPHRASE + "\n")
    line = assert_cli_failure(result, 8)
    prefix = "kakehashi: invalid interchange file" if update else "kakehashi: nothing imported"
    assert line.startswith(prefix), line
    _assert_names_no_value(result.stderr + result.stdout, marker)


def test_a_pre_existing_open_folder_is_made_private(tmp_path, permissive_umask):
    folder = tmp_path / "shared-looking"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    vault, _ = Vault.create(folder, PASSPHRASE, kdf_params=FAST_KDF)
    with vault:
        import_document(vault.conn, marker_document(new_marker(), 1))
        assert_private_vault_folder(folder, open_now=True)
    assert_private_vault_folder(folder, open_now=False)

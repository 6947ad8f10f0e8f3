"""``kakehashi export-profile`` and ``kakehashi audit`` as outside tests use them."""

from __future__ import annotations

import json
import stat

import pytest
from pypdf import PdfReader

from app.synthetic import generate_document
from tests.support import PASSPHRASE, SAMPLE, init_vault_cli, run_cli

P = PASSPHRASE + "\n"


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    """The sample dossiers among 60 synthetic ones (so k can be reached), all consenting."""
    folder = tmp_path_factory.mktemp("export") / "vault"
    init_vault_cli(folder)
    doc = generate_document(60, seed=5)
    sample = json.loads(SAMPLE.read_text())
    doc["dossiers"] += sample["dossiers"]
    doc["companies"] += sample["companies"]
    for d in doc["dossiers"][:60]:
        d["consents"] = [{"purpose": "share_anonymized_profile", "given_on": "2026-01-01"}]
    source = folder.parent / "doc.json"
    source.write_text(json.dumps(doc))
    assert run_cli("import", str(folder), str(source), "--passphrase-stdin", stdin=P).returncode == 0
    org = run_cli("organization", str(folder), "--name", "Bridge Support", "--email",
                  "jobs@bridge.example", "--passphrase-stdin", stdin=P)
    assert org.returncode == 0, org.stderr
    return folder


def export(vault, out, *args):
    return run_cli("export-profile", str(vault), *args, "--out-dir", str(out), "--passphrase-stdin",
                   stdin=P)


def lines(result):
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_exported_and_refused_lines_and_exit_code(vault, tmp_path):
    result = export(vault, tmp_path, "S-001", "S-002", "S-003", "--for", "Hakata Logistics Co.")
    assert result.returncode == 3, result.stderr
    rows = {r[0]: r for r in lines(result)}
    assert rows["S-001"][1] == rows["S-002"][1] == "exported"
    assert rows["S-003"][1:] == ["refused", "consent withdrawn on 2026-06-01"]
    for ref in ("S-001", "S-002"):
        path = tmp_path / rows[ref][2].rsplit("/", 1)[-1]
        assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.name.startswith("KH-") and ref not in path.name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        r[2].rsplit("/", 1)[-1] for r in rows.values() if r[1] == "exported")


def test_all_exported_is_exit_0_and_scoped_consent_is_honoured(vault, tmp_path):
    ok = export(vault, tmp_path, "S-002", "--for", "Hakata Logistics Co.")
    assert ok.returncode == 0 and lines(ok)[0][1] == "exported"
    other = export(vault, tmp_path, "S-002", "--for", "Aichi Precision Parts")
    assert other.returncode == 3
    assert lines(other)[0][1:] == ["refused", "the consent to share covers other companies only"]


def test_dossier_named_by_id_and_unknown_dossier(vault, tmp_path):
    listed = json.loads(run_cli("list", str(vault), "--json", "--passphrase-stdin", stdin=P).stdout)
    ident = str(next(d["id"] for d in listed if d["ref"] == "S-001"))
    result = export(vault, tmp_path, ident, "NOPE-1", "--for", "Hakata Logistics Co.")
    rows = lines(result)
    assert rows[0][:2] == [ident, "exported"]
    assert rows[1] == ["NOPE-1", "refused", "no such dossier"]
    assert result.returncode == 3


def test_an_unknown_company_is_refused_with_the_closest_names(vault, tmp_path):
    result = export(vault, tmp_path, "S-001", "--for", "Hakata Logistic")
    assert result.returncode == 9
    assert result.stderr.strip().splitlines() == [
        "kakehashi: no company of that name in the vault; did you mean 'Hakata Logistics Co.'?"]
    assert list(tmp_path.iterdir()) == []


def test_codes_are_stable_per_company_and_differ_across_companies(vault, tmp_path):
    def code(company: str, folder: str) -> str:
        (tmp_path / folder).mkdir()
        rows = lines(export(vault, tmp_path / folder, "SYN-000001", "--for", company))
        return rows[0][2].rsplit("/", 1)[-1]

    first = code("Hakata Logistics Co.", "a1")
    assert code("Hakata Logistics Co.", "a2") == first
    assert code("Aichi Precision Parts", "b") != first


def test_the_pdf_names_the_nonprofit_and_not_the_candidate(vault, tmp_path):
    rows = lines(export(vault, tmp_path, "S-001", "--for", "Hakata Logistics Co.", "--lang", "ja"))
    reader = PdfReader(rows[0][2])
    text = "".join(reader.pages[0].extract_text().split())  # pypdf splits words by tabs, lines
    assert "BridgeSupport" in text and "jobs@bridge.example" in text
    assert "候補者プロフィール" in text
    for secret in ("Kalala", "Mukendi", "4417", "jb.kalala", "UH48213390FA", "Kananga", "S-001"):
        assert secret.casefold() not in text.casefold()
    assert reader.metadata.get("/Producer") == "Kakehashi"
    assert "/CreationDate" not in reader.metadata and "/Author" not in reader.metadata


def test_k_below_three_is_refused(vault, tmp_path):
    result = export(vault, tmp_path, "S-001", "--for", "Hakata Logistics Co.", "--k", "2")
    assert result.returncode == 2 and "below 3" in result.stderr


def test_a_vault_smaller_than_k_blocks_and_names_what_stands_out(tmp_path):
    folder = tmp_path / "small"
    init_vault_cli(folder)
    assert run_cli("import", str(folder), str(SAMPLE), "--passphrase-stdin", stdin=P).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    result = export(folder, out, "S-001", "--for", "Hakata Logistics Co.")
    assert result.returncode == 3
    (ref, status, reason), = lines(result)
    assert status == "refused" and "fewer than 5 people" in reason and "stands out by:" in reason
    assert list(out.iterdir()) == []


def test_audit_lists_every_export_and_proves_the_chain(vault, tmp_path):
    export(vault, tmp_path, "S-001", "--for", "Hakata Logistics Co.")
    audit = run_cli("audit", str(vault), "--verify", "--passphrase-stdin", stdin=P)
    assert audit.returncode == 0, audit.stderr
    assert "chain is unbroken" in audit.stderr
    rows = [line.split("\t") for line in audit.stdout.splitlines()]
    assert rows and all(r[2] in ("Hakata Logistics Co.", "Aichi Precision Parts") for r in rows)
    as_json = json.loads(run_cli("audit", str(vault), "--json", "--passphrase-stdin", stdin=P).stdout)
    entry = as_json[-1]
    assert {"company", "candidate_code", "level", "k", "fields", "slot", "hash"} <= set(entry)
    assert entry["slot"]["label"] == "caseworker 1"
    assert "names" not in entry["fields"] and "contact" not in entry["fields"]


def test_a_tampered_log_entry_is_detected(vault, tmp_path):
    """Someone with the key edits an entry behind the triggers' back: audit --verify says so."""
    import shutil

    from app.vault.vault import Vault

    copy = tmp_path / "copy"
    shutil.copytree(vault, copy)
    export(copy, tmp_path, "S-001", "--for", "Hakata Logistics Co.")
    with Vault.open(copy, PASSPHRASE) as v:
        v.conn.execute("DROP TRIGGER disclosures_are_not_updated")
        v.conn.execute("UPDATE disclosures SET record = replace(record, 'Hakata', 'Aichi') WHERE seq = 1")
    result = run_cli("audit", str(copy), "--verify", "--passphrase-stdin", stdin=P)
    assert result.returncode == 5
    assert "tampered" in result.stderr and "entry 1 was altered" in result.stderr
